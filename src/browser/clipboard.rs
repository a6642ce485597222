//! Copying text to the clipboard, where the browser allows it (WeChat's often does not, so
//! pages also show the text itself).

/// Copies `text` with `navigator.clipboard.writeText`.
pub fn copy_text(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        // navigator.clipboard.writeText, where the browser offers it.
        use js_sys::{Function, Reflect};
        use wasm_bindgen::{JsCast, JsValue};
        let Some(w) = web_sys::window() else { return };
        let Ok(clip) = Reflect::get(&w.navigator(), &"clipboard".into()) else {
            return;
        };
        if let Ok(f) = Reflect::get(&clip, &"writeText".into()) {
            if let Some(f) = f.dyn_ref::<Function>() {
                let _ = f.call1(&clip, &JsValue::from_str(text));
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}
