//! Money and dates in the visitor's language, formatted by the browser's `Intl` so no locale
//! data ships in the bundle. Off the browser (native tests) a plain fallback is used.

use chrono::{Datelike, NaiveDate};
use expocx_contract::{Day, Lang, Money, Timestamp};

/// `¥129.00`, `CN¥129.00`, … as the browser formats it for `lang`.
pub fn money(m: &Money, lang: Lang) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(s) = intl_money(m, lang) {
            return s;
        }
    }
    let _ = lang;
    plain_money(m)
}

/// The fallback: currency code and the amount with its minor digits, exact (no float).
pub fn plain_money(m: &Money) -> String {
    let exp = m.exponent();
    let sign = if m.amount_minor < 0 { "-" } else { "" };
    let abs = m.amount_minor.unsigned_abs();
    if exp == 0 {
        return format!("{} {sign}{abs}", m.currency);
    }
    let div = 10u64.pow(exp);
    format!(
        "{} {sign}{}.{:0width$}",
        m.currency,
        abs / div,
        abs % div,
        width = exp as usize
    )
}

/// A count with thousands separators, `1,240` (the same in the three languages).
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// An amount in whole yuan, rounded, with separators: `¥1,234`, `−¥200` (a true minus sign).
pub fn whole_yuan(minor: i64) -> String {
    let yuan = (minor.unsigned_abs() + 50) / 100;
    let sign = if minor < 0 && yuan > 0 { "−" } else { "" };
    format!("{sign}¥{}", count(yuan))
}

/// A calendar day, e.g. `2026年12月3日` or `3 December 2026` (long month, no weekday).
pub fn date(d: Day, lang: Lang) -> String {
    let d = NaiveDate::from(d);
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(s) = intl_date(d, lang) {
            return s;
        }
    }
    let _ = lang;
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A day as a date input holds it, `2026-12-03`.
pub fn iso_day(d: Day) -> String {
    let d = NaiveDate::from(d);
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A moment, e.g. `2026年12月3日 10:30` or `Dec 3, 2026, 10:30 AM`, in the browser's time zone.
pub fn date_time(t: Timestamp, lang: Lang) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Array, Date, Intl, Object, Reflect};
        use wasm_bindgen::JsValue;
        let opts = Object::new();
        let _ = Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
        let _ = Reflect::set(&opts, &"timeStyle".into(), &"short".into());
        let f = Intl::DateTimeFormat::new(&Array::of1(&lang.tag().into()), &opts);
        let d = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
        if let Some(s) = f
            .format()
            .call1(&JsValue::NULL, &d)
            .ok()
            .and_then(|v| v.as_string())
        {
            return s;
        }
    }
    let _ = lang;
    // Plain digits rather than chrono's formatter: it would add its whole parser to the bundle.
    use chrono::Timelike;
    let d = t.date_naive();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        d.year(),
        d.month(),
        d.day(),
        t.hour(),
        t.minute()
    )
}

/// A pickup slot, e.g. `12月3日周四 10:00–12:00` / `Thu, Dec 3 10:00–12:00`, in the venue's time
/// zone `tz` (the visitor's phone may be set elsewhere; the booth opens by the venue's clock).
pub fn time_range(start: Timestamp, end: Timestamp, lang: Lang, tz: &str) -> String {
    let (day, hours) = slot_parts(start, end, lang, tz);
    format!("{day} {hours}")
}

/// The day and the hours of a slot, apart (the checkout lists hours under each day).
pub fn slot_parts(start: Timestamp, end: Timestamp, lang: Lang, tz: &str) -> (String, String) {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Array, Date, Intl, Object, Reflect};
        use wasm_bindgen::JsValue;
        let f = |t: Timestamp, fields: &[(&str, &str)]| -> Option<String> {
            let opts = Object::new();
            Reflect::set(&opts, &"timeZone".into(), &tz.into()).ok()?;
            for (k, v) in fields {
                Reflect::set(&opts, &(*k).into(), &(*v).into()).ok()?;
            }
            let fmt = Intl::DateTimeFormat::new(&Array::of1(&lang.tag().into()), &opts);
            let d = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
            fmt.format().call1(&JsValue::NULL, &d).ok()?.as_string()
        };
        let time = [
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("hourCycle", "h23"),
        ];
        let day = [("month", "short"), ("day", "numeric"), ("weekday", "short")];
        if let (Some(d), Some(a), Some(b)) = (f(start, &day), f(start, &time), f(end, &time)) {
            return (d, format!("{a}–{b}"));
        }
    }
    let _ = (lang, tz);
    use chrono::Timelike;
    (
        start.date_naive().to_string(),
        format!(
            "{:02}:{:02}–{:02}:{:02} UTC",
            start.hour(),
            start.minute(),
            end.hour(),
            end.minute()
        ),
    )
}

#[cfg(target_arch = "wasm32")]
fn intl_money(m: &Money, lang: Lang) -> Option<String> {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let opts = Object::new();
    Reflect::set(&opts, &"style".into(), &"currency".into()).ok()?;
    Reflect::set(&opts, &"currency".into(), &m.currency.as_str().into()).ok()?;
    let locales = Array::of1(&lang.tag().into());
    let nf = Intl::NumberFormat::new(&locales, &opts);
    nf.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(m.major()))
        .ok()?
        .as_string()
}

#[cfg(target_arch = "wasm32")]
fn intl_date(d: NaiveDate, lang: Lang) -> Option<String> {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let opts = Object::new();
    for (k, v) in [
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("timeZone", "UTC"),
    ] {
        Reflect::set(&opts, &k.into(), &v.into()).ok()?;
    }
    let ms = Date::utc(d.year() as f64, d.month0() as f64);
    let js_date = Date::new(&JsValue::from_f64(
        ms + (d.day() as f64 - 1.0) * 86_400_000.0,
    ));
    let locales = Array::of1(&lang.tag().into());
    let f = Intl::DateTimeFormat::new(&locales, &opts);
    f.format().call1(&JsValue::NULL, &js_date).ok()?.as_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_money_is_exact_in_minor_units() {
        assert_eq!(plain_money(&Money::cny(12900)), "CNY 129.00");
        assert_eq!(plain_money(&Money::cny(5)), "CNY 0.05");
        assert_eq!(plain_money(&Money::cny(-1999)), "CNY -19.99");
        let yen = Money {
            amount_minor: 1500,
            currency: "JPY".into(),
        };
        assert_eq!(plain_money(&yen), "JPY 1500");
    }

    #[test]
    fn counts_and_whole_yuan_carry_thousands_separators() {
        for (n, want) in [
            (0, "0"),
            (95, "95"),
            (1_240, "1,240"),
            (310_000, "310,000"),
            (1_234_567, "1,234,567"),
        ] {
            assert_eq!(count(n), want);
        }
        assert_eq!(whole_yuan(123_400), "¥1,234");
        assert_eq!(whole_yuan(20_049), "¥200");
        assert_eq!(whole_yuan(-20_050), "−¥201");
        assert_eq!(whole_yuan(-10), "¥0");
    }
}
