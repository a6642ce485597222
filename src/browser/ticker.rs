//! A clock that ticks while a page shows it, so time-bound figures (an answer due in 12 min)
//! stay true without a reload.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The time now, by the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Sets the clock every `ms` for as long as the signal lives (a one-shot timer re-armed each
/// time: the first load already carries its binding, an interval timer would add two).
fn tick(set: WriteSignal<DateTime<Utc>>, ms: u32) {
    gloo_timers::callback::Timeout::new(ms, move || {
        if set.try_set(now()).is_none() {
            tick(set, ms);
        }
    })
    .forget();
}

/// The time now, updated every `seconds` until the calling component goes away.
pub fn ticking(seconds: u32) -> ReadSignal<DateTime<Utc>> {
    let (clock, set) = signal(now());
    tick(set, seconds.saturating_mul(1000));
    clock
}
