//! ExpoCX reference backend: the HTTP+JSON contract over SQLite, and the built SPA.

pub mod api;
pub mod backup;
pub mod badge_sign;
pub mod db;
pub mod demo;
mod docs;
pub mod domain;
mod headers;
pub mod ids;
pub mod limits;
pub mod media;
pub mod metrics;
pub mod openapi;
pub mod passwords;
pub mod proxy;
pub mod rules;
mod serve;
pub mod snapshot;
pub mod spa;
pub mod telemetry;
pub mod wechat;

pub use serve::{serve_on, serve_with};

use std::net::SocketAddr;
use std::path::PathBuf;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::routing::get;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

use crate::db::Db;
use crate::limits::Limits;
use crate::proxy::TrustedProxies;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub offers: db::offers::OfferRules,
    pub orders: rules::orders::OrderRules,
    pub test_payments: bool,
    pub limits: Arc<Limits>,
    /// Whose forwarding headers name the client (`--trusted-proxy`).
    pub proxies: Arc<TrustedProxies>,
    pub hasher: passwords::Hasher,
    /// Sign-in with WeChat, when configured.
    pub wechat: Option<Arc<wechat::WechatConfig>>,
    /// WeChat Pay, when configured.
    pub wechat_pay: Option<Arc<wechat::pay::PayConfig>>,
    /// Sign-in inside the organizer's Mini Program (`jscode2session`).
    pub wechat_mini: Option<Arc<wechat::mini::MiniConfig>>,
    /// Public pages as built, for a short time (`snapshot`).
    pub pages: Arc<snapshot::Pages>,
    /// WeChat's JS-SDK ticket, shared by every request.
    pub wechat_tickets: Arc<wechat::jssdk::Tickets>,
    /// Outgoing HTTP (the WeChat code exchange).
    pub http: reqwest::Client,
    /// Where the app is served (`--public-url`), for links in messages.
    pub public_url: Arc<str>,
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
    /// The proxies in front of the server whose `Forwarded`/`X-Forwarded-For` are believed.
    pub trusted_proxies: TrustedProxies,
    /// Grow the demo catalog to (exhibitors, products), for benchmarks.
    pub catalog_size: Option<(i64, i64)>,
    /// With the demo: this many orders for the tea booth (benchmarks of the portal).
    pub exhibitor_orders: Option<i64>,
    /// Give the demo's ceramics booth this many quotes (benchmarks of the quote desk).
    pub exhibitor_quotes: Option<i64>,
    /// Give the demo's tea booth this many leads (benchmarks of the lead list).
    pub exhibitor_leads: Option<i64>,
    /// Give the fair this many members with the tea booth's tea in their carts and a mix of
    /// marketing consents (benchmarks of campaigns, the crash test).
    pub campaign_members: Option<i64>,
    /// With the demo: the last three days of trade at both booths (what `scripts/run.sh` shows).
    pub demo_history: bool,
    /// When abandoned carts earn an offer, and what.
    pub offers: db::offers::OfferRules,
    /// How long unpaid orders hold stock, how many may be open.
    pub orders: rules::orders::OrderRules,
    /// Offer the test payment provider (on only with `--demo` or `--test-payments`; never in
    /// production).
    pub test_payments: bool,
    /// Sign-in with WeChat (app id and secret from the environment).
    pub wechat: Option<wechat::WechatConfig>,
    /// WeChat Pay (JSAPI), when a merchant account is configured.
    pub wechat_pay: Option<wechat::pay::PayConfig>,
    /// Sign-in inside the organizer's Mini Program (app id and secret from the environment).
    pub wechat_mini: Option<wechat::mini::MiniConfig>,
    /// Where browsers reach this site (`--public-url`): public pages' canonical URLs and cards.
    pub public_url: String,
    /// Files served at the site's root under their own name (WeChat's domain verification
    /// files: `MP_verify_….txt`, a Mini Program's business-domain file).
    pub root_files: Vec<(String, String)>,
}

/// Answers that could never be right for a browser-facing API.
fn check(config: &Config) -> Result<(), String> {
    if config.cors_origins.iter().any(|o| o.trim() == "*") {
        return Err(
            "--cors-origin '*' is refused: any site could then call the API with a \
            visitor's token. List each origin that may call it (e.g. https://shop.example)."
                .into(),
        );
    }
    if let Some(bad) = config
        .cors_origins
        .iter()
        .find(|o| HeaderValue::from_str(o.trim()).is_err() || !o.trim().starts_with("http"))
    {
        return Err(format!(
            "--cors-origin {bad:?} is not an origin like https://shop.example"
        ));
    }
    Ok(())
}

