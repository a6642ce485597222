//! Every operation on something of someone else's answers `404 not_found`, whatever it would
//! do: a second visitor on a visitor's order, ticket and address, and a second exhibitor's staff
//! on the first exhibitor's order, ticket, product and pickup slot. Nothing of the owner's
//! changes. (Each body is valid, so only the owner check can refuse it.)

use reqwest::Method;
use serde_json::{json, Value};

use super::orders::{find_item, new_key, order_body, place};
use super::staff::sign_in;
use super::{names_field, on, problem, registered, Ctx, Recorder};
use crate::client::{Client, Session};

/// One call of someone else's: the check it proves, the operation and its body.
struct Call {
    check: &'static str,
    method: Method,
    path: String,
    body: Option<Value>,
}

fn call(check: &'static str, method: Method, path: String, body: Option<Value>) -> Call {
    Call {
        check,
        method,
        path,
        body,
    }
}

/// Makes every call as `who` and records each: `404 not_found`.
async fn refused(c: &Client, rec: &mut Recorder, who: &Session, calls: Vec<Call>) {
    for Call {
        check,
        method,
        path,
        body,
    } in calls
    {
        let expected = format!("{method} {path} of someone else's: 404 problem `not_found`");
        let mut r = c
            .req(method, &path)
            .token(who.token())
            .header("If-Match", "\"1\"");
        if let Some(b) = body {
            r = r.json(b);
        }
        let result = match r.send().await {
            Ok(r) => problem(&r, 404, "not_found"),
            Err(e) => Err(e),
        };
        rec.record(check, &expected, result);
    }
}

/// What the owner made: an order, a ticket about it and an address.
struct Owned {
    order: i64,
    exhibitor: i64,
    ticket: i64,
    address: i64,
}

async fn make(c: &Client, owner: &Session, exhibitor: Option<i64>) -> Result<Owned, String> {
    let item = find_item(c, exhibitor).await?;
    let quote = c
        .post("/cart/quote", owner.token(), super::orders::cart(&item))
        .await?;
    quote.expect_status(200)?;
    let total = quote.json["total"]["amount_minor"].as_i64().unwrap_or(0);
    let r = place(c, &owner.token, &new_key(), &order_body(&item, total)).await?;
    r.expect_status(201)?;
    let order = r.json["id"].as_i64().ok_or("no order `id`")?;
    let ticket = json!({"order_id": order, "category": "pickup", "subject": "Conformance kit",
        "text": "Which hall is the booth in?", "photo_ids": []});
    let r = c.post("/me/tickets", owner.token(), ticket).await?;
    r.expect_status(201)?;
    let ticket = r.json["id"].as_i64().ok_or("no ticket `id`")?;
    let r = c
        .post("/me/addresses", owner.token(), address("Ada"))
        .await?;
    r.expect_status(201)?;
    let address = r.json["id"].as_i64().ok_or("no address `id`")?;
    Ok(Owned {
        order,
        exhibitor: item.exhibitor,
        ticket,
        address,
    })
}

fn address(name: &str) -> Value {
    json!({"address": {"name": name, "phone": "13800138000", "region": "上海市",
        "street": "国家会展中心 1 号馆", "postcode": "200000"}, "is_default": false})
}

/// Both exhibitors' staff, signed in: the first one's session and exhibitor, the second's.
async fn both_staff(ctx: &Ctx<'_>, rec: &mut Recorder) -> Option<(Session, i64, Session)> {
    let c = &ctx.client;
    let (Some(first), Some(second)) = (&ctx.config.staff, &ctx.config.second_staff) else {
        rec.notes
            .push("ownership: the exhibitors' checks need both staff accounts".into());
        return None;
    };
    match (sign_in(c, first).await, sign_in(c, second).await) {
        (Ok((a, exhibitor)), Ok((b, _))) => Some((a, exhibitor, b)),
        _ => {
            rec.notes
                .push("ownership: a staff account could not sign in".into());
            None
        }
    }
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let staff = both_staff(ctx, rec).await;
    let Some(owner) = registered(ctx, rec, "register_a_visitor").await else {
        return;
    };
    // Of the first exhibitor's, when there is one: its staff are refused the order and ticket too.
    let made = make(c, &owner, staff.as_ref().map(|s| s.1)).await;
    let Some(owned) = rec.passed(
        "the_visitor_has_an_order_a_ticket_and_an_address",
        "POST /orders, POST /me/tickets (about the order), POST /me/addresses: 201 each with an `id`",
        made,
    ) else {
        return;
    };
    let Some(other) = registered(ctx, rec, "register_a_second_visitor").await else {
        return;
    };
    let (o, t, a) = (owned.order, owned.ticket, owned.address);

    // Paying needs a provider this backend has: `test` is the contract's labelled one.
    let pay = c
        .req(Method::POST, &format!("/orders/{o}/payments"))
        .token(other.token())
        .json(json!({"provider": "test"}))
        .send()
        .await;
    match pay {
        Ok(r) if r.status == 422 && names_field(&r, "provider").is_ok() => rec.notes.push(
            "ownership: the backend has no `test` payment provider; paying someone else's order was not tried".into(),
        ),
        r => {
            rec.record(
                "another_visitor_cannot_start_paying_the_order",
                &format!("POST /orders/{o}/payments of someone else's: 404 problem `not_found`"),
                on(r, |r| problem(r, 404, "not_found")),
            );
        }
    }
    let visitor_calls = vec![
        call(
            "another_visitor_gets_404_on_the_ticket",
            Method::GET,
            format!("/me/tickets/{t}"),
            None,
        ),
        call(
            "another_visitor_cannot_write_in_the_ticket",
            Method::POST,
            format!("/me/tickets/{t}/messages"),
            Some(json!({"text": "Not mine", "photo_ids": []})),
        ),
        call(
            "another_visitor_cannot_close_the_ticket",
            Method::PUT,
            format!("/me/tickets/{t}/status"),
            Some(json!({"status": "closed"})),
        ),
        call(
            "another_visitor_cannot_rate_the_ticket",
            Method::POST,
            format!("/me/tickets/{t}/rating"),
            Some(json!({"score": 1, "comment": ""})),
        ),
        call(
            "another_visitor_cannot_change_the_address",
            Method::PUT,
            format!("/me/addresses/{a}"),
            Some(address("Mallory")),
        ),
        call(
            "another_visitor_cannot_delete_the_address",
            Method::DELETE,
            format!("/me/addresses/{a}"),
            None,
        ),
    ];
    refused(c, rec, &other, visitor_calls).await;
    if let Some((first, exhibitor, second)) = &staff {
        staff_calls(c, rec, (first, *exhibitor, second), &owned).await;
    }
    let untouched = untouched(c, &owner, &owned).await;
    rec.record(
        "the_visitors_things_are_untouched",
        "as the owner: the order still awaits payment, the ticket holds one message and is open, the address is Ada's",
        untouched,
    );
}

