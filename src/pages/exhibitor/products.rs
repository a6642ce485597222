//! The booth's products, drafts included: price and stock changed in place, everything else in
//! the product editor. A change is sent with the product's version; if a colleague changed it
//! first, nothing is overwritten: the page says so and shows the product as it is now. The
//! storefront shows a change at once, and visitors who hold the product see it in their cart.

use expocx_contract::{Page, ProductUpdate, StaffProduct};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError, Tagged};
use crate::components::amounts::{parse_price, parse_stock, yuan};
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, Pager};
use crate::components::portal::PortalNav;
use crate::i18n::lazy::error_message;
use crate::i18n::portal::portal::PRODUCTS;
use crate::i18n::portal::products::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

#[component]
pub fn StaffProducts() -> impl IntoView {
    let api = expect_context::<Api>();
    let (list, on_page) = paged(move |p| async move { api.staff_products(p).await });
    view! {
        <h1>{tr3(&PRODUCTS)}</h1>
        <PortalNav />
        <p><a href="/exhibitor/products/new" class="btn btn-primary">{tr3(&NEW)}</a></p>
        <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<StaffProduct>| {
                if p.items.is_empty() {
                    return view! { <p class="empty">{tr3(&NONE_YET)}</p> }.into_any();
                }
                let (current, pages) = (p.page, p.page_count());
                view! {
                    <ul class="order-list panel">
                        {p.items.into_iter().map(|item| view! { <ProductRow item=item /> }).collect_view()}
                    </ul>
                    <Pager current=current pages=pages on_page=on_page />
                }.into_any()
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
fn ProductRow(item: StaffProduct) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let published = item.published;
    let item = item.product.summary;
    let id = item.id;
    let name = item.name.clone();
    let shown = RwSignal::new((item.price.clone(), item.stock));
    // The product as loaded for editing (its `ETag` goes with the change).
    let editing = RwSignal::new(None::<Tagged<StaffProduct>>);
    let (price, stock) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (bad_price, bad_stock) = (RwSignal::new(false), RwSignal::new(false));
    let notice = RwSignal::new(None::<Notice>);
    let load = move |then: Option<Notice>| {
        spawn_local(async move {
            match api.staff_product(id).await {
                Ok(p) => {
                    let summary = &p.value.product.summary;
                    price.set(yuan(summary.price.amount_minor));
                    stock.set(summary.stock.to_string());
                    shown.set((summary.price.clone(), summary.stock));
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
            ..Default::default()
        };
        spawn_local(async move {
            match api.update_product(&current, &update).await {
                Ok(fresh) => {
                    let summary = fresh.value.product.summary;
                    shown.set((summary.price, summary.stock));
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
            <a href=format!("/exhibitor/products/{id}")>{move || name.get(i18n.lang.get()).to_string()}</a>
            {(!published).then(|| view! { <span class="badge">{tr3(&DRAFT)}</span> })}
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
