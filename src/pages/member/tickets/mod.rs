//! After-sales service: the member's requests, one request's conversation (reply with photos,
//! mark solved or reopen, rate), and asking for help (`new`).

mod new;

pub use new::NewTicketPage;

use expocx_contract::{
    ErrorCode, Page, Photo, Rating, Ticket, TicketReply, TicketStatus, TicketSummary,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::components::conversation::Conversation;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, paged_list};
use crate::components::photos::PhotoPicker;
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::tickets::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

/// A failed step: the status changed under the member, or what the client says.
fn step_error(e: &ApiError, i18n: crate::i18n::I18n) -> String {
    match e.problem().map(|p| p.code) {
        Some(ErrorCode::WrongStatus) => pick(&WRONG_STATUS, i18n.lang.get()).to_string(),
        _ => error_message(e, i18n.t()),
    }
}

#[component]
pub fn TicketList() -> impl IntoView {
    let api = expect_context::<Api>();
    let (list, on_page) = paged(move |p| async move { api.tickets(p).await });
    view! {
        <section class="panel">
            <h1>{tr3(&TITLE)}</h1>
            <p><a href="/me/tickets/new" class="btn btn-primary">{tr3(&ASK)}</a></p>
            <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
                ok={move |p: Page<TicketSummary>| view! { <Summaries page=p on_page=on_page /> }}
            />
        </section>
    }
}

#[component]
fn Summaries(page: Page<TicketSummary>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let empty = || view! { <p class="empty">{tr3(&EMPTY)}</p> }.into_any();
    paged_list(page, on_page, "order-list", empty, move |t| {
        let at = t.updated_at;
        view! {
            <li>
                <a href=format!("/me/tickets/{}", t.id)>{t.subject.clone()}</a>
                <span class="badge">{tr3(status(t.status))}</span>
                <span class="muted">{t.order_number.clone()} " " {move || format::date_time(at, i18n.lang.get())}</span>
            </li>
        }
    })
}

#[component]
pub fn TicketPage() -> impl IntoView {
    let ticket = resource_by_id(|api, id| async move { api.ticket(id).await });
    let shown = RwSignal::new(None::<Ticket>);
    view! {
        <Loaded resource=ticket page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |t: Ticket| { shown.set(Some(t.clone())); view! { <TicketView ticket=t shown=shown /> } }}
        />
    }
}

/// The ticket as the last answer showed it; every step answers the new state.
#[component]
fn TicketView(ticket: Ticket, shown: RwSignal<Option<Ticket>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || shown.get().unwrap_or_else(|| ticket.clone());
    view! {
        {move || {
            let t = t();
            let s = t.summary.clone();
            let respond_by = s.respond_by;
            view! {
                <section class="panel">
                    <h1>{s.subject.clone()}</h1>
                    <p><span class="badge">{tr3(status(s.status))}</span> " " {tr3(category(s.category))}</p>
                    {s.order_number.clone().zip(s.order_id).map(|(n, id)| view! {
                        <p><a href=format!("/orders/{id}")>{move || fill(pick(&ABOUT_ORDER, i18n.lang.get()), &[("number", &n)])}</a></p>
                    })}
                    {matches!(s.status, TicketStatus::Open).then(|| view! {
                        <p class="muted">{move || fill(pick(&RESPOND_BY, i18n.lang.get()), &[("time", &format::date_time(respond_by, i18n.lang.get()))])}</p>
                    })}
                </section>
                <Conversation ticket=t.clone() member=&YOU staff=&STAFF />
                <Steps ticket=t shown=shown />
            }
        }}
    }
}

/// What the member can do next: reply (with photos), mark solved, reopen, rate.
#[component]
fn Steps(ticket: Ticket, shown: RwSignal<Option<Ticket>>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let id = ticket.summary.id;
    let state = ticket.summary.status;
    let text = RwSignal::new(String::new());
    let photos = RwSignal::new(Vec::<Photo>::new());
    let score = RwSignal::new(0u8);
    let comment = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    // One step at a time; the answer is the ticket as it is now. A failure keeps what was typed.
    let run = move |step: Step| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            let result = match step {
                Step::Reply => {
                    let ids = photos.get_untracked().into_iter().map(|p| p.id).collect();
                    let body = TicketReply {
                        text: text.get_untracked(),
                        photo_ids: ids,
                        status: None,
                    };
                    api.reply_ticket(id, &body).await
                }
                Step::Set(to) => api.set_ticket_status(id, to).await,
                Step::Rate => {
                    let body = Rating {
                        score: score.get_untracked(),
                        comment: comment.get_untracked(),
                    };
                    api.rate_ticket(id, &body).await
                }
            };
            busy.set(false);
            match result {
                Ok(t) => {
                    text.set(String::new());
                    photos.set(Vec::new());
                    shown.set(Some(t));
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let can_reply = matches!(
        state,
        TicketStatus::Open | TicketStatus::WaitingForYou | TicketStatus::InProgress
    );
    let rating = ticket.rating.clone();
    view! {
        <section class="panel ticket-steps">
            {can_reply.then(|| view! {
                <form on:submit=move |ev| { ev.prevent_default(); if !text.get_untracked().trim().is_empty() { run(Step::Reply) } } novalidate>
                    <div class="field">
                        <label for="reply-text">{tr3(&REPLY)}</label>
                        <textarea id="reply-text" rows="3" maxlength="2000" prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </div>
                    <PhotoPicker photos=photos id="reply-photos" />
                    <button type="submit" class="btn btn-primary" aria-disabled=move || busy.get().then_some("true")>{tr3(&REPLY_SEND)}</button>
                </form>
                <button type="button" class="btn" on:click=move |_| run(Step::Set(TicketStatus::Resolved))>{tr3(&MARK_RESOLVED)}</button>
            })}
            {(state == TicketStatus::Resolved).then(|| view! {
                <button type="button" class="btn" on:click=move |_| run(Step::Set(TicketStatus::Open))>{tr3(&REOPEN)}</button>
                <form class="rating" on:submit=move |ev| { ev.prevent_default(); if score.get_untracked() > 0 { run(Step::Rate) } }>
                    <fieldset>
                        <legend>{tr3(&RATE_TITLE)}</legend>
                        {(1..=5u8).map(|n| view! {
                            <label class="switch">
                                <input type="radio" name="score" value=n.to_string() on:change=move |_| score.set(n) />
                                {move || fill(pick(&SCORE, i18n.lang.get()), &[("n", &n.to_string())])}
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <div class="field">
                        <label for="rate-comment">{tr3(&COMMENT)}</label>
                        <textarea id="rate-comment" rows="2" maxlength="500" prop:value=move || comment.get()
                            on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                    </div>
                    <button type="submit" class="btn btn-primary">{tr3(&RATE_SEND)}</button>
                </form>
            })}
            {rating.map(|r| view! { <p>{move || fill(pick(&RATED, i18n.lang.get()), &[("n", &r.score.to_string())])}</p> })}
            <p class="form-error" role="alert">{move || failure.get().map(|e| step_error(&e, i18n))}</p>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Step {
    Reply,
    Set(TicketStatus),
    Rate,
}
