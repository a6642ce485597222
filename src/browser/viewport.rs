//! How wide the window is: the portal shows an order beside its list only where both fit.

/// Whether the window is at least `px` CSS pixels wide (false when it cannot be told). Read
/// through `Reflect`, so no binding of its own is added to the first load's glue.
pub fn at_least(px: f64) -> bool {
    let window: wasm_bindgen::JsValue = leptos::prelude::window().into();
    js_sys::Reflect::get(&window, &"innerWidth".into())
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= px)
}
