//! One lead (`/exhibitor/leads/:id`): who it is (the contact only while the visitor shares it
//! with this exhibitor), where it came from, its score explained, the follow-up form and the
//! notes. A note written with no signal is kept on the phone and sent when it comes back.

use expocx_contract::leads::{Lead, LeadSource, NewLeadNote};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::lead_contact::{ContactFacts, NoteItem};
use super::lead_followup::{follow_up_of, FollowUpForm};
use super::lead_queue::Capture;
use super::lead_score::ScoreView;
use super::lead_sync::{Captured, LeadQueue, QueueStatus, Sent};
use super::lead_words::tier_text;
use crate::api::{Api, ApiError, TaggedLead};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::{from_result, FormEnd, FormErrors};
use crate::components::portal::PortalNav;
use crate::components::resource::Res;
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::leads::lead::*;
use crate::i18n::leads::list::LEADS;
use crate::i18n::leads::sync::{KEPT, WAITING_ONE};
use crate::i18n::{field_message, fill, pick, tr3, use_i18n};

#[component]
pub fn LeadPage() -> impl IntoView {
    let lead = resource_by_id(|api, id| async move { api.lead(id).await });
    view! {
        <PortalNav />
        <p><a href="/exhibitor/leads">"← " {tr3(&LEADS)}</a></p>
        <Loaded resource=lead page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|l: TaggedLead| view! { <LeadView lead=l /> }} />
    }
}

#[component]
fn LeadView(lead: TaggedLead) -> impl IntoView {
    let api = expect_context::<Api>();
    let queue = LeadQueue::start();
    let id = lead.value.summary.id;
    let shown = RwSignal::new(lead);
    let conflict = RwSignal::new(false);
    let settings = Res::new(move || async move { api.lead_settings().await });
    // The lead as the server has it now (after a note of ours): a colleague's follow-up in
    // between is said, never taken silently as the form's starting point.
    let adopt = move |fresh: TaggedLead| {
        let before = shown.with_untracked(|l| follow_up_of(&l.value));
        if follow_up_of(&fresh.value) != before {
            conflict.set(true);
        }
        shown.set(fresh);
    };
    crate::state::watch::watch(move || {
        if let Some(Sent::Note(l)) = queue.last_sent.get() {
            if l.value.summary.id == id {
                adopt(l);
            }
        }
    });
    view! {
        {move || view! { <Head lead=shown.get().value /> }}
        <QueueStatus queue />
        {move || view! { <ScoreView score=shown.get().value.score settings /> }}
        <FollowUpForm shown conflict settings />
        <Notes id shown queue adopt=Callback::new(adopt) />
    }
}

/// The heading (the contact's name, or "Anonymous visitor"), the contact and the facts.
#[component]
fn Head(lead: Lead) -> impl IntoView {
    let i18n = use_i18n();
    let s = lead.summary;
    let (first, last, scans) = (s.first_seen_at, s.last_seen_at, s.scans);
    let contact = s.contact.clone().filter(|c| !c.name.trim().is_empty());
    let heading = contact.as_ref().map(|c| c.name.clone());
    let tier = s.tier;
    let by = lead.scanned_by.map(|b| b.name);
    let source = move || {
        let lang = i18n.lang.get();
        match (s.source, &by) {
            (LeadSource::Badge, Some(name)) => fill(pick(&BADGE_BY, lang), &[("name", name)]),
            (LeadSource::Badge, None) => pick(&BADGE, lang).to_string(),
            (_, Some(name)) => fill(pick(&CARD_BY, lang), &[("name", name)]),
            (_, None) => pick(&CARD, lang).to_string(),
        }
    };
    let when = move |t| format::date_time(t, i18n.lang.get());
    let about = match contact {
        Some(c) => view! { <ContactFacts contact=c /> }.into_any(),
        None if s.erased => view! { <p class="muted">{tr3(&ERASED)}</p> }.into_any(),
        None => view! {
            <p>{tr3(&ANONYMOUS_NOTE)}</p>
            {tier.map(|t| view! { <p><span class="badge">{tr3(tier_text(t))}</span></p> })}
        }
        .into_any(),
    };
    view! {
        <h1>{move || heading.clone().unwrap_or_else(|| pick(&ANONYMOUS, i18n.lang.get()).to_string())}</h1>
        <section class="panel" aria-labelledby="lead-contact-h">
            <h2 id="lead-contact-h">{tr3(&CONTACT)}</h2>
            {about}
            <dl class="facts">
                <dt>{tr3(&SOURCE)}</dt><dd>{source}</dd>
                <dt>{tr3(&SCANS)}</dt><dd>{scans}</dd>
                <dt>{tr3(&FIRST_SEEN)}</dt><dd><time datetime=first.to_rfc3339()>{move || when(first)}</time></dd>
                <dt>{tr3(&LAST_SEEN)}</dt><dd><time datetime=last.to_rfc3339()>{move || when(last)}</time></dd>
            </dl>
        </section>
    }
}

