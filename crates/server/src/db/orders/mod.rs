//! Orders, their parts and lines, payments and pickup slots: the SQL of an order's life. What
//! follows from a step (stock, points, coupons, messages) is decided in `domain::life`; placing
//! an order is `domain::orders::place`. Children: `view` (the member's orders), `staff` (the
//! exhibitor's), `slots` (pickup slots), `payments` (what the payment provider recorded).

pub mod payments;
pub mod slots;
pub mod staff;
pub mod view;

use chrono::{DateTime, Utc};
use expocx_contract::{
    CartView, ErrorCode, FulfilmentChoice, Money, OrderLine, OrderPart, OrderStatus,
    PartCancellation, PaymentStatus, PlaceOrder,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{col, json, loc, Error, Result};
use crate::ids::random_hex;
use crate::rules::orders::OrderRules;
use crate::rules::staff_orders::part_refund;
use slots::slot;

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

/// What a message about an order, or a refund of it, needs to know.
pub struct Head {
    /// The member (none once the account was erased).
    pub user_id: Option<i64>,
    pub number: String,
    pub total_minor: i64,
    pub currency: String,
}

/// The order's owner, number and total; `NotFound` when there is no such order.
pub fn head(conn: &Connection, order_id: i64) -> Result<Head> {
    conn.query_row(
        "SELECT user_id, number, total_minor, currency FROM orders WHERE id = ?",
        [order_id],
        |r| {
            Ok(Head {
                user_id: r.get(0)?,
                number: r.get(1)?,
                total_minor: r.get(2)?,
                currency: r.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// How many of the account's orders wait for payment.
pub fn open_unpaid(conn: &Connection, user_id: i64) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM orders WHERE user_id = ? AND status = 'awaiting_payment'",
        [user_id],
        |r| r.get(0),
    )?)
}

/// Unpaid orders whose time to pay is up.
pub fn due_unpaid(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM orders WHERE status = 'awaiting_payment' AND pay_by IS NOT NULL AND pay_by <= ?",
    )?;
    let due = stmt
        .query_map([now], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(due)
}

/// The status of the account's order `order_id` (`None`: not theirs, or no such order).
pub fn status_of(conn: &Connection, user_id: i64, order_id: i64) -> Result<Option<OrderStatus>> {
    Ok(conn
        .query_row(
            "SELECT status FROM orders WHERE id = ? AND user_id = ?",
            params![order_id, user_id],
            |r| col(r, "status"),
        )
        .optional()?)
}

/// Gives an order's quantities back to its products' stock.
pub fn release_stock(conn: &Connection, order_id: i64) -> Result<()> {
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

/// An unpaid order whose time is up becomes `expired`.
pub fn set_expired(conn: &Connection, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE orders SET status = 'expired' WHERE id = ? AND status = 'awaiting_payment'",
        [order_id],
    )?;
    Ok(())
}

/// The member's cancellation: `cancelled`, a payment that went through is `refunded`.
pub fn set_cancelled(conn: &Connection, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE orders SET status = 'cancelled',
                payment = CASE payment WHEN 'succeeded' THEN 'refunded' ELSE 'failed' END
         WHERE id = ?",
        [order_id],
    )?;
    Ok(())
}

/// Marks an order that waited for payment as paid; `false` when it no longer waited (it expired
/// or was cancelled meanwhile).
pub fn mark_paid(conn: &Connection, order_id: i64) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE orders SET payment = 'succeeded', status = 'paid' WHERE id = ? AND status = 'awaiting_payment'",
        [order_id],
    )? == 1)
}

/// A payment attempt failed; the order still waits for one.
pub fn mark_payment_failed(conn: &Connection, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE orders SET payment = 'failed' WHERE id = ? AND payment = 'pending'",
        [order_id],
    )?;
    Ok(())
}

/// The whole payment of the order went back to the member.
pub fn mark_refunded(conn: &Connection, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE orders SET payment = 'refunded' WHERE id = ? AND payment = 'succeeded'",
        [order_id],
    )?;
    Ok(())
}

