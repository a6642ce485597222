//! Browser hardening on every answer: the app may not be framed (clickjacking of the consent and
//! checkout buttons), types are not sniffed, no referrer leaves, scripts run only from this
//! origin (plus the inline scripts of `index.html`, by hash, and WebAssembly), and personal API
//! answers are never stored by a cache.

use std::path::Path;

use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The inline `<script>` bodies of a page (no `src`), as CSP hash sources.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let tag = &rest[..open_end];
        let body = &rest[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let digest = Sha256::digest(&body.as_bytes()[..close]);
            let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
            out.push(format!("'sha256-{b64}'"));
        }
        rest = &body[close..];
    }
    out
}

/// The page's Content-Security-Policy: only this origin, WebAssembly, the page's own inline
/// scripts (read from the built `index.html` at start, and the public pages' answer reader),
/// and WeChat's JS-SDK from its one official address (loaded inside WeChat only).
pub fn page_policy(dist: &Path) -> String {
    let shell = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let html = crate::snapshot::wasm_after_paint(&shell) + crate::snapshot::SEED_READER + &shell;
    let hashes = inline_script_hashes(&html).join(" ");
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' https://res.wx.qq.com {hashes}; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; \
         font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// What every answer carries; `policy` is `page_policy`'s answer.
pub async fn harden(policy: HeaderValue, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let personal = req.headers().contains_key(header::AUTHORIZATION)
        || !matches!(*req.method(), Method::GET | Method::HEAD)
        || req.uri().query().is_some_and(|q| q.contains("device_id="));
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    let api = path.starts_with("/api/");
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if crate::docs::is_docs(&path) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(crate::docs::POLICY),
        );
    } else if api || path.starts_with("/media/") {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; sandbox"),
        );
    } else {
        h.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    if api && personal && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<head><script>a()</script><script type="module" src="/x.js"></script>
            <script type="module">b()</script></head>"#;
        let got = inline_script_hashes(html);
        assert_eq!(got.len(), 2);
        let want = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"a()"));
        assert_eq!(got[0], format!("'sha256-{want}'"));
        assert!(inline_script_hashes("<p>no scripts</p>").is_empty());
    }
}