/// The notes, newest first (those waiting on the phone on top), and a form to add one.
#[component]
fn Notes(
    id: i64,
    shown: RwSignal<TaggedLead>,
    queue: LeadQueue,
    adopt: Callback<TaggedLead>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let errors = RwSignal::new(FormErrors::default());
    let busy = RwSignal::new(false);
    let kept = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let note = NewLeadNote {
            text: text.get_untracked().trim().to_string(),
        };
        kept.set(false);
        let local = note.validate();
        if !local.is_empty() {
            errors.set(FormErrors::local(local));
            return;
        }
        errors.set(FormErrors::default());
        busy.set(true);
        let was = note.text.clone();
        // Ready for the next note; what was typed meanwhile stays.
        let clear = move || {
            if text.get_untracked().trim() == was {
                text.set(String::new());
            }
        };
        spawn_local(async move {
            match queue.capture(Capture::Note { lead_id: id, note }).await {
                Captured::Sent(sent) => {
                    clear();
                    if let Sent::Note(l) = sent {
                        adopt.try_run(l);
                    }
                }
                Captured::Kept => {
                    clear();
                    kept.set(true);
                }
                Captured::Refused(e) => errors.set(from_result::<()>(&Err::<(), ApiError>(e))),
            }
            busy.set(false);
        });
    };
    let waiting = Memo::new(move |_| queue.queue.with(|q| q.notes_for(id)));
    let error = move || {
        errors
            .with(|e| e.field("text"))
            .map(|e| field_message(&e, i18n.t()))
    };
    view! {
        <section class="panel" aria-labelledby="lead-notes-h">
            <h2 id="lead-notes-h">{tr3(&NOTES)}</h2>
            <form on:submit=on_submit novalidate>
                <div class="field">
                    <label for="lead-note">{tr3(&NEW_NOTE)}</label>
                    <textarea id="lead-note" rows="3" maxlength="2000" bind:value=text aria-describedby="lead-note-error"
                        aria-invalid=move || errors.with(|e| e.field("text").is_some()).then_some("true")></textarea>
                    <p class="field-error" id="lead-note-error">{error}</p>
                </div>
                <FormEnd errors pending=busy.into() label=&ADD_NOTE />
                <p role="status">{move || kept.get().then(|| tr3(&KEPT))}</p>
            </form>
            <ul class="conversation lead-notes">
                {move || waiting.get().into_iter().rev().map(|q| {
                    let text = match q.capture { Capture::Note { note, .. } => note.text, _ => String::new() };
                    view! {
                        <li class="internal-note">
                            <p class="message-text">{text}</p>
                            <p class="muted"><span class="badge">{tr3(&WAITING_ONE)}</span></p>
                        </li>
                    }
                }).collect_view()}
                {move || shown.get().value.notes.into_iter().map(|n| view! { <NoteItem note=n /> }).collect_view()}
            </ul>
            {move || (shown.with(|l| l.value.notes.is_empty()) && waiting.with(Vec::is_empty))
                .then(|| view! { <p class="muted">{tr3(&NO_NOTES)}</p> })}
        </section>
    }
}
