//! Whether the device has a network connection, as the browser reports it.

use leptos::prelude::*;

/// Whether the browser says it is online, and whether it came back online since it was last
/// offline (the banner saying so fades by itself, in CSS); follows the `online`/`offline`
/// events for the app's lifetime.
pub fn use_online() -> (Signal<bool>, Signal<bool>) {
    let online = RwSignal::new(true);
    let back = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        if let Some(w) = web_sys::window() {
            online.set(w.navigator().on_line());
            for (event, value) in [("online", true), ("offline", false)] {
                let cb = Closure::<dyn Fn()>::new(move || {
                    online.set(value);
                    back.set(value);
                });
                let _ = w.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
                cb.forget(); // lives as long as the app
            }
        }
    }
    (online.into(), back.into())
}

/// Whether the browser says it has a network connection now (`false` means surely none).
pub fn is_online() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().is_none_or(|w| w.navigator().on_line())
    }
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// Runs `f` each time the connection comes back (`online`), for as long as the calling
/// component lives.
pub fn on_back_online(f: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener_untyped("online", move |_| f());
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = f;
}

/// Empties the app's caches in Cache Storage (sign-out, erasure, the privacy center's "clear").
/// Nothing personal is kept there, but the visitor asked for nothing to stay.
pub fn clear_caches() {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Array, Promise, Reflect};
        let Some(w) = web_sys::window() else { return };
        let Ok(caches) = Reflect::get(&w, &"caches".into()) else {
            return;
        };
        let Some(keys) = call(&caches, "keys", None) else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(names) = wasm_bindgen_futures::JsFuture::from(Promise::from(keys)).await else {
                return;
            };
            for name in Array::from(&names).iter() {
                if name.as_string().is_some_and(|n| n.starts_with("expocx-")) {
                    let _ = call(&caches, "delete", Some(&name));
                }
            }
        });
    }
}

/// `obj[name](arg)`, when `obj` has such a method.
#[cfg(target_arch = "wasm32")]
fn call(
    obj: &wasm_bindgen::JsValue,
    name: &str,
    arg: Option<&wasm_bindgen::JsValue>,
) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let f: js_sys::Function = js_sys::Reflect::get(obj, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    match arg {
        Some(a) => f.call1(obj, a),
        None => f.call0(obj),
    }
    .ok()
}
