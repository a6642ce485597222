//! Storefront home: the expo, its halls, categories, featured exhibitors and products.

use expocx_contract::{ExhibitorQuery, ProductQuery};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::use_navigate;

use crate::api::Api;
use crate::browser::card::{self, Card};
use crate::components::cards::{ExhibitorCard, ProductCard};
use crate::components::feedback::{BlockSkeleton, CardsSkeleton, HomeTopSkeleton, Loaded};
use crate::format;
use crate::i18n::{fill, messages, tr, tr_attr, use_i18n};
use crate::state::interest::now_ms;
use crate::state::{use_consent, use_interests};
use expocx_contract::interest::{rank, Candidate, InterestProfile, Reason};
use expocx_contract::{purpose, Category, ConsentChannel, ConsentDecision, ProductSummary};

#[component]
pub fn Home() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let expo = { Res::new(move || async move { api.expo().await }) };
    let categories = { Res::new(move || async move { api.categories().await }) };
    let exhibitors = {
        Res::new(move || {
            let q = ExhibitorQuery {
                featured: Some(true),
                limit: Some(6),
                ..Default::default()
            };
            async move { api.exhibitors(&q).await }
        })
    };
    let products = Res::new(move || {
        let q = ProductQuery {
            featured: Some(true),
            limit: Some(8),
            ..Default::default()
        };
        async move { api.products(&q).await }
    });
    // The search opens the products page in the app (no reload), as a GET form would.
    let query = RwSignal::new(String::new());
    let navigate = use_navigate();
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = query.get_untracked();
        let q = q.trim();
        let to = if q.is_empty() {
            "/products".to_string()
        } else {
            format!("/products?q={}", expocx_contract::encode_query_value(q))
        };
        navigate(&to, Default::default());
    };
    view! {
        <Loaded resource=expo fallback=|| view! { <HomeTopSkeleton /> }
            ok={move |expo: expocx_contract::Expo| {
                let name = expo.name.clone();
                let tagline = expo.tagline.clone();
                let venue = expo.venue.clone();
                let (title, place) = (name.clone(), venue.clone());
                card::describe(move |l| Card {
                    title: title.get(l).into(),
                    text: format!(
                        "{} · {}",
                        fill(messages(l).home_dates, &[
                            ("start", &format::date(expo.starts_on, l)),
                            ("end", &format::date(expo.ends_on, l)),
                        ]),
                        place.get(l)
                    ),
                    image: String::new(),
                });
                let halls = expo.halls.clone();
                view! {
                    <div class="home-top">
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
                        <form method="get" action="/products" class="search" role="search" on:submit=search.clone()>
                            <label for="home-search" class="visually-hidden">{tr(|m| m.home_search_label)}</label>
                            <input id="home-search" type="search" name="q" enterkeyhint="search"
                                placeholder=tr_attr(|m| m.home_search_placeholder)
                                on:input=move |ev| query.set(event_target_value(&ev)) />
                            <button type="submit" class="btn btn-primary">{tr(|m| m.search_submit)}</button>
                        </form>
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
                                        <a href=href class="hall">
                                            <span class="hall-code">{h.code.clone()}</span>
                                            <span class="hall-name">{move || name.get(i18n.lang.get()).to_string()}</span>
                                            <span class="hall-theme">{move || theme.get(i18n.lang.get()).to_string()}</span>
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                    </div>
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
                            view! { <li><a href=href class="chip">{move || name.get(i18n.lang.get()).to_string()}</a></li> }
                        }).collect_view()}
                    </ul>
                }}
            />
        </section>
        <ForYou categories=categories />
        <section aria-labelledby="fx-h">
            <div class="section-head">
                <h2 id="fx-h">{tr(|m| m.home_featured_exhibitors)}</h2>
                <a href="/exhibitors">{tr(|m| m.see_all)}</a>
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
                <a href="/products">{tr(|m| m.see_all)}</a>
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

