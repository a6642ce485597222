//! Styles only lazy areas use travel in their chunk: injected once, when one of their pages
//! first mounts, instead of weighing on the first load's stylesheet.

/// The member center's styles (also the order page's timeline and actions).
const MEMBER_CSS: &str = include_str!("../../style/member.css");

/// Adds the member center's styles to the document, once.
pub fn member_styles() {
    inject("member-css", MEMBER_CSS);
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