async fn untouched(c: &Client, owner: &Session, owned: &Owned) -> Result<(), String> {
    let order = c
        .get(&format!("/orders/{}", owned.order), owner.token())
        .await?;
    if order.json["status"] != "awaiting_payment" {
        return Err(format!("the order: {}", order.brief()));
    }
    let ticket = c
        .get(&format!("/me/tickets/{}", owned.ticket), owner.token())
        .await?;
    let messages = ticket.json["messages"].as_array().map_or(0, Vec::len);
    if messages != 1 || ticket.json["status"] == "closed" {
        return Err(format!("the ticket: {}", ticket.brief()));
    }
    let list = c.get("/me/addresses", owner.token()).await?;
    let kept = list.json.as_array().is_some_and(|l| {
        l.iter()
            .any(|x| x["id"] == owned.address && x["address"]["name"] == "Ada")
    });
    kept.then_some(())
        .ok_or_else(|| format!("the address: {}", list.brief()))
}

/// The first exhibitor's product (its `stock`) and a slot of theirs (its `capacity`), as its
/// staff read them.
async fn booth(c: &Client, staff: &Session) -> Result<(i64, Value, i64, Value), String> {
    let products = c.get("/exhibitor/products?limit=1", staff.token()).await?;
    let product = products.json["items"][0]["id"]
        .as_i64()
        .ok_or_else(|| format!("no product: {}", products.brief()))?;
    let slots = c.get("/exhibitor/pickup-slots", staff.token()).await?;
    let slot = slots.json[0]["id"]
        .as_i64()
        .ok_or_else(|| format!("no slot: {}", slots.brief()))?;
    let stock = products.json["items"][0]["stock"].clone();
    Ok((product, stock, slot, slots.json[0]["capacity"].clone()))
}

/// The second exhibitor's staff on the first exhibitor's order, ticket, product and slot; then
/// the first exhibitor's product and slot are as they were.
async fn staff_calls(
    c: &Client,
    rec: &mut Recorder,
    (a, exhibitor, b): (&Session, i64, &Session),
    owned: &Owned,
) {
    let mine = booth(c, a).await;
    let Some(before) = rec.passed(
        "the_first_exhibitor_has_a_product_and_a_slot",
        "GET /exhibitor/products and /exhibitor/pickup-slots as the first staff: one of each",
        mine,
    ) else {
        return;
    };
    let (product, slot) = (before.0, before.2);
    let (o, t) = (owned.order, owned.ticket);
    let mut calls = vec![
        call(
            "another_exhibitor_cannot_read_the_product",
            Method::GET,
            format!("/exhibitor/products/{product}"),
            None,
        ),
        call(
            "another_exhibitor_cannot_change_the_product",
            Method::PATCH,
            format!("/exhibitor/products/{product}"),
            Some(json!({"stock": 0})),
        ),
        call(
            "another_exhibitor_cannot_change_the_slot",
            Method::PUT,
            format!("/exhibitor/pickup-slots/{slot}/capacity"),
            Some(json!({"capacity": 500})),
        ),
        call(
            "another_exhibitor_cannot_delete_the_slot",
            Method::DELETE,
            format!("/exhibitor/pickup-slots/{slot}"),
            None,
        ),
    ];
    if owned.exhibitor == exhibitor {
        calls.extend([
            call(
                "another_exhibitor_cannot_step_the_order",
                Method::POST,
                format!("/exhibitor/orders/{o}/status"),
                Some(json!({"status": "cancelled", "reason": "Not ours"})),
            ),
            call(
                "another_exhibitor_gets_404_on_the_ticket",
                Method::GET,
                format!("/exhibitor/tickets/{t}"),
                None,
            ),
            call(
                "another_exhibitor_cannot_answer_the_ticket",
                Method::POST,
                format!("/exhibitor/tickets/{t}/messages"),
                Some(json!({"text": "Not ours", "photo_ids": []})),
            ),
        ]);
    }
    refused(c, rec, b, calls).await;
    let after = booth(c, a).await;
    rec.record(
        "the_first_exhibitors_things_are_untouched",
        "as the first staff: the product's `stock` and the slot's `capacity` as before",
        match after {
            Ok(after) if after == before => Ok(()),
            Ok(after) => Err(format!(
                "stock {} → {}, slot {} capacity {} → {}",
                before.1, after.1, after.2, before.3, after.3
            )),
            Err(e) => Err(e),
        },
    );
}
