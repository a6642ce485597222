//! ExpoCX reference backend: the HTTP+JSON contract over SQLite, and the built SPA.

pub mod api;
pub mod db;
pub mod demo;
pub mod media;
pub mod openapi;
pub mod spa;

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::routing::get;
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::db::Db;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub offers: db::commerce::OfferRules,
    pub test_payments: bool,
}

/// How the server is started (flags and environment, see `main.rs`).
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database: PathBuf,
    pub dist: PathBuf,
    pub demo: bool,
    /// Origins allowed to call the API from a browser (besides the server's own).
    pub cors_origins: Vec<String>,
    /// Grow the demo catalog to (exhibitors, products), for benchmarks.
    pub catalog_size: Option<(i64, i64)>,
    /// When abandoned carts earn an offer, and what.
    pub offers: db::commerce::OfferRules,
    /// Offer the test payment provider (a demo and test convenience; turn it off in production).
    pub test_payments: bool,
}

/// Opens the database, loads demo data if asked, and builds the whole application.
pub fn build(config: &Config) -> Result<Router, String> {
    if let Some(dir) = config
        .database
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let db = Db::open(&config.database)
        .map_err(|e| format!("database {}: {e}", config.database.display()))?;
    db.with(|c| db::consent::ensure_policy(c))
        .map_err(|e| format!("privacy policy: {e}"))?;
    if config.demo {
        db.with(demo::load)
            .map_err(|e| format!("demo data: {:?}", e.0))?;
        if let Some((exhibitors, products)) = config.catalog_size {
            db.with(|c| demo::grow(c, exhibitors, products))
                .map_err(|e| format!("demo catalog: {:?}", e.0))?;
        }
    }
    Ok(app(
        AppState {
            db,
            offers: config.offers.clone(),
            test_payments: config.test_payments,
        },
        config,
    ))
}

pub fn app(state: AppState, config: &Config) -> Router {
    let api = Router::new()
        .nest("/api/v1", api::routes())
        .route("/api/health", get(api::health))
        .route(
            "/api/openapi.json",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    openapi::document_json(),
                )
            }),
        )
        .route("/api/{*rest}", get(|| async { api::ApiError::not_found() }))
        .layer(
            tower::ServiceBuilder::new()
                .layer(cors(&config.cors_origins))
                .layer(CompressionLayer::new()),
        )
        .with_state(state);
    Router::new()
        .merge(api)
        .route("/media/products/{file}", get(media::product))
        .route("/media/exhibitors/{file}", get(media::exhibitor))
        .merge(spa::service(config.dist.clone()))
}

fn cors(origins: &[String]) -> CorsLayer {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o.trim()).ok())
        .collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::PATCH,
            Method::DELETE,
        ])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([header::ETAG])
}

/// Serves until Ctrl-C.
pub async fn serve(config: Config) -> Result<(), String> {
    let app = build(&config)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!("ExpoCX is running at http://{addr}/  (API: http://{addr}/api/v1, OpenAPI: http://{addr}/api/openapi.json)");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| e.to_string())
}
