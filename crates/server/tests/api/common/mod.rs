//! A real server on a free port, over a temporary SQLite file with the demo data, and a typed
//! client for it (so tests say what they do, not how to build a request).

use std::net::SocketAddr;
use std::path::PathBuf;

use expocx_contract::{CartView, DeviceKey, Order, PaymentStart, Photo, Problem, Session};
use expocx_server::db::offers::OfferRules;
use expocx_server::rules::orders::OrderRules;
use expocx_server::{build, serve_on, Config};
use reqwest::{header, Client, Method, RequestBuilder, Response, StatusCode};
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
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db_path).unwrap()
    }

    /// An anonymous visitor.
    pub fn anon(&self) -> Api {
        Api {
            base: self.base.clone(),
            token: None,
            client: client(),
        }
    }

    /// A new account, signed in.
    pub async fn visitor(&self, email: &str) -> Api {
        let s = self.anon().register(email).await;
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
        assert_eq!(r.status(), StatusCode::OK, "staff sign-in");
        let session: Session = r.json().await.unwrap();
        let exhibitor = session.user.exhibitor_id.unwrap();
        (self.anon().with_token(&session.token), exhibitor)
    }

    /// A browser's device key, issued by the server.
    pub async fn device(&self) -> String {
        let r = self.anon().post("/api/v1/devices", &json!({})).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        r.json::<DeviceKey>().await.unwrap().device_id
    }
}

/// Server options a test may change.
pub struct Options {
    pub offers: OfferRules,
    pub orders: OrderRules,
    pub test_payments: bool,
    pub cors_origins: Vec<String>,
    pub wechat: Option<expocx_server::wechat::WechatConfig>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            offers: OfferRules::default(),
            orders: OrderRules::default(),
            test_payments: true,
            cors_origins: vec!["https://shop.example".into()],
            wechat: None,
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
        offers: o.offers,
        orders: o.orders,
        catalog_size: None,
        exhibitor_orders: None,
        test_payments: o.test_payments,
        wechat: o.wechat,
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

pub fn client() -> Client {
    Client::builder().no_gzip().no_brotli().build().unwrap()
}

pub async fn problem(resp: Response) -> Problem {
    assert_eq!(
        resp.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    resp.json().await.unwrap()
}

/// A client of the API, signed in or not.
#[derive(Clone)]
pub struct Api {
    pub base: String,
    pub token: Option<String>,
    client: Client,
}

impl Api {
    pub fn with_token(mut self, token: &str) -> Api {
        self.token = Some(token.to_string());
        self
    }

    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let r = self.client.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(t) => r.bearer_auth(t),
            None => r,
        }
    }

    pub async fn get(&self, path: &str) -> Response {
        self.request(Method::GET, path).send().await.unwrap()
    }

    pub async fn post(&self, path: &str, body: &Value) -> Response {
        self.request(Method::POST, path)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn put(&self, path: &str, body: &Value) -> Response {
        self.request(Method::PUT, path)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn delete(&self, path: &str, body: &Value) -> Response {
        self.request(Method::DELETE, path)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// `GET` answering 200 with `T`.
    pub async fn ok<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        let r = self.get(path).await;
        assert_eq!(r.status(), StatusCode::OK, "GET {path}");
        r.json().await.unwrap()
    }

    /// Places an order of `quantity` × `item` (from [`TestServer::pickup_item`]) for pickup, at
    /// the quoted total.
    pub async fn place(&self, item: (i64, i64, i64), quantity: u32) -> Order {
        self.place_many(&[(item, quantity)]).await
    }

    /// The backend's view of `cart` (prices, stock, coupon and offer as they are now).
    pub async fn quote(&self, cart: &Value) -> CartView {
        self.post("/api/v1/cart/quote", cart)
            .await
            .json()
            .await
            .unwrap()
    }

    /// Places one order of several items (each picked up at its exhibitor's slot).
    pub async fn place_many(&self, items: &[((i64, i64, i64), u32)]) -> Order {
        let lines: Vec<Value> = items
            .iter()
            .map(|((product, _, _), quantity)| json!({"product_id": product, "quantity": quantity}))
            .collect();
        let fulfilment: Vec<Value> = items
            .iter()
            .map(|((_, exhibitor, slot), _)| {
                json!({"method": "pickup", "exhibitor_id": exhibitor, "slot_id": slot})
            })
            .collect();
        let cart = json!({ "lines": lines });
        let view: CartView = self.quote(&cart).await;
        let body = json!({
            "cart": cart,
            "fulfilment": fulfilment,
            "expected_total_minor": view.total.amount_minor,
        });
        let r = self
            .request(Method::POST, "/api/v1/orders")
            .header("Idempotency-Key", key())
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED, "place order");
        r.json().await.unwrap()
    }

    /// Pays an order with the test provider.
    pub async fn pay(&self, order_id: i64) {
        let r = self
            .post(
                &format!("/api/v1/orders/{order_id}/payments"),
                &json!({"provider": "test"}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED, "start payment");
        let PaymentStart::Test { payment_id } = r.json().await.unwrap() else {
            panic!("not the test provider")
        };
        let r = self
            .post(
                &format!("/api/v1/payments/test/{payment_id}"),
                &json!({"succeed": true}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::NO_CONTENT, "complete payment");
    }

    /// Uploads a (tiny) PNG photo.
    pub async fn upload_png(&self) -> Photo {
        let r = self
            .request(Method::POST, "/api/v1/me/photos")
            .header(header::CONTENT_TYPE, "image/png")
            .body(PNG.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::CREATED, "upload");
        r.json().await.unwrap()
    }

    pub async fn register(&self, email: &str) -> Session {
        let r = self
            .post(
                "/api/v1/auth/register",
                &json!({"email": email, "password": PASSWORD, "display_name": "Shopper"}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::CREATED, "register {email}");
        r.json().await.unwrap()
    }

    pub async fn login(&self, email: &str, password: &str) -> Response {
        self.post(
            "/api/v1/auth/login",
            &json!({"email": email, "password": password}),
        )
        .await
    }

    /// Decides `purposes` under the current policy (as the account, or for `device`).
    pub async fn consent(&self, device: Option<&str>, purposes: &[(&str, bool)]) -> Response {
        let policy: Value = self.ok("/api/v1/consent/policy").await;
        let decisions: Vec<Value> = purposes
            .iter()
            .map(|(p, g)| json!({"purpose": p, "granted": g}))
            .collect();
        let mut body = json!({"policy_version": policy["version"], "channel": "privacy_center", "decisions": decisions});
        if let Some(d) = device {
            body["device_id"] = json!(d);
        }
        self.put("/api/v1/consent", &body).await
    }
}

/// A fresh idempotency key.
pub fn key() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!(
        "test-key-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
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

/// A request with an optional `If-Match` and an optional JSON body.
pub async fn send(
    who: &Api,
    method: Method,
    path: &str,
    tag: Option<&str>,
    body: Option<Value>,
) -> reqwest::Response {
    let mut r = who.request(method, path);
    if let Some(t) = tag {
        r = r.header("If-Match", t);
    }
    if let Some(b) = body {
        r = r.json(&b);
    }
    r.send().await.unwrap()
}
