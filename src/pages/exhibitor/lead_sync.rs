//! The capture queue at work on the leads pages: a capture is sent at once when nothing waits
//! before it; with no signal (or a server fault) it is kept in local storage, per staff account,
//! and sent in order when the page opens, when the connection comes back and after each
//! request that went through. Also the page's line saying how many wait, and the list of
//! those the server refused.

use expocx_contract::ScannedVisitor;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::lead_queue::{verdict, Capture, Queue, Queued, Refusal, Verdict};
use crate::api::{idempotency_key, Api, ApiError, TaggedLead};
use crate::browser::online;
use crate::format;
use crate::i18n::leads::sync::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};
use crate::state::storage;

/// What the server answered a capture.
#[derive(Clone, Debug, PartialEq)]
pub enum Sent {
    Scan(ScannedVisitor),
    Card(TaggedLead),
    Note(TaggedLead),
    /// Recorded, by this attempt or an earlier one, with no answer to show.
    Recorded,
}

/// What became of a capture made now.
// One at a time, shown and dropped: boxing the answer would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Captured {
    Sent(Sent),
    /// Kept on the phone (no signal, or others waiting before it).
    Kept,
    /// Refused at once: the form says why and keeps what was typed.
    Refused(ApiError),
}

/// The signed-in account's queue on this phone.
#[derive(Clone, Copy)]
pub struct LeadQueue {
    api: Api,
    user: Option<i64>,
    /// As stored (the list and the line read it).
    pub queue: RwSignal<Queue>,
    /// The answer to the last item sent from the queue (the lead page re-reads its lead).
    pub last_sent: RwSignal<Option<Sent>>,
    /// Counts what went through (a list of leads reloads when it moves).
    pub recorded: RwSignal<u32>,
    flushing: RwSignal<bool>,
}

fn store_key(user: i64) -> String {
    format!("{}.{user}", storage::KEY_LEAD_QUEUE)
}

async fn send(api: Api, item: &Queued) -> Result<Sent, ApiError> {
    match &item.capture {
        Capture::Scan(scan) => api.scan_badge(scan, &item.key).await.map(Sent::Scan),
        Capture::Card(card) => api.card_lead(card, &item.key).await.map(Sent::Card),
        Capture::Note { lead_id, note } => api
            .lead_note(*lead_id, note, &item.key)
            .await
            .map(Sent::Note),
    }
}

impl LeadQueue {
    /// The queue of the signed-in account; what waits is sent now and whenever the
    /// connection comes back, while the page lives.
    pub fn start() -> Self {
        let user = untrack(|| crate::state::use_session().user_id());
        let q = LeadQueue {
            api: expect_context::<Api>(),
            user,
            queue: RwSignal::new(Queue::default()),
            last_sent: RwSignal::new(None),
            recorded: RwSignal::new(0),
            flushing: RwSignal::new(false),
        };
        q.queue.set(q.load());
        online::on_back_online(move || q.send_waiting());
        q.send_waiting();
        q
    }

    /// Sends what waits, in order (unless a send is under way).
    pub fn send_waiting(self) {
        spawn_local(async move {
            self.flush().await;
        });
    }

    fn load(self) -> Queue {
        self.user
            .and_then(|u| storage::get(&store_key(u)))
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default()
    }

    /// Changes the stored queue (read again first: another tab may have added to it).
    fn change(self, f: impl FnOnce(&mut Queue)) {
        let mut q = self.load();
        f(&mut q);
        if let (Some(user), Ok(json)) = (self.user, serde_json::to_string(&q)) {
            storage::set(&store_key(user), &json);
        }
        self.queue.set(q);
    }

    /// Takes a refused item off the list.
    pub fn dismiss(self, key: String) {
        self.change(|q| q.dismiss(&key));
    }

    /// Records `capture`: sent at once when nothing waits before it, else kept in order.
    pub async fn capture(self, capture: Capture) -> Captured {
        let now = crate::browser::ticker::now();
        let item = Queued::new(idempotency_key(), capture, now.into());
        let clear = self.user.is_none() || (online::is_online() && self.flush().await);
        if !clear {
            self.change(|q| q.add(item.kept()));
            return Captured::Kept;
        }
        match send(self.api, &item).await {
            Ok(sent) => {
                self.recorded.update(|n| *n += 1);
                self.send_waiting();
                Captured::Sent(sent)
            }
            Err(e) => match verdict(&item, &e, now) {
                Verdict::Sent => {
                    self.recorded.update(|n| *n += 1);
                    Captured::Sent(Sent::Recorded)
                }
                Verdict::Keep if self.user.is_some() => {
                    self.change(|q| q.add(item.kept()));
                    Captured::Kept
                }
                _ => Captured::Refused(e),
            },
        }
    }

