//! An element's height as a CSS custom property on the document, so fixed and sticky parts
//! of the page can make room for it (the consent sheet lifts the sticky action bars).

use leptos::html::ElementType;
use leptos::prelude::*;

/// Keeps `--{name}` on `<html>` equal to the height of `el` while it is on the page, and
/// `0px` once it is gone.
pub fn use_element_height_var<E>(el: NodeRef<E>, name: &'static str)
where
    E: ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let set = move |px: i32| {
            if let Some(root) = document().document_element() {
                let root: &web_sys::HtmlElement = root.unchecked_ref();
                let _ = root
                    .style()
                    .set_property(&format!("--{name}"), &format!("{px}px"));
            }
        };
        let observer = StoredValue::new_local(None::<web_sys::ResizeObserver>);
        crate::state::watch::watch(move || {
            let Some(node) = el.get() else { return };
            let node: web_sys::Element = node.unchecked_into();
            let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
                    let target: web_sys::HtmlElement = entry.target().unchecked_into();
                    set(target.offset_height());
                }
            });
            if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
                ro.observe(&node);
                observer.set_value(Some(ro));
            }
            cb.forget(); // one per mounted element; the observer is disconnected on cleanup
        });
        on_cleanup(move || {
            observer.with_value(|o| {
                if let Some(o) = o {
                    o.disconnect();
                }
            });
            set(0);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (el, name);
}
