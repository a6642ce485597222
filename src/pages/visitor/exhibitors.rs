//! The exhibitor directory (filter by hall) and an exhibitor's page with its products.

use expocx_contract::{
    Exhibitor, ExhibitorQuery, ExhibitorSummary, Page, ProductQuery, ProductSummary,
};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::use_query_map;

use crate::api::Api;
use crate::browser::card::{self, Card};
use crate::components::cards::{ExhibitorCard, ProductCard};
use crate::components::feedback::{BlockSkeleton, CardsSkeleton, Loaded};
use crate::components::hall_map::HallMapView;
use crate::components::pager::{query_navigator, Pager};
use crate::components::route::resource_by_id;
use crate::i18n::{fill, messages, tr, use_i18n};

#[component]
pub fn ExhibitorList() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        query_map.with(|p| ExhibitorQuery {
            hall: p.get("hall").and_then(|v| v.parse().ok()),
            category: p.get("category").and_then(|v| v.parse().ok()),
            q: p.get("q").filter(|q| !q.trim().is_empty()),
            page: p
                .get("page")
                .and_then(|v| v.parse().ok())
                .filter(|n| *n > 0),
            ..Default::default()
        })
    });
    let to = query_navigator("/exhibitors");
    let go = move |q: ExhibitorQuery| to(q.to_query_string());
    let expo = { Res::new(move || async move { api.expo().await }) };
    let categories = { Res::new(move || async move { api.categories().await }) };
    let list = Res::new(move || {
        let q = query.get();
        async move { api.exhibitors(&q).await }
    });
    let go_hall = go.clone();
    let go_cat = go.clone();
    let go_q = go.clone();
    let search = RwSignal::new(query.get_untracked().q.unwrap_or_default());
    view! {
        <h1>{tr(|m| m.exhibitors_title)}</h1>
        <div class="filters">
            <label>
                <span>{tr(|m| m.filter_hall)}</span>
                <select on:change=move |ev| {
                    go_hall(ExhibitorQuery { hall: event_target_value(&ev).parse().ok(), page: None, ..query.get_untracked() });
                }>
                    <option value="">{tr(|m| m.filter_all)}</option>
                    {move || expo.get().and_then(Result::ok).map(|e| e.halls).unwrap_or_default().into_iter().map(|h| {
                        let name = h.name.clone();
                        let selected = move || query.with(|q| q.hall == Some(h.id));
                        view! { <option value=h.id.to_string() selected=selected>{move || name.get(i18n.lang.get()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span>{tr(|m| m.filter_category)}</span>
                <select on:change=move |ev| {
                    go_cat(ExhibitorQuery { category: event_target_value(&ev).parse().ok(), page: None, ..query.get_untracked() });
                }>
                    <option value="">{tr(|m| m.filter_all)}</option>
                    {move || categories.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|c| {
                        let name = c.name.clone();
                        let selected = move || query.with(|q| q.category == Some(c.id));
                        view! { <option value=c.id.to_string() selected=selected>{move || name.get(i18n.lang.get()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <form class="search" role="search" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let q = search.get_untracked();
                go_q(ExhibitorQuery { q: (!q.trim().is_empty()).then_some(q), page: None, ..query.get_untracked() });
            }>
                <label for="ex-search" class="visually-hidden">{tr(|m| m.exhibitors_search)}</label>
                <input id="ex-search" type="search" enterkeyhint="search" prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))
                    placeholder=crate::i18n::tr_attr(|m| m.exhibitors_search) />
                <button type="submit" class="btn">{tr(|m| m.search_submit)}</button>
            </form>
        </div>
        {move || query.with(|q| q.hall).map(|h| view! {
            <details class="map-toggle">
                <summary>{tr(|m| m.map_show)}</summary>
                <HallMapView hall_id=h />
            </details>
        })}
        <Loaded resource=list fallback=|| view! { <CardsSkeleton count=6 /> }
            ok={move |page: Page<ExhibitorSummary>| {
                let go = go.clone();
                let (current, pages) = (page.page, page.page_count());
                let on_page = Callback::new(move |n: u32| go(ExhibitorQuery { page: Some(n), ..query.get_untracked() }));
                view! {
                    <div class="grid cards">
                        {page.items.into_iter().map(|e| view! { <ExhibitorCard exhibitor=e /> }).collect_view()}
                    </div>
                    <Pager current=current pages=pages on_page=on_page />
                }
            }}
        />
    }
}

#[component]
pub fn ExhibitorPage() -> impl IntoView {
    let exhibitor = resource_by_id(|api, id| async move { api.exhibitor(id).await });
    view! {
        <Loaded resource=exhibitor page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|e: Exhibitor| view! { <ExhibitorDetail exhibitor=e /> }}
        />
    }
}

#[component]
pub fn ExhibitorDetail(exhibitor: Exhibitor) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let s = exhibitor.summary.clone();
    let id = s.id;
    let name = s.name.clone();
    let tagline = s.tagline.clone();
    let desc = exhibitor.description.clone();
    let booth = s.booth.clone();
    let hall = s.hall_code.clone();
    let (title, line, logo) = (name.clone(), tagline.clone(), s.logo_url.clone());
    let place = (hall.clone(), booth.clone());
    card::describe(move |l| Card {
        title: title.get(l).into(),
        text: format!(
            "{} · {}",
            fill(
                messages(l).exhibitor_hall_booth,
                &[("hall", &place.0), ("booth", &place.1)]
            ),
            line.get(l)
        ),
        image: logo.clone(),
    });
    let page = RwSignal::new(1u32);
    let products = Res::new(move || {
        let q = ProductQuery {
            exhibitor: Some(id),
            page: Some(page.get()),
            limit: Some(12),
            ..Default::default()
        };
        async move { api.products(&q).await }
    });
    view! {
        <header class="exhibitor-head">
            <img src=crate::api::media(&s.logo_url) alt="" width="72" height="72" />
            <div>
                <h1>{move || name.get(i18n.lang.get()).to_string()}</h1>
                <p class="tagline">{move || tagline.get(i18n.lang.get()).to_string()}</p>
                <p class="booth">{move || fill(i18n.t().exhibitor_hall_booth, &[("hall", &hall), ("booth", &booth)])}</p>
            </div>
        </header>
        <section aria-labelledby="about-h">
            <h2 id="about-h">{tr(|m| m.exhibitor_about)}</h2>
            <p>{move || desc.get(i18n.lang.get()).to_string()}</p>
        </section>
        <section aria-labelledby="where-h">
            <h2 id="where-h">{tr(|m| m.exhibitor_where)}</h2>
            <HallMapView hall_id=s.hall_id highlight=id />
        </section>
        <section aria-labelledby="ex-products-h">
            <h2 id="ex-products-h">{tr(|m| m.exhibitor_products)}</h2>
            <Loaded resource=products fallback=|| view! { <CardsSkeleton count=4 /> }
                ok={move |p: Page<ProductSummary>| {
                    let (current, pages) = (p.page, p.page_count());
                    view! {
                        <div class="grid cards">
                            {p.items.into_iter().map(|p| view! { <ProductCard product=p /> }).collect_view()}
                        </div>
                        <Pager current=current pages=pages on_page=Callback::new(move |n| page.set(n)) />
                    }
                }}
            />
        </section>
    }
}
