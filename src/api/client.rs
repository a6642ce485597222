//! One HTTP helper for every endpoint: base URL from the runtime config, bearer token,
//! request timeout, abort when the page that asked goes away, bounded retry with backoff for
//! reads only, and problem+json errors.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use expocx_contract::{ETag, Problem, API_PREFIX};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::retry::RetryPolicy;
use super::ApiError;
use crate::browser::fetch::{self, Answer, Outgoing};

const READ_TIMEOUT_MS: u32 = 10_000;
const WRITE_TIMEOUT_MS: u32 = 20_000;

/// The client, shared through context. `Copy`: closures and tasks take it as they are.
#[derive(Clone, Copy)]
pub struct Api {
    base: &'static str,
    token: RwSignal<Option<String>>,
    expired: RwSignal<bool>,
}

/// What a request carries.
#[derive(Clone, Copy)]
enum Body<'a> {
    Empty,
    Json(&'a str),
    /// Raw bytes (a chosen file, as the browser holds it) with their type.
    Blob(&'a wasm_bindgen::JsValue, &'a str),
}

/// A decoded answer with the `ETag` it came with: a versioned resource, changed by sending
/// the tag back (`If-Match`) so the change applies only to the version shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Tagged<T> {
    pub value: T,
    /// `None` only when the answer carried none; a change sent without it is refused (`428`).
    pub etag: Option<ETag>,
}

/// An answer's body and its `ETag`.
type Reply = (String, Option<ETag>);

/// A request on its way (see [`Api::send`]).
type Sending = Pin<Box<dyn Future<Output = Result<Reply, ApiError>>>>;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// The backend's origin, for the pictures its answers name by path.
static MEDIA_BASE: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// A picture's address: one the backend names by path (`/media/…`) is on the backend's origin,
/// which is not the page's when the SPA is served from another (`config.json`'s `api_base`).
pub fn media(url: &str) -> String {
    match MEDIA_BASE.get() {
        Some(base) if url.starts_with('/') && !url.starts_with("//") => format!("{base}{url}"),
        _ => url.to_string(),
    }
}

impl Api {
    /// `base` is the backend origin from the runtime config (`""` for the SPA's own origin);
    /// `token` is the session's bearer token, cleared and flagged in `expired` on a 401.
    pub fn new(base: &str, token: RwSignal<Option<String>>, expired: RwSignal<bool>) -> Self {
        // Set once at start and kept for the app's lifetime.
        let base: &'static str = Box::leak(base.trim_end_matches('/').to_string().into_boxed_str());
        let _ = MEDIA_BASE.set(base);
        Api {
            base,
            token,
            expired,
        }
    }

