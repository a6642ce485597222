//! What the payment provider recorded for an order: a payment started, completed or failed,
//! and refunded. The labelled test provider writes here; a real one (WeChat Pay) will too. What
//! follows a payment is `domain::life::on_paid`.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::db::Result;
use crate::ids::random_hex;

/// Records a new test payment for `order_id`; answers its id.
pub fn start_test(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<String> {
    let id = format!("testpay_{}", random_hex(12));
    conn.execute(
        "INSERT INTO payments (id, order_id, provider, status, created_at) VALUES (?, ?, 'test', 'pending', ?)",
        params![id, order_id, now],
    )?;
    Ok(id)
}

/// The order and status of test payment `payment_id`, if it pays an order of `user_id`.
pub fn test_payment_of(
    conn: &Connection,
    user_id: i64,
    payment_id: &str,
) -> Result<Option<(i64, String)>> {
    Ok(conn
        .query_row(
            "SELECT p.order_id, p.status FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.id = ? AND p.provider = 'test' AND o.user_id = ?",
            params![payment_id, user_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// What the provider reported for `payment_id`.
pub fn complete(
    conn: &Connection,
    payment_id: &str,
    succeeded: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let outcome = if succeeded { "succeeded" } else { "failed" };
    conn.execute(
        "UPDATE payments SET status = ?, completed_at = ? WHERE id = ?",
        params![outcome, now, payment_id],
    )?;
    Ok(())
}

/// Payments still pending for the order will not complete (it expired).
pub fn fail_pending(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE payments SET status = 'failed', completed_at = ? WHERE order_id = ? AND status = 'pending'",
        params![now, order_id],
    )?;
    Ok(())
}

/// The order is called off: what was paid is refunded, what was pending fails.
pub fn call_off(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE payments SET status = CASE status WHEN 'succeeded' THEN 'refunded' ELSE 'failed' END,
                completed_at = ?
         WHERE order_id = ? AND status IN ('succeeded', 'pending')",
        params![now, order_id],
    )?;
    Ok(())
}

/// The whole of what was paid goes back (the last part of the order was cancelled).
pub fn refund_all(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE payments SET status = 'refunded', completed_at = ?
         WHERE order_id = ? AND status = 'succeeded'",
        params![now, order_id],
    )?;
    Ok(())
}
