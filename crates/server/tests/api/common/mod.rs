//! A real server on a free port, over a temporary SQLite file with the demo data, and a typed
//! client for it (`client.rs`).

mod client;

use std::net::SocketAddr;
use std::path::PathBuf;

pub use client::{answer, client, key, problem, send, Api};
use expocx_contract::{DeviceKey, Session};
use expocx_server::db::offers::OfferRules;
use expocx_server::rules::orders::OrderRules;
use expocx_server::{build, serve_on, Config};
use reqwest::StatusCode;
use serde_json::{json, Value};

pub const PASSWORD: &str = "shopping-pass-1";
/// The start of a PNG: what the backend reads a photo's type from.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01";

pub struct TestServer {
    pub base: String,
    _dir: tempfile::TempDir,
    pub db_path: PathBuf,
}

impl TestServer {
    /// The full address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db_path).unwrap()
    }

    /// An anonymous visitor.
    pub fn anon(&self) -> Api {
        Api::new(&self.base)
    }

    /// A new account, signed in.
    pub async fn visitor(&self, email: &str) -> Api {
        self.visitor_named(email, "Shopper").await
    }

    /// A new account named `name` (with [`PASSWORD`]), signed in.
    pub async fn visitor_named(&self, email: &str, name: &str) -> Api {
        let s = self.anon().sign_up(email, name).await;
        self.anon().with_token(&s.token)
    }

    /// A product without options with at least `min_stock` units, its exhibitor, and the
    /// exhibitor's pickup slot with the most room: (product, exhibitor, slot).
    pub fn pickup_item(&self, min_stock: i64) -> (i64, i64, i64) {
        self.db()
            .query_row(
                "SELECT p.id, p.exhibitor_id, s.id FROM products p
                 JOIN pickup_slots s ON s.exhibitor_id = p.exhibitor_id
                 WHERE p.stock >= ? AND p.options_json = '[]'
                 ORDER BY p.id, s.capacity DESC LIMIT 1",
                [min_stock],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap()
    }

    /// A product without options from `category` (a slug) with at least `min_stock` units:
    /// (id, price, exhibitor).
    pub fn product_in(&self, category: &str, min_stock: i64) -> (i64, i64, i64) {
        self.db()
            .query_row(
                "SELECT p.id, p.price_minor, p.exhibitor_id FROM products p
                 JOIN categories c ON c.id = p.category_id
                 WHERE c.slug = ? AND p.stock >= ? AND p.options_json = '[]' ORDER BY p.id LIMIT 1",
                rusqlite::params![category, min_stock],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap()
    }

    /// A product of `exhibitor` in stock (made plain: no options), with that exhibitor's
    /// roomiest pickup slot.
    pub fn item_of(&self, exhibitor: i64) -> (i64, i64, i64) {
        let item: (i64, i64, i64) = self
            .db()
            .query_row(
                "SELECT p.id, p.exhibitor_id, s.id FROM products p
                 JOIN pickup_slots s ON s.exhibitor_id = p.exhibitor_id
                 WHERE p.exhibitor_id = ? AND p.stock >= 5
                 ORDER BY p.id, s.capacity DESC LIMIT 1",
                [exhibitor],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        self.db()
            .execute(
                "UPDATE products SET options_json = '[]' WHERE id = ?",
                [item.0],
            )
            .unwrap();
        item
    }

    /// A product's stock now.
    pub fn stock(&self, product: i64) -> i64 {
        self.db()
            .query_row("SELECT stock FROM products WHERE id = ?", [product], |r| {
                r.get(0)
            })
            .unwrap()
    }

    /// Signs in the demo staff of the `tea` or `ceramics` exhibitor: (client, exhibitor id).
    pub async fn staff(&self, who: &str) -> (Api, i64) {
        let email = format!("{who}@demo.expocx.test");
        let r = self.anon().login(&email, "exhibit-expo-2026").await;
        let session: Session = answer(r, StatusCode::OK).await;
        let exhibitor = session.user.exhibitor_id.unwrap();
        (self.anon().with_token(&session.token), exhibitor)
    }

    /// A browser's device key, issued by the server.
    pub async fn device(&self) -> String {
        let r = self.anon().post("/api/v1/devices", &json!({})).await;
        answer::<DeviceKey>(r, StatusCode::CREATED).await.device_id
    }
}

/// Server options a test may change.
pub struct Options {
    pub offers: OfferRules,
    pub orders: OrderRules,
    pub test_payments: bool,
    pub cors_origins: Vec<String>,
    pub wechat: Option<expocx_server::wechat::WechatConfig>,
    pub wechat_pay: Option<expocx_server::wechat::pay::PayConfig>,
    pub wechat_mini: Option<expocx_server::wechat::mini::MiniConfig>,
    pub root_files: Vec<(String, String)>,
    /// Proxies whose forwarding headers are believed (none by default).
    pub trusted_proxies: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            offers: OfferRules::default(),
            orders: OrderRules::default(),
            test_payments: true,
            cors_origins: vec!["https://shop.example".into()],
            wechat: None,
            wechat_pay: None,
            wechat_mini: None,
            root_files: Vec::new(),
            trusted_proxies: Vec::new(),
        }
    }
}