    /// Sends a kept item; a scan whose time the server refused goes once more without it.
    async fn send_kept(self, mut item: Queued) -> Verdict {
        let mut again = true;
        loop {
            let result = send(self.api, &item).await;
            let v = match result {
                Ok(sent) => {
                    self.recorded.update(|n| *n += 1);
                    self.last_sent.set(Some(sent));
                    Verdict::Sent
                }
                Err(e) => verdict(&item, &e, crate::browser::ticker::now()),
            };
            match v {
                Verdict::Resend(next) if again => (item, again) = (next, false),
                Verdict::Resend(_) => return Verdict::Refused(Refusal::Invalid),
                v => return v,
            }
        }
    }

    /// Sends the waiting items in order until one cannot go; whether none is left.
    async fn flush(self) -> bool {
        if self.flushing.try_get_untracked() != Some(false) {
            return self.load().first().is_none();
        }
        self.flushing.set(true);
        // Keys done in this run: if storage does not keep the change (full, disabled), the
        // same item must not be sent again and again.
        let mut done = Vec::new();
        while let Some(first) = self.load().first().cloned() {
            if done.contains(&first.key) {
                break;
            }
            let (key, v) = (first.key.clone(), self.send_kept(first).await);
            if v == Verdict::Keep {
                break;
            }
            done.push(key.clone());
            self.change(|q| q.settle(&key, v));
        }
        self.flushing.set(false);
        self.load().first().is_none()
    }
}

/// Why an item was refused, in words.
pub fn refusal_text(r: Refusal) -> &'static Text {
    match r {
        Refusal::NotABadge => &R_NOT_A_BADGE,
        Refusal::LeadGone => &R_LEAD_GONE,
        Refusal::TooOld => &R_TOO_OLD,
        Refusal::Invalid => &R_INVALID,
        Refusal::NotAllowed => &R_NOT_ALLOWED,
        Refusal::TooManyNotes => &R_TOO_MANY_NOTES,
        Refusal::Other => &R_OTHER,
    }
}

/// What an item is, in words ("Business card: Li Wei").
fn described(item: &Queued, lang: expocx_contract::Lang) -> String {
    let when = format::date_time(item.scanned_at, lang);
    match &item.capture {
        Capture::Scan(_) => fill(pick(&ITEM_SCAN, lang), &[("when", &when)]),
        Capture::Card(c) => fill(pick(&ITEM_CARD, lang), &[("name", &c.contact.name)]),
        Capture::Note { note, .. } => fill(pick(&ITEM_NOTE, lang), &[("text", &note.text)]),
    }
}

/// "3 waiting to send" (announced as it changes), a way to send now, and what was refused.
#[component]
pub fn QueueStatus(queue: LeadQueue) -> impl IntoView {
    let i18n = use_i18n();
    let waiting = Memo::new(move |_| queue.queue.with(Queue::waiting));
    let failed = Memo::new(move |_| queue.queue.with(|q| q.failed.clone()));
    let line = move || {
        let n = waiting.get();
        (n > 0).then(|| fill(pick(&WAITING, i18n.lang.get()), &[("n", &n.to_string())]))
    };
    view! {
        <div class="lead-queue" class:panel=move || { waiting.get() > 0 }>
            <p role="status" class="lead-queue-line">{line}</p>
            {move || (waiting.get() > 0).then(|| view! {
                <p class="hint">{tr3(&KEPT_HINT)}</p>
                <button type="button" class="btn" on:click=move |_| queue.send_waiting()>{tr3(&SEND_NOW)}</button>
            })}
        </div>
        {move || {
            let list = failed.get();
            (!list.is_empty()).then(|| view! {
                <section class="panel lead-failed" aria-labelledby="lead-failed-h">
                    <h2 id="lead-failed-h">{tr3(&NOT_SENT)}</h2>
                    <ul class="audit-list">
                        {list.into_iter().map(|f| {
                            let key = f.item.key.clone();
                            let item = f.item.clone();
                            view! {
                                <li>
                                    <p>{move || described(&item, i18n.lang.get())}</p>
                                    <p class="error-text">{tr3(refusal_text(f.reason))}</p>
                                    <button type="button" class="btn btn-small"
                                        on:click=move |_| queue.dismiss(key.clone())>{tr3(&DISMISS)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}
    }
}