/// Opens the database, loads demo data if asked, and builds the whole application.
pub fn build(config: &Config) -> Result<Router, String> {
    check(config)?;
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
        db.with(demo::load).map_err(|e| format!("demo data: {e}"))?;
        if let Some((exhibitors, products)) = config.catalog_size {
            db.with(|c| demo::grow(c, exhibitors, products))
                .map_err(|e| format!("demo catalog: {e}"))?;
        }
        if let Some(n) = config.exhibitor_orders {
            db.with(|c| demo::orders::seed(c, "tea@demo.expocx.test", n))
                .map_err(|e| format!("demo orders: {e}"))?;
        }
        if config.demo_history {
            db.with(demo::history::load)
                .map_err(|e| format!("demo history: {e}"))?;
        }
        if let Some(n) = config.exhibitor_leads {
            db.with(|c| demo::leads::seed(c, "tea@demo.expocx.test", n))
                .map_err(|e| format!("demo leads: {e}"))?;
        }
        if let Some(n) = config.campaign_members {
            db.with(|c| demo::campaigns::seed(c, "tea@demo.expocx.test", n))
                .map_err(|e| format!("demo campaign members: {e}"))?;
        }
        if let Some(n) = config.exhibitor_quotes {
            db.with(|c| demo::quotes::seed(c, "ceramics@demo.expocx.test", n))
                .map_err(|e| format!("demo quotes: {e}"))?;
        }
    }
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(8))
        .build()
        .map_err(|e| e.to_string())?;
    let wechat_pay = config.wechat_pay.clone().map(Arc::new);
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn(sweep(db.clone()));
        runtime.spawn(send_campaigns(db.clone()));
        if let Some(cfg) = &wechat_pay {
            runtime.spawn(send_refunds(cfg.clone(), db.clone(), http.clone()));
        }
    }
    Ok(app(
        AppState {
            db,
            offers: config.offers.clone(),
            orders: config.orders.clone(),
            test_payments: config.test_payments,
            limits: Arc::new(Limits::default()),
            proxies: Arc::new(config.trusted_proxies.clone()),
            hasher: passwords::Hasher::new(4, Duration::from_secs(5)),
            wechat: config.wechat.clone().map(Arc::new),
            wechat_pay,
            wechat_mini: config.wechat_mini.clone().map(Arc::new),
            pages: Arc::default(),
            wechat_tickets: Arc::default(),
            http,
            public_url: config.public_url.trim_end_matches('/').into(),
        },
        config,
    ))
}

pub fn app(state: AppState, config: &Config) -> Router {
    let limits = state.limits.clone();
    let public_pages = snapshot::router(state.clone(), config.dist.clone(), &config.public_url);
    db::observe_waits(metrics::record_db_wait);
    let api = Router::new()
        .nest("/api/v1", api::routes())
        .route("/api/health", get(api::health))
        .route("/api/v1/health", get(api::health))
        .route(
            "/api/openapi.json",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    openapi::document_json(),
                )
            }),
        )
        .merge(docs::router(&config.dist))
        .route("/api/{*rest}", get(|| async { api::ApiError::not_found() }))
        .layer(
            tower::ServiceBuilder::new()
                .layer(cors(&config.cors_origins))
                .layer(CompressionLayer::new()),
        )
        .with_state(state);
    let app = Router::new()
        .merge(api)
        .route("/media/products/{file}", get(media::product))
        .route("/media/exhibitors/{file}", get(media::exhibitor))
        .merge(metrics::router(metrics::Endpoint::new(
            config.database.clone(),
            std::env::var(METRICS_TOKEN).ok().as_deref(),
            limits,
        )))
        .merge(spa::root_files(&config.root_files))
        .merge(public_pages)
        .merge(spa::service(config.dist.clone()));
    harden(app, &config.dist)
}

/// The environment variable holding the token other hosts need to read `/metrics`.
pub const METRICS_TOKEN: &str = "EXPOCX_METRICS_TOKEN";

