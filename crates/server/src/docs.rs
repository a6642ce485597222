//! `/api/docs`: the contract's reference in a browser. Swagger UI comes from npm
//! (`swagger-ui-dist`, copied into `dist/api-docs/` by `scripts/build.sh`) and is served as
//! files; it reads `/api/openapi.json` and fetches nothing from outside (its validator badge
//! is off). Its front page is `API.md`, the document's description.

use std::path::Path;

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;

/// The Content-Security-Policy of `/api/docs` and its files: this origin's scripts only (no
/// inline script, no WebAssembly); Swagger UI sets styles inline.
pub const POLICY: &str =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// Whether `path` is the reference or one of its files.
pub fn is_docs(path: &str) -> bool {
    path == "/api/docs" || path.starts_with("/api/docs/")
}

const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>ExpoCX API reference</title>\n<link rel=\"stylesheet\" href=\"/api/docs/assets/swagger-ui.css\">\n\
</head>\n<body>\n<main id=\"swagger-ui\"></main>\n\
<script src=\"/api/docs/assets/swagger-ui-bundle.js\"></script>\n\
<script src=\"/api/docs/init.js\"></script>\n</body>\n</html>\n";

const INIT: &str =
    "window.ui = SwaggerUIBundle({ url: \"/api/openapi.json\", dom_id: \"#swagger-ui\", \
deepLinking: true, validatorUrl: null, tryItOutEnabled: false, displayOperationId: true, \
docExpansion: \"none\" });\n";

pub fn router<S: Clone + Send + Sync + 'static>(dist: &Path) -> Router<S> {
    Router::new()
        .route(
            "/api/docs",
            get(|| async { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE) }),
        )
        .route(
            "/api/docs/init.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    INIT,
                )
                    .into_response()
            }),
        )
        .nest_service(
            "/api/docs/assets",
            ServeDir::new(dist.join("api-docs"))
                .precompressed_br()
                .precompressed_gzip(),
        )
}
