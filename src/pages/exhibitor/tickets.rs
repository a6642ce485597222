//! The after-sales desk: the queue (by when an answer is due; a higher tier is due sooner) with
//! filters kept in the URL, and one ticket: the conversation, a reply the visitor sees with the
//! next status, a note only the team sees, and who handles it.

use expocx_contract::{
    answer_due_in, Assigned, Page, StaffMember, StaffTicket, StaffTicketQuery, StaffTicketRow,
    TicketReply, TicketStatus,
};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::customer_words::CustomerBadges;
use crate::api::{Api, ApiError};
use crate::components::conversation::Conversation;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::paged_list;
use crate::components::portal::PortalNav;
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::portal::portal::SERVICE;
use crate::i18n::portal::tickets::*;
use crate::i18n::tickets::{category, staff_status};
use crate::i18n::{fill, pick, tr3, tr3_attr, use_i18n, Text};

/// Minutes as the countdown says them (`1 h 20 min`, `5 min`).
pub fn span(minutes: i64, lang: expocx_contract::Lang) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let (hs, ms) = (h.to_string(), m.to_string());
    if h > 0 {
        fill(pick(&HOURS_MINUTES, lang), &[("h", &hs), ("m", &ms)])
    } else {
        fill(pick(&MINUTES, lang), &[("m", &ms)])
    }
}

const FILTERS: [(Option<Assigned>, &str, &Text); 3] = [
    (None, "", &ALL),
    (Some(Assigned::Me), "me", &MINE),
    (Some(Assigned::Nobody), "nobody", &NOBODY),
];

fn href(assigned: Option<Assigned>, page: u32) -> String {
    let q = StaffTicketQuery {
        assigned,
        page: (page > 1).then_some(page),
        ..Default::default()
    };
    match q.to_query_string() {
        qs if qs.is_empty() => "/exhibitor/tickets".into(),
        qs => format!("/exhibitor/tickets?{qs}"),
    }
}

#[component]
pub fn StaffQueue() -> impl IntoView {
    let api = expect_context::<Api>();
    let query = use_query_map();
    let wanted = Memo::new(move |_| {
        query.with(|q| StaffTicketQuery {
            assigned: q
                .get("assigned")
                .and_then(|a| FILTERS.iter().find(|f| f.1 == a).and_then(|f| f.0)),
            page: q.get("page").and_then(|p| p.parse().ok()),
            ..Default::default()
        })
    });
    let list = Res::new(move || {
        let q = wanted.get();
        async move { api.staff_tickets(&q).await }
    });
    let navigate = use_navigate();
    let on_page = Callback::new(move |p| {
        navigate(
            &href(wanted.get_untracked().assigned, p),
            NavigateOptions::default(),
        )
    });
    view! {
        <h1>{tr3(&SERVICE)}</h1>
        <PortalNav />
        <nav class="tabs" aria-label=tr3_attr(&WHOSE)>
            {FILTERS.map(|(a, _, text)| view! {
                <a href=href(a, 1) aria-current=move || (wanted.get().assigned == a).then_some("page")>{tr3(text)}</a>
            }).collect_view()}
        </nav>
        <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<StaffTicketRow>| view! { <Queue page=p on_page=on_page /> }}
        />
    }
}

#[component]
fn Queue(page: Page<StaffTicketRow>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    // The countdowns run while the queue is on screen: a ticket turns overdue without a reload.
    let clock = crate::browser::ticker::ticking(30);
    let empty = || view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any();
    paged_list(page, on_page, "order-list panel", empty, move |t| {
        let (due, awaiting, was_overdue) = (t.summary.respond_by, t.awaiting_answer, t.overdue);
        let overdue =
            move || was_overdue || (awaiting && answer_due_in(clock.get(), *due).is_err());
        let who = t.assignee.map(|a| a.name);
        let countdown = move || {
            let lang = i18n.lang.get();
            match answer_due_in(clock.get(), *due) {
                Ok(m) => fill(pick(&DUE_IN, lang), &[("t", &span(m, lang))]),
                Err(m) => fill(pick(&OVERDUE_BY, lang), &[("t", &span(m, lang))]),
            }
        };
        view! {
            <li class:alert=overdue>
                <a href=format!("/exhibitor/tickets/{}", t.summary.id)>{t.summary.subject.clone()}</a>
                <span class="badge">{tr3(staff_status(t.summary.status))}</span>
                {move || overdue().then(|| view! { <span class="badge badge-alert">{tr3(&OVERDUE)}</span> })}
                <CustomerBadges red_carpet=t.red_carpet />
                <span class="muted">{t.customer.clone()} " · " {t.summary.order_number.clone()}</span>
                {awaiting.then(|| view! {
                    <span class="muted">
                        <time datetime=due.to_rfc3339() title=move || format::date_time(due, i18n.lang.get())>{countdown}</time>
                    </span>
                })}
                {who.map(|n| view! { <span class="muted">{move || fill(pick(&HANDLED_BY, i18n.lang.get()), &[("name", &n)])}</span> })}
            </li>
        }
    })
}

