//! The exhibitor's products: price and stock changed in place. A change is sent with the
//! product's version; if a colleague changed it first, nothing is overwritten: the page says so
//! and shows the product as it is now. The storefront shows a change at once, and visitors who
//! hold the product see it in their cart.

use expocx_contract::{Page, Product, ProductQuery, ProductSummary, ProductUpdate};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{Api, ApiError};
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, Pager};
use crate::components::portal::{PortalNav, PRODUCTS};
use crate::i18n::lazy::error_message;
use crate::i18n::{fill, pick, tr3, use_i18n, Text3};
use crate::state::use_session;

const EDIT: Text3 = ["修改价格与库存", "修改價格與庫存", "Change price and stock"];
const PRICE: Text3 = ["价格（元）", "價格（元）", "Price (yuan)"];
const STOCK: Text3 = ["库存（件）", "庫存（件）", "Stock (units)"];
const SAVE: Text3 = ["保存", "儲存", "Save"];
const CANCEL: Text3 = ["取消", "取消", "Cancel"];
const SAVED: Text3 = [
    "已保存，店铺页已更新。",
    "已儲存，店鋪頁已更新。",
    "Saved: the storefront shows it now.",
];
const IN_STOCK: Text3 = ["库存 {n}", "庫存 {n}", "{n} in stock"];
const BAD_PRICE: Text3 = [
    "请输入 0 到 1,000,000 之间的价格，最多两位小数。",
    "請輸入 0 到 1,000,000 之間的價格，最多兩位小數。",
    "Enter a price from 0 to 1,000,000 with at most two decimals.",
];
const BAD_STOCK: Text3 = [
    "请输入 0 到 1,000,000 之间的整数。",
    "請輸入 0 到 1,000,000 之間的整數。",
    "Enter a whole number from 0 to 1,000,000.",
];
const CHANGED: Text3 = [
    "同事刚刚修改了这件商品，下面是最新的价格与库存，请确认后再保存。",
    "同事剛剛修改了這件商品，下面是最新的價格與庫存，請確認後再儲存。",
    "A colleague just changed this product. Here are its price and stock now: check them, then save.",
];

/// A price typed in yuan (`129`, `129.5`, `129.50`) in minor units; `None` for anything else.
pub fn parse_price(text: &str) -> Option<i64> {
    let t = text.trim();
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 7 {
        return None;
    }
    if frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || (t.contains('.') && frac.is_empty())
    {
        return None;
    }
    let cents = format!("{frac:0<2}").parse::<i64>().ok()?;
    let minor = whole.parse::<i64>().ok()? * 100 + cents;
    (minor <= 100_000_000).then_some(minor)
}

/// A stock typed as a whole number up to a million.
pub fn parse_stock(text: &str) -> Option<u32> {
    let t = text.trim();
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 7)
        .then(|| t.parse::<u32>().ok())
        .flatten()
        .filter(|n| *n <= 1_000_000)
}

fn yuan(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

#[component]
pub fn StaffProducts() -> impl IntoView {
    let api = expect_context::<Api>();
    let session = use_session();
    // The booth's products only: the list waits for the session to name the exhibitor.
    let (list, on_page) = paged(move |p| {
        let exhibitor = session
            .user
            .with(|u| u.as_ref().and_then(|u| u.exhibitor_id));
        async move {
            let q = ProductQuery {
                exhibitor: Some(exhibitor.ok_or_else(ApiError::not_found)?),
                page: Some(p),
                limit: Some(24),
                ..Default::default()
            };
            api.products(&q).await
        }
    });
    view! {
        <h1>{tr3(&PRODUCTS)}</h1>
        <PortalNav />
        <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<ProductSummary>| {
                let (current, pages) = (p.page, p.page_count());
                view! {
                    <ul class="order-list panel">
                        {p.items.into_iter().map(|item| view! { <ProductRow item=item /> }).collect_view()}
                    </ul>
                    <Pager current=current pages=pages on_page=on_page />
                }
            }}
        />
    }
}

#[derive(Clone)]
enum Notice {
    Saved,
    Changed,
    Failed(ApiError),
}

