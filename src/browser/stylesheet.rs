//! Adding a stylesheet to the document and knowing when it applies.

use std::future::Future;

/// Adds `<link rel="stylesheet" href>` at once (one per `href`) and returns a future that
/// resolves when its styles apply, or fails when the file could not be fetched. A link that
/// failed before this call is replaced by a new one, so a retry fetches again.
pub fn load(href: &str) -> impl Future<Output = Result<(), ()>> + 'static {
    #[cfg(target_arch = "wasm32")]
    {
        let href = href.to_string();
        let (first, new) = link(&href);
        async move {
            if settled(first, &href).await.is_ok() {
                return Ok(());
            }
            if new {
                return Err(());
            }
            // This link failed before (say, while prefetching on a bad signal): ask again.
            settled(link(&href).0, &href).await
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = href;
        std::future::ready(Err(()))
    }
}

/// The link for `href` with the promise of its loading, and whether this call added it.
#[cfg(target_arch = "wasm32")]
fn link(href: &str) -> (Link, bool) {
    LINKS.with(|links| {
        let mut links = links.borrow_mut();
        if let Some((_, l)) = links.iter().find(|(h, _)| h == href) {
            return (l.clone(), false);
        }
        let l = add_link(href);
        links.push((href.to_string(), l.clone()));
        (l, true)
    })
}

/// Waits for a link; a failed one is removed and forgotten (not a newer one for the same file).
#[cfg(target_arch = "wasm32")]
async fn settled((promise, element): Link, href: &str) -> Result<(), ()> {
    // The promise resolves with the link's event either way (a rejection nobody awaits yet
    // would be reported as an error of the page).
    let event = wasm_bindgen_futures::JsFuture::from(promise.clone()).await;
    let kind = event.and_then(|e| js_sys::Reflect::get(&e, &"type".into()));
    if kind.ok().and_then(|k| k.as_string()).as_deref() == Some("load") {
        return Ok(());
    }
    LINKS.with(|links| {
        links
            .borrow_mut()
            .retain(|(h, (p, _))| !(h == href && js_sys::Object::is(p, &promise)))
    });
    if let Some(element) = element {
        element.remove();
    }
    Err(())
}

/// A `<link>` (none when the document could not take one) and the promise of its loading.
#[cfg(target_arch = "wasm32")]
type Link = (js_sys::Promise, Option<web_sys::Element>);

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Every stylesheet added, with the promise of its loading.
    static LINKS: std::cell::RefCell<Vec<(String, Link)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The `<link>` in `<head>`, and a promise that resolves with its `load` or `error` event.
#[cfg(target_arch = "wasm32")]
fn add_link(href: &str) -> Link {
    let doc = leptos::prelude::document();
    let (false, Some(head), Ok(link)) = (href.is_empty(), doc.head(), doc.create_element("link"))
    else {
        return (js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL), None);
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = link.add_event_listener_with_callback("load", &resolve);
        let _ = link.add_event_listener_with_callback("error", &resolve);
    });
    let _ = head.append_child(&link);
    (promise, Some(link))
}
