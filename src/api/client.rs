//! One HTTP helper for every endpoint: base URL from the runtime config, bearer token,
//! request timeout, abort when the page that asked goes away, bounded retry with backoff for
//! reads only, and problem+json errors.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use expocx_contract::{Problem, API_PREFIX};
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

#[derive(Clone, Copy, PartialEq)]
enum Method {
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

impl Api {
    /// `base` is the backend origin from the runtime config (`""` for the SPA's own origin);
    /// `token` is the session's bearer token, cleared and flagged in `expired` on a 401.
    pub fn new(base: &str, token: RwSignal<Option<String>>, expired: RwSignal<bool>) -> Self {
        Api {
            // Set once at start and kept for the app's lifetime.
            base: Box::leak(base.trim_end_matches('/').to_string().into_boxed_str()),
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
        let text = self
            .send(
                Method::Get,
                path.to_string(),
                None,
                None,
                RetryPolicy::READS,
            )
            .await?;
        decode(&text)
    }

    /// The body of a GET as text, undecoded.
    pub async fn get_text(&self, path: &str) -> Result<String, ApiError> {
        self.send(
            Method::Get,
            path.to_string(),
            None,
            None,
            RetryPolicy::READS,
        )
        .await
    }

    pub async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        idempotency_key: Option<&str>,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|e| ApiError::Decode(e.to_string()))?;
        let text = self
            .send(
                Method::Post,
                path.to_string(),
                Some(json),
                idempotency_key.map(str::to_string),
                RetryPolicy::ONCE,
            )
            .await?;
        decode(&text)
    }

    /// A PUT or DELETE with a JSON body, sent once.
    pub async fn send_json<B: Serialize, T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|e| ApiError::Decode(e.to_string()))?;
        let method = if method == "DELETE" {
            Method::Delete
        } else {
            Method::Put
        };
        let text = self
            .send(
                method,
                path.to_string(),
                Some(json),
                None,
                RetryPolicy::ONCE,
            )
            .await?;
        decode(&text)
    }

    /// A PATCH of a versioned resource, sent once with `If-Match: etag`.
    pub async fn patch_if_match<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        etag: &str,
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|e| ApiError::Decode(e.to_string()))?;
        let text = self
            .send(
                Method::Patch,
                path.to_string(),
                Some(json),
                Some(etag.to_string()),
                RetryPolicy::ONCE,
            )
            .await?;
        decode(&text)
    }

    /// A POST without body or answer, sent with `token` (which may already be gone from the
    /// session, as when signing out).
    pub async fn post_empty_as(&self, path: &str, token: Option<String>) -> Result<(), ApiError> {
        self.send_once(Method::Post, path, Body::Empty, None, token)
            .await
            .map(|_| ())
    }

    /// Uploads raw bytes (a photo) of `content_type`; sent once.
    pub async fn upload<T: DeserializeOwned>(
        &self,
        path: &str,
        blob: &wasm_bindgen::JsValue,
        content_type: &str,
    ) -> Result<T, ApiError> {
        let token = self.token.get_untracked();
        let resp = self
            .send_once(
                Method::Post,
                path,
                Body::Blob(blob, content_type),
                None,
                token,
            )
            .await?;
        decode(&fetch::text(&resp).await.map_err(|_| ApiError::Network)?)
    }

    /// An answer (a photo) read with the session's token, as a `blob:` URL to show it.
    pub async fn get_blob_url(&self, path: &str) -> Result<String, ApiError> {
        let resp = self
            .send_retrying(Method::Get, path, None, None, RetryPolicy::READS)
            .await?;
        let promise = resp.raw().blob().map_err(|_| ApiError::Network)?;
        let blob = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|_| ApiError::Network)?;
        web_sys::Url::create_object_url_with_blob(&blob.into()).map_err(|_| ApiError::Network)
    }

    /// The body of a successful answer. Boxed so the request logic exists once in the
    /// WebAssembly, not once per endpoint (it is the bulk of each endpoint's code otherwise).
    fn send(
        &self,
        method: Method,
        path: String,
        body: Option<String>,
        idempotency_key: Option<String>,
        retry: RetryPolicy,
    ) -> Pin<Box<dyn Future<Output = Result<String, ApiError>>>> {
        let api = *self;
        Box::pin(async move {
            let resp = api
                .send_retrying(method, &path, body, idempotency_key.as_deref(), retry)
                .await?;
            fetch::text(&resp).await.map_err(|_| ApiError::Network)
        })
    }

    async fn send_retrying(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        idempotency_key: Option<&str>,
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
                .send_once(method, path, body, idempotency_key, token)
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
        // One optional header per write: an ETag (quoted) is an `If-Match`, anything else
        // an `Idempotency-Key`.
        if let Some(k) = idempotency_key {
            let name = if k.starts_with('"') {
                "If-Match"
            } else {
                "Idempotency-Key"
            };
            headers.push((name, k));
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

fn decode<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    // `204 No Content` reads as `null`.
    let text = if text.trim().is_empty() { "null" } else { text };
    serde_json::from_str(text).map_err(|e| ApiError::Decode(e.to_string()))
}

/// A fresh key for a write that must not happen twice.
pub fn idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}", (js_sys::Math::random() * 1e16) as u64))
}