/// What wraps every answer: a request id, its log line and metrics (`telemetry`), a panic
/// becomes `500` problem+json for that request only, the browser hardening headers
/// (`headers`), and a time limit per request.
pub fn harden(app: Router, dist: &std::path::Path) -> Router {
    let policy = HeaderValue::from_str(&headers::page_policy(dist)).unwrap_or(
        HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'"),
    );
    telemetry::observe(
        app.layer(
            tower::ServiceBuilder::new()
                .layer(CatchPanicLayer::custom(|_| {
                    axum::response::IntoResponse::into_response(api::ApiError::internal(
                        "a request handler panicked".into(),
                    ))
                }))
                .layer(axum::middleware::from_fn(move |req, next| {
                    headers::harden(policy.clone(), req, next)
                }))
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::REQUEST_TIMEOUT,
                    REQUEST_TIMEOUT,
                )),
        ),
    )
}

/// Every half minute: unpaid orders past their time give their stock and pickup places back,
/// points past their year expire, idempotency keys older than a day are forgotten; every hour,
/// device keys unused for a day are forgotten.
async fn sweep(db: Db) {
    let mut tick = tokio::time::interval(Duration::from_secs(30));
    let mut ticks: u64 = 0;
    loop {
        tick.tick().await;
        let purge_devices = ticks.is_multiple_of(120);
        ticks += 1;
        let swept = db
            .call(move |c| {
                let now = chrono::Utc::now();
                domain::orders::expire_due(c, now)?;
                domain::quotes::tell_expiring(c, now)?;
                db::membership::expire_points(c, now)?;
                if purge_devices {
                    db::devices::purge_unused(c, now - chrono::Duration::days(1))?;
                    db::audit::purge(c, now)?;
                    db::notify::forget_invite_links(c, None, now)?;
                }
                db::idempotency::purge_expired(c)
            })
            .await;
        if let Err(e) = swept {
            tracing::error!(error = %e, "sweep failed");
        }
    }
}

/// Every second: starts the campaigns due and sends a few batches of those sending (each batch
/// its own transaction, so other requests wait at most one batch). After a crash or restart it
/// resumes with the members not decided yet.
async fn send_campaigns(db: Db) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tick.tick().await;
        loop {
            let sent = db
                .call(|c| domain::campaigns::send::run_due(c, chrono::Utc::now(), 1))
                .await;
            match sent {
                Ok(0) => break,
                Ok(_) => tokio::task::yield_now().await,
                Err(e) => {
                    tracing::error!(error = %e, "campaign sending failed");
                    break;
                }
            }
        }
    }
}

/// Sends the refunds due, every few seconds, until WeChat Pay takes each (a refund is recorded
/// as due in the same transaction as the cancellation or return that owes it).
async fn send_refunds(cfg: Arc<wechat::pay::PayConfig>, db: Db, http: reqwest::Client) {
    use db::orders::payments;
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    loop {
        tick.tick().await;
        let Ok(due) = db.call(|c| payments::due_refunds(c, 20)).await else {
            continue;
        };
        for r in due {
            let taken = wechat::pay::refund(
                &cfg,
                &http,
                &r.payment_id,
                &r.id,
                r.amount_minor,
                r.total_minor,
            )
            .await;
            if let Err(e) = &taken {
                tracing::warn!(refund = %r.id, error = ?e, "WeChat Pay refund not taken yet");
            }
            let ok = matches!(taken, Ok(true));
            let id = r.id.clone();
            let _ = db
                .call(move |c| payments::refund_attempted(c, &id, ok, chrono::Utc::now()))
                .await;
        }
    }
}

/// The longest a request may take, body included, before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

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
            telemetry::REQUEST_ID,
        ])
        // A client quoting the request id of a failure lets an operator find its log lines.
        .expose_headers([header::ETAG, telemetry::REQUEST_ID])
}

/// Serves until Ctrl-C or SIGTERM, then lets open requests finish; unpaid orders past their
/// time are expired every half minute.
pub async fn serve(config: Config) -> Result<(), String> {
    let app = build(&config)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(
        "ExpoCX is running at http://{addr}/  (API: http://{addr}/api/v1, OpenAPI: http://{addr}/api/openapi.json)"
    );
    if config.test_payments {
        tracing::warn!(
            "The labelled test payment provider is ON (demo only; never in production)."
        );
    }
    serve_on(listener, app, async {
        stop_signal().await;
        tracing::info!("shutting down: no new connections, draining open requests");
    })
    .await
    .map_err(|e| e.to_string())
}

/// Ctrl-C, or SIGTERM (what service managers and container runtimes send to stop).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