#[component]
pub fn StaffTicketPage() -> impl IntoView {
    let ticket = resource_by_id(|api, id| async move { api.staff_ticket(id).await });
    view! {
        <h1>{tr3(&SERVICE)}</h1>
        <PortalNav />
        <p><a href="/exhibitor/tickets">"← " {tr3(&SERVICE)}</a></p>
        <Loaded resource=ticket page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |t: StaffTicket| view! { <Desk ticket=t /> }}
        />
    }
}

/// What staff do on a ticket; every step answers the ticket as it is now, and a failure keeps
/// what was typed.
#[component]
fn Desk(ticket: StaffTicket) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let id = ticket.ticket.summary.id;
    let shown = RwSignal::new(ticket);
    let (reply, note) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let then = RwSignal::new(TicketStatus::InProgress);
    let failure = RwSignal::new(None::<ApiError>);
    let team = Res::new(move || async move { api.staff_members().await });
    let run = move |fut: std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<StaffTicket, ApiError>>>,
    >,
                    clear: RwSignal<String>| {
        failure.set(None);
        spawn_local(async move {
            match fut.await {
                Ok(t) => {
                    clear.set(String::new());
                    shown.set(t);
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let on_reply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = TicketReply {
            text: reply.get_untracked(),
            photo_ids: Vec::new(),
            status: Some(then.get_untracked()),
        };
        if !body.text.trim().is_empty() {
            run(
                Box::pin(async move { api.staff_reply(id, &body).await }),
                reply,
            );
        }
    };
    let on_note = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = note.get_untracked();
        if !text.trim().is_empty() {
            run(
                Box::pin(async move { api.staff_note(id, text).await }),
                note,
            );
        }
    };
    let on_assign = move |ev: leptos::ev::Event| {
        let to = event_target_value(&ev).parse::<i64>().ok();
        run(
            Box::pin(async move { api.assign_ticket(id, to).await }),
            note,
        );
    };
    view! {
        {move || {
            let t = shown.get();
            let s = t.ticket.summary.clone();
            let assignee = t.assignee.as_ref().map(|a| a.id);
            view! {
                <section class="panel">
                    <h2>{s.subject.clone()}</h2>
                    <p><span class="badge">{tr3(staff_status(s.status))}</span> " " {tr3(category(s.category))}</p>
                    <p>{tr3(&CUSTOMER)} ": " {t.customer.clone()} {s.order_number.clone().map(|n| format!(" · {n}"))}</p>
                    <div class="field">
                        <label for="assignee">{tr3(&ASSIGNEE)}</label>
                        <select id="assignee" on:change=on_assign>
                            <option value="" selected=assignee.is_none()>{move || pick(&NO_ONE, i18n.lang.get())}</option>
                            {move || team.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|m: StaffMember| view! {
                                <option value=m.id.to_string() selected=assignee == Some(m.id)>{m.name}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </section>
                <Conversation ticket=t.ticket.clone() member=&CUSTOMER staff=&OUR_TEAM />
                <section class="panel internal" aria-labelledby="notes-h">
                    <h2 id="notes-h">{tr3(&NOTES)}</h2>
                    <ul class="inbox">
                        {t.notes.into_iter().map(|n| {
                            let at = n.at;
                            view! { <li><span class="message-text">{n.text}</span><span class="muted">{n.by} " · " {move || format::date_time(at, i18n.lang.get())}</span></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        }}
        <form class="panel" on:submit=on_reply>
            <div class="field">
                <label for="staff-reply">{tr3(&REPLY)}</label>
                <textarea id="staff-reply" rows="3" maxlength="2000" bind:value=reply></textarea>
            </div>
            <div class="field">
                <label for="then-status">{tr3(&THEN)}</label>
                <select id="then-status" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    then.set(match v.as_str() { "waiting_for_you" => TicketStatus::WaitingForYou, "resolved" => TicketStatus::Resolved, _ => TicketStatus::InProgress });
                }>
                    <option value="in_progress">{move || pick(staff_status(TicketStatus::InProgress), i18n.lang.get())}</option>
                    <option value="waiting_for_you">{move || pick(staff_status(TicketStatus::WaitingForYou), i18n.lang.get())}</option>
                    <option value="resolved">{move || pick(staff_status(TicketStatus::Resolved), i18n.lang.get())}</option>
                </select>
            </div>
            <button type="submit" class="btn btn-primary">{tr3(&SEND)}</button>
        </form>
        <form class="panel internal" on:submit=on_note>
            <div class="field">
                <label for="staff-note">{tr3(&NOTE)}</label>
                <textarea id="staff-note" rows="2" maxlength="2000" bind:value=note></textarea>
            </div>
            <button type="submit" class="btn">{tr3(&ADD_NOTE)}</button>
        </form>
        <p class="form-error" role="alert">{move || failure.get().map(|e| error_message(&e, i18n.t()))}</p>
    }
}
