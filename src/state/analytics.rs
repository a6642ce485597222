//! Behaviour events, sent only with the analytics consent at that moment: checked when an event
//! happens and again when the batch leaves. Batched; flushed on a timer and when the page is
//! hidden (`sendBeacon`), so changing pages loses nothing.

use std::cell::RefCell;

use chrono::DateTime;
use expocx_contract::{purpose, AnalyticsEvent, EventBatch};
use leptos::prelude::*;

use super::consent::ConsentStore;
use crate::api::Api;

const FLUSH_AFTER_MS: u32 = 1_500;
const MAX_QUEUED: usize = 100;

thread_local! {
    static QUEUE: RefCell<Vec<AnalyticsEvent>> = const { RefCell::new(Vec::new()) };
    static TIMER: RefCell<Option<gloo_timers::callback::Timeout>> = const { RefCell::new(None) };
}

/// Adds `event` to the outgoing batch, only if the visitor allows analytics now.
pub fn record(consent: ConsentStore, api: &Api, name: &str, product_id: Option<i64>) {
    if !consent.allows_untracked(purpose::ANALYTICS) {
        return;
    }
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.len() < MAX_QUEUED {
            q.push(AnalyticsEvent {
                name: name.to_string(),
                product_id,
                at: DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default(),
            });
        }
    });
    let api = api.clone();
    TIMER.with(|t| {
        t.borrow_mut().get_or_insert_with(|| {
            gloo_timers::callback::Timeout::new(FLUSH_AFTER_MS, move || flush(consent, api))
        });
    });
}

fn take(consent: ConsentStore) -> Option<EventBatch> {
    TIMER.with(|t| t.borrow_mut().take());
    let events: Vec<AnalyticsEvent> = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    // Consent withdrawn since the events were queued: they are dropped, not sent.
    if events.is_empty() || !consent.allows_untracked(purpose::ANALYTICS) {
        return None;
    }
    Some(EventBatch {
        device_id: consent.device_id.get_untracked(),
        events,
    })
}

fn flush(consent: ConsentStore, api: Api) {
    if let Some(batch) = take(consent) {
        leptos::task::spawn_local(async move {
            let _ = api.send_events(&batch).await;
        });
    }
}

/// Sends what is queued with `sendBeacon` when the page is hidden or closed.
pub fn flush_on_page_hide(consent: ConsentStore, api: Api) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let Some(w) = web_sys::window() else { return };
        let cb = Closure::<dyn Fn()>::new(move || {
            if let Some(batch) = take(consent) {
                let url = api.url("/events");
                let Ok(body) = serde_json::to_string(&batch) else {
                    return;
                };
                let parts = js_sys::Array::of1(&body.into());
                let opts = web_sys::BlobPropertyBag::new();
                opts.set_type("application/json");
                if let (Some(w), Ok(blob)) = (
                    web_sys::window(),
                    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts),
                ) {
                    let _ = w.navigator().send_beacon_with_opt_blob(&url, Some(&blob));
                }
            }
        });
        let _ = w.add_event_listener_with_callback("pagehide", cb.as_ref().unchecked_ref());
        cb.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (consent, api);
}
