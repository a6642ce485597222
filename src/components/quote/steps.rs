//! Taking a step on a quote (accept, answer, withdraw, a message…), for both sides: one step
//! at a time; its answer is the quote as it is now. A quote someone changed meanwhile (`412`),
//! or that can no longer take the step (`409`), is reloaded and the page says why.

use std::future::Future;
use std::pin::Pin;

use expocx_contract::quotes::Quote;
use expocx_contract::ErrorCode;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError, TaggedQuote};
use crate::i18n::lazy::error_message;
use crate::i18n::quote_common::quote_common::*;
use crate::i18n::{pick, tr3, use_i18n, Text};

/// A step on its way.
pub type StepFuture = Pin<Box<dyn Future<Output = Result<TaggedQuote, ApiError>>>>;

/// What the last step came to.
#[derive(Clone)]
pub enum Outcome {
    Done(&'static Text),
    Failed(ApiError),
}

/// The quote a page shows and the steps taken on it.
#[derive(Clone, Copy)]
pub struct QuoteSteps {
    pub shown: RwSignal<TaggedQuote>,
    pub outcome: RwSignal<Option<Outcome>>,
    pub busy: RwSignal<bool>,
    api: Api,
    /// The desk's quote (its own endpoint, with internal notes).
    staff: bool,
}

/// The words for a step refused because of the quote's state, if it is one.
pub fn refusal(e: &ApiError) -> Option<&'static Text> {
    if e.status() == Some(412) {
        return Some(&CHANGED_SINCE);
    }
    match e.problem()?.code {
        ErrorCode::QuoteExpired => Some(&EXPIRED_NOW),
        ErrorCode::QuoteSuperseded => Some(&SUPERSEDED_NOW),
        ErrorCode::QuoteClosed => Some(&CLOSED_NOW),
        ErrorCode::PreconditionFailed => Some(&CHANGED_SINCE),
        _ => None,
    }
}

impl QuoteSteps {
    pub fn new(quote: TaggedQuote, staff: bool) -> Self {
        QuoteSteps {
            shown: RwSignal::new(quote),
            outcome: RwSignal::new(None),
            busy: RwSignal::new(false),
            api: expect_context::<Api>(),
            staff,
        }
    }

    pub fn id(&self) -> i64 {
        self.shown.with_untracked(|q| q.value.summary.id)
    }

    pub fn api(&self) -> Api {
        self.api
    }

    /// The quote as the server has it now.
    fn reload(self) {
        let (api, id) = (self.api, self.id());
        spawn_local(async move {
            let fresh = if self.staff {
                api.staff_quote(id).await
            } else {
                api.quote(id).await
            };
            if let Ok(q) = fresh {
                self.shown.set(q);
            }
        });
    }

    /// Runs `step` unless one is under way; `then` follows a success (clear a form, go on).
    pub fn run(self, step: StepFuture, done: &'static Text, then: impl FnOnce(&Quote) + 'static) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.outcome.set(None);
        spawn_local(async move {
            let result = step.await;
            self.busy.set(false);
            match result {
                Ok(q) => {
                    // The next versioned step needs the tag: an answer without one is re-read.
                    if q.etag.is_none() {
                        self.reload();
                    }
                    let value = q.value.clone();
                    self.shown.set(q);
                    self.outcome.set(Some(Outcome::Done(done)));
                    // Last: it may leave the page (an accepted quote opens its order).
                    then(&value);
                }
                Err(e) => {
                    if refusal(&e).is_some() {
                        self.reload();
                    }
                    self.outcome.set(Some(Outcome::Failed(e)));
                }
            }
        });
    }
}

/// The last step's outcome, announced.
#[component]
pub fn OutcomeLine(steps: QuoteSteps) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        steps.outcome.get().map(|o| match o {
            Outcome::Done(t) => view! { <p class="notice" role="status">{tr3(t)}</p> }.into_any(),
            Outcome::Failed(e) => {
                let words = move || match refusal(&e) {
                    Some(t) => pick(t, i18n.lang.get()).to_string(),
                    None => error_message(&e, i18n.t()),
                };
                view! { <p class="form-error" role="alert">{words}</p> }.into_any()
            }
        })
    }
}

/// A text sent as one step (a message, a request for a change): `send` makes the step of the
/// text; `children` add controls of their own (the desk's "internal" box).
#[component]
pub fn TextStep(
    steps: QuoteSteps,
    id: &'static str,
    label: &'static Text,
    button: &'static Text,
    done: &'static Text,
    send: Callback<String, StepFuture>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let empty = RwSignal::new(false);
    let err_id = format!("{id}-error");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        empty.set(t.trim().is_empty());
        if !empty.get_untracked() {
            steps.run(send.run(t), done, move |_| text.set(String::new()));
        }
    };
    view! {
        <form class="panel text-step" on:submit=on_submit novalidate>
            <div class="field">
                <label for=id>{tr3(label)}</label>
                <textarea id=id rows="3" maxlength="2000" bind:value=text aria-describedby=err_id.clone()
                    aria-invalid=move || empty.get().then_some("true")></textarea>
                <p class="field-error" id=err_id>{move || empty.get().then(|| tr3(&WRITE_SOMETHING))}</p>
            </div>
            {children.map(|c| c())}
            <button type="submit" class="btn btn-primary" aria-disabled=move || steps.busy.get().then_some("true")>{tr3(button)}</button>
        </form>
    }
}

/// A step that asks first (decline, withdraw): the button opens the question, `Yes` runs it.
#[component]
pub fn ConfirmStep(
    steps: QuoteSteps,
    button: &'static Text,
    question: &'static Text,
    done: &'static Text,
    send: Callback<(), StepFuture>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let yes = move |_| {
        steps.run(send.run(()), done, move |_| asking.set(false));
    };
    view! {
        <div class="confirm-step">
            <button type="button" class="btn" aria-expanded=move || asking.get().to_string()
                on:click=move |_| asking.set(true)>{tr3(button)}</button>
            {move || asking.get().then(|| view! {
                <div class="confirm" role="group">
                    <p>{tr3(question)}</p>
                    <button type="button" class="btn btn-danger" aria-disabled=move || steps.busy.get().then_some("true") on:click=yes>{tr3(button)}</button>
                    <button type="button" class="btn" on:click=move |_| asking.set(false)>{tr3(&KEEP)}</button>
                </div>
            })}
        </div>
    }
}
