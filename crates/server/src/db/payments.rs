//! The labelled test payment provider: a payment is started for an unpaid order and completed
//! by its owner. (A real provider reports through a signed callback instead.)

use chrono::{DateTime, Utc};
use expocx_contract::interest::Interaction;
use expocx_contract::{purpose, ErrorCode, OrderStatus, PaymentStatus};
use rusqlite::{params, Connection, OptionalExtension};

use super::consent::{allows, Subject};
use super::interests;
use super::order_view::order;
use super::orders::expire_due;
use super::{Error, Result};
use crate::ids::random_hex;

/// Starts a test payment for an unpaid order of the account; returns the payment id.
pub fn start_test_payment(
    conn: &Connection,
    user_id: i64,
    order_id: i64,
    now: DateTime<Utc>,
) -> Result<String> {
    expire_due(conn, now)?;
    let o = order(conn, user_id, order_id)?.ok_or(Error::NotFound)?;
    if o.status != OrderStatus::AwaitingPayment || o.payment == PaymentStatus::Succeeded {
        return Err(Error::Conflict(
            ErrorCode::NotPayable,
            "The order is not awaiting payment",
        ));
    }
    let id = format!("testpay_{}", random_hex(12));
    conn.execute(
        "INSERT INTO payments (id, order_id, provider, status, created_at) VALUES (?, ?, 'test', 'pending', ?)",
        params![id, order_id, now],
    )?;
    Ok(id)
}

/// What the test provider reports, sent by the order's owner (anyone else: `NotFound`). A
/// success pays the order and, with the personalization consent, adds what was bought to the
/// account's interest profile. An order that expired meanwhile is not paid.
pub fn complete_test_payment(
    conn: &mut Connection,
    user_id: i64,
    payment_id: &str,
    succeed: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = conn.transaction()?;
    expire_due(&tx, now)?;
    let row: Option<(i64, String)> = tx
        .query_row(
            "SELECT p.order_id, p.status FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.id = ? AND p.provider = 'test' AND o.user_id = ?",
            params![payment_id, user_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((order_id, status)) = row else {
        return Err(Error::NotFound);
    };
    if status != "pending" {
        return Err(Error::Conflict(
            ErrorCode::NotPayable,
            "This payment is already complete",
        ));
    }
    let outcome = if succeed { "succeeded" } else { "failed" };
    tx.execute(
        "UPDATE payments SET status = ?, completed_at = ? WHERE id = ?",
        params![outcome, now, payment_id],
    )?;
    if succeed {
        let paid = tx.execute(
            "UPDATE orders SET payment = 'succeeded', status = 'paid' WHERE id = ? AND status = 'awaiting_payment'",
            [order_id],
        )?;
        if paid == 1 {
            super::membership::earn_for_order(&tx, user_id, order_id, now)?;
            super::notify::order_news(&tx, order_id, super::notify::OrderNews::Paid, now)?;
            super::coupons::issue_after_payment(&tx, user_id, order_id, now)?;
        }
        {
            let u = user_id;
            if allows(&tx, &Subject::User(u), purpose::PERSONALIZATION)? {
                let mut profile = interests::interests(&tx, u)?;
                let mut stmt = tx.prepare(
                    "SELECT ol.product_id, p.category_id, p.exhibitor_id FROM order_lines ol
                     JOIN order_parts op ON op.id = ol.part_id JOIN products p ON p.id = ol.product_id
                     WHERE op.order_id = ?",
                )?;
                let bought: Vec<(i64, i64, i64)> = stmt
                    .query_map([order_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<Result<_, _>>()?;
                drop(stmt);
                for (p, c, e) in bought {
                    profile.record(Interaction::Ordered, p, c, e, now.timestamp_millis());
                }
                interests::store_interests(&tx, u, &profile, now)?;
            }
        }
    } else {
        tx.execute(
            "UPDATE orders SET payment = 'failed' WHERE id = ? AND payment = 'pending'",
            [order_id],
        )?;
    }
    tx.commit()?;
    Ok(())
}