pub async fn start() -> TestServer {
    start_opts(Options::default()).await
}

/// A server whose abandoned carts earn offers by `offers`.
pub async fn start_offering(offers: OfferRules) -> TestServer {
    start_opts(Options {
        offers,
        ..Default::default()
    })
    .await
}

/// A server with its offer rules and with or without the test payment provider.
pub async fn start_custom(offers: OfferRules, test_payments: bool) -> TestServer {
    start_opts(Options {
        offers,
        test_payments,
        ..Default::default()
    })
    .await
}

/// The `Config` of a test server inside `dir` (a dist folder with a tiny SPA is written).
pub fn config(dir: &tempfile::TempDir, o: Options) -> Config {
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><title>spa</title><script>boot()</script>",
    )
    .unwrap();
    // A page, brotli-compressed (as scripts/precompress.mjs writes it).
    let index_br: [u8; 25] = [
        27, 32, 0, 248, 141, 84, 181, 191, 126, 225, 129, 155, 19, 97, 89, 8, 43, 194, 100, 0, 24,
        168, 112, 185, 19,
    ];
    std::fs::write(dist.join("index.html.br"), index_br).unwrap();
    std::fs::write(
        dist.join("app-0123456789abcdef_bg.wasm"),
        b"\0asm\x01\0\0\0",
    )
    .unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js"), "console.log('plain')").unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js.br"), b"brotli-bytes").unwrap();
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database: dir.path().join("data").join("expocx.db"),
        dist,
        demo: true,
        cors_origins: o.cors_origins,
        trusted_proxies: expocx_server::proxy::TrustedProxies::parse(&o.trusted_proxies).unwrap(),
        offers: o.offers,
        orders: o.orders,
        catalog_size: None,
        exhibitor_orders: None,
        exhibitor_quotes: None,
        exhibitor_leads: None,
        campaign_members: None,
        demo_history: false,
        test_payments: o.test_payments,
        wechat: o.wechat,
        wechat_pay: o.wechat_pay,
        wechat_mini: o.wechat_mini,
        root_files: o.root_files,
        public_url: "https://shop.example".into(),
    }
}

pub async fn start_opts(o: Options) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let config = config(&dir, o);
    start_with(config, dir).await
}

/// A server with `config` (its database and dist inside `dir`).
pub async fn start_with(config: Config, dir: tempfile::TempDir) -> TestServer {
    let db_path = config.database.clone();
    let app = build(&config).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(async move { serve_on(listener, app, std::future::pending()).await });
    TestServer {
        base: format!("http://{addr}"),
        _dir: dir,
        db_path,
    }
}

/// A pickup slot's body: expo day `day` of December, `from` to `to` o'clock venue time (UTC+8).
pub fn slot(day: u32, from: u32, to: u32, capacity: u32) -> Value {
    // Venue time is UTC+8: 10:00 venue = 02:00Z.
    json!({
        "starts_at": format!("2026-12-{day:02}T{:02}:00:00Z", from - 8),
        "ends_at": format!("2026-12-{day:02}T{:02}:00:00Z", to - 8),
        "capacity": capacity
    })
}
