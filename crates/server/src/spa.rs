//! Serving the built SPA: files from the dist folder, precompressed when the client accepts it,
//! hashed assets cached for a year, and `index.html` (never cached) for every other path.

use std::path::PathBuf;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::services::ServeDir;

/// Whether a file name carries Trunk's content hash (`name-0123456789abcdef.ext`,
/// `name-0123456789abcdef_bg.wasm`): such a file never changes under its name.
pub fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        None => false,
    }
}

async fn cache_headers(req: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(req.uri().path());
    let mut resp = next.run(req).await;
    let value = if hashed && resp.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    resp.headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(value));
    resp
}

async fn index(dist: PathBuf) -> Response {
    match tokio::fs::read(dist.join("index.html")).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            Body::from(bytes),
        )
            .into_response(),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            "The app is not built yet: run scripts/run.sh (it builds the SPA into dist/).",
        )
            .into_response(),
    }
}

pub fn service(dist: PathBuf) -> Router {
    let fallback_dist = dist.clone();
    let files = ServeDir::new(&dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(tower::service_fn(move |_req: Request| {
            let dist = fallback_dist.clone();
            async move { Ok::<_, std::convert::Infallible>(index(dist).await) }
        }));
    Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn(cache_headers))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_asset("/expocx-9f86d081884c7d65.js"));
        assert!(is_hashed_asset("/expocx-9f86d081884c7d65_bg.wasm"));
        assert!(is_hashed_asset("/style-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/config.json"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/icons/app-icon.svg"));
        assert!(!is_hashed_asset("/my-page"));
    }
}
