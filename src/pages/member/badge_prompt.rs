//! The live prompt under the badge (issue 25): while the visitor shows their badge at a booth,
//! the page asks every few seconds whether an exhibitor scanned it and waits for their answer;
//! the question appears right there, naming the exhibitor, with two choices of equal weight.
//! Each answer is a consent receipt for that exhibitor alone (as in the privacy center).

use expocx_contract::leads::{ContactShare, ContactShareDecision, ShareState};
use expocx_contract::ConsentChannel;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::browser::ticker::ticking;
use crate::i18n::lazy::error_message;
use crate::i18n::member::badge::ASK;
use crate::i18n::privacy::sharing::{DECLINE, SAVED, SHARE};
use crate::i18n::{fill, pick, use_i18n};

/// How often the page asks, in seconds, while it is in view.
const EVERY: u32 = 5;

/// Whether the page is in view (a hidden tab asks nothing).
fn in_view() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &"hidden".into()).ok())
        .and_then(|h| h.as_bool())
        != Some(true)
}

#[component]
pub fn ScanPrompt() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let clock = ticking(EVERY);
    let asked = RwSignal::new(None::<ContactShare>);
    let saved = RwSignal::new(None::<Result<String, ApiError>>);
    Effect::new(move |_| {
        clock.track();
        // One question at a time: the one shown waits for its answer.
        if asked.get_untracked().is_some() || !in_view() {
            return;
        }
        spawn_local(async move {
            if let Ok(all) = api.contact_shares().await {
                let first = all.into_iter().find(|s| s.state == ShareState::Asked);
                if first.is_some() {
                    saved.set(None);
                }
                asked.set(first);
            }
        });
    });
    let decide = move |share: bool| {
        let Some(s) = asked.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let decision = ContactShareDecision {
                share,
                channel: ConsentChannel::Prompt,
            };
            match api.decide_contact_share(s.exhibitor_id, &decision).await {
                Ok(done) => {
                    saved.set(Some(Ok(done.receipt_id.unwrap_or_default())));
                    asked.set(None);
                }
                Err(e) => saved.set(Some(Err(e))),
            }
        });
    };
    view! {
        {move || asked.get().map(|s| {
            let name = s.exhibitor.clone();
            view! {
                <div class="panel notice scan-prompt" role="alert">
                    <p>{move || fill(pick(&ASK, i18n.lang.get()), &[("exhibitor", name.get(i18n.lang.get()))])}</p>
                    <div class="actions">
                        <button type="button" class="btn" on:click=move |_| decide(true)>
                            {move || pick(&SHARE, i18n.lang.get())}
                        </button>
                        <button type="button" class="btn" on:click=move |_| decide(false)>
                            {move || pick(&DECLINE, i18n.lang.get())}
                        </button>
                    </div>
                </div>
            }
        })}
        {move || saved.get().map(|r| match r {
            Ok(id) => view! {
                <p class="done-note" role="status">{move || fill(pick(&SAVED, i18n.lang.get()), &[("id", &id)])}</p>
            }.into_any(),
            Err(e) => view! { <p class="error-text" role="alert">{error_message(&e, i18n.t())}</p> }.into_any(),
        })}
    }
}
