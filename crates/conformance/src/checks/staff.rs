//! The exhibitor portal: staff list their exhibitor's orders, visitors get `403`, anonymous
//! callers `401`, and another exhibitor's staff get `404` on an order that is not theirs.

use super::orders::{cart, find_item, new_key, order_body, place, FIND_ITEM};
use super::{on, problem, registered, shapes, Account, Ctx, Recorder};
use crate::client::{Client, Session};

/// Signs in `account` as staff: the session and its exhibitor.
pub(crate) async fn sign_in(c: &Client, account: &Account) -> Result<(Session, i64), String> {
    let s = c.login(&account.email, &account.password).await?;
    let exhibitor = s.json["user"]["exhibitor_id"].as_i64();
    let exhibitor =
        exhibitor.ok_or_else(|| format!("no `user.exhibitor_id`: {}", shapes::short(&s.json)))?;
    Ok((s, exhibitor))
}

/// The configured staff account, signed in (its session and exhibitor), or a note saying why
/// `area` did not run.
pub(crate) async fn staff_of(
    ctx: &Ctx<'_>,
    rec: &mut Recorder,
    area: &str,
) -> Option<(Session, i64)> {
    let Some(account) = &ctx.config.staff else {
        rec.notes.push(format!(
            "{area}: skipped (give --staff-email and --staff-password)"
        ));
        return None;
    };
    match sign_in(&ctx.client, account).await {
        Ok(signed_in) => Some(signed_in),
        Err(e) => {
            rec.notes.push(format!(
                "{area}: skipped (the staff account did not sign in: {e})"
            ));
            None
        }
    }
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let Some(account) = &ctx.config.staff else {
        rec.notes
            .push("staff: skipped (give --staff-email and --staff-password)".into());
        return;
    };
    let first = sign_in(c, account).await;
    let signed_in = rec.record(
        "staff_sign_in_answers_their_exhibitor",
        "POST /auth/login as staff: 200 with a token and `user.exhibitor_id`",
        first.as_ref().map(|_| ()).map_err(Clone::clone),
    );
    let (true, Ok((staff, exhibitor))) = (signed_in, first) else {
        return;
    };

    rec.record(
        "staff_list_their_exhibitors_orders",
        "GET /exhibitor/orders as staff: 200 with a page (`items`, `total`, `page`, `limit`)",
        on(c.get("/exhibitor/orders", staff.token()).await, |r| {
            r.expect_status(200)?;
            shapes::page(&r.json).map(|_| ())
        }),
    );

    rec.record(
        "anonymous_callers_get_401_on_the_portal",
        "GET /exhibitor/orders without a token: 401 problem `unauthorized`",
        on(c.get("/exhibitor/orders", None).await, |r| {
            problem(r, 401, "unauthorized")
        }),
    );

    let Some(visitor) = registered(ctx, rec, "register_a_visitor").await else {
        return;
    };
    rec.record(
        "visitors_get_403_forbidden_on_the_portal",
        "GET /exhibitor/orders as a visitor: 403 problem `forbidden`",
        on(c.get("/exhibitor/orders", visitor.token()).await, |r| {
            problem(r, 403, "forbidden")
        }),
    );

    let Some(second) = &ctx.config.second_staff else {
        rec.notes.push(
            "staff: cross-exhibitor checks skipped (give --second-staff-email and --second-staff-password)".into(),
        );
        return;
    };
    let other = sign_in(c, second).await;
    let signed_in = rec.record(
        "second_staff_sign_in_answers_another_exhibitor",
        "POST /auth/login as the second staff: 200 with another `user.exhibitor_id`",
        match &other {
            Ok((_, e)) if *e == exhibitor => Err(format!("the same exhibitor, {e}")),
            Ok(_) => Ok(()),
            Err(e) => Err(e.clone()),
        },
    );
    let (true, Ok((other, _))) = (signed_in, other) else {
        return;
    };

    let item = find_item(c, Some(exhibitor)).await;
    let found = item.as_ref().map(|_| ()).map_err(Clone::clone);
    let (true, Ok(item)) = (
        rec.record(
            "catalog_offers_an_item_of_the_first_exhibitor",
            FIND_ITEM,
            found,
        ),
        item,
    ) else {
        return;
    };
    let mut id = 0;
    let placed = rec.record(
        "visitor_orders_from_the_first_exhibitor",
        "POST /cart/quote, then POST /orders: 201 with an `id`",
        async {
            let quote = c.post("/cart/quote", visitor.token(), cart(&item)).await?;
            quote.expect_status(200)?;
            let total = quote.json["total"]["amount_minor"].as_i64().unwrap_or(0);
            let r = place(c, &visitor.token, &new_key(), &order_body(&item, total)).await?;
            r.expect_status(201)?;
            id = r.json["id"].as_i64().ok_or("no integer `id`")?;
            Ok(())
        }
        .await,
    );
    if !placed {
        return;
    }

    let path = format!("/exhibitor/orders/{id}");
    rec.record(
        "staff_read_their_exhibitors_order_with_an_etag",
        "GET /exhibitor/orders/{id} as the first staff: 200 with the order and an `ETag`",
        on(c.get(&path, staff.token()).await, |r| {
            r.expect_status(200)?;
            match (r.json["id"] == id, r.headers.contains_key("etag")) {
                (true, true) => Ok(()),
                (false, _) => Err(format!("another order: {}", r.brief())),
                (true, false) => Err("no `ETag` header".into()),
            }
        }),
    );
    rec.record(
        "another_exhibitors_staff_get_404_on_the_order",
        "GET /exhibitor/orders/{id} as the second exhibitor's staff: 404 problem `not_found`",
        on(c.get(&path, other.token()).await, |r| {
            problem(r, 404, "not_found")
        }),
    );
}
