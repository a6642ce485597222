//! Answers the server wrote into a public page it sent with its own content (issue 29): the
//! first read of each path uses its answer instead of asking again, so the app's first render
//! shows at once what the painted page showed, and nothing moves. Each is used once: a later
//! visit to the page asks the backend.

/// The answer the page carries for `path` (an API path without the prefix, in the element
/// `id="seed:{path}"`), taken out of it.
pub fn take(path: &str) -> Option<String> {
    let script = leptos::prelude::document().get_element_by_id(&["seed:", path].concat())?;
    script.remove();
    script.text_content()
}
