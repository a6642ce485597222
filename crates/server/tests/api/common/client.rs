//! A typed client of the API, signed in or not, so tests say what they do, not how to build a
//! request.

use expocx_contract::{CartView, Order, PaymentStart, Photo, PickupSlot, Problem, Session};
use reqwest::header::{self, HeaderName};
use reqwest::{Client, Method, RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::{PASSWORD, PNG};

/// An HTTP client that leaves compressed answers as they came (tests look at the encoding).
pub fn client() -> Client {
    Client::builder().no_gzip().no_brotli().build().unwrap()
}

/// An answer's problem details (and that it says it is one).
pub async fn problem(resp: Response) -> Problem {
    assert_eq!(
        resp.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    resp.json().await.unwrap()
}

/// An answer's JSON body, after checking its status.
pub async fn answer<T: DeserializeOwned>(resp: Response, status: StatusCode) -> T {
    assert_eq!(resp.status(), status, "{}", resp.url());
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
    pub fn new(base: &str) -> Api {
        Api {
            base: base.to_string(),
            token: None,
            client: client(),
        }
    }

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

    /// `GET` with request headers (`If-None-Match`, `Origin`, `Accept-Encoding`, ...).
    pub async fn get_with(&self, path: &str, headers: &[(HeaderName, &str)]) -> Response {
        let mut r = self.request(Method::GET, path);
        for (name, value) in headers {
            r = r.header(name, *value);
        }
        r.send().await.unwrap()
    }

    pub async fn post(&self, path: &str, body: &Value) -> Response {
        self.send_json(Method::POST, path, body).await
    }

    /// `POST` with an `Idempotency-Key`.
    pub async fn post_keyed(&self, path: &str, key: &str, body: &Value) -> Response {
        self.request(Method::POST, path)
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn put(&self, path: &str, body: &Value) -> Response {
        self.send_json(Method::PUT, path, body).await
    }

    pub async fn delete(&self, path: &str, body: &Value) -> Response {
        self.send_json(Method::DELETE, path, body).await
    }

    async fn send_json(&self, method: Method, path: &str, body: &Value) -> Response {
        self.request(method, path).json(body).send().await.unwrap()
    }

    /// `GET` answering 200 with `T`.
    pub async fn ok<T: DeserializeOwned>(&self, path: &str) -> T {
        let r = self.get(path).await;
        assert_eq!(r.status(), StatusCode::OK, "GET {path}");
        r.json().await.unwrap()
    }

    /// An exhibitor's pickup slots.
    pub async fn pickup_slots(&self, exhibitor: i64) -> Vec<PickupSlot> {
        self.ok(&format!("/api/v1/exhibitors/{exhibitor}/pickup-slots"))
            .await
    }

    /// Places an order of `quantity` × `item` (from [`TestServer::pickup_item`]) for pickup, at
    /// the quoted total.
    ///
    /// [`TestServer::pickup_item`]: super::TestServer::pickup_item
    pub async fn place(&self, item: (i64, i64, i64), quantity: u32) -> Order {
        self.place_many(&[(item, quantity)]).await
    }

    /// The backend's view of `cart` (prices, stock, coupon and offer as they are now).
    pub async fn quote(&self, cart: &Value) -> CartView {
        answer(self.post("/api/v1/cart/quote", cart).await, StatusCode::OK).await
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
        let r = self.post_keyed("/api/v1/orders", &key(), &body).await;
        answer(r, StatusCode::CREATED).await
    }

    /// Starts paying an order with the test provider: the payment's id.
    pub async fn start_test_payment(&self, order_id: i64) -> String {
        let path = format!("/api/v1/orders/{order_id}/payments");
        let r = self.post(&path, &json!({"provider": "test"})).await;
        let PaymentStart::Test { payment_id } = answer(r, StatusCode::CREATED).await else {
            panic!("not the test provider")
        };
        payment_id
    }

    /// Completes a test payment, as paid or declined.
    pub async fn complete_test_payment(&self, payment_id: &str, succeed: bool) -> Response {
        let path = format!("/api/v1/payments/test/{payment_id}");
        self.post(&path, &json!({ "succeed": succeed })).await
    }

    /// Pays an order with the test provider.
    pub async fn pay(&self, order_id: i64) {
        let payment = self.start_test_payment(order_id).await;
        let r = self.complete_test_payment(&payment, true).await;
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
        answer(r, StatusCode::CREATED).await
    }

    pub async fn register(&self, email: &str) -> Session {
        self.sign_up(email, "Shopper").await
    }

    /// A new account named `name`, with [`PASSWORD`].
    pub async fn sign_up(&self, email: &str, name: &str) -> Session {
        let body = json!({"email": email, "password": PASSWORD, "display_name": name});
        let r = self.post("/api/v1/auth/register", &body).await;
        answer(r, StatusCode::CREATED).await
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

    /// [`Api::consent`], checking that the decisions were recorded.
    pub async fn decide(&self, device: Option<&str>, purposes: &[(&str, bool)]) {
        let r = self.consent(device, purposes).await;
        assert_eq!(r.status(), StatusCode::OK, "consent {purposes:?}");
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

/// A request with an optional `If-Match` and an optional JSON body.
pub async fn send(
    who: &Api,
    method: Method,
    path: &str,
    tag: Option<&str>,
    body: Option<Value>,
) -> Response {
    let mut r = who.request(method, path);
    if let Some(t) = tag {
        r = r.header("If-Match", t);
    }
    if let Some(b) = body {
        r = r.json(&b);
    }
    r.send().await.unwrap()
}
