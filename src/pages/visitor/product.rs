//! Product detail: picture, price, stock, where to pick it up, and more from the exhibitor.

use expocx_contract::interest::Interaction;
use expocx_contract::{EventName, Product, ProductQuery};
use leptos::prelude::*;

use crate::components::resource::Res;

use crate::api::Api;
use crate::browser::card::{self, Card};
use crate::components::cards::{stock_label, Price, ProductCard};
use crate::components::feedback::{BlockSkeleton, CardsSkeleton, Loaded};
use crate::components::route::resource_by_id;
use crate::i18n::{fill, tr, use_i18n};
use crate::state::{analytics, use_cart, use_consent, use_interests};
use expocx_contract::Money;

#[component]
pub fn ProductPage() -> impl IntoView {
    let product = resource_by_id(|api, id| async move { api.product(id).await });
    view! {
        <Loaded resource=product page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|p: Product| view! { <ProductDetail product=p /> }}
        />
    }
}

#[component]
fn ProductDetail(product: Product) -> impl IntoView {
    let i18n = use_i18n();
    // A behaviour event, sent only with the analytics consent (checked inside).
    analytics::record(
        use_consent(),
        &expect_context::<Api>(),
        EventName::ProductViewed,
        Some(product.summary.id),
    );
    let s = product.summary.clone();
    // What the visitor looks at shapes "for you" (personalization consent checked inside).
    let interests = use_interests();
    interests.record(Interaction::Viewed, s.id, s.category_id, s.exhibitor_id);
    let (title, price, seller, image) = (
        s.name.clone(),
        s.price.clone(),
        s.exhibitor_name.clone(),
        s.image_url.clone(),
    );
    card::describe(move |l| Card {
        title: title.get(l).into(),
        text: format!("{} · {}", crate::format::money(&price, l), seller.get(l)),
        image: image.clone(),
    });
    let name = s.name.clone();
    let desc = product.description.clone();
    let ex_name = s.exhibitor_name.clone();
    let cat = product.category_name.clone();
    let booth = s.booth.clone();
    let hall = product.hall_code.clone();
    let stock = s.stock;
    let ex_href = format!("/exhibitors/{}", s.exhibitor_id);
    let cat_href = format!("/products?category={}", s.category_id);
    view! {
        <article class="product-detail">
            <img class="product-image" src=crate::api::media(&s.image_url) alt="" width="480" height="480" />
            <div class="product-info">
                <h1>{move || name.get(i18n.lang.get()).to_string()}</h1>
                <AddToCart product=product.clone() />
                <p class=move || if stock == 0 { "stock out" } else { "stock" }>{move || stock_label(stock, i18n.t())}</p>
                <p class="pickup">
                    {move || fill(i18n.t().product_pickup, &[("booth", &booth), ("hall", &hall)])}
                </p>
                <dl class="facts">
                    <dt>{tr(|m| m.product_sold_by)}</dt>
                    <dd><a href=ex_href>{move || ex_name.get(i18n.lang.get()).to_string()}</a></dd>
                    <dt>{tr(|m| m.product_category)}</dt>
                    <dd><a href=cat_href>{move || cat.get(i18n.lang.get()).to_string()}</a></dd>
                </dl>
                <h2>{tr(|m| m.product_details)}</h2>
                <p>{move || desc.get(i18n.lang.get()).to_string()}</p>
            </div>
        </article>
        <MoreFromExhibitor exhibitor_id=s.exhibitor_id except=s.id />
    }
}

/// Price (with the chosen option), options, and the add-to-cart bar, sticky on phones.
#[component]
fn AddToCart(product: Product) -> impl IntoView {
    let i18n = use_i18n();
    let cart = use_cart();
    let interests = use_interests();
    let consent = use_consent();
    let api = expect_context::<Api>();
    let s = product.summary.clone();
    let options = StoredValue::new(product.options.clone());
    let needs_option = !product.options.is_empty();
    let option_name = product.option_name.clone();
    let chosen = RwSignal::new(None::<String>);
    let missing = RwSignal::new(false);
    let added = RwSignal::new(0u32);
    let base = s.price.clone();
    let price = Memo::new(move |_| {
        let delta = chosen.with(|c| {
            options.with_value(|o| {
                o.iter()
                    .find(|x| Some(&x.id) == c.as_ref())
                    .map_or(0, |x| x.price_delta_minor)
            })
        });
        Money {
            amount_minor: base.amount_minor + delta,
            currency: base.currency.clone(),
        }
    });
    let (id, category, exhibitor, stock) = (s.id, s.category_id, s.exhibitor_id, s.stock);
    let add = move |_| {
        if stock == 0 {
            return;
        }
        let option = chosen.get_untracked();
        if needs_option && option.is_none() {
            missing.set(true);
            return;
        }
        let amount = price.get_untracked().amount_minor;
        cart.add(id, option, amount, 1);
        interests.record(Interaction::AddedToCart, id, category, exhibitor);
        analytics::record(consent, &api, EventName::AddedToCart, Some(id));
        added.update(|n| *n += 1);
    };
    view! {
        <p class="product-price">{move || view! { <Price money=price.get() /> }}</p>
        {needs_option.then(|| {
            let option_name = option_name.clone().unwrap_or_default();
            view! {
                <fieldset class="options" aria-describedby="option-hint">
                    <legend>{move || option_name.get(i18n.lang.get()).to_string()}</legend>
                    {options.get_value().into_iter().map(|o| {
                        let oid = o.id.clone();
                        let oid2 = o.id.clone();
                        let label = o.label.clone();
                        view! {
                            <label class="chip-option">
                                <input type="radio" name="option" value=o.id.clone()
                                    prop:checked=move || chosen.with(|c| c.as_deref() == Some(oid.as_str()))
                                    on:change=move |_| { chosen.set(Some(oid2.clone())); missing.set(false); } />
                                <span>{move || label.get(i18n.lang.get()).to_string()}</span>
                            </label>
                        }
                    }).collect_view()}
                    <p id="option-hint" class="field-error" role="alert">
                        {move || missing.get().then(|| i18n.t().product_choose_option)}
                    </p>
                </fieldset>
            }
        })}
        <div class="sticky-bar add-bar">
            <button type="button" class="btn btn-primary btn-block" on:click=add disabled=stock == 0>
                {move || if stock == 0 { i18n.t().product_sold_out } else { i18n.t().product_add_to_cart }}
            </button>
        </div>
        <p class="toast" role="status" aria-live="polite">
            {move || (added.get() > 0).then(|| view! {
                {move || i18n.t().product_added}
                " "
                <a href="/cart">{move || i18n.t().product_view_cart}</a>
            })}
        </p>
    }
}

#[component]
fn MoreFromExhibitor(exhibitor_id: i64, except: i64) -> impl IntoView {
    let api = expect_context::<Api>();
    let more = Res::new(move || {
        let q = ProductQuery {
            exhibitor: Some(exhibitor_id),
            limit: Some(5),
            ..Default::default()
        };
        async move { api.products(&q).await }
    });
    view! {
        <section aria-labelledby="more-h">
            <h2 id="more-h">{tr(|m| m.product_more_from)}</h2>
            <Loaded resource=more fallback=|| view! { <CardsSkeleton count=4 /> }
                ok={move |page: expocx_contract::Page<expocx_contract::ProductSummary>| view! {
                    <div class="grid cards">
                        {page.items.into_iter().filter(|p| p.id != except).take(4)
                            .map(|p| view! { <ProductCard product=p /> }).collect_view()}
                    </div>
                }}
            />
        </section>
    }
}
