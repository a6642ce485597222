//! What staff may do with a campaign still a draft or scheduled: edit it, send it now,
//! schedule it (a time in their own time zone), or cancel it once confirmed. Each step is sent
//! against the version shown (`If-Match`), and its answer is the campaign as it is now.

use expocx_contract::Timestamp;
use leptos::prelude::*;

use super::campaign_edit::Notice;
use crate::api::{Api, TaggedCampaign};
use crate::browser::local_time;
use crate::i18n::campaign_page::page::*;
use crate::i18n::tr3;
use crate::state::watch::watch;

#[derive(Clone)]
enum Step {
    /// At this time, or now.
    Send(Option<Timestamp>),
    Cancel,
}

#[component]
pub fn Steps(
    current: RwSignal<TaggedCampaign>,
    editing: RwSignal<bool>,
    notice: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let step = Action::new_local(move |s: &Step| {
        let (shown, s) = (current.get_untracked(), s.clone());
        async move {
            match s {
                Step::Send(at) => api.schedule_campaign(&shown, at).await,
                Step::Cancel => api.cancel_campaign(&shown).await,
            }
        }
    });
    let busy = step.pending();
    watch(move || {
        let Some(result) = step.value().get() else {
            return;
        };
        untrack(|| match result {
            Ok(c) => {
                current.set(c);
                notice.set(Some(Notice::Updated));
            }
            Err(e) => notice.set(Some(Notice::of(e, None))),
        });
    });
    let scheduling = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let when = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let on_schedule = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match local_time::instant(&when.get_untracked()) {
            Some(at) => {
                missing.set(false);
                step.dispatch(Step::Send(Some(at)));
            }
            None => missing.set(true),
        }
    };
    let expanded = |open: RwSignal<bool>| move || if open.get() { "true" } else { "false" };
    view! {
        <div class="actions campaign-actions">
            <button type="button" class="btn" on:click=move |_| editing.set(true)>{tr3(&EDIT)}</button>
            <button type="button" class="btn btn-primary" disabled=move || busy.get()
                on:click=move |_| { step.dispatch(Step::Send(None)); }>{tr3(&SEND_NOW)}</button>
            <button type="button" class="btn" aria-expanded=expanded(scheduling) aria-controls="campaign-schedule"
                on:click=move |_| scheduling.update(|s| *s = !*s)>{tr3(&SCHEDULE)}</button>
            <button type="button" class="btn btn-danger" aria-expanded=expanded(confirming)
                on:click=move |_| confirming.set(true)>{tr3(&CANCEL_CAMPAIGN)}</button>
        </div>
        <Show when=move || scheduling.get()>
            <form id="campaign-schedule" class="filters campaign-schedule" on:submit=on_schedule novalidate>
                <div class="field">
                    <label for="campaign-send-at">{tr3(&SEND_AT)}</label>
                    <input id="campaign-send-at" type="datetime-local" bind:value=when
                        aria-invalid=move || missing.get().then_some("true") aria-describedby="campaign-send-at-error" />
                    <p class="field-error" id="campaign-send-at-error">{move || missing.get().then(|| tr3(&PICK_TIME))}</p>
                </div>
                <button type="submit" class="btn btn-primary" disabled=move || busy.get()>{tr3(&CONFIRM_SCHEDULE)}</button>
            </form>
        </Show>
        <Show when=move || confirming.get()>
            <div class="confirm panel" role="group" aria-labelledby="campaign-cancel-q">
                <p id="campaign-cancel-q">{tr3(&CANCEL_CONFIRM)}</p>
                <div class="actions campaign-actions">
                    <button type="button" class="btn btn-danger" disabled=move || busy.get()
                        on:click=move |_| { confirming.set(false); step.dispatch(Step::Cancel); }>{tr3(&CANCEL_YES)}</button>
                    <button type="button" class="btn" on:click=move |_| confirming.set(false)>{tr3(&CANCEL_NO)}</button>
                </div>
            </div>
        </Show>
        {move || busy.get().then(|| view! { <p role="status" class="muted">{tr3(&WORKING)}</p> })}
    }
}
