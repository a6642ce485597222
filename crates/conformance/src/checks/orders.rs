//! A visitor's order: quoted, placed once per `Idempotency-Key`, its units taken from stock and
//! given back when it is cancelled, and nobody else's to read or cancel.

use serde_json::{json, Value};

use super::{on, problem, registered, shapes, Ctx, Recorder};
use crate::client::{Client, Reply};

/// Something to order: a product (with its first option, if it has options) and a pickup slot
/// of its exhibitor with room.
pub(crate) struct Item {
    pub product: i64,
    pub option: Option<String>,
    pub exhibitor: i64,
    pub slot: i64,
}

pub(crate) const FIND_ITEM: &str =
    "a product in stock that quotes unchanged, with a pickup slot with room (GET /products, /products/{id}, /exhibitors/{id}/pickup-slots)";

/// Finds an [`Item`] through the catalog (of `exhibitor` only, when given).
pub(crate) async fn find_item(c: &Client, exhibitor: Option<i64>) -> Result<Item, String> {
    let filter = exhibitor
        .map(|e| format!("&exhibitor={e}"))
        .unwrap_or_default();
    let list = c.get(&format!("/products?limit=100{filter}"), None).await?;
    list.expect_status(200)?;
    let items = shapes::page(&list.json)?;
    let candidates = items
        .iter()
        .filter(|p| p["stock"].as_u64().unwrap_or(0) >= 5);
    for p in candidates.take(12) {
        let (Some(product), Some(exhibitor)) = (p["id"].as_i64(), p["exhibitor_id"].as_i64())
        else {
            continue;
        };
        let detail = c.get(&format!("/products/{product}"), None).await?;
        if detail.status != 200 || detail.json["configurable"] == true {
            continue;
        }
        let option = detail.json["options"][0]["id"].as_str().map(str::to_string);
        let mut item = Item {
            product,
            option,
            exhibitor,
            slot: 0,
        };
        let quote = c.post("/cart/quote", None, cart(&item)).await?;
        if quote.status != 200 || quote.json["changed"] == true {
            continue;
        }
        let slots = c
            .get(&format!("/exhibitors/{exhibitor}/pickup-slots"), None)
            .await?;
        let roomiest = slots.json.as_array().and_then(|s| {
            s.iter()
                .filter(|s| s["remaining"].as_u64().unwrap_or(0) >= 1)
                .max_by_key(|s| s["remaining"].as_u64())
        });
        if let Some(slot) = roomiest.and_then(|s| s["id"].as_i64()) {
            item.slot = slot;
            return Ok(item);
        }
    }
    Err("no product in stock with a pickup slot with room".into())
}

/// A cart of one unit of `item`.
pub(crate) fn cart(item: &Item) -> Value {
    let mut line = json!({"product_id": item.product, "quantity": 1});
    if let Some(o) = &item.option {
        line["option_id"] = json!(o);
    }
    json!({"lines": [line]})
}

/// The body placing `item` for pickup at `total` (minor units, as quoted).
pub(crate) fn order_body(item: &Item, total: i64) -> Value {
    json!({
        "cart": cart(item),
        "fulfilment": [{"method": "pickup", "exhibitor_id": item.exhibitor, "slot_id": item.slot}],
        "expected_total_minor": total,
    })
}

/// Places `body` with `key` as `token`.
pub(crate) async fn place(
    c: &Client,
    token: &str,
    key: &str,
    body: &Value,
) -> Result<Reply, String> {
    let r = c.req(reqwest::Method::POST, "/orders").token(Some(token));
    r.header("Idempotency-Key", key)
        .json(body.clone())
        .send()
        .await
}

/// A key nobody has used.
pub(crate) fn new_key() -> String {
    crate::client::unique_email("key").replace('@', "-")
}

