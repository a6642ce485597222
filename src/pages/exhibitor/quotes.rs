//! The quote desk (`/exhibitor/quotes`): trade buyers' quotes, those whose first answer is due
//! soonest first, a tab per status (kept in the URL); a quote not answered in time is marked.

use expocx_contract::quotes::{QuoteStatus, QuoteSummary};
use expocx_contract::{answer_due_in, Page};
use leptos::prelude::*;

use super::tickets::span;
use crate::api::Api;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::paged_list;
use crate::components::portal::PortalNav;
use crate::components::quote::filter::{list_query, StatusTabs};
use crate::components::quote::{title_words, StatusBadge};
use crate::components::resource::Res;
use crate::format;
use crate::i18n::portal::tickets::{DUE_IN, HANDLED_BY, OVERDUE_BY};
use crate::i18n::quote_common::quote_common::OVERDUE;
use crate::i18n::quote_desk::desk::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

pub const BASE: &str = "/exhibitor/quotes";

/// The team's names by id, for "handled by" (empty when the team cannot be read).
pub fn team_names(api: Api) -> Res<Vec<(i64, String)>> {
    Res::new(move || async move {
        // The desk's list of colleagues (capability `service`, as every role with the quote
        // desk has; the team page's list is the owner's only).
        let staff = api.staff_members().await;
        Ok(staff.map_or_else(
            |_| Vec::new(),
            |s| s.into_iter().map(|m| (m.id, m.name)).collect(),
        ))
    })
}

#[component]
pub fn QuoteDesk() -> impl IntoView {
    let api = expect_context::<Api>();
    let (wanted, on_page) = list_query(BASE);
    let list = Res::new(move || {
        let (status, page) = wanted.get();
        async move { api.staff_quotes(status, page).await }
    });
    let names = team_names(api);
    view! {
        <h1>{tr3(&QUOTES)}</h1>
        <PortalNav />
        <StatusTabs base=BASE current=wanted />
        <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<QuoteSummary>| view! { <Queue page=p on_page names /> }}
        />
    }
}

#[component]
fn Queue(
    page: Page<QuoteSummary>,
    on_page: Callback<u32>,
    names: Res<Vec<(i64, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The countdowns run while the queue is on screen: a quote turns overdue without a reload.
    let clock = crate::browser::ticker::ticking(30);
    let empty = || view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any();
    paged_list(
        page,
        on_page,
        "order-list panel quote-list",
        empty,
        move |q| {
            let due = q.answer_by;
            let waiting = q.status == QuoteStatus::Requested;
            let overdue = move || waiting && answer_due_in(clock.get(), *due).is_err();
            let countdown = move || {
                let lang = i18n.lang.get();
                match answer_due_in(clock.get(), *due) {
                    Ok(m) => fill(pick(&DUE_IN, lang), &[("t", &span(m, lang))]),
                    Err(m) => fill(pick(&OVERDUE_BY, lang), &[("t", &span(m, lang))]),
                }
            };
            let (title, lines) = (q.title.clone(), q.line_count);
            let company = q
                .buyer
                .as_ref()
                .map(|b| b.company.clone())
                .unwrap_or_default();
            let assignee = q.assignee_id;
            let who = move || {
                let id = assignee?;
                let name = names.get()?.ok()?.into_iter().find(|(i, _)| *i == id)?.1;
                Some(fill(pick(&HANDLED_BY, i18n.lang.get()), &[("name", &name)]))
            };
            view! {
                <li class:alert=overdue>
                    <a href=format!("{BASE}/{}", q.id)>
                        <span class="order-number">{q.number.clone()}</span> " "
                        {move || title_words(&title, lines, i18n.lang.get())}
                    </a>
                    <StatusBadge status=q.status />
                    {move || overdue().then(|| view! { <span class="badge badge-alert">{tr3(&OVERDUE)}</span> })}
                    {q.total.clone().map(|t| view! { <span class="line-total"><Price money=t /></span> })}
                    <span class="muted">
                        <strong>{company}</strong>
                        {waiting.then(|| view! {
                            " · " <time datetime=due.to_rfc3339() title=move || format::date_time(due, i18n.lang.get())>{countdown}</time>
                        })}
                        {move || who().map(|w| format!(" · {w}"))}
                    </span>
                </li>
            }
        },
    )
}
