//! The operations under load, each run by a fixed number of workers for a fixed time: a worker
//! sends its next request as soon as the previous answer is read (closed loop).

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::{Client, RequestBuilder, StatusCode};
use serde_json::{json, Value};

use crate::stats::{Outcome, Recorder};

/// What every worker shares: the server, the accounts and the catalog found at setup.
pub struct Ctx {
    pub base: String,
    pub client: Client,
    /// Session tokens of the shoppers.
    pub shoppers: Vec<String>,
    /// Session token of the tea booth's staff.
    pub staff: String,
    pub categories: Vec<i64>,
    pub products: Vec<Item>,
    /// The expo's first and last day (`YYYY-MM-DD`).
    pub days: (String, String),
    pub concurrency: usize,
    /// Products whose order was answered "sold out", by index in `products`.
    pub sold_out: Vec<AtomicBool>,
    next_item: AtomicUsize,
    keys: AtomicU64,
}

/// A product in stock, with the option an order picks and the total a one-unit cart quotes.
#[derive(Clone)]
pub struct Item {
    pub id: i64,
    pub exhibitor: i64,
    pub option: Option<String>,
    pub total_minor: i64,
}

impl Item {
    pub fn line(&self) -> Value {
        match &self.option {
            Some(o) => json!({"product_id": self.id, "option_id": o, "quantity": 1}),
            None => json!({"product_id": self.id, "quantity": 1}),
        }
    }
}

impl Ctx {
    pub fn new(base: String, client: Client, shoppers: Vec<String>, staff: String) -> Ctx {
        Ctx {
            base,
            client,
            shoppers,
            staff,
            categories: Vec::new(),
            products: Vec::new(),
            days: (String::new(), String::new()),
            concurrency: 1,
            sold_out: Vec::new(),
            next_item: AtomicUsize::new(0),
            keys: AtomicU64::new(0),
        }
    }

    pub fn get(&self, path: &str) -> RequestBuilder {
        self.client.get(format!("{}/api/v1{path}", self.base))
    }

    pub fn post(&self, path: &str, body: &Value) -> RequestBuilder {
        self.client
            .post(format!("{}/api/v1{path}", self.base))
            .json(body)
    }

    /// The next product not known to be sold out, round-robin; `None` when all are.
    fn next_item(&self) -> Option<usize> {
        let n = self.products.len();
        (0..n)
            .map(|_| self.next_item.fetch_add(1, Ordering::Relaxed) % n)
            .find(|&i| !self.sold_out[i].load(Ordering::Relaxed))
    }
}

/// Sends `req` and reads the whole body: (time taken, status and body, or `None` without an
/// answer).
pub async fn send(req: RequestBuilder) -> (Duration, Option<(StatusCode, Value)>) {
    let start = Instant::now();
    let answer = match req.send().await {
        Ok(r) => {
            let status = r.status();
            r.bytes()
                .await
                .ok()
                .map(|b| (status, serde_json::from_slice(&b).unwrap_or(Value::Null)))
        }
        Err(_) => None,
    };
    (start.elapsed(), answer)
}

/// How the answer counts; the run's first error is printed with its body (what went wrong).
fn outcome(op: &str, answer: &Option<(StatusCode, Value)>, expect: StatusCode) -> Outcome {
    static SHOWN: AtomicBool = AtomicBool::new(false);
    let result = match answer {
        Some((s, _)) if *s == expect => Outcome::Ok,
        Some((s, _)) => Outcome::Error(s.as_u16()),
        None => Outcome::Error(0),
    };
    if matches!(result, Outcome::Error(_)) && !SHOWN.swap(true, Ordering::Relaxed) {
        eprintln!("first error, {op}: {answer:?}");
    }
    result
}

/// The server's answers to an order of a product that sold out: `409 cart_changed` (servers
/// before 2026-12-06 answered `422`
/// naming `cart` when the cart's only line sold out).
fn sold_out(answer: &Option<(StatusCode, Value)>) -> bool {
    match answer {
        Some((StatusCode::CONFLICT, v)) => v["code"] == "cart_changed",
        Some((StatusCode::UNPROCESSABLE_ENTITY, v)) => v["errors"][0]["field"] == "cart",
        _ => false,
    }
}

/// Runs `worker(index, deadline)` on `concurrency` tasks; their records merged, and how long the
/// phase took until the last answer.
pub async fn phase<F, Fut>(ctx: &Ctx, duration: Duration, worker: F) -> (Recorder, Duration)
where
    F: Fn(usize, Instant) -> Fut,
    Fut: Future<Output = Recorder> + Send + 'static,
{
    let start = Instant::now();
    let deadline = start + duration;
    let tasks: Vec<_> = (0..ctx.concurrency)
        .map(|w| tokio::spawn(worker(w, deadline)))
        .collect();
    let mut all = Recorder::default();
    for t in tasks {
        all.merge(t.await.expect("a load worker panicked"));
    }
    (all, start.elapsed())
}

/// A request of a read-only operation, the `i`-th of its worker.
pub type MakeRequest = fn(&Ctx, usize) -> RequestBuilder;

