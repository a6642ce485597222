//! The few words a public page's head and snapshot say, in the three languages, written as the
//! app writes them (its money and dates come from the browser's `Intl`; these reproduce its
//! output for the currencies and languages of the product). The end-to-end test `seo.test.mjs`
//! checks that the app, once running, says the same.

use chrono::Datelike;
use expocx_contract::{Day, Lang, Money};

/// A price as `Intl.NumberFormat(lang, {style: "currency"})` writes it: `¥1,280.00` in
/// Simplified Chinese, `CN¥1,280.00` in Traditional Chinese and English.
pub fn money(m: &Money, lang: Lang) -> String {
    let exp = m.exponent();
    let abs = m.amount_minor.unsigned_abs();
    let div = 10u64.pow(exp);
    let mut whole = (abs / div).to_string();
    let mut grouped = String::new();
    while whole.len() > 3 {
        let tail = whole.split_off(whole.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let number = if exp == 0 {
        format!("{whole}{grouped}")
    } else {
        format!(
            "{whole}{grouped}.{:0width$}",
            abs % div,
            width = exp as usize
        )
    };
    let symbol = match (m.currency.as_str(), lang) {
        ("CNY", Lang::ZhHans) => "¥".to_string(),
        ("CNY", _) => "CN¥".to_string(),
        ("USD", _) => "US$".to_string(),
        ("EUR", _) => "€".to_string(),
        (code, _) => format!("{code} "),
    };
    let sign = if m.amount_minor < 0 { "-" } else { "" };
    format!("{sign}{symbol}{number}")
}

/// A day as `Intl.DateTimeFormat(lang, {year: "numeric", month: "long", day: "numeric"})`
/// writes it: `2026年12月8日`, `December 8, 2026`.
pub fn date(d: Day, lang: Lang) -> String {
    let d = chrono::NaiveDate::from(d);
    match lang {
        Lang::ZhHans | Lang::ZhHant => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => format!(
            "{} {}, {}",
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"
            ][d.month0() as usize],
            d.day(),
            d.year()
        ),
    }
}

/// "{start} to {end}" (the home page's dates).
pub fn dates(start: Day, end: Day, lang: Lang) -> String {
    let (s, e) = (date(start, lang), date(end, lang));
    match lang {
        Lang::En => format!("{s} to {e}"),
        _ => format!("{s} 至 {e}"),
    }
}

/// "{hall} · Booth {booth}".
pub fn hall_booth(hall: &str, booth: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{hall} · Booth {booth}"),
        _ => format!("{hall} · 展位 {booth}"),
    }
}

/// The words of the snapshot's own labels: the app's texts for the same places
/// (`src/i18n/storefront.rs`); `seo.test.mjs` compares what both show, in each language.
pub struct Words {
    pub products: &'static str,
    pub exhibitors: &'static str,
    /// "Results for “{q}”".
    pub results: &'static str,
    pub sold_out: &'static str,
    pub in_stock: &'static str,
    /// "Only {n} left".
    pub low_stock: &'static str,
    pub sold_by: &'static str,
    pub category: &'static str,
    pub details: &'static str,
    pub add_to_cart: &'static str,
    /// "Pick it up at booth {booth} ({hall})".
    pub pickup: &'static str,
    pub halls: &'static str,
    /// "{exhibitors} exhibitors · {products} products".
    pub stats: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search: &'static str,
    pub about: &'static str,
    pub default_title: &'static str,
    pub default_text: &'static str,
}

/// `template` with each `{key}` replaced (as the app's `i18n::fill`).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

pub fn words(lang: Lang) -> Words {
    let default_text = "ExpoCX · 展会商品、展商与展位自提 · Expo storefront with booth pickup";
    match lang {
        Lang::ZhHans => Words {
            products: "全部商品",
            exhibitors: "全部展商",
            results: "“{q}”的搜索结果",
            sold_out: "已售罄",
            in_stock: "有货",
            low_stock: "仅剩 {n} 件",
            sold_by: "展商",
            category: "分类",
            details: "商品详情",
            add_to_cart: "加入购物车",
            pickup: "可在展位 {booth}（{hall}）现场自提",
            halls: "展馆",
            stats: "{exhibitors} 家展商 · {products} 件商品",
            search_label: "搜索商品",
            search_placeholder: "茶叶、丝巾、耳机…",
            search: "搜索",
            about: "关于展商",
            default_title: "ExpoCX · 展会好物",
            default_text,
        },
        Lang::ZhHant => Words {
            products: "全部商品",
            exhibitors: "全部展商",
            results: "「{q}」的搜尋結果",
            sold_out: "已售罄",
            in_stock: "有貨",
            low_stock: "僅剩 {n} 件",
            sold_by: "展商",
            category: "分類",
            details: "商品詳情",
            add_to_cart: "加入購物車",
            pickup: "可在展位 {booth}（{hall}）現場自取",
            halls: "展館",
            stats: "{exhibitors} 家展商 · {products} 件商品",
            search_label: "搜尋商品",
            search_placeholder: "茶葉、絲巾、耳機…",
            search: "搜尋",
            about: "關於展商",
            default_title: "ExpoCX · 展會好物",
            default_text,
        },
        Lang::En => Words {
            products: "All products",
            exhibitors: "All exhibitors",
            results: "Results for “{q}”",
            sold_out: "Sold out",
            in_stock: "In stock",
            low_stock: "Only {n} left",
            sold_by: "Sold by",
            category: "Category",
            details: "Details",
            add_to_cart: "Add to cart",
            pickup: "Pick it up at booth {booth} ({hall})",
            halls: "Halls",
            stats: "{exhibitors} exhibitors · {products} products",
            search_label: "Search products",
            search_placeholder: "Tea, silk scarf, earbuds…",
            search: "Search",
            about: "About",
            default_title: "ExpoCX · Expo picks",
            default_text,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cny(minor: i64) -> Money {
        Money {
            amount_minor: minor,
            currency: "CNY".into(),
        }
    }

    #[test]
    fn prices_are_written_as_the_browsers_intl_writes_them() {
        for (minor, lang, want) in [
            (12_800, Lang::ZhHans, "¥128.00"),
            (128_000, Lang::ZhHans, "¥1,280.00"),
            (128_000, Lang::En, "CN¥1,280.00"),
            (5, Lang::ZhHant, "CN¥0.05"),
            (123_456_789, Lang::En, "CN¥1,234,567.89"),
        ] {
            assert_eq!(money(&cny(minor), lang), want);
        }
    }

    #[test]
    fn days_are_written_as_the_browsers_intl_writes_them() {
        let d = Day::parse("2026-12-08").unwrap();
        assert_eq!(date(d, Lang::ZhHans), "2026年12月8日");
        assert_eq!(date(d, Lang::En), "December 8, 2026");
        let e = Day::parse("2026-12-11").unwrap();
        assert_eq!(
            dates(d, e, Lang::En),
            "December 8, 2026 to December 11, 2026"
        );
    }
}
