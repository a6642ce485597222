//! Styles only lazy areas use, kept out of the first load.
//!
//! wasm-split moves functions into an area's chunk but leaves all data in the main module, so
//! a stylesheet compiled into the chunk would still be downloaded by every first visit. In the
//! release build the styles are a file of their own (`areas.css` in the hashed module folder,
//! named by `<meta name="expocx-area-css">`, both written by scripts/assemble.mjs), fetched
//! side by side with an area's chunk. Other builds (`trunk serve`, tests) inject them from
//! the binary.

use std::future::Future;

/// Starts fetching the lazy areas' styles (once) and resolves when they apply; fails when the
/// file could not be fetched, so the page can offer a retry instead of showing unstyled.
pub fn area_styles() -> impl Future<Output = Result<(), ()>> + 'static {
    #[cfg(feature = "split")]
    {
        let href = leptos::prelude::document()
            .query_selector("meta[name=expocx-area-css]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_default();
        crate::browser::stylesheet::load(&href)
    }
    #[cfg(not(feature = "split"))]
    {
        inject("area-css", include_str!("../../style/areas.css"));
        std::future::ready(Ok(()))
    }
}

#[cfg(not(feature = "split"))]
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
