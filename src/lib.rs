//! ExpoCX single-page app: storefront for visitors, member center, exhibitor portal.
//!
//! Layers: `api` (wire client and errors) → `state` (session, locale, config in context) →
//! `pages` per persona, built from `components`; `i18n` and `format` hold the texts.

pub mod api;
pub mod app;
pub mod areas;
pub mod browser;
pub mod components;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod state;

pub use app::App;

/// Loads the runtime config, then replaces the static skeleton in `#app` with the app.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // Leptos sets up its executor in `mount_to`, which runs only after the config arrives.
    wasm_bindgen_futures::spawn_local(async {
        let config = state::RuntimeConfig::load().await;
        // The static skeleton (and a first visit's privacy text) paints at least once before
        // the app replaces it: where the WebAssembly arrives at once this costs one frame, and
        // the first screen is the same whichever comes first.
        after_next_paint().await;
        let document = leptos::prelude::document();
        let Some(root) = document.get_element_by_id("app") else {
            return;
        };
        root.set_text_content(None);
        root.remove_attribute("aria-busy").ok();
        let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
        leptos::mount::mount_to(
            root,
            move || leptos::view! { <App config=config.clone() /> },
        )
        .forget();
    });
}

/// Resolves once the browser has painted a frame (two animation frames: the first callback runs
/// before its frame's paint, the second after it).
#[cfg(target_arch = "wasm32")]
async fn after_next_paint() {
    use wasm_bindgen::JsCast;
    // A tab opened in the background paints nothing (and runs no animation frames) until shown.
    if leptos::prelude::document().hidden() {
        return;
    }
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(resolve.unchecked_ref());
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    }
}
