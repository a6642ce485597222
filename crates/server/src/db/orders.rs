//! Placing orders (idempotent, one transaction) and letting unpaid ones expire, which gives
//! their stock and pickup places back. Reading orders is in `order_view`.

use chrono::{DateTime, Utc};
use expocx_contract::{
    CouponStatus, ErrorCode, FieldError, FieldErrorCode, FulfilmentChoice, OrderStatus,
    PaymentStatus, PlaceOrder,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::cart::quote;
use super::idempotency::{replayed_id, store_idempotent_response, StoredResponse};
use super::slots::slot;
use super::{json, Error, Result};
use crate::ids::random_hex;
use crate::rules::orders::{may_move, OrderRules};

crate::codec!(OrderStatus {
    OrderStatus::AwaitingPayment => "awaiting_payment",
    OrderStatus::Paid => "paid",
    OrderStatus::Confirmed => "confirmed",
    OrderStatus::ReadyForPickup => "ready_for_pickup",
    OrderStatus::Shipped => "shipped",
    OrderStatus::Completed => "completed",
    OrderStatus::Cancelled => "cancelled",
    OrderStatus::Expired => "expired",
});

crate::codec!(PaymentStatus {
    PaymentStatus::Pending => "pending",
    PaymentStatus::Succeeded => "succeeded",
    PaymentStatus::Failed => "failed",
    PaymentStatus::Refunded => "refunded",
});

/// What order `order_id` costs in total (minor units).
pub fn total_of(conn: &Connection, order_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT total_minor FROM orders WHERE id = ?",
        [order_id],
        |r| r.get(0),
    )?)
}

/// How many of the account's orders wait for payment.
fn open_unpaid(conn: &Connection, user_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM orders WHERE user_id = ? AND status = 'awaiting_payment'",
        [user_id],
        |r| r.get(0),
    )?)
}

/// Expires every unpaid order whose time is up: stock goes back to the products, the pickup
/// place is free again (slots count only live orders). Returns how many expired.
pub fn expire_due(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM orders WHERE status = 'awaiting_payment' AND pay_by IS NOT NULL AND pay_by <= ?",
    )?;
    let due: Vec<i64> = stmt
        .query_map([now], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in &due {
        release_stock(conn, *id)?;
        super::coupons::release(conn, *id)?;
        conn.execute(
            "UPDATE orders SET status = 'expired' WHERE id = ? AND status = 'awaiting_payment'",
            [id],
        )?;
        conn.execute(
            "UPDATE payments SET status = 'failed', completed_at = ? WHERE order_id = ? AND status = 'pending'",
            params![now, id],
        )?;
    }
    Ok(due.len())
}

/// Gives an order's quantities back to its products' stock.
fn release_stock(conn: &Connection, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE products SET stock = stock + (
            SELECT COALESCE(SUM(ol.quantity), 0) FROM order_lines ol
            JOIN order_parts op ON op.id = ol.part_id
            WHERE op.order_id = ?1 AND ol.product_id = products.id),
         version = version + 1
         WHERE id IN (SELECT ol.product_id FROM order_lines ol
            JOIN order_parts op ON op.id = ol.part_id WHERE op.order_id = ?1)",
        [order_id],
    )?;
    Ok(())
}

/// The member cancels an order the exhibitor has not confirmed yet: stock and pickup place go
/// back, a payment is refunded through the provider (the test provider records it), the points
/// it earned are taken back. Someone else's order: `NotFound`.
pub fn cancel(
    conn: &mut Connection,
    user_id: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    expire_due(&tx, now)?;
    let status: Option<OrderStatus> = tx
        .query_row(
            "SELECT status FROM orders WHERE id = ? AND user_id = ?",
            params![order_id, user_id],
            |r| super::col(r, "status"),
        )
        .optional()?;
    let status = status.ok_or(Error::NotFound)?;
    if !may_move(status, OrderStatus::Cancelled) {
        return Err(Error::Conflict(
            ErrorCode::NotCancellable,
            "The exhibitor has confirmed this order, or it is closed",
        ));
    }
    release_stock(&tx, order_id)?;
    tx.execute(
        "UPDATE payments SET status = CASE status WHEN 'succeeded' THEN 'refunded' ELSE 'failed' END,
                completed_at = ?
         WHERE order_id = ? AND status IN ('succeeded', 'pending')",
        params![now, order_id],
    )?;
    tx.execute(
        "UPDATE orders SET status = 'cancelled',
                payment = CASE payment WHEN 'succeeded' THEN 'refunded' ELSE 'failed' END
         WHERE id = ?",
        [order_id],
    )?;
    super::membership::reverse_for_order(&tx, order_id, now)?;
    super::notify::order_news(&tx, order_id, super::notify::OrderNews::Cancelled, now)?;
    super::coupons::release(&tx, order_id)?;
    tx.commit()?;
    Ok(())
}

