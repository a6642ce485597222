//! Leads at the booth (`/exhibitor/leads`): scan a visitor's badge or type in a business card
//! (kept on the phone with no signal, sent when it comes back), then the list of leads, status
//! and search kept in the URL (`?status=new&q=li&page=2`), each with its score; the CSV for
//! those who may export.

use expocx_contract::leads::{LeadSource, LeadStatus, LeadSummary};
use expocx_contract::{Capability, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::lead_capture::{CardForm, ScanPanel};
use super::lead_sync::{LeadQueue, QueueStatus};
use super::lead_words::{status_text, who};
use crate::api::{Api, LeadQuery};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::paged_list;
use crate::components::portal::{may, CsvExport, PortalNav};
use crate::components::resource::Res;
use crate::format;
use crate::i18n::leads::list::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

pub const BASE: &str = "/exhibitor/leads";

/// The list a URL asks for; unknown values are left out.
fn from_query(get: impl Fn(&str) -> Option<String>) -> LeadQuery {
    LeadQuery {
        status: get("status").and_then(|s| LeadStatus::parse(&s)),
        q: get("q").filter(|q| !q.trim().is_empty()),
        assignee: get("assignee")
            .and_then(|a| a.parse().ok())
            .filter(|a| *a > 0),
        page: get("page").and_then(|p| p.parse().ok()).filter(|p| *p > 1),
    }
}

fn href(q: &LeadQuery) -> String {
    let qs = q.to_query_string();
    if qs.is_empty() {
        BASE.to_string()
    } else {
        format!("{BASE}?{qs}")
    }
}

#[component]
pub fn LeadsPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let queue = LeadQueue::start();
    let query = use_query_map();
    let wanted = Memo::new(move |_| query.with(|q| from_query(|k| q.get(k))));
    let list = Res::new(move || {
        let q = wanted.get();
        // What the booth records shows in the list as it goes through.
        queue.recorded.track();
        async move { api.leads(&q).await }
    });
    let navigate = use_navigate();
    let go = Callback::new(move |q: LeadQuery| navigate(&href(&q), NavigateOptions::default()));
    let on_page = Callback::new(move |page: u32| {
        go.run(LeadQuery {
            page: Some(page),
            ..wanted.get_untracked()
        })
    });
    view! {
        <h1>{tr3(&LEADS)}</h1>
        <PortalNav />
        <QueueStatus queue />
        <ScanPanel queue />
        <CardForm queue />
        <section aria-labelledby="lead-list-h">
            <h2 id="lead-list-h">{tr3(&ALL)}</h2>
            <Tools />
            <Filters wanted go />
            <Loaded resource=list fallback=|| view! { <BlockSkeleton /> }
                ok={move |p: Page<LeadSummary>| view! { <LeadList page=p on_page /> }} />
        </section>
    }
}

/// The settings' link and, for those who may, the CSV.
#[component]
fn Tools() -> impl IntoView {
    view! {
        <p class="actions lead-tools">
            <a class="btn" href=format!("{BASE}/settings")>{tr3(&SETTINGS)}</a>
            {move || may(Capability::Export).then(|| view! {
                <CsvExport file="leads.csv" path=format!("{BASE}/export") />
            })}
        </p>
    }
}

#[component]
fn Filters(wanted: Memo<LeadQuery>, go: Callback<LeadQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let search = RwSignal::new(wanted.get_untracked().q.unwrap_or_default());
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go.run(LeadQuery {
            q: Some(search.get_untracked()),
            page: None,
            ..wanted.get_untracked()
        });
    };
    let on_status = move |ev: leptos::ev::Event| {
        let status = LeadStatus::parse(&event_target_value(&ev));
        go.run(LeadQuery {
            status,
            page: None,
            ..wanted.get_untracked()
        });
    };
    view! {
        <form class="panel filters" role="search" on:submit=on_search>
            <div class="field">
                <label for="lead-status">{tr3(&STATUS)}</label>
                <select id="lead-status" on:change=on_status>
                    <option value="" selected=move || wanted.get().status.is_none()>{tr3(&ANY_STATUS)}</option>
                    {LeadStatus::ALL.map(|s| view! {
                        <option value=s.as_str() selected=move || wanted.get().status == Some(s)>
                            {move || pick(status_text(s), i18n.lang.get())}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="lead-search">{tr3(&SEARCH)}</label>
                <input id="lead-search" type="search" maxlength="100" autocomplete="off" bind:value=search />
            </div>
            <button type="submit" class="btn">{tr3(&FIND)}</button>
        </form>
    }
}

#[component]
fn LeadList(page: Page<LeadSummary>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let total = page.total;
    let empty = || view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any();
    let rows = paged_list(
        page,
        on_page,
        "order-list panel lead-list",
        empty,
        move |l| {
            let (id, last, scans, score, qualified) =
                (l.id, l.last_seen_at, l.scans, l.score, l.qualified);
            let card = l.source == LeadSource::Card;
            let status = l.status;
            let company = l
                .contact
                .as_ref()
                .map(|c| c.company.clone())
                .filter(|c| !c.is_empty());
            let name = move || who(&l, i18n.lang.get());
            let n = |t, v: String| move || fill(pick(t, i18n.lang.get()), &[("n", &v)]);
            view! {
                <li>
                    <a class="lead-link" href=format!("{BASE}/{id}")>{name}</a>
                    <span class="badge">{move || pick(status_text(status), i18n.lang.get())}</span>
                    <span class="lead-score">
                        <strong>{n(&POINTS, score.to_string())}</strong>
                        {qualified.then(|| view! { " " <span class="badge badge-qualified">{tr3(&QUALIFIED)}</span> })}
                    </span>
                    <span class="muted">
                        {company.map(|c| format!("{c} · "))}
                        {card.then(|| view! { {tr3(&FROM_CARD)} " · " })}
                        {n(&SCANS, scans.to_string())} " · "
                        <time datetime=last.to_rfc3339()>
                            {move || fill(pick(&LAST_SEEN, i18n.lang.get()), &[("when", &format::date_time(last, i18n.lang.get()))])}
                        </time>
                    </span>
                </li>
            }
        },
    );
    view! {
        <p class="muted" role="status">{move || fill(pick(&FOUND, i18n.lang.get()), &[("n", &total.to_string())])}</p>
        {rows}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_names_the_list_and_survives_a_round_trip() {
        let q = from_query(|k| match k {
            "status" => Some("contacted".into()),
            "q" => Some("Li Wei".into()),
            "page" => Some("2".into()),
            _ => None,
        });
        assert_eq!(q.status, Some(LeadStatus::Contacted));
        assert_eq!(
            href(&q),
            "/exhibitor/leads?status=contacted&q=Li%20Wei&page=2"
        );
        let junk = from_query(|k| match k {
            "status" => Some("hot".into()),
            "q" => Some(" ".into()),
            "page" => Some("0".into()),
            "assignee" => Some("-1".into()),
            _ => None,
        });
        assert_eq!(junk, LeadQuery::default());
        assert_eq!(href(&junk), BASE);
    }
}