/// Products to rank: the featured ones, plus the best of the visitor's top categories.
async fn candidates(
    api: Api,
    top_categories: Vec<i64>,
) -> Result<Vec<ProductSummary>, crate::api::ApiError> {
    let featured = ProductQuery {
        featured: Some(true),
        limit: Some(24),
        ..Default::default()
    };
    let mut all = api.products(&featured).await?.items;
    for c in top_categories {
        let q = ProductQuery {
            category: Some(c),
            limit: Some(12),
            ..Default::default()
        };
        if let Ok(page) = api.products(&q).await {
            for p in page.items {
                if !all.iter().any(|x| x.id == p.id) {
                    all.push(p);
                }
            }
        }
    }
    Ok(all)
}

/// "For you" (千人千面): ranked on the device from the interest profile, each item saying why;
/// a switch turns personalization off (only that purpose) right here.
#[component]
fn ForYou(categories: Res<Vec<Category>>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let interests = use_interests();
    let consent = use_consent();
    let on = Memo::new(move |_| interests.enabled());
    let top = Memo::new(move |_| {
        if !on.get() {
            return Vec::new();
        }
        interests.profile.with(|p| {
            InterestProfile::top(&p.categories, 3)
                .into_iter()
                .map(|(c, _)| c)
                .collect::<Vec<_>>()
        })
    });
    let list = {
        Res::new(move || {
            let top = top.get();
            async move { candidates(api, top).await }
        })
    };
    let toggle = move |ev| {
        let granted = event_target_checked(&ev);
        consent.decide(
            vec![ConsentDecision {
                purpose: purpose::PERSONALIZATION.into(),
                granted,
            }],
            ConsentChannel::PrivacyCenter,
        );
    };
    let category_name = move |id: i64| -> String {
        categories
            .get()
            .and_then(Result::ok)
            .and_then(|cs| cs.into_iter().find(|c| c.id == id))
            .map(|c| c.name.get(i18n.lang.get()).to_string())
            .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="fy-h" class="for-you">
            <div class="section-head">
                <h2 id="fy-h">{move || if on.get() { i18n.t().foryou_title } else { i18n.t().foryou_popular }}</h2>
                <label class="switch">
                    <input type="checkbox" role="switch" prop:checked=move || on.get() on:change=toggle
                        aria-describedby="fy-note" />
                    <span>{tr(|m| m.foryou_switch)}</span>
                </label>
            </div>
            <p id="fy-note" class="muted">{move || if on.get() { i18n.t().foryou_note_on } else { i18n.t().foryou_note_off }}</p>
            <Loaded resource=list fallback=|| view! { <CardsSkeleton count=4 /> }
                ok={move |items: Vec<ProductSummary>| view! {
                    <div class="grid cards">
                        {move || {
                            let profile = on.get().then(|| interests.profile.get());
                            let cands: Vec<Candidate> = items.iter().map(|p| Candidate {
                                product_id: p.id,
                                category_id: p.category_id,
                                exhibitor_id: p.exhibitor_id,
                                featured: p.featured,
                            }).collect();
                            rank(profile.as_ref(), now_ms(), &cands, 8).into_iter().map(|r| {
                                let p = items[r.index].clone();
                                let ex_name = p.exhibitor_name.clone();
                                let why = move || match r.reason {
                                    Reason::Category(c) => fill(i18n.t().why_category, &[("name", &category_name(c))]),
                                    Reason::Exhibitor(_) => fill(i18n.t().why_exhibitor, &[("name", ex_name.get(i18n.lang.get()))]),
                                    Reason::Popular => i18n.t().why_popular.to_string(),
                                };
                                view! {
                                    <div class="card-why">
                                        <ProductCard product=p />
                                        <p class="why"><span class="why-label">{tr(|m| m.why_label)}</span>" "{why}</p>
                                    </div>
                                }
                            }).collect_view()
                        }}
                    </div>
                }}
            />
        </section>
    }
}