/// `r` is an order: 201/200 with an integer `id`, a `number`, money totals, RFC 3339 `placed_at`.
fn order(r: &Reply, status: u16) -> Result<i64, String> {
    r.expect_status(status)?;
    if !r.json["number"].is_string() {
        return Err(format!("no `number`: {}", r.brief()));
    }
    shapes::money(&r.json["total"], "`total`")?;
    shapes::rfc3339(&r.json["placed_at"], "`placed_at`")?;
    r.json["id"]
        .as_i64()
        .ok_or_else(|| format!("no integer `id`: {}", r.brief()))
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let Some(ada) = registered(ctx, rec, "register_a_visitor").await else {
        return;
    };
    let item = find_item(c, None).await;
    let found = item.as_ref().map(|_| ()).map_err(Clone::clone);
    let (true, Ok(item)) = (
        rec.record("catalog_offers_an_item_for_pickup", FIND_ITEM, found),
        item,
    ) else {
        return;
    };

    let r = c.post("/cart/quote", Some(&ada.token), cart(&item)).await;
    let mut total = 0;
    let quoted = rec.record(
        "cart_quote_prices_the_cart",
        "POST /cart/quote: 200 with `item_count` 1 and `subtotal`, `discount`, `total` as money",
        on(r, |r| {
            r.expect_status(200)?;
            for member in ["subtotal", "discount", "total"] {
                shapes::money(&r.json[member], &format!("`{member}`"))?;
            }
            total = r.json["total"]["amount_minor"].as_i64().unwrap_or(0);
            match r.json["item_count"].as_u64() {
                Some(1) => Ok(()),
                _ => Err(format!("`item_count` {}", r.json["item_count"])),
            }
        }),
    );
    if !quoted {
        return;
    }

    let key = new_key();
    let body = order_body(&item, total);
    let mut id = 0;
    let before = stock(c, &item).await;
    let placed = rec.record(
        "order_is_placed_with_an_idempotency_key",
        "POST /orders with `Idempotency-Key`: 201 with `id`, `number`, `total`, RFC 3339 `placed_at`",
        on(place(c, &ada.token, &key, &body).await, |r| {
            id = order(r, 201)?;
            Ok(())
        }),
    );
    if !placed {
        return;
    }
    let after = stock(c, &item).await;
    rec.record(
        "placing_an_order_takes_its_units_from_stock",
        "GET /products/{id}: `stock` one less after an order of one (on a backend nobody else is buying from)",
        moved(before, after, -1),
    );

    rec.record(
        "same_key_and_body_answer_the_same_order",
        "POST /orders again with the same key and body: 200 with the same `id`",
        on(place(c, &ada.token, &key, &body).await, |r| {
            match order(r, 200)? {
                same if same == id => Ok(()),
                other => Err(format!("another order, {other} (the first was {id})")),
            }
        }),
    );

    let mut other = body.clone();
    other["cart"]["lines"][0]["quantity"] = json!(2);
    rec.record(
        "same_key_with_another_body_answers_422_idempotency_conflict",
        "POST /orders with the same key and another body: 422 problem `idempotency_conflict`",
        on(place(c, &ada.token, &key, &other).await, |r| {
            problem(r, 422, "idempotency_conflict")
        }),
    );

    rec.record(
        "the_owner_reads_the_order",
        "GET /orders/{id} as its owner: 200 with the same `id`",
        on(
            c.get(&format!("/orders/{id}"), Some(&ada.token)).await,
            |r| {
                r.expect_status(200)?;
                (r.json["id"] == id).then_some(()).ok_or_else(|| r.brief())
            },
        ),
    );

    rec.record(
        "the_owners_order_list_holds_the_order",
        "GET /orders: a page whose `items` hold the order",
        on(c.get("/orders", Some(&ada.token)).await, |r| {
            r.expect_status(200)?;
            let items = shapes::page(&r.json)?;
            match items.iter().any(|o| o["id"] == id) {
                true => Ok(()),
                false => Err(format!("order {id} is not listed: {}", r.brief())),
            }
        }),
    );

    let Some(bo) = registered(ctx, rec, "register_a_second_visitor").await else {
        return;
    };
    rec.record(
        "another_visitor_gets_404_on_the_order",
        "GET /orders/{id} as another visitor: 404 problem `not_found`",
        on(
            c.get(&format!("/orders/{id}"), Some(&bo.token)).await,
            |r| problem(r, 404, "not_found"),
        ),
    );
    let path = format!("/orders/{id}/cancel");
    rec.record(
        "another_visitor_cannot_cancel_the_order",
        "POST /orders/{id}/cancel as another visitor: 404 problem `not_found`",
        on(c.post(&path, Some(&bo.token), json!({})).await, |r| {
            problem(r, 404, "not_found")
        }),
    );

    // Another order of the same, which its owner cancels: the unit comes back.
    let placed = place(c, &ada.token, &new_key(), &body).await;
    let before = stock(c, &item).await;
    let cancelled = async {
        let second = order(&placed?, 201)?;
        let path = format!("/orders/{second}/cancel");
        c.post(&path, Some(&ada.token), json!({}))
            .await?
            .expect_status(200)
    }
    .await;
    let after = stock(c, &item).await;
    rec.record(
        "cancelling_gives_the_units_back",
        "another order of one (201), cancelled by its owner before payment: 200, and `stock` one more",
        cancelled.and_then(|()| moved(before, after, 1)),
    );
}

/// The product's `stock` as the catalog answers it.
async fn stock(c: &Client, item: &Item) -> Result<i64, String> {
    let r = c.get(&format!("/products/{}", item.product), None).await?;
    r.expect_status(200)?;
    r.json["stock"]
        .as_i64()
        .ok_or_else(|| format!("no integer `stock`: {}", r.brief()))
}

/// The stock went from `from` to `from + by`.
fn moved(from: Result<i64, String>, to: Result<i64, String>, by: i64) -> Result<(), String> {
    match (from?, to?) {
        (from, to) if to - from == by => Ok(()),
        (from, to) => Err(format!("`stock` went from {from} to {to}")),
    }
}
