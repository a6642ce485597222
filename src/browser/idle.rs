//! Work that can wait until the page has loaded and the browser has nothing else to do.

/// Runs `task` once the page's `load` event has passed and the browser is idle
/// (`requestIdleCallback`, or a short timeout where it is missing, as in Safari): never
/// before the first paint, never in the way of what the visitor is doing.
pub fn when_idle(task: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast, JsValue};
        let Some(w) = web_sys::window() else { return };
        let idle = Closure::once_into_js(task);
        let schedule = Closure::once_into_js(move || {
            let Some(w) = web_sys::window() else { return };
            let ric = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            match ric {
                Some(ric) => {
                    let opts = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&opts, &"timeout".into(), &JsValue::from(4000));
                    let _ = ric.call2(&w, &idle, &opts);
                }
                None => {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        idle.unchecked_ref(),
                        1500,
                    );
                }
            }
        });
        let loaded = w.document().is_some_and(|d| d.ready_state() == "complete");
        if loaded {
            let _ = schedule
                .unchecked_ref::<js_sys::Function>()
                .call0(&JsValue::NULL);
        } else {
            let _ = w.add_event_listener_with_callback("load", schedule.unchecked_ref());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(task);
}
