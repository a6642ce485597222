//! A clock that ticks while a page shows it, so time-bound figures (an answer due in 12 min)
//! stay true without a reload.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// The time now, updated every `seconds` until the calling component goes away.
pub fn ticking(seconds: u64) -> ReadSignal<DateTime<Utc>> {
    let (clock, set) = signal(now());
    let tick = std::time::Duration::from_secs(seconds);
    if let Ok(handle) = set_interval_with_handle(move || set.set(now()), tick) {
        on_cleanup(move || handle.clear());
    }
    clock
}
