//! Product detail: picture, price, stock, where to pick it up, and more from the exhibitor.

use expocx_contract::{Product, ProductQuery};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::{Api, ApiError};
use crate::components::cards::{stock_label, Price, ProductCard};
use crate::components::feedback::{BlockSkeleton, CardsSkeleton, Loaded};
use crate::i18n::{fill, tr, use_i18n};
use crate::state::{analytics, use_consent};

/// A route parameter that must be a positive id; anything else is "not found".
pub fn parse_id(raw: Option<String>) -> Option<i64> {
    raw?.parse::<i64>().ok().filter(|id| *id > 0)
}

pub fn not_found() -> ApiError {
    ApiError::Problem {
        status: 404,
        problem: None,
    }
}

#[component]
pub fn ProductPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let params = use_params_map();
    let id = Memo::new(move |_| parse_id(params.with(|p| p.get("id"))));
    let product = LocalResource::new(move || {
        let api = api.clone();
        let id = id.get();
        async move {
            match id {
                Some(id) => api.product(id).await,
                None => Err(not_found()),
            }
        }
    });
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
        "product_viewed",
        Some(product.summary.id),
    );
    let s = product.summary.clone();
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
            <img class="product-image" src=s.image_url.clone() alt="" width="480" height="480" />
            <div class="product-info">
                <h1>{move || name.get(i18n.lang.get()).to_string()}</h1>
                <p class="product-price"><Price money=s.price.clone() /></p>
                <p class=move || if stock == 0 { "stock out" } else { "stock" }>{move || stock_label(stock, i18n.t())}</p>
                <p class="pickup">
                    {move || fill(i18n.t().product_pickup, &[("booth", &booth), ("hall", &hall)])}
                </p>
                <dl class="facts">
                    <dt>{tr(|m| m.product_sold_by)}</dt>
                    <dd><A href=ex_href>{move || ex_name.get(i18n.lang.get()).to_string()}</A></dd>
                    <dt>{tr(|m| m.product_category)}</dt>
                    <dd><A href=cat_href>{move || cat.get(i18n.lang.get()).to_string()}</A></dd>
                </dl>
                <h2>{tr(|m| m.product_details)}</h2>
                <p>{move || desc.get(i18n.lang.get()).to_string()}</p>
            </div>
        </article>
        <MoreFromExhibitor exhibitor_id=s.exhibitor_id except=s.id />
    }
}

#[component]
fn MoreFromExhibitor(exhibitor_id: i64, except: i64) -> impl IntoView {
    let api = expect_context::<Api>();
    let more = LocalResource::new(move || {
        let api = api.clone();
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

#[cfg(test)]
mod tests {
    use super::parse_id;

    #[test]
    fn only_positive_numeric_ids_are_products() {
        assert_eq!(parse_id(Some("42".into())), Some(42));
        assert_eq!(parse_id(Some("0".into())), None);
        assert_eq!(parse_id(Some("-3".into())), None);
        assert_eq!(parse_id(Some("abc".into())), None);
        assert_eq!(parse_id(None), None);
    }
}