    /// The session's token, for requests made outside this client (page-hide flush).
    pub fn bearer_token(&self) -> Option<String> {
        self.token.get_untracked()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}{}", self.base, API_PREFIX, path)
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        decode(&self.read(path).await?.0)
    }

    /// A GET of a versioned resource, with its `ETag`.
    pub async fn get_tagged<T: DeserializeOwned>(&self, path: &str) -> Result<Tagged<T>, ApiError> {
        tagged(self.read(path).await?)
    }

    /// The body of a GET as text, undecoded.
    pub async fn get_text(&self, path: &str) -> Result<String, ApiError> {
        Ok(self.read(path).await?.0)
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        idempotency_key: Option<&str>,
    ) -> Result<T, ApiError> {
        let sent = self.write(Method::Post, path, body, idempotency_key, None)?;
        decode(&sent.await?.0)
    }

    /// A write of a versioned resource, answered with its new `ETag`. `if_match` is the tag of
    /// the version the visitor saw: `412` when it changed since.
    pub(super) async fn write_tagged<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &B,
        if_match: Option<&ETag>,
    ) -> Result<Tagged<T>, ApiError> {
        tagged(self.write(method, path, body, None, if_match)?.await?)
    }

    /// A POST of a versioned resource that must also happen once (accepting a quote): the
    /// version seen in `If-Match`, and an `Idempotency-Key` a retry sends again.
    pub(super) async fn post_tagged_once<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        if_match: Option<&ETag>,
        idempotency_key: &str,
    ) -> Result<Tagged<T>, ApiError> {
        let sent = self.write(Method::Post, path, body, Some(idempotency_key), if_match)?;
        tagged(sent.await?)
    }

    /// A PUT, PATCH or DELETE with a JSON body, sent once.
    pub async fn send_json<B: Serialize, T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        let method = match method {
            "DELETE" => Method::Delete,
            "PATCH" => Method::Patch,
            _ => Method::Put,
        };
        decode(&self.write(method, path, body, None, None)?.await?.0)
    }

    /// A GET, retried as reads are.
    fn read(&self, path: &str) -> Sending {
        let (get, retry) = (Method::Get, RetryPolicy::READS);
        self.send(get, path.to_string(), None, None, None, retry)
    }

    /// A write with a JSON body, sent once: with an `Idempotency-Key` when it must not happen
    /// twice, with `If-Match` when it must change only the version the visitor saw.
    fn write<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: &B,
        idempotency_key: Option<&str>,
        if_match: Option<&ETag>,
    ) -> Result<Sending, ApiError> {
        let json = serde_json::to_string(body).map_err(|e| ApiError::Decode(e.to_string()))?;
        let key = idempotency_key.map(str::to_string);
        let (path, retry) = (path.to_string(), RetryPolicy::ONCE);
        Ok(self.send(method, path, Some(json), key, if_match.cloned(), retry))
    }

    /// A POST without body or answer, sent with `token` (which may already be gone from the
    /// session, as when signing out).
    pub async fn post_empty_as(&self, path: &str, token: Option<String>) -> Result<(), ApiError> {
        self.send_once(Method::Post, path, Body::Empty, None, None, token)
            .await
            .map(|_| ())
    }

    /// Uploads raw bytes (a photo) of `content_type`; sent once. The answer comes with its
    /// `ETag` when it is a versioned resource.
    pub async fn upload<T: DeserializeOwned>(
        &self,
        path: &str,
        blob: &wasm_bindgen::JsValue,
        content_type: &str,
    ) -> Result<Tagged<T>, ApiError> {
        let token = self.token.get_untracked();
        let body = Body::Blob(blob, content_type);
        let resp = self
            .send_once(Method::Post, path, body, None, None, token)
            .await?;
        tagged(reply(&resp).await?)
    }

    /// An answer (a photo) read with the session's token, as a `blob:` URL to show it.
    pub async fn get_blob_url(&self, path: &str) -> Result<String, ApiError> {
        let resp = self
            .send_retrying(Method::Get, path, None, None, None, RetryPolicy::READS)
            .await?;
        let promise = resp.raw().blob().map_err(|_| ApiError::Network)?;
        let blob = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|_| ApiError::Network)?;
        web_sys::Url::create_object_url_with_blob(&blob.into()).map_err(|_| ApiError::Network)
    }

    /// The body of a successful answer and its `ETag`. Boxed so the request logic exists once
    /// in the WebAssembly, not once per endpoint (it is the bulk of each endpoint's code
    /// otherwise).
    fn send(
        &self,
        method: Method,
        path: String,
        body: Option<String>,
        idempotency_key: Option<String>,
        if_match: Option<ETag>,
        retry: RetryPolicy,
    ) -> Sending {
        let api = *self;
        Box::pin(async move {
            let key = idempotency_key.as_deref();
            let resp = api
                .send_retrying(method, &path, body, key, if_match.as_ref(), retry)
                .await?;
            reply(&resp).await
        })
    }

    async fn send_retrying(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        idempotency_key: Option<&str>,
        if_match: Option<&ETag>,
        retry: RetryPolicy,
    ) -> Result<Answer, ApiError> {
        let mut attempt = 0;
        loop {
            let Some(delay) = retry.delay_before(attempt) else {
                unreachable!("the loop returns on the last attempt")
            };
            if delay > 0 {
                gloo_timers::future::TimeoutFuture::new(delay).await;
            }
            let token = self.token.get_untracked();
            let body = body.as_deref().map_or(Body::Empty, Body::Json);
            let result = self
                .send_once(method, path, body, idempotency_key, if_match, token)
                .await;
            match result {
                Err(e) if e.is_transient() && retry.delay_before(attempt + 1).is_some() => {
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        body: Body<'_>,
        idempotency_key: Option<&str>,
        if_match: Option<&ETag>,
        token: Option<String>,
    ) -> Result<Answer, ApiError> {
        let url = self.url(path);
        let ctrl = web_sys::AbortController::new().map_err(|_| ApiError::Network)?;
        let left_page = Rc::new(Cell::new(false));
        let timed_out = Rc::new(Cell::new(false));
        {
            // Leaving the page (its owner is cleaned up) cancels what it asked for.
            let ctrl = SendWrapper::new(ctrl.clone());
            let left = SendWrapper::new(left_page.clone());
            Owner::on_cleanup(move || {
                left.set(true);
                ctrl.abort();
            });
        }
        let limit = if method == Method::Get {
            READ_TIMEOUT_MS
        } else {
            WRITE_TIMEOUT_MS
        };
        let _timer = {
            let ctrl = ctrl.clone();
            let timed_out = timed_out.clone();
            gloo_timers::callback::Timeout::new(limit, move || {
                timed_out.set(true);
                ctrl.abort();
            })
        };
        let bearer = token.as_ref().map(|t| format!("Bearer {t}"));
        let mut headers = vec![("Accept", "application/json")];
        if let Some(b) = &bearer {
            headers.push(("Authorization", b));
        }
        if let Some(key) = idempotency_key {
            headers.push(("Idempotency-Key", key));
        }
        if let Some(tag) = if_match {
            headers.push(("If-Match", tag.as_str()));
        }
        let json;
        let body = match body {
            Body::Json(b) => {
                headers.push(("Content-Type", "application/json"));
                json = wasm_bindgen::JsValue::from_str(b);
                Some(&json)
            }
            Body::Blob(blob, kind) => {
                headers.push(("Content-Type", kind));
                Some(blob)
            }
            Body::Empty => None,
        };
        let signal = ctrl.signal();
        let sent = fetch::send(
            &url,
            Outgoing {
                method: method.name(),
                headers: &headers,
                body,
                signal: Some(&signal),
            },
        )
        .await;
        let resp = sent.map_err(|_| {
            if timed_out.get() {
                ApiError::Timeout
            } else if left_page.get() {
                ApiError::Aborted
            } else {
                ApiError::Network
            }
        })?;
        if resp.ok() {
            return Ok(resp);
        }
        let status = resp.status();
        let is_problem = resp
            .header("content-type")
            .is_some_and(|c| c.contains("json"));
        let problem = if is_problem {
            let text = fetch::text(&resp).await.unwrap_or_default();
            serde_json::from_str::<Problem>(&text).ok()
        } else {
            None
        };
        let err = ApiError::Problem { status, problem };
        if token.is_some() && err.is_session_expired() {
            // The token is dead: forget it so guards send the visitor to sign in, and say why.
            self.token.set(None);
            self.expired.set(true);
        }
        Err(err)
    }
}

/// A successful answer's body and `ETag`.
async fn reply(resp: &Answer) -> Result<Reply, ApiError> {
    let text = fetch::text(resp).await.map_err(|_| ApiError::Network)?;
    let etag = resp.header("etag").and_then(|v| ETag::from_header(&v));
    Ok((text, etag))
}

fn tagged<T: DeserializeOwned>((text, etag): Reply) -> Result<Tagged<T>, ApiError> {
    let value = decode(&text)?;
    Ok(Tagged { value, etag })
}

fn decode<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    // `204 No Content` reads as `null`.
    let text = if text.trim().is_empty() { "null" } else { text };
    serde_json::from_str(text).map_err(|e| ApiError::Decode(e.to_string()))
}