/// Sends `make`'s requests until `deadline`, each expecting `200`.
pub async fn reads(
    ctx: Arc<Ctx>,
    op: &'static str,
    make: MakeRequest,
    worker: usize,
    deadline: Instant,
) -> Recorder {
    let mut rec = Recorder::default();
    let mut i = worker;
    while Instant::now() < deadline {
        let (took, answer) = send(make(&ctx, i)).await;
        rec.add(op, took, outcome(op, &answer, StatusCode::OK));
        i += ctx.concurrency;
    }
    rec
}

/// Product list filtered by category, sorted by price.
pub fn product_list(ctx: &Ctx, i: usize) -> RequestBuilder {
    let category = ctx.categories[i % ctx.categories.len()];
    ctx.get(&format!("/products?category={category}&sort=price_asc"))
}

pub fn one_product(ctx: &Ctx, i: usize) -> RequestBuilder {
    ctx.get(&format!(
        "/products/{}",
        ctx.products[i % ctx.products.len()].id
    ))
}

/// A quote of a three-line cart, as a visitor who is not signed in.
pub fn quote(ctx: &Ctx, i: usize) -> RequestBuilder {
    let n = ctx.products.len();
    let lines: Vec<Value> = (0..3)
        .map(|k| ctx.products[(i * 3 + k * 7) % n].line())
        .collect();
    ctx.post("/cart/quote", &json!({"lines": lines}))
}

/// The tea booth's orders, newest first.
pub fn portal_orders(ctx: &Ctx, _: usize) -> RequestBuilder {
    ctx.get("/exhibitor/orders").bearer_auth(&ctx.staff)
}

/// The tea booth's dashboard over the expo's days.
pub fn portal_dashboard(ctx: &Ctx, _: usize) -> RequestBuilder {
    let (from, to) = &ctx.days;
    ctx.get(&format!("/exhibitor/dashboard?from={from}&to={to}"))
        .bearer_auth(&ctx.staff)
}

pub const PLACE: &str = "order: place (POST /orders)";
pub const START_PAY: &str = "order: start payment";
pub const COMPLETE_PAY: &str = "order: complete test payment";
pub const FLOW: &str = "order: place + pay (3 requests)";

/// Places one-unit delivery orders with this worker's accounts and pays each at once with the
/// test provider, until `deadline` or until every product is sold out. A worker has accounts of
/// its own and pays before its next order, so no account ever has more than one unpaid order.
pub async fn orders(ctx: Arc<Ctx>, worker: usize, deadline: Instant) -> Recorder {
    let mut rec = Recorder::default();
    let mine: Vec<&String> = ctx
        .shoppers
        .iter()
        .skip(worker)
        .step_by(ctx.concurrency)
        .collect();
    let mut n = 0;
    while Instant::now() < deadline {
        let Some(item_at) = ctx.next_item() else {
            break;
        };
        let item = &ctx.products[item_at];
        let token = mine[n % mine.len()];
        n += 1;
        let start = Instant::now();
        let key = format!(
            "load-{}-{}",
            std::process::id(),
            ctx.keys.fetch_add(1, Ordering::Relaxed)
        );
        let body = json!({
            "cart": {"lines": [item.line()]},
            "fulfilment": [{"method": "delivery", "exhibitor_id": item.exhibitor}],
            "address": {"name": "李雷", "phone": "13800138000", "region": "上海市", "street": "世博大道 1 号"},
            "expected_total_minor": item.total_minor,
        });
        let req = ctx
            .post("/orders", &body)
            .bearer_auth(token)
            .header("Idempotency-Key", key);
        let (took, answer) = send(req).await;
        let placed = if sold_out(&answer) {
            Outcome::SoldOut
        } else {
            outcome(PLACE, &answer, StatusCode::CREATED)
        };
        rec.add(PLACE, took, placed);
        if placed == Outcome::SoldOut {
            ctx.sold_out[item_at].store(true, Ordering::Relaxed);
        }
        let Some(order) = answer
            .filter(|_| placed == Outcome::Ok)
            .map(|(_, v)| v["id"].clone())
        else {
            continue;
        };
        let req = ctx
            .post(
                &format!("/orders/{order}/payments"),
                &json!({"provider": "test"}),
            )
            .bearer_auth(token);
        let (took, answer) = send(req).await;
        let started = outcome(START_PAY, &answer, StatusCode::CREATED);
        rec.add(START_PAY, took, started);
        let Some(payment) = answer
            .filter(|_| started == Outcome::Ok)
            .and_then(|(_, v)| v["payment_id"].as_str().map(String::from))
        else {
            continue;
        };
        let req = ctx
            .post(
                &format!("/payments/test/{payment}"),
                &json!({"succeed": true}),
            )
            .bearer_auth(token);
        let (took, answer) = send(req).await;
        let paid = outcome(COMPLETE_PAY, &answer, StatusCode::NO_CONTENT);
        rec.add(COMPLETE_PAY, took, paid);
        if paid == Outcome::Ok {
            rec.add(FLOW, start.elapsed(), Outcome::Ok);
        }
    }
    rec
}
