//! Moving keyboard focus where the visitor needs to act.

use leptos::prelude::*;

/// Focuses the first field in error (after the view has updated), so keyboard and screen
/// reader users land on it.
pub fn focus_first_error() {
    leptos::task::spawn_local(async {
        gloo_timers::future::TimeoutFuture::new(0).await;
        if let Some(el) = document()
            .query_selector("[aria-invalid='true'], .field-error")
            .ok()
            .flatten()
        {
            let target = el
                .closest("fieldset, .field")
                .ok()
                .flatten()
                .and_then(|f| f.query_selector("input").ok().flatten())
                .unwrap_or(el);
            if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&target) {
                let _ = h.focus();
            }
        }
    });
}
