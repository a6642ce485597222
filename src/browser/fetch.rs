//! `fetch()` as the browser has it. The client needs a method, headers, a body and an abort
//! signal; an HTTP crate on top (gloo-net, with its streams support exported to JavaScript
//! whether used or not) cost the first load more than this file does.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, RequestInit, Response};

/// What a request carries besides its URL.
pub struct Outgoing<'a> {
    pub method: &'a str,
    pub headers: &'a [(&'a str, &'a str)],
    /// A string (JSON) or a `Blob`.
    pub body: Option<&'a JsValue>,
    pub signal: Option<&'a AbortSignal>,
}

/// The answer's status line and headers; its body is read with [`text`].
pub struct Answer(Response);

impl Answer {
    /// 2xx.
    pub fn ok(&self) -> bool {
        self.0.ok()
    }

    pub fn status(&self) -> u16 {
        self.0.status()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.0.headers().get(name).ok().flatten()
    }

    /// The browser's own answer (to read the body as a blob).
    pub fn raw(&self) -> &Response {
        &self.0
    }
}

/// Sends the request; `Err` when no answer came (offline, aborted, refused by CORS).
pub async fn send(url: &str, out: Outgoing<'_>) -> Result<Answer, JsValue> {
    let headers = Headers::new()?;
    for (name, value) in out.headers {
        headers.set(name, value)?;
    }
    let init = RequestInit::new();
    init.set_method(out.method);
    init.set_headers(&headers);
    if let Some(body) = out.body {
        init.set_body(body);
    }
    init.set_signal(out.signal);
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let answer = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await?;
    Ok(Answer(answer.unchecked_into()))
}

/// The body as text (`Err` when the connection broke while reading it).
pub async fn text(answer: &Answer) -> Result<String, JsValue> {
    let text = JsFuture::from(answer.0.text()?).await?;
    text.as_string().ok_or(JsValue::NULL)
}
