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

/// Brings the element `id` into view and focuses it, or its first `[tabindex="-1"]` element
/// (its heading), after the view has updated: the entry a link's `#anchor` names.
pub fn reveal_soon(id: String) {
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let Some(el) = document().get_element_by_id(&id) else {
            return;
        };
        el.scroll_into_view();
        let target = el
            .query_selector("[tabindex='-1']")
            .ok()
            .flatten()
            .unwrap_or(el);
        if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&target) {
            let _ = h.focus();
        }
    });
}

/// Focuses the first element `selector` finds once the view has updated (a row just added,
/// the button that adds rows after one was removed), so keyboard users are not left at the
/// top of the page.
pub fn focus_soon(selector: String) {
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let el = document().query_selector(&selector).ok().flatten();
        if let Some(h) =
            el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = h.focus();
        }
    });
}
