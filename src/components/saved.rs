//! The note on a page shown from the copy kept on this device (`state::saved`) while offline.

use leptos::prelude::*;

use crate::format;
use crate::i18n::{fill, lazy::SAVED_AT, pick, use_i18n};

/// "Offline: this is the copy saved on this device at 10:42." when `saved_at_ms` is set.
#[component]
pub fn SavedNote(saved_at_ms: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let at = saved_at_ms.and_then(chrono::DateTime::from_timestamp_millis)?;
    Some(view! {
        <p class="saved-note" role="status">
            {move || fill(pick(&SAVED_AT, i18n.lang.get()), &[("time", &format::date_time(at.into(), i18n.lang.get()))])}
        </p>
    })
}
