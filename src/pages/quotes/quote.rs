//! One of the buyer's quotes (`/me/quotes/:id`): its lines, the revisions side by side with
//! what changed, the thread, and the steps the server allows now (`actions`): accept, decline,
//! ask for a change, write.

use expocx_contract::quotes::{Quote, QuoteAction};
use leptos::prelude::*;

use super::accept::AcceptForm;
use crate::api::TaggedQuote;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::quote::steps::{ConfirmStep, OutcomeLine, QuoteSteps, StepFuture, TextStep};
use crate::components::quote::{QuoteFacts, QuoteLines, QuoteThread, Revisions, StatusBadge};
use crate::components::route::resource_by_id;
use crate::i18n::quote_common::quote_common::{
    EXHIBITOR, LINES, MESSAGE, NUMBER, REVISIONS, SEND, SENT, YOU,
};
use crate::i18n::quotes::quote::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

#[component]
pub fn MyQuotePage() -> impl IntoView {
    let quote = resource_by_id(|api, id| async move { api.quote(id).await });
    view! {
        <Loaded resource=quote page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|q: TaggedQuote| view! { <QuoteView quote=q /> }}
        />
    }
}

#[component]
fn QuoteView(quote: TaggedQuote) -> impl IntoView {
    let steps = QuoteSteps::new(quote, false);
    // The steps' forms are rebuilt only when what is allowed changes, so typing survives a
    // failed step and a reload.
    let actions = Memo::new(move |_| steps.shown.with(|q| q.value.actions.clone()));
    view! {
        <p><a href="/me/quotes">"← " {tr3(&MY_QUOTES)}</a></p>
        {move || {
            let q = steps.shown.get().value;
            view! { <QuoteBody quote=q /> }
        }}
        <OutcomeLine steps />
        {move || {
            let allowed = actions.get();
            (!allowed.is_empty()).then(|| view! { <Steps steps allowed /> })
        }}
    }
}

/// What the quote says: its head, lines, revisions and thread.
#[component]
fn QuoteBody(quote: Quote) -> impl IntoView {
    let i18n = use_i18n();
    let s = quote.summary.clone();
    let number = s.number.clone();
    let exhibitor = s.exhibitor_name.clone();
    view! {
        <section class="panel quote-head">
            <h1>{move || fill(pick(&NUMBER, i18n.lang.get()), &[("number", &number)])}</h1>
            <p>
                <StatusBadge status=s.status /> " "
                {move || exhibitor.get(i18n.lang.get()).to_string()}
            </p>
            {quote.order_id.map(|id| view! {
                <p><a class="btn btn-primary" href=format!("/orders/{id}")>{tr3(&SEE_ORDER)}</a></p>
            })}
            {quote.actions.iter().all(|a| *a == QuoteAction::Message).then(|| view! { <AskAgain quote=quote.clone() /> })}
            <QuoteFacts quote=quote.clone() />
            <p><a class="btn" href=format!("/me/quotes/{}/print", s.id)>{tr3(&PRINTABLE)}</a></p>
        </section>
        <section class="panel" aria-labelledby="lines-h">
            <h2 id="lines-h">{tr3(&LINES)}</h2>
            <QuoteLines quote=quote.clone() />
        </section>
        <section class="panel" aria-labelledby="revisions-h">
            <h2 id="revisions-h">{tr3(&REVISIONS)}</h2>
            <Revisions lines=quote.lines.clone() revisions=quote.revisions.clone() />
        </section>
        <QuoteThread messages=quote.messages member=&YOU staff=&EXHIBITOR />
    }
}

/// Reorder from an earlier quote: the same products and configurations asked again, a new
/// quote (once, however often it is tapped: one key for this page).
#[component]
fn AskAgain(quote: Quote) -> impl IntoView {
    let api = expect_context::<crate::api::Api>();
    let i18n = use_i18n();
    let again = expocx_contract::quotes::NewQuote {
        lines: quote
            .lines
            .iter()
            .map(|l| expocx_contract::quotes::QuoteLineRequest {
                product_id: l.product_id,
                configuration: l.configuration.clone(),
            })
            .collect(),
        needed_by: None,
        region: quote.region.clone(),
        message: String::new(),
    };
    let key = crate::api::idempotency_key();
    let send = Action::new_local(move |(): &()| {
        let (again, key) = (again.clone(), key.clone());
        async move { api.request_quote(&again, &key).await }
    });
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(q)) = send.value().get() {
            navigate(&format!("/me/quotes/{}", q.summary.id), Default::default());
        }
    });
    let failed = move || {
        send.value().get().and_then(Result::err).map(|e| {
            view! { <p class="form-error" role="alert">{move || crate::i18n::lazy::error_message(&e, i18n.t())}</p> }
        })
    };
    view! {
        <p><button type="button" class="btn" aria-disabled=move || send.pending().get().then_some("true")
            on:click=move |_| { if !send.pending().get_untracked() { send.dispatch(()); } }>
            {move || pick(if send.pending().get() { &ASKING_AGAIN } else { &ASK_AGAIN }, i18n.lang.get())}
        </button></p>
        {failed}
    }
}

/// The buyer's steps the server allows now.
#[component]
fn Steps(steps: QuoteSteps, allowed: Vec<QuoteAction>) -> impl IntoView {
    let api = steps.api();
    let id = steps.id();
    let can = |a: QuoteAction| allowed.contains(&a);
    let decline = Callback::new(move |()| -> StepFuture {
        let q = steps.shown.get_untracked();
        Box::pin(async move { api.decline_quote(&q).await })
    });
    let change = Callback::new(move |text: String| -> StepFuture {
        Box::pin(async move { api.ask_quote_change(id, text).await })
    });
    let message = Callback::new(move |text: String| -> StepFuture {
        Box::pin(async move { api.quote_message(id, text).await })
    });
    let deciding = [
        QuoteAction::Accept,
        QuoteAction::AskChange,
        QuoteAction::Decline,
    ];
    view! {
        {deciding.into_iter().any(can).then(|| view! {
            <section class="panel quote-actions" aria-labelledby="steps-h">
                <h2 id="steps-h">{tr3(&WHAT_NOW)}</h2>
                {can(QuoteAction::Accept).then(|| view! { <AcceptForm steps /> })}
                {can(QuoteAction::AskChange).then(|| view! {
                    <TextStep steps id="ask-change" label=&CHANGE_LABEL button=&ASK_CHANGE done=&CHANGE_ASKED send=change />
                })}
                {can(QuoteAction::Decline).then(|| view! {
                    <ConfirmStep steps button=&DECLINE question=&DECLINE_CONFIRM done=&DECLINED send=decline />
                })}
            </section>
        })}
        {can(QuoteAction::Message).then(|| view! {
            <TextStep steps id="quote-message" label=&MESSAGE button=&SEND done=&SENT send=message />
        })}
    }
}
