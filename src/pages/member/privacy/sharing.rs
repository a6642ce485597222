//! Sharing with exhibitors: every exhibitor whose booth staff scanned the visitor's badge, what
//! it may see, and the visitor's choice for that exhibitor alone (PIPL art. 23: the recipient is
//! named and the consent is separate), made with two choices of equal weight; each choice is a
//! consent receipt. The message sent at the first scan links to `#share-{exhibitor_id}`: that
//! entry is brought into view and its heading focused.

use expocx_contract::leads::{ContactShare, ContactShareDecision, ShareState};
use expocx_contract::ConsentChannel;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::Api;
use crate::browser::focus::reveal_soon;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::resource::Res;
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::privacy::sharing::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

/// The id of an exhibitor's entry, what the scan's message links to.
fn anchor(exhibitor_id: i64) -> String {
    format!("share-{exhibitor_id}")
}

/// The exhibitor a URL's hash (`#share-12`) names.
fn named(hash: &str) -> Option<i64> {
    hash.trim_start_matches('#')
        .strip_prefix("share-")?
        .parse()
        .ok()
        .filter(|id| *id > 0)
}

/// Where a decision is made: answering the scan's message (the page opened at the entry's
/// anchor while it is still unanswered), or in the privacy center.
fn channel(hash: &str, exhibitor_id: i64, state: ShareState) -> ConsentChannel {
    if state == ShareState::Asked && named(hash) == Some(exhibitor_id) {
        ConsentChannel::Prompt
    } else {
        ConsentChannel::PrivacyCenter
    }
}

/// The privacy center's section (signed-in members): the message sent at a scan links to
/// `/privacy#share-{exhibitor_id}`.
#[component]
pub fn SharingSection() -> impl IntoView {
    let api = expect_context::<Api>();
    let hash = use_location().hash;
    let shares = Res::new(move || async move { api.contact_shares().await });
    // Once the entries are shown (and whenever the hash changes), the one it names comes into view.
    Effect::new(move |_| {
        let loaded = matches!(shares.get(), Some(Ok(_)));
        if let Some(id) = named(&hash.get()).filter(|_| loaded) {
            reveal_soon(anchor(id));
        }
    });
    view! {
        <section class="panel" id="sharing" aria-labelledby="sharing-h">
        <h2 id="sharing-h">{tr3(&TITLE)}</h2>
        <p>{tr3(&INTRO_WHO)}</p>
        <p>{tr3(&INTRO_CHANGE)}</p>
        <Loaded resource=shares fallback=|| view! { <BlockSkeleton /> }
            ok={|list: Vec<ContactShare>| {
                if list.is_empty() {
                    view! { <p>{tr3(&EMPTY)}</p> }.into_any()
                } else {
                    list.into_iter().map(|share| view! { <ShareCard share /> }).collect_view().into_any()
                }
            }}
        />
        </section>
    }
}

/// One exhibitor: its name, the state in words, the last receipt and the choices. The first
/// button stays in place across decisions (its words change), so keyboard focus is not lost.
#[component]
fn ShareCard(share: ContactShare) -> impl IntoView {
    let i18n = use_i18n();
    let api = expect_context::<Api>();
    let hash = use_location().hash;
    let id = share.exhibitor_id;
    let heading = format!("share-{id}-h");
    let for_decline = heading.clone();
    let exhibitor = share.exhibitor.clone();
    let current = RwSignal::new(share);
    let main_button = NodeRef::<leptos::html::Button>::new();
    let decide = Action::new_local(move |share: &bool| {
        let state = current.with_untracked(|s| s.state);
        let decision = ContactShareDecision {
            share: *share,
            channel: hash.with_untracked(|h| channel(h, id, state)),
        };
        async move {
            let answer = api.decide_contact_share(id, &decision).await;
            if let Ok(s) = &answer {
                current.set(s.clone());
                // "Don't share" goes away with the question: focus stays on the card's choice.
                if state == ShareState::Asked {
                    if let Some(b) = main_button.get_untracked() {
                        let _ = b.focus();
                    }
                }
            }
            answer
        }
    });
    let busy = decide.pending();
    let shared = move || current.with(|s| s.state == ShareState::Shared);
    let asked = move || current.with(|s| s.state == ShareState::Asked);
    let choose = move |share: bool| {
        if !busy.get_untracked() {
            decide.dispatch(share);
        }
    };
    let state_words = move || {
        let lang = i18n.lang.get();
        current.with(|s| {
            let on = |text, at| fill(pick(text, lang), &[("date", &format::date_time(at, lang))]);
            match s.state {
                ShareState::Asked => on(&ASKED, s.scanned_at),
                ShareState::Shared => on(&SHARED, s.decided_at.unwrap_or(s.scanned_at)),
                ShareState::Declined | ShareState::Unknown => pick(&DECLINED, lang).to_string(),
            }
        })
    };
    let receipt = move || current.with(|s| s.receipt_id.clone());
    view! {
        <section class="share-card" id=anchor(id) aria-labelledby=heading.clone()>
            <h3 id=heading.clone() tabindex="-1">{move || exhibitor.get(i18n.lang.get()).to_string()}</h3>
            <p>{state_words}</p>
            {move || receipt().map(|r| view! { <p>{tr3(&LAST_RECEIPT)}" "<code>{r}</code></p> })}
            <div class="share-actions">
                <button type="button" class="btn" node_ref=main_button aria-describedby=heading.clone()
                    aria-disabled=move || busy.get().then_some("true")
                    on:click=move |_| choose(!shared())>
                    {move || pick(if shared() { &STOP } else { &SHARE }, i18n.lang.get())}
                </button>
                <Show when=asked>
                    <button type="button" class="btn" aria-describedby=for_decline.clone()
                        aria-disabled=move || busy.get().then_some("true")
                        on:click=move |_| choose(false)>
                        {tr3(&DECLINE)}
                    </button>
                </Show>
            </div>
            <div role="status">
                {move || match decide.value().get() {
                    Some(Ok(s)) => Some(fill(pick(&SAVED, i18n.lang.get()), &[("id", s.receipt_id.as_deref().unwrap_or("–"))])),
                    _ => None,
                }}
            </div>
            {move || decide.value().get().and_then(Result::err).map(|e| view! {
                <p class="form-error" role="alert">{error_message(&e, i18n.t())}</p>
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_entrys_own_anchor_while_unanswered_is_the_prompt() {
        assert_eq!(named("#share-12"), Some(12));
        assert_eq!(named("share-12"), Some(12));
        for hash in [
            "",
            "#share-",
            "#share-x",
            "#share-0",
            "#share--3",
            "#other-12",
        ] {
            assert_eq!(named(hash), None, "{hash}");
        }
        assert_eq!(
            channel("#share-12", 12, ShareState::Asked),
            ConsentChannel::Prompt
        );
        let center = ConsentChannel::PrivacyCenter;
        assert_eq!(channel("#share-12", 12, ShareState::Shared), center);
        assert_eq!(channel("#share-12", 12, ShareState::Declined), center);
        assert_eq!(channel("#share-7", 12, ShareState::Asked), center);
        assert_eq!(channel("", 12, ShareState::Asked), center);
    }
}
