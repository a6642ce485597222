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

fn is_hash(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a file carries a content hash in its name (`name-0123456789abcdef.ext`,
/// `name-0123456789abcdef_bg.wasm`) or sits in a hashed folder (`/pkg-0123456789abcdef/…`,
/// the split WebAssembly modules and their loader): such a file never changes under its name.
pub fn is_hashed_asset(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    let name = segments.next_back().unwrap_or(path);
    if segments.any(|dir| dir.strip_prefix("pkg-").is_some_and(is_hash)) {
        return true;
    }
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| is_hash(hash))
}

/// Whether a path names a file (its last segment has an extension, `/pkg-…/split_x.wasm`)
/// rather than a page of the app: a missing file is a 404, never `index.html`, or the browser
/// would try to run HTML as a WebAssembly chunk or script.
pub fn is_file_path(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && !ext.is_empty() && ext.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Whether `name` may be served at the site's root: a plain `.txt` file name (WeChat's
/// verification files), never a path or a name the app uses.
pub fn is_root_file_name(name: &str) -> bool {
    name.len() <= 64
        && name.strip_suffix(".txt").is_some_and(|stem| {
            !stem.is_empty()
                && stem
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
}

/// Each of `files` (name, content) at `/<name>`, as plain text.
pub fn root_files<S: Clone + Send + Sync + 'static>(files: &[(String, String)]) -> Router<S> {
    files.iter().fold(Router::new(), |r, (name, content)| {
        let content = content.clone();
        r.route(
            &format!("/{name}"),
            axum::routing::get(move || async move {
                (
                    [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    content,
                )
            }),
        )
    })
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

/// `index.html` for every page of the app, brotli-compressed when the browser accepts it and
/// the build wrote `index.html.br` (it is part of every first load).
async fn index(dist: PathBuf, accepts_br: bool) -> Response {
    if accepts_br {
        if let Ok(bytes) = tokio::fs::read(dist.join("index.html.br")).await {
            return (
                [
                    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                    (header::CACHE_CONTROL, "no-store"),
                    (header::CONTENT_ENCODING, "br"),
                    (header::VARY, "accept-encoding"),
                ],
                Body::from(bytes),
            )
                .into_response();
        }
    }
    match tokio::fs::read(dist.join("index.html")).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
                (header::VARY, "accept-encoding"),
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

/// Whether the browser takes brotli (`Accept-Encoding` names `br`).
pub fn accepts_br(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| {
            v.split(',')
                .any(|e| e.split(';').next().is_some_and(|e| e.trim() == "br"))
        })
}

fn missing_file() -> Response {
    (
        StatusCode::NOT_FOUND,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        "Not found",
    )
        .into_response()
}

pub fn service(dist: PathBuf) -> Router {
    let fallback_dist = dist.clone();
    let files = ServeDir::new(&dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(tower::service_fn(move |req: Request| {
            let dist = fallback_dist.clone();
            async move {
                let accepts_br = accepts_br(req.headers());
                Ok::<_, std::convert::Infallible>(if is_file_path(req.uri().path()) {
                    missing_file()
                } else {
                    index(dist, accepts_br).await
                })
            }
        }));
    Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn(cache_headers))
}

#[cfg(test)]
mod tests {
    use super::{is_file_path, is_hashed_asset};

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_asset("/expocx-9f86d081884c7d65.js"));
        assert!(is_hashed_asset("/expocx-9f86d081884c7d65_bg.wasm"));
        assert!(is_hashed_asset("/style-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/config.json"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/icons/app-icon.svg"));
        assert!(!is_hashed_asset("/my-page"));
        assert!(is_hashed_asset("/pkg-0123456789abcdef/split_checkout.wasm"));
        assert!(is_hashed_asset("/pkg-0123456789abcdef/__wasm_split.js"));
        assert!(!is_hashed_asset("/pkg-latest/expocx.js"));
    }

    #[test]
    fn files_are_told_from_pages() {
        for file in [
            "/pkg-0123456789abcdef/chunk_3.wasm",
            "/expocx.js",
            "/config.json",
            "/a/b.css",
        ] {
            assert!(is_file_path(file), "{file}");
        }
        for page in [
            "/",
            "/products/12",
            "/exhibitors",
            "/signin",
            "/.hidden",
            "/orders/ORD-1.",
        ] {
            assert!(!is_file_path(page), "{page}");
        }
    }
}
