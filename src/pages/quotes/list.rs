//! The buyer's quotes (`/me/quotes`), a tab per status (kept in the URL), newest first.

use expocx_contract::quotes::QuoteSummary;
use expocx_contract::{Page, ProductSummary};
use leptos::prelude::*;

use crate::api::Api;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::paged_list;
use crate::components::quote::filter::{list_query, StatusTabs};
use crate::components::quote::{title_words, StatusBadge};
use crate::components::resource::Res;
use crate::format;
use crate::i18n::quotes::mine::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

const BASE: &str = "/me/quotes";

#[component]
pub fn MyQuotesPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let (wanted, on_page) = list_query(BASE);
    let list = Res::new(move || {
        let (status, page) = wanted.get();
        async move { api.quotes(status, page).await }
    });
    let all = move || wanted.with(|w| w.0.is_none());
    view! {
        <section class="panel">
            <h1>{tr3(&TITLE)}</h1>
            <p class="hint">{tr3(&INTRO)}</p>
            <StatusTabs base=BASE current=wanted />
            <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
                ok={move |p: Page<QuoteSummary>| view! { <Summaries page=p on_page all=all() /> }}
            />
        </section>
        <AskFor />
    }
}

/// The products a quote can be asked for, each a link to its configurator.
#[component]
fn AskFor() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let products = Res::new(move || async move { api.configurable_products().await });
    view! {
        <section class="panel" aria-labelledby="ask-h">
            <h2 id="ask-h">{tr3(&ASK_TITLE)}</h2>
            <p class="hint">{tr3(&ASK_INTRO)}</p>
            <Loaded resource=products fallback=|| view! { <BlockSkeleton /> }
                ok={move |items: Vec<ProductSummary>| view! {
                    <ul class="link-list">
                        {items.into_iter().map(|p| {
                            let (name, seller) = (p.name.clone(), p.exhibitor_name.clone());
                            view! {
                                <li>
                                    <a href=format!("/quotes/new?product={}", p.id)>
                                        {move || fill(pick(&CONFIGURE, i18n.lang.get()), &[("product", name.get(i18n.lang.get()))])}
                                    </a>
                                    " " <span class="muted">{move || seller.get(i18n.lang.get()).to_string()}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }}
            />
        </section>
    }
}

#[component]
fn Summaries(page: Page<QuoteSummary>, on_page: Callback<u32>, all: bool) -> impl IntoView {
    let i18n = use_i18n();
    let empty = move || {
        view! {
            <div class="empty">
                <p>{tr3(if all { &EMPTY } else { &EMPTY_HERE })}</p>
                {all.then(|| view! { <a class="btn btn-primary" href="/products">{tr3(&BROWSE)}</a> })}
            </div>
        }
        .into_any()
    };
    paged_list(page, on_page, "order-list quote-list", empty, move |q| {
        let (title, lines, seller) = (q.title.clone(), q.line_count, q.exhibitor_name.clone());
        let updated = q.updated_at;
        view! {
            <li>
                <a href=format!("{BASE}/{}", q.id)>
                    <span class="order-number">{q.number.clone()}</span> " "
                    {move || title_words(&title, lines, i18n.lang.get())}
                </a>
                <StatusBadge status=q.status />
                {q.total.clone().map(|t| view! { <span class="line-total"><Price money=t /></span> })}
                <span class="muted">
                    {move || seller.get(i18n.lang.get()).to_string()} " · "
                    {move || format::date_time(updated, i18n.lang.get())}
                </span>
            </li>
        }
    })
}
