//! Capturing leads at the booth: a visitor's badge (camera or typed code) and a business card.
//! Both go through the capture queue, so with no signal they are kept on the phone and the
//! form is free for the next visitor; a refusal keeps what was typed.

use expocx_contract::leads::{LeadContact, NewCardLead};
use expocx_contract::{BadgeScan, ScannedVisitor};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::badge_key;
use super::lead_queue::{is_badge_code, Capture};
use super::lead_sync::{Captured, LeadQueue, Sent};
use super::lead_words::tier_text;
use crate::api::ApiError;
use crate::components::camera_scan::CameraScan;
use crate::components::form::{field_error, from_result, Field, FormEnd, FormErrors};
use crate::i18n::lazy::error_message;
use crate::i18n::leads::capture::*;
use crate::i18n::leads::sync::{KEPT, R_NOT_ALLOWED, R_NOT_A_BADGE};
use crate::i18n::{fill, pick, tr3, tr3_attr, use_i18n};

/// The link to a lead.
fn lead_href(id: i64) -> String {
    format!("/exhibitor/leads/{id}")
}

/// What the last scan came to.
#[derive(Clone)]
enum Shown {
    /// Refused on the phone: not an ExpoCX badge.
    NotABadge,
    /// Refused on the phone: a badge's shape, but not signed by the server (mistyped, or a QR
    /// made elsewhere).
    NotGenuine,
    Done(Box<Captured>),
}

#[component]
pub fn ScanPanel(queue: LeadQueue) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let shown = RwSignal::new(None::<Shown>);
    let busy = RwSignal::new(false);
    // The server's badge key, kept on the phone: codes are checked with no signal.
    let api = expect_context::<crate::api::Api>();
    let key = RwSignal::new(None::<Vec<u8>>);
    spawn_local(async move {
        if let Some(k) = badge_key::load(api).await {
            let _ = key.try_set(Some(k));
        }
    });
    let record = move |typed: String| {
        let typed = typed.trim().to_string();
        if !is_badge_code(&typed) {
            shown.set(Some(Shown::NotABadge));
            return;
        }
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        shown.set(None);
        spawn_local(async move {
            // Not waited for: a scan never waits on a weak signal for the key.
            if let Some(public) = key.get_untracked() {
                if badge_key::genuine(&public, &typed).await == Some(false) {
                    busy.set(false);
                    shown.set(Some(Shown::NotGenuine));
                    return;
                }
            }
            let scan = BadgeScan {
                code: typed.clone(),
                scanned_at: None,
            };
            let done = queue.capture(Capture::Scan(scan)).await;
            // Ready for the next visitor, unless a code was typed meanwhile.
            if !matches!(done, Captured::Refused(_)) && code.get_untracked().trim() == typed {
                code.set(String::new());
            }
            busy.set(false);
            shown.set(Some(Shown::Done(Box::new(done))));
        });
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        record(code.get_untracked());
    };
    // A code read by the camera is recorded at once, and shown in the field.
    let scanned = Callback::new(move |c: String| {
        code.set(c.clone());
        record(c);
    });
    let result = move || {
        shown.get().map(|s| match s {
            Shown::NotABadge => {
                view! { <p class="error-text" role="alert">{tr3(&NOT_A_BADGE)}</p> }.into_any()
            }
            Shown::NotGenuine => {
                view! { <p class="error-text" role="alert">{tr3(&NOT_GENUINE)}</p> }.into_any()
            }
            Shown::Done(done) => match *done {
                Captured::Sent(Sent::Scan(v)) => view! { <Visitor visitor=v /> }.into_any(),
                Captured::Sent(_) => view! { <p class="done-note">{tr3(&RECORDED)}</p> }.into_any(),
                Captured::Kept => view! { <p class="notice">{tr3(&KEPT)}</p> }.into_any(),
                Captured::Refused(e) => {
                    let words = move || match e.status() {
                        Some(404) => pick(&R_NOT_A_BADGE, i18n.lang.get()).to_string(),
                        Some(403) => pick(&R_NOT_ALLOWED, i18n.lang.get()).to_string(),
                        _ => error_message(&e, i18n.t()),
                    };
                    view! { <p class="error-text" role="alert">{words}</p> }.into_any()
                }
            },
        })
    };
    view! {
        <section class="panel lead-scan" aria-labelledby="lead-scan-h">
            <h2 id="lead-scan-h">{tr3(&SCAN_TITLE)}</h2>
            <CameraScan on_code=scanned aim=&AIM />
            <form on:submit=on_submit novalidate>
                <div class="field">
                    <label for="badge-code">{tr3(&CODE)}</label>
                    <input id="badge-code" type="text" inputmode="text" autocomplete="off" autocapitalize="off"
                        spellcheck="false" maxlength="160" aria-describedby="badge-code-hint" bind:value=code />
                    <p id="badge-code-hint" class="hint">{tr3(&CODE_HINT)}</p>
                </div>
                <button type="submit" class="btn btn-primary btn-block" disabled=move || busy.get()>
                    {move || pick(if busy.get() { &RECORDING } else { &RECORD }, i18n.lang.get())}
                </button>
            </form>
            <div class="scan-result" aria-live="polite">{result}</div>
        </section>
    }
}