/// What the order's lines were: (product, category, exhibitor) each.
pub fn bought(conn: &Connection, order_id: i64) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ol.product_id, p.category_id, p.exhibitor_id FROM order_lines ol
         JOIN order_parts op ON op.id = ol.part_id JOIN products p ON p.id = ol.product_id
         WHERE op.order_id = ?",
    )?;
    let rows = stmt
        .query_map([order_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// What cancelling one part did: its refund, and whether no part of the order is left.
pub struct PartCancelled {
    pub refund_minor: i64,
    pub last: bool,
}

/// Cancels part `part_id` of order `order_id` with `reason`: its stock goes back and its share
/// of what was paid is recorded as its refund (`rules::staff_orders::part_refund`).
pub fn cancel_part(
    conn: &Connection,
    order_id: i64,
    part_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<PartCancelled> {
    let (subtotal, total, part_subtotal, refunded, others_on): (i64, i64, i64, i64, i64) = conn
        .query_row(
            "SELECT subtotal_minor, total_minor,
                (SELECT subtotal_minor FROM order_parts WHERE id = ?2),
                (SELECT COALESCE(SUM(refund_minor), 0) FROM order_parts WHERE order_id = ?1),
                (SELECT COUNT(*) FROM order_parts WHERE order_id = ?1 AND id <> ?2
                    AND COALESCE(status, '') <> 'cancelled')
             FROM orders WHERE id = ?1",
            params![order_id, part_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
    let last = others_on == 0;
    let refund = part_refund(part_subtotal, subtotal, total, refunded, last);
    conn.execute(
        "UPDATE products SET stock = stock + (
            SELECT COALESCE(SUM(quantity), 0) FROM order_lines
            WHERE part_id = ?1 AND product_id = products.id), version = version + 1
         WHERE id IN (SELECT product_id FROM order_lines WHERE part_id = ?1)",
        [part_id],
    )?;
    conn.execute(
        "UPDATE order_parts SET cancel_reason = ?, cancelled_at = ?, refund_minor = ? WHERE id = ?",
        params![reason, now, refund, part_id],
    )?;
    Ok(PartCancelled {
        refund_minor: refund,
        last,
    })
}

/// Writes a new order from the cart as quoted (`view`) and the checkout's choices: the order,
/// a part per exhibitor with its pickup code, the lines, and the stock they take. Answers the
/// order's id; `409 cart_changed` when the stock ran out meanwhile.
pub fn insert(
    tx: &Connection,
    user_id: i64,
    req: &PlaceOrder,
    view: &CartView,
    rules: &OrderRules,
    now: DateTime<Utc>,
) -> Result<i64> {
    let delivers = req
        .fulfilment
        .iter()
        .any(|f| matches!(f, FulfilmentChoice::Delivery { .. }));
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
    Ok(order_id)
}
/// The parts of order `id` (only `exhibitor`'s, when given), with their lines. `pickup_code`
/// carries the stored short code; callers decide whether and how to show it.
pub fn parts(
    conn: &Connection,
    id: i64,
    exhibitor: Option<i64>,
    currency: &str,
) -> Result<Vec<OrderPart>> {
    let money = |amount_minor| Money {
        amount_minor,
        currency: currency.to_string(),
    };
    let mut stmt = conn.prepare_cached(
        "SELECT op.id, op.exhibitor_id, e.name_json, e.booth, e.hall_id, op.method, op.slot_id,
                op.pickup_code, op.subtotal_minor, op.cancel_reason, op.cancelled_at, op.refund_minor
         FROM order_parts op JOIN exhibitors e ON e.id = op.exhibitor_id
         WHERE op.order_id = ?1 AND (?2 IS NULL OR op.exhibitor_id = ?2) ORDER BY op.id",
    )?;
    type PartRow = (
        i64,
        i64,
        String,
        String,
        i64,
        String,
        Option<i64>,
        String,
        i64,
        Option<String>,
        Option<chrono::DateTime<chrono::Utc>>,
        Option<i64>,
    );
    let rows: Vec<PartRow> = stmt
        .query_map(params![id, exhibitor], |r| PartRow::try_from(r))?
        .collect::<Result<_, _>>()?;
    let mut parts = Vec::new();
    for row in rows {
        let (part_id, exhibitor_id, name, booth, hall_id, method, slot_id, code, sub) = (
            row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8,
        );
        let cancelled = match (row.9, row.10) {
            (Some(reason), Some(at)) => Some(PartCancellation {
                reason,
                at: at.into(),
                refund: money(row.11.unwrap_or(0)),
            }),
            _ => None,
        };
        let mut ls = conn.prepare_cached(
            "SELECT product_id, option_id, name_json, option_label_json, quantity, unit_price_minor
             FROM order_lines WHERE part_id = ? ORDER BY id",
        )?;
        let lines = ls
            .query_map([part_id], |r| {
                Ok(OrderLine {
                    product_id: r.get(0)?,
                    option_id: r.get(1)?,
                    name: loc(&r.get::<_, String>(2)?),
                    option_label: r.get::<_, Option<String>>(3)?.map(|s| loc(&s)),
                    quantity: r.get(4)?,
                    unit_price: money(r.get(5)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        parts.push(OrderPart {
            exhibitor_id,
            exhibitor_name: loc(&name),
            booth,
            hall_id,
            slot: match slot_id {
                Some(s) => slot(conn, s)?,
                None => None,
            },
            pickup_code: Some(code),
            method,
            lines,
            subtotal: money(sub),
            cancelled,
        });
    }
    Ok(parts)
}
