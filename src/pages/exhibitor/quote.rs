//! One quote at the desk (`/exhibitor/quotes/:id`): who asks, the lines with their list
//! prices, the answer form (a first answer or a new revision, prefilled from the latest), the
//! revisions, the thread with internal notes, who handles it, and withdrawing. Every button
//! comes from the quote's `actions`.

use expocx_contract::quotes::{NewQuoteMessage, Quote, QuoteAction, QuoteStatus};
use expocx_contract::{answer_due_in, Day};
use leptos::prelude::*;

use super::quote_answer::AnswerForm;
use super::quotes::{team_names, BASE};
use crate::api::TaggedQuote;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::PortalNav;
use crate::components::quote::steps::{ConfirmStep, OutcomeLine, QuoteSteps, StepFuture, TextStep};
use crate::components::quote::{QuoteFacts, QuoteLines, QuoteThread, Revisions, StatusBadge};
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::portal::tickets::{ASSIGNEE, NO_ONE};
use crate::i18n::quote_common::quote_common::{
    ANSWER_BY, BUYER, LINES, NUMBER, OUR_TEAM, OVERDUE, REVISIONS, SEND, SENT,
};
use crate::i18n::quote_desk::desk::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

#[component]
pub fn StaffQuotePage() -> impl IntoView {
    let quote = resource_by_id(|api, id| async move { api.staff_quote(id).await });
    view! {
        <h1>{tr3(&QUOTES)}</h1>
        <PortalNav />
        <p><a href=BASE>"← " {tr3(&QUOTES)}</a></p>
        <Loaded resource=quote page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|q: TaggedQuote| view! { <DeskQuote quote=q /> }}
        />
    }
}

#[component]
fn DeskQuote(quote: TaggedQuote) -> impl IntoView {
    let steps = QuoteSteps::new(quote, true);
    // Forms are rebuilt only when what is allowed changes, so typing survives a failed step.
    let actions = Memo::new(move |_| steps.shown.with(|q| q.value.actions.clone()));
    let today = Day::from(crate::browser::ticker::now().date_naive());
    view! {
        {move || view! { <DeskHead quote=steps.shown.get().value /> }}
        <Assignee steps />
        <OutcomeLine steps />
        {move || {
            let allowed = actions.get();
            let answering = allowed.contains(&QuoteAction::Answer) || allowed.contains(&QuoteAction::Revise);
            answering.then(|| view! { <AnswerForm steps today /> })
        }}
        {move || {
            let q = steps.shown.get().value;
            view! {
                <section class="panel" aria-labelledby="revisions-h">
                    <h2 id="revisions-h">{tr3(&REVISIONS)}</h2>
                    <Revisions lines=q.lines revisions=q.revisions />
                </section>
                <QuoteThread messages=q.messages member=&BUYER staff=&OUR_TEAM />
            }
        }}
        {move || {
            let allowed = actions.get();
            view! {
                {allowed.contains(&QuoteAction::Message).then(|| view! { <DeskMessage steps /> })}
                {allowed.contains(&QuoteAction::Withdraw).then(|| view! { <Withdraw steps /> })}
            }
        }}
    }
}

/// Who asks and for what: the buyer, the answer's due time, the lines with list prices.
#[component]
fn DeskHead(quote: Quote) -> impl IntoView {
    let i18n = use_i18n();
    let s = quote.summary.clone();
    let number = s.number.clone();
    let due = s.answer_by;
    let waiting = s.status == QuoteStatus::Requested;
    let overdue = waiting && answer_due_in(crate::browser::ticker::now(), *due).is_err();
    view! {
        <section class="panel quote-head">
            <h2>{move || fill(pick(&NUMBER, i18n.lang.get()), &[("number", &number)])}</h2>
            <p>
                <StatusBadge status=s.status />
                {overdue.then(|| view! { " " <span class="badge badge-alert">{tr3(&OVERDUE)}</span> })}
            </p>
            {s.buyer.clone().map(|b| view! {
                <p><strong>{b.company}</strong> " · " {b.name} {(!b.title.is_empty()).then(|| format!(", {}", b.title))}</p>
            })}
            {waiting.then(|| view! {
                <p class="muted">{tr3(&ANSWER_BY)} ": " {move || format::date_time(due, i18n.lang.get())}</p>
            })}
            <QuoteFacts quote=quote.clone() />
        </section>
        <section class="panel" aria-labelledby="lines-h">
            <h2 id="lines-h">{tr3(&LINES)}</h2>
            <QuoteLines quote />
        </section>
    }
}

/// Who on the team handles the quote.
#[component]
fn Assignee(steps: QuoteSteps) -> impl IntoView {
    let api = steps.api();
    let names = team_names(api);
    let current = Memo::new(move |_| steps.shown.with(|q| q.value.summary.assignee_id));
    let on_change = move |ev: leptos::ev::Event| {
        let to = event_target_value(&ev).parse::<i64>().ok();
        let id = steps.id();
        steps.run(
            Box::pin(async move { api.assign_quote(id, to).await }),
            &ASSIGNED,
            |_| {},
        );
    };
    view! {
        <div class="panel field">
            <label for="quote-assignee">{tr3(&ASSIGNEE)}</label>
            <select id="quote-assignee" on:change=on_change>
                <option value="" selected=move || current.get().is_none()>{tr3(&NO_ONE)}</option>
                {move || names.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|(id, name)| view! {
                    <option value=id.to_string() selected=move || current.get() == Some(id)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A message to the buyer, or with the box ticked a note only the team sees.
#[component]
fn DeskMessage(steps: QuoteSteps) -> impl IntoView {
    let api = steps.api();
    let internal = RwSignal::new(false);
    let send = Callback::new(move |text: String| -> StepFuture {
        let id = steps.id();
        let body = NewQuoteMessage {
            text,
            internal: internal.get_untracked(),
        };
        Box::pin(async move { api.staff_quote_message(id, &body).await })
    });
    view! {
        <TextStep steps id="desk-message" label=&MESSAGE_LABEL button=&SEND done=&SENT send>
            <label class="switch internal-box">
                <input type="checkbox" bind:checked=internal />
                {tr3(&INTERNAL_BOX)}
            </label>
        </TextStep>
    }
}

#[component]
fn Withdraw(steps: QuoteSteps) -> impl IntoView {
    let api = steps.api();
    let send = Callback::new(move |()| -> StepFuture {
        let q = steps.shown.get_untracked();
        Box::pin(async move { api.withdraw_quote(&q).await })
    });
    view! {
        <section class="panel">
            <ConfirmStep steps button=&WITHDRAW question=&WITHDRAW_CONFIRM done=&WITHDRAWN send />
        </section>
    }
}