/// Places the order in one transaction. With the same `key` and body it answers the order the
/// first request created (`true` = replayed), so nothing is ever ordered twice.
pub fn place_order(
    conn: &mut Connection,
    user_id: i64,
    req: &PlaceOrder,
    rules: &OrderRules,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let tx = conn.transaction()?;
    let scope = format!("order:{user_id}");
    if let Some(id) = replayed_id(&tx, &scope, key, request_hash)? {
        return Ok((id, true));
    }
    expire_due(&tx, now)?;
    if !rules.may_place(open_unpaid(&tx, user_id)?) {
        return Err(Error::Conflict(
            ErrorCode::TooManyUnpaidOrders,
            "Too many orders wait for payment; pay one or let it expire",
        ));
    }
    let view = quote(&tx, &req.cart, Some(user_id), now)?;
    if view.item_count == 0 {
        return Err(Error::field("cart", FieldErrorCode::Required));
    }
    let coupon_refused = !matches!(view.coupon, None | Some(CouponStatus::Applied { .. }));
    if view.changed || coupon_refused || view.total.amount_minor != req.expected_total_minor {
        return Err(Error::Conflict(
            ErrorCode::CartChanged,
            "Prices, stock or the coupon changed; review the cart",
        ));
    }
    // One fulfilment choice per exhibitor in the cart, and only those.
    let mut errors = Vec::new();
    for g in &view.groups {
        let n = req
            .fulfilment
            .iter()
            .filter(|f| f.exhibitor_id() == g.exhibitor_id)
            .count();
        if n != 1 {
            errors.push(FieldError::new(
                &format!("fulfilment.{}", g.exhibitor_id),
                FieldErrorCode::Required,
            ));
        }
    }
    if req.fulfilment.iter().any(|f| {
        !view
            .groups
            .iter()
            .any(|g| g.exhibitor_id == f.exhibitor_id())
    }) {
        errors.push(FieldError::new("fulfilment", FieldErrorCode::InvalidValue));
    }
    let delivers = req
        .fulfilment
        .iter()
        .any(|f| matches!(f, FulfilmentChoice::Delivery { .. }));
    match (&req.address, delivers) {
        (Some(a), true) => errors.extend(a.validate("address.")),
        (None, true) => errors.push(FieldError::new("address", FieldErrorCode::Required)),
        _ => {}
    }
    for f in &req.fulfilment {
        if let FulfilmentChoice::Pickup {
            exhibitor_id,
            slot_id,
        } = f
        {
            match slot(&tx, *slot_id)? {
                Some(s) if s.exhibitor_id == *exhibitor_id => {
                    if s.remaining == 0 {
                        return Err(Error::Conflict(
                            ErrorCode::SlotFull,
                            "The pickup slot is full; choose another",
                        ));
                    }
                }
                _ => errors.push(FieldError::new(
                    &format!("fulfilment.{exhibitor_id}"),
                    FieldErrorCode::InvalidValue,
                )),
            }
        }
    }
    Error::check(errors)?;
    let address = if delivers { req.address.as_ref() } else { None };
    tx.execute(
        "INSERT INTO orders (number, user_id, status, payment, subtotal_minor, discount_minor,
            total_minor, currency, coupon_code, offer_id, address_json, placed_at, pay_by)
         VALUES (?, ?, 'awaiting_payment', 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            format!("pending-{}", random_hex(8)),
            user_id,
            view.subtotal.amount_minor,
            view.discount.amount_minor,
            view.total.amount_minor,
            view.total.currency,
            view.coupon_code,
            view.offer.as_ref().map(|o| o.id),
            address.map(json),
            now,
            rules.pay_by(now)
        ],
    )?;
    let order_id = tx.last_insert_rowid();
    if let Some(code) = &view.coupon_code {
        super::coupons::use_for(&tx, user_id, code, order_id)?;
    }
    tx.execute(
        "UPDATE orders SET number = ? WHERE id = ?",
        params![format!("EX{}-{order_id:06}", now.format("%y")), order_id],
    )?;
    for g in &view.groups {
        let choice = req
            .fulfilment
            .iter()
            .find(|f| f.exhibitor_id() == g.exhibitor_id);
        let (method, slot_id) = match choice {
            Some(FulfilmentChoice::Pickup { slot_id, .. }) => ("pickup", Some(*slot_id)),
            _ => ("delivery", None),
        };
        tx.execute(
            "INSERT INTO order_parts (order_id, exhibitor_id, method, slot_id, pickup_code, subtotal_minor)
             VALUES (?, ?, ?, ?, ?, ?)",
            params![order_id, g.exhibitor_id, method, slot_id, random_hex(10), g.subtotal.amount_minor],
        )?;
        let part_id = tx.last_insert_rowid();
        for l in &g.lines {
            tx.execute(
                "INSERT INTO order_lines (part_id, product_id, option_id, name_json, option_label_json,
                    quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                params![
                    part_id,
                    l.product_id,
                    l.option_id,
                    json(&l.name),
                    l.option_label.as_ref().map(json),
                    l.quantity,
                    l.unit_price.amount_minor
                ],
            )?;
            let n = tx.execute(
                "UPDATE products SET stock = stock - ?1, version = version + 1
                 WHERE id = ?2 AND stock >= ?1",
                params![l.quantity, l.product_id],
            )?;
            if n != 1 {
                return Err(Error::Conflict(
                    ErrorCode::CartChanged,
                    "Not enough stock left",
                ));
            }
        }
    }
    if let Some(o) = &view.offer {
        tx.execute(
            "UPDATE offers SET used_by_order = ? WHERE id = ?",
            params![order_id, o.id],
        )?;
    }
    tx.execute("DELETE FROM cart_lines WHERE user_id = ?", [user_id])?;
    tx.execute("DELETE FROM carts WHERE user_id = ?", [user_id])?;
    store_idempotent_response(
        &tx,
        &scope,
        key,
        &StoredResponse {
            request_hash: request_hash.to_string(),
            status: 201,
            body: order_id.to_string(),
        },
        Some(user_id),
    )?;
    tx.commit()?;
    Ok((order_id, false))
}
