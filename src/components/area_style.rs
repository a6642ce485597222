//! Styles only lazy areas use travel in their chunk: injected once, when one of their pages
//! first mounts, instead of weighing on the first load's stylesheet.

/// The styles of every lazy area.
const AREA_CSS: &str = include_str!("../../style/areas.css");

/// Adds the lazy areas' styles to the document, once (each area's entry calls it).
pub fn area_styles() {
    inject("area-css", AREA_CSS);
}

fn inject(id: &str, css: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let doc = leptos::prelude::document();
        if doc.get_element_by_id(id).is_some() {
            return;
        }
        let (Some(head), Ok(style)) = (doc.head(), doc.create_element("style")) else {
            return;
        };
        style.set_id(id);
        style.set_text_content(Some(css));
        let _ = head.append_child(&style);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, css);
}
