//! Storefront home: the expo, its halls, categories, featured exhibitors and products.

use expocx_contract::{ExhibitorQuery, ProductQuery};
use leptos::prelude::*;
use leptos_router::components::{Form, A};

use crate::api::Api;
use crate::components::cards::{ExhibitorCard, ProductCard};
use crate::components::feedback::{BlockSkeleton, CardsSkeleton, Loaded};
use crate::format;
use crate::i18n::{fill, tr, tr_attr, use_i18n};

#[component]
pub fn Home() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let expo = {
        let api = api.clone();
        LocalResource::new(move || {
            let api = api.clone();
            async move { api.expo().await }
        })
    };
    let categories = {
        let api = api.clone();
        LocalResource::new(move || {
            let api = api.clone();
            async move { api.categories().await }
        })
    };
    let exhibitors = {
        let api = api.clone();
        LocalResource::new(move || {
            let api = api.clone();
            let q = ExhibitorQuery {
                featured: Some(true),
                limit: Some(6),
                ..Default::default()
            };
            async move { api.exhibitors(&q).await }
        })
    };
    let products = LocalResource::new(move || {
        let api = api.clone();
        let q = ProductQuery {
            featured: Some(true),
            limit: Some(8),
            ..Default::default()
        };
        async move { api.products(&q).await }
    });
    view! {
        <Loaded resource=expo fallback=|| view! { <BlockSkeleton /> }
            ok={move |expo: expocx_contract::Expo| {
                let name = expo.name.clone();
                let tagline = expo.tagline.clone();
                let venue = expo.venue.clone();
                let halls = expo.halls.clone();
                view! {
                    <section class="hero">
                        <h1>{move || name.get(i18n.lang.get()).to_string()}</h1>
                        <p class="tagline">{move || tagline.get(i18n.lang.get()).to_string()}</p>
                        <p class="hero-meta">
                            {move || {
                                let l = i18n.lang.get();
                                fill(i18n.t().home_dates, &[
                                    ("start", &format::date(expo.starts_on, l)),
                                    ("end", &format::date(expo.ends_on, l)),
                                ])
                            }}
                            " · "
                            {move || venue.get(i18n.lang.get()).to_string()}
                        </p>
                        <p class="hero-meta">
                            {move || fill(i18n.t().home_stats, &[
                                ("exhibitors", &expo.exhibitor_count.to_string()),
                                ("products", &expo.product_count.to_string()),
                            ])}
                        </p>
                        <Form method="GET" action="/products" attr:class="search" attr:role="search">
                            <label for="home-search" class="visually-hidden">{tr(|m| m.home_search_label)}</label>
                            <input id="home-search" type="search" name="q" enterkeyhint="search"
                                placeholder=tr_attr(|m| m.home_search_placeholder) />
                            <button type="submit" class="btn btn-primary">{tr(|m| m.search_submit)}</button>
                        </Form>
                    </section>
                    <section aria-labelledby="halls-h">
                        <h2 id="halls-h">{tr(|m| m.home_halls)}</h2>
                        <ul class="halls">
                            {halls.into_iter().map(|h| {
                                let href = format!("/exhibitors?hall={}", h.id);
                                let name = h.name.clone();
                                let theme = h.theme.clone();
                                view! {
                                    <li>
                                        <A href=href attr:class="hall">
                                            <span class="hall-code">{h.code.clone()}</span>
                                            <span class="hall-name">{move || name.get(i18n.lang.get()).to_string()}</span>
                                            <span class="hall-theme">{move || theme.get(i18n.lang.get()).to_string()}</span>
                                        </A>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }}
        />
        <section aria-labelledby="cats-h">
            <h2 id="cats-h">{tr(|m| m.home_categories)}</h2>
            <Loaded resource=categories fallback=|| view! { <BlockSkeleton /> }
                ok={move |cats: Vec<expocx_contract::Category>| view! {
                    <ul class="chips">
                        {cats.into_iter().map(|c| {
                            let href = format!("/products?category={}", c.id);
                            let name = c.name.clone();
                            view! { <li><A href=href attr:class="chip">{move || name.get(i18n.lang.get()).to_string()}</A></li> }
                        }).collect_view()}
                    </ul>
                }}
            />
        </section>
        <section aria-labelledby="fx-h">
            <div class="section-head">
                <h2 id="fx-h">{tr(|m| m.home_featured_exhibitors)}</h2>
                <A href="/exhibitors">{tr(|m| m.see_all)}</A>
            </div>
            <Loaded resource=exhibitors fallback=|| view! { <CardsSkeleton count=3 /> }
                ok={|page: expocx_contract::Page<expocx_contract::ExhibitorSummary>| view! {
                    <div class="grid cards">
                        {page.items.into_iter().map(|e| view! { <ExhibitorCard exhibitor=e /> }).collect_view()}
                    </div>
                }}
            />
        </section>
        <section aria-labelledby="fp-h">
            <div class="section-head">
                <h2 id="fp-h">{tr(|m| m.home_featured_products)}</h2>
                <A href="/products">{tr(|m| m.see_all)}</A>
            </div>
            <Loaded resource=products fallback=|| view! { <CardsSkeleton count=4 /> }
                ok={|page: expocx_contract::Page<expocx_contract::ProductSummary>| view! {
                    <div class="grid cards">
                        {page.items.into_iter().map(|p| view! { <ProductCard product=p /> }).collect_view()}
                    </div>
                }}
            />
        </section>
    }
}
