//! A part cancellation: an order across two booths, paid; each booth cancels its part under its
//! `ETag`, and the refunds of the parts add up to what was paid.

use reqwest::Method;
use serde_json::{json, Value};

use super::orders::{find_item, new_key, place, Item};
use super::staff::sign_in;
use super::{names_field, on, registered, shapes, Ctx, Recorder};
use crate::client::{Client, Session};

/// One line of `item`, with its option.
fn line(item: &Item) -> Value {
    let mut line = json!({"product_id": item.product, "quantity": 1});
    if let Some(o) = &item.option {
        line["option_id"] = json!(o);
    }
    line
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let (Some(first), Some(second)) = (&ctx.config.staff, &ctx.config.second_staff) else {
        rec.notes
            .push("refunds: skipped (give both staff accounts)".into());
        return;
    };
    let (Ok((a, a_exhibitor)), Ok((b, b_exhibitor))) =
        (sign_in(c, first).await, sign_in(c, second).await)
    else {
        rec.notes
            .push("refunds: skipped (a staff account could not sign in)".into());
        return;
    };
    let Some(buyer) = registered(ctx, rec, "register_a_visitor").await else {
        return;
    };

    let mut paid = 0;
    let ordered = async {
        let one = find_item(c, Some(a_exhibitor)).await?;
        let two = find_item(c, Some(b_exhibitor)).await?;
        let cart = json!({"lines": [line(&one), line(&two)]});
        let quote = c.post("/cart/quote", buyer.token(), cart.clone()).await?;
        quote.expect_status(200)?;
        let total = quote.json["total"]["amount_minor"].as_i64().unwrap_or(0);
        let body = json!({
            "cart": cart,
            "fulfilment": [
                {"method": "pickup", "exhibitor_id": one.exhibitor, "slot_id": one.slot},
                {"method": "pickup", "exhibitor_id": two.exhibitor, "slot_id": two.slot},
            ],
            "expected_total_minor": total,
        });
        let r = place(c, &buyer.token, &new_key(), &body).await?;
        r.expect_status(201)?;
        let id = r.json["id"].as_i64().ok_or("no integer `id`")?;
        let path = format!("/orders/{id}/payments");
        let start = c
            .post(&path, buyer.token(), json!({"provider": "test"}))
            .await?;
        if start.status == 422 && names_field(&start, "provider").is_ok() {
            return Ok(None);
        }
        start.expect_status(201)?;
        let payment = start.json["payment_id"].as_str().unwrap_or_default();
        let path = format!("/payments/test/{payment}");
        c.post(&path, buyer.token(), json!({"succeed": true}))
            .await?
            .expect_status(204)?;
        let order = c.get(&format!("/orders/{id}"), buyer.token()).await?;
        order.expect_status(200)?;
        if order.json["payment"] != "succeeded" {
            return Err(format!("not paid: {}", order.brief()));
        }
        paid = order.json["total"]["amount_minor"].as_i64().unwrap_or(0);
        Ok(Some(id))
    }
    .await;
    if let Ok(None) = ordered {
        rec.notes.push(
            "refunds: skipped (the backend has no `test` payment provider to pay the order with)"
                .into(),
        );
        return;
    }
    let Some(Some(id)) = rec.passed(
        "an_order_across_two_booths_is_placed_and_paid",
        "POST /orders with a part per exhibitor: 201; POST /orders/{id}/payments `test` and POST /payments/test/{id}: the order's `payment` `succeeded`",
        ordered,
    ) else {
        return;
    };

    let mut cancelled = Ok(());
    for staff in [&a, &b] {
        if cancelled.is_ok() {
            cancelled = cancel_part(c, staff, id).await;
        }
    }
    rec.record(
        "each_booth_cancels_its_part_with_its_etag",
        "POST /exhibitor/orders/{id}/status `cancelled` with a reason and `If-Match`, by each exhibitor's staff: 200",
        cancelled,
    );

    rec.record(
        "part_refunds_add_up_to_what_was_paid",
        "GET /orders/{id}: each part's `cancelled.refund` is money, and together they are the order's `total`",
        on(c.get(&format!("/orders/{id}"), buyer.token()).await, |r| {
            r.expect_status(200)?;
            let parts = r.json["parts"].as_array().cloned().unwrap_or_default();
            let mut refunded = 0;
            for part in &parts {
                let refund = &part["cancelled"]["refund"];
                shapes::money(refund, "a part's `cancelled.refund`")?;
                refunded += refund["amount_minor"].as_i64().unwrap_or(0);
            }
            match refunded == paid && parts.len() == 2 {
                true => Ok(()),
                false => Err(format!(
                    "{} parts refunded {refunded} of {paid} paid",
                    parts.len()
                )),
            }
        }),
    );
}

/// `staff` cancel their exhibitor's part of order `id` under its current `ETag`.
async fn cancel_part(c: &Client, staff: &Session, id: i64) -> Result<(), String> {
    let path = format!("/exhibitor/orders/{id}");
    let r = c.get(&path, staff.token()).await?;
    r.expect_status(200)?;
    let tag = r
        .headers
        .get("etag")
        .and_then(|t| t.to_str().ok())
        .ok_or("no `ETag`")?
        .to_string();
    let step = json!({"status": "cancelled", "reason": "Conformance kit: sold out at the booth"});
    c.req(Method::POST, &format!("{path}/status"))
        .token(staff.token())
        .header("If-Match", &tag)
        .json(step)
        .send()
        .await?
        .expect_status(200)
}