/// Who was scanned: their contact when they share it with this exhibitor, else their tier.
#[component]
fn Visitor(visitor: ScannedVisitor) -> impl IntoView {
    let i18n = use_i18n();
    let tier = visitor.tier;
    let contact = visitor.contact.filter(|_| visitor.shares_contact);
    let details = match contact {
        Some(p) => {
            let line = [p.company.clone(), p.job_title.clone()]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            let email = visitor.email.filter(|e| !e.is_empty());
            let phone = Some(p.phone.clone()).filter(|t| !t.trim().is_empty());
            view! {
                <p class="done-note">{tr3(&SHARED)}</p>
                <p class="lead-name">{p.display_name.clone()}</p>
                {(!line.is_empty()).then(|| view! { <p>{line}</p> })}
                {email.map(|e| view! { <p><a href=format!("mailto:{e}")>{e.clone()}</a></p> })}
                {phone.map(|t| view! { <p><a href=format!("tel:{}", t.replace(' ', ""))>{t.clone()}</a></p> })}
            }
            .into_any()
        }
        None => view! {
            <p class="done-note">
                {move || fill(pick(&ANONYMOUS_RESULT, i18n.lang.get()), &[("tier", pick(tier_text(tier), i18n.lang.get()))])}
            </p>
        }
        .into_any(),
    };
    view! {
        <div class="lead-result">
            {details}
            {visitor.lead_id.map(|id| view! { <a class="btn" href=lead_href(id)>{tr3(&OPEN_LEAD)}</a> })}
        </div>
    }
}

/// What the last card came to.
#[derive(Clone)]
enum CardDone {
    Saved { name: String, id: Option<i64> },
    Kept,
}

#[component]
pub fn CardForm(queue: LeadQueue) -> impl IntoView {
    let i18n = use_i18n();
    let [name, company, title, email, phone, note] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let errors = RwSignal::new(FormErrors::default());
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<CardDone>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let value = |s: RwSignal<String>| s.get_untracked().trim().to_string();
        let card = NewCardLead {
            contact: LeadContact {
                name: value(name),
                company: value(company),
                title: value(title),
                email: value(email),
                phone: value(phone),
            },
            note: value(note),
        };
        done.set(None);
        let local = card.validate();
        if !local.is_empty() {
            errors.set(FormErrors::local(local));
            crate::browser::focus::focus_first_error();
            return;
        }
        errors.set(FormErrors::default());
        busy.set(true);
        let inputs = [name, company, title, email, phone, note];
        let sent = inputs.map(value);
        spawn_local(async move {
            let who = card.contact.name.clone();
            let outcome = match queue.capture(Capture::Card(card)).await {
                Captured::Sent(sent) => {
                    let id = match sent {
                        Sent::Card(l) => Some(l.value.summary.id),
                        _ => None,
                    };
                    Some(CardDone::Saved { name: who, id })
                }
                Captured::Kept => Some(CardDone::Kept),
                Captured::Refused(e) => {
                    errors.set(from_result::<()>(&Err::<(), ApiError>(e)));
                    None
                }
            };
            busy.set(false);
            // Ready for the next card; what was typed meanwhile stays.
            if outcome.is_some() {
                for (input, was) in inputs.into_iter().zip(sent) {
                    if input.get_untracked().trim() == was {
                        input.set(String::new());
                    }
                }
            }
            done.set(outcome);
        });
    };
    let label = |t| tr3_attr(t);
    let said = move || {
        done.get().map(|d| match d {
            CardDone::Saved { name, id } => view! {
                <p class="done-note">
                    {move || fill(pick(&SAVED, i18n.lang.get()), &[("name", &name)])} " "
                    {id.map(|id| view! { <a href=lead_href(id)>{tr3(&OPEN_LEAD)}</a> })}
                </p>
            }
            .into_any(),
            CardDone::Kept => view! { <p class="notice">{tr3(&KEPT)}</p> }.into_any(),
        })
    };
    view! {
        <details class="panel lead-card">
            <summary>{tr3(&CARD_TITLE)}</summary>
            <form on:submit=on_submit novalidate>
                <Field id="card-name" label=label(&NAME) kind="text" autocomplete="off" value=name error=field_error(errors, "contact.name") />
                <Field id="card-company" label=label(&COMPANY) kind="text" autocomplete="off" value=company error=field_error(errors, "contact.company") />
                <Field id="card-title" label=label(&JOB_TITLE) kind="text" autocomplete="off" value=title error=field_error(errors, "contact.title") />
                <Field id="card-email" label=label(&EMAIL) kind="email" autocomplete="off" value=email error=field_error(errors, "contact.email") />
                <Field id="card-phone" label=label(&PHONE) kind="tel" autocomplete="off" value=phone error=field_error(errors, "contact.phone") />
                <crate::components::product_form::Input id="card-note".into() label=crate::components::product_form::text(&NOTE)
                    value=note errors field="note".into() multiline=true />
                <FormEnd errors pending=busy.into() label=&SAVE />
            </form>
            <div aria-live="polite">{said}</div>
        </details>
    }
}
