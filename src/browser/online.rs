//! Whether the device has a network connection, as the browser reports it.

use leptos::prelude::*;

/// `true` while the browser says it is online; follows the `online`/`offline` events for the
/// app's lifetime.
pub fn use_online() -> Signal<bool> {
    let online = RwSignal::new(true);
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        if let Some(w) = web_sys::window() {
            online.set(w.navigator().on_line());
            for (event, value) in [("online", true), ("offline", false)] {
                let cb = Closure::<dyn Fn()>::new(move || online.set(value));
                let _ = w.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
                cb.forget(); // lives as long as the app
            }
        }
    }
    online.into()
}
