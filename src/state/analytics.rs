//! Behaviour events, sent only with the analytics consent at that moment: checked when an event
//! happens and again when the batch leaves. Batched; flushed on a timer and when the page is
//! hidden (a `keepalive` request), so leaving or reloading the page loses nothing.

use std::cell::RefCell;

use chrono::DateTime;
use expocx_contract::{purpose, AnalyticsEvent, EventBatch, EventName};

use super::consent::ConsentStore;
use crate::api::Api;
use leptos::prelude::untrack;

const FLUSH_AFTER_MS: u32 = 1_500;
const MAX_QUEUED: usize = 100;

thread_local! {
    static QUEUE: RefCell<Vec<AnalyticsEvent>> = const { RefCell::new(Vec::new()) };
    static TIMER: RefCell<Option<gloo_timers::callback::Timeout>> = const { RefCell::new(None) };
}

/// Adds `event` to the outgoing batch, only if the visitor allows analytics now.
pub fn record(consent: ConsentStore, api: &Api, name: EventName, product_id: Option<i64>) {
    if !consent.allows_untracked(purpose::ANALYTICS) {
        return;
    }
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.len() < MAX_QUEUED {
            q.push(AnalyticsEvent {
                name,
                product_id,
                at: DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
                    .unwrap_or_default()
                    .into(),
            });
        }
    });
    TIMER.with(|t| {
        let api = *api;
        t.borrow_mut().get_or_insert_with(|| {
            gloo_timers::callback::Timeout::new(FLUSH_AFTER_MS, move || flush(consent, api))
        });
    });
}

fn take(consent: ConsentStore) -> Option<EventBatch> {
    // Not before the backend holds the visitor's latest choice: until then they wait here.
    if !untrack(|| consent.recorded()) {
        return None;
    }
    let events: Vec<AnalyticsEvent> = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    // Consent withdrawn since the events were queued: they are dropped, not sent.
    if events.is_empty() || !consent.allows_untracked(purpose::ANALYTICS) {
        return None;
    }
    Some(EventBatch {
        device_id: consent.device_id.get_untracked().unwrap_or_default(),
        events,
    })
}

fn flush(consent: ConsentStore, api: Api) {
    // Runs inside the timer's own callback: let go of the timer without dropping it there.
    TIMER.with(|t| t.borrow_mut().take().map(|t| t.forget()));
    if let Some(mut batch) = take(consent) {
        leptos::task::spawn_local(async move {
            let Some(key) = consent.device_key(api).await else {
                return;
            };
            batch.device_id = key;
            let _ = api.send_events(&batch).await;
        });
    }
}

/// Sends what is queued when the page is hidden or closed, with a `keepalive` request that
/// outlives the page (and, unlike `sendBeacon`, carries the JSON type and the bearer token).
pub fn flush_on_page_hide(consent: ConsentStore, api: Api) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(w) = web_sys::window() else { return };
        let cb = Closure::<dyn Fn()>::new(move || {
            TIMER.with(|t| drop(t.borrow_mut().take()));
            // No device key yet: nothing can be sent without a request first; the events go.
            let Some(batch) = take(consent).filter(|b| !b.device_id.is_empty()) else {
                return;
            };
            api.send_events_keepalive(&batch);
        });
        let _ = w.add_event_listener_with_callback("pagehide", cb.as_ref().unchecked_ref());
        cb.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (consent, api);
}