#[component]
fn ProductRow(item: ProductSummary) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let id = item.id;
    let name = item.name.clone();
    let shown = RwSignal::new((item.price.clone(), item.stock));
    // The product as loaded for editing (its version goes with the change).
    let editing = RwSignal::new(None::<Product>);
    let (price, stock) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (bad_price, bad_stock) = (RwSignal::new(false), RwSignal::new(false));
    let notice = RwSignal::new(None::<Notice>);
    let load = move |then: Option<Notice>| {
        spawn_local(async move {
            match api.product(id).await {
                Ok(p) => {
                    price.set(yuan(p.summary.price.amount_minor));
                    stock.set(p.summary.stock.to_string());
                    shown.set((p.summary.price.clone(), p.summary.stock));
                    editing.set(Some(p));
                    notice.set(then);
                }
                Err(e) => notice.set(Some(Notice::Failed(e))),
            }
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, s) = (
            parse_price(&price.get_untracked()),
            parse_stock(&stock.get_untracked()),
        );
        bad_price.set(p.is_none());
        bad_stock.set(s.is_none());
        let (Some(p), Some(s), Some(current)) = (p, s, editing.get_untracked()) else {
            return;
        };
        let update = ProductUpdate {
            price_minor: Some(p),
            stock: Some(s),
        };
        spawn_local(async move {
            match api.update_product(&current, &update).await {
                Ok(fresh) => {
                    shown.set((fresh.summary.price.clone(), fresh.summary.stock));
                    editing.set(None);
                    notice.set(Some(Notice::Saved));
                }
                Err(e) if e.status() == Some(412) => load(Some(Notice::Changed)),
                Err(e) => notice.set(Some(Notice::Failed(e))),
            }
        });
    };
    let field = move |what: &str| format!("product-{id}-{what}");
    view! {
        <li class="product-row">
            <A href=format!("/products/{id}")>{move || name.get(i18n.lang.get()).to_string()}</A>
            {move || view! { <Price money=shown.get().0 /> }}
            <span class="muted">{move || fill(pick(&IN_STOCK, i18n.lang.get()), &[("n", &shown.get().1.to_string())])}</span>
            {move || match editing.get() {
                None => view! {
                    <button type="button" class="btn" on:click=move |_| load(None)>{tr3(&EDIT)}</button>
                }.into_any(),
                Some(_) => view! {
                    <form class="filters" on:submit=save novalidate>
                        <div class="field">
                            <label for=field("price")>{tr3(&PRICE)}</label>
                            <input id=field("price") inputmode="decimal" autocomplete="off" bind:value=price
                                aria-invalid=move || bad_price.get().then_some("true") />
                            {move || bad_price.get().then(|| view! { <p class="error-text">{tr3(&BAD_PRICE)}</p> })}
                        </div>
                        <div class="field">
                            <label for=field("stock")>{tr3(&STOCK)}</label>
                            <input id=field("stock") inputmode="numeric" autocomplete="off" bind:value=stock
                                aria-invalid=move || bad_stock.get().then_some("true") />
                            {move || bad_stock.get().then(|| view! { <p class="error-text">{tr3(&BAD_STOCK)}</p> })}
                        </div>
                        <button type="submit" class="btn btn-primary">{tr3(&SAVE)}</button>
                        <button type="button" class="btn" on:click=move |_| editing.set(None)>{tr3(&CANCEL)}</button>
                    </form>
                }.into_any(),
            }}
            {move || notice.get().map(|n| match n {
                Notice::Saved => view! { <p role="status">{tr3(&SAVED)}</p> }.into_any(),
                Notice::Changed => view! { <p role="alert" class="error-text">{tr3(&CHANGED)}</p> }.into_any(),
                Notice::Failed(e) => view! { <p role="alert" class="error-text">{move || error_message(&e, i18n.t())}</p> }.into_any(),
            })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_read_as_yuan_with_at_most_two_decimals() {
        for (text, want) in [
            ("129", Some(12_900)),
            ("129.5", Some(12_950)),
            ("129.50", Some(12_950)),
            (" 0.05 ", Some(5)),
            ("0", Some(0)),
            ("1000000", Some(100_000_000)),
            ("1000000.01", None),
            ("129.", None),
            ("129.505", None),
            ("-5", None),
            ("1e3", None),
            ("", None),
            ("¥129", None),
        ] {
            assert_eq!(parse_price(text), want, "{text:?}");
        }
        assert_eq!(yuan(12_950), "129.50");
    }

    #[test]
    fn stock_is_a_whole_number_up_to_a_million() {
        for (text, want) in [
            ("0", Some(0)),
            ("42", Some(42)),
            ("1000000", Some(1_000_000)),
            ("1000001", None),
            ("4.5", None),
            ("-1", None),
            ("", None),
        ] {
            assert_eq!(parse_stock(text), want, "{text:?}");
        }
    }
}
