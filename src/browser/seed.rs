//! Answers the server wrote into a public page it sent with its own content (issue 29): the
//! first read of each path uses its answer instead of asking again, so the app's first render
//! shows at once what the painted page showed, and nothing moves. Each is used once: a later
//! visit to the page asks the backend.

/// The answer the page carries for `path` (an API path without the prefix), taken out of it.
pub fn take(path: &str) -> Option<String> {
    if path.contains(['"', '\\']) {
        return None;
    }
    let document = web_sys::window()?.document()?;
    let selector = format!("script[data-seed=\"{path}\"]");
    let script = document.query_selector(&selector).ok()??;
    script.remove();
    script.text_content()
}
