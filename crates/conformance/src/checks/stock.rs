//! No oversell: the booth's own product with three units, eight buyers at the same moment;
//! three orders are placed, five are told the cart changed, and the product is sold out.
//! (It adds one product to the first exhibitor's catalog and takes it off the storefront again.)

use reqwest::Method;
use serde_json::json;
use tokio::task::JoinSet;

use super::orders::{cart, new_key, order_body, place, Item};
use super::staff::staff_of;
use super::{on, problem, Ctx, Recorder};
use crate::client::{Client, Session};

/// Units in stock, and buyers who each want one at the same moment.
const UNITS: u32 = 3;
const BUYERS: usize = 8;

/// The three languages of a name the kit writes.
fn text(s: &str) -> serde_json::Value {
    json!({"zh-Hans": s, "zh-Hant": s, "en": s})
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let Some((staff, exhibitor)) = staff_of(ctx, rec, "stock").await else {
        return;
    };
    let made = product(c, &staff, exhibitor).await;
    let Some(item) = rec.passed(
        "staff_add_a_product_with_three_units",
        "POST /exhibitor/products (published, stock 3): 201 with `id`; a pickup slot of the exhibitor with room for 8 (GET /exhibitors/{id}/pickup-slots)",
        made,
    ) else {
        return;
    };

    let burst = burst(c, &item).await;
    let refused = burst.as_ref().ok().cloned();
    rec.record(
        "a_burst_of_buyers_never_oversells",
        "8 buyers order 1 of 3 units at once: 3 × 201, 5 × 409 problem `cart_changed`",
        burst.map(|_| ()),
    );
    if let Some(token) = refused {
        rec.record(
            "a_refused_buyers_cart_says_what_sold_out",
            "POST /cart/quote of a refused buyer's cart: 200, its line with `stock` 0, `quantity` 0 and a notice",
            on(c.post("/cart/quote", Some(&token), cart(&item)).await, |r| {
                r.expect_status(200)?;
                let line = &r.json["groups"][0]["lines"][0];
                let told = line["notices"].as_array().is_some_and(|n| !n.is_empty());
                match (line["stock"].as_i64(), line["quantity"].as_i64(), told) {
                    (Some(0), Some(0), true) => Ok(()),
                    _ => Err(r.brief()),
                }
            }),
        );
    }
    rec.record(
        "the_product_is_sold_out_after_the_burst",
        "GET /products/{id}: `stock` 0",
        on(
            c.get(&format!("/products/{}", item.product), None).await,
            |r| match r.json["stock"].as_i64() {
                Some(0) => Ok(()),
                _ => Err(r.brief()),
            },
        ),
    );

    // Off the storefront again: the kit's product is not for sale.
    let path = format!("/exhibitor/products/{}", item.product);
    if let Ok(r) = c.get(&path, staff.token()).await {
        if let Some(tag) = r.headers.get("etag").and_then(|t| t.to_str().ok()) {
            let _ = c
                .req(Method::PATCH, &path)
                .token(staff.token())
                .header("If-Match", tag)
                .json(json!({"published": false}))
                .send()
                .await;
        }
    }
}

/// A product of `exhibitor` with [`UNITS`] units, published, and a slot with room for every
/// buyer.
async fn product(c: &Client, staff: &Session, exhibitor: i64) -> Result<Item, String> {
    let categories = c.get("/categories", None).await?;
    categories.expect_status(200)?;
    let category = categories.json[0]["id"]
        .as_i64()
        .ok_or_else(|| format!("no category: {}", categories.brief()))?;
    let draft = json!({
        "name": text("Conformance kit: three units"),
        "description": text("Made by the conformance kit to prove no oversell."),
        "category_id": category,
        "price_minor": 1000,
        "stock": UNITS,
        "published": true,
    });
    let r = c.post("/exhibitor/products", staff.token(), draft).await?;
    r.expect_status(201)?;
    let product = r.json["id"].as_i64().ok_or("no integer `id`")?;
    let slots = c
        .get(&format!("/exhibitors/{exhibitor}/pickup-slots"), None)
        .await?;
    let slot = slots.json.as_array().and_then(|s| {
        s.iter()
            .find(|s| s["remaining"].as_u64().unwrap_or(0) >= BUYERS as u64)
            .and_then(|s| s["id"].as_i64())
    });
    let slot = slot.ok_or_else(|| format!("no slot with room for {BUYERS}: {}", slots.brief()))?;
    Ok(Item {
        product,
        option: None,
        exhibitor,
        slot,
    })
}

/// Registers the buyers, quotes each one's cart, then places every order at once: the token
/// of a buyer who was refused.
async fn burst(c: &Client, item: &Item) -> Result<String, String> {
    let mut ready = Vec::new();
    for _ in 0..BUYERS {
        let buyer = c.register("stock").await?;
        let quote = c.post("/cart/quote", buyer.token(), cart(item)).await?;
        quote.expect_status(200)?;
        let total = quote.json["total"]["amount_minor"].as_i64().unwrap_or(0);
        ready.push((buyer.token, order_body(item, total)));
    }
    let mut set = JoinSet::new();
    for (token, body) in ready {
        let c = c.clone();
        set.spawn(async move { (place(&c, &token, &new_key(), &body).await, token) });
    }
    let (mut placed, mut refused) = (0, Vec::new());
    while let Some(answer) = set.join_next().await {
        let (r, token) = answer.map_err(|e| e.to_string())?;
        let r = r?;
        match r.status {
            201 => placed += 1,
            _ => {
                problem(&r, 409, "cart_changed")?;
                refused.push(token);
            }
        }
    }
    if placed == UNITS as usize && refused.len() == BUYERS - UNITS as usize {
        Ok(refused.swap_remove(0))
    } else {
        Err(format!("{placed} placed, {} refused", refused.len()))
    }
}
