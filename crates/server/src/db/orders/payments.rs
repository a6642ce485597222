//! What the payment provider recorded for an order: a payment started, completed or failed,
//! and refunded, by the labelled test provider and by WeChat Pay. What
//! follows a payment is `domain::life::on_paid`.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::db::Result;
use crate::ids::random_hex;

/// Records a new test payment for `order_id`; answers its id.
pub fn start_test(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<String> {
    start(
        conn,
        format!("testpay_{}", random_hex(12)),
        order_id,
        "test",
        now,
    )
}

fn start(
    conn: &Connection,
    id: String,
    order_id: i64,
    provider: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    conn.execute(
        "INSERT INTO payments (id, order_id, provider, status, created_at) VALUES (?, ?, ?, 'pending', ?)",
        params![id, order_id, provider, now],
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

/// Records a new WeChat Pay payment for `order_id`; answers its `out_trade_no` (≤ 32
/// characters of `[0-9A-Za-z]`, as WeChat Pay wants it).
pub fn start_wechat(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<String> {
    start(
        conn,
        format!("wx{order_id}x{}", random_hex(8)),
        order_id,
        "wechat",
        now,
    )
}

/// A WeChat Pay payment: its order, its status, and the order's total (minor units, currency).
pub struct WechatPayment {
    pub order_id: i64,
    pub status: String,
    pub total_minor: i64,
    pub currency: String,
}

/// The WeChat Pay payment `out_trade_no`, if there is one.
pub fn wechat_payment(conn: &Connection, out_trade_no: &str) -> Result<Option<WechatPayment>> {
    Ok(conn
        .query_row(
            "SELECT p.order_id, p.status, o.total_minor, o.currency FROM payments p
             JOIN orders o ON o.id = p.order_id WHERE p.id = ? AND p.provider = 'wechat'",
            [out_trade_no],
            |r| {
                Ok(WechatPayment {
                    order_id: r.get(0)?,
                    status: r.get(1)?,
                    total_minor: r.get(2)?,
                    currency: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// The WeChat Pay payments still pending for an order of `user_id` (newest first).
pub fn pending_wechat(conn: &Connection, user_id: i64, order_id: i64) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT p.id FROM payments p JOIN orders o ON o.id = p.order_id
         WHERE p.order_id = ? AND o.user_id = ? AND p.provider = 'wechat' AND p.status = 'pending'
         ORDER BY p.created_at DESC LIMIT 3",
    )?;
    let rows = st.query_map(params![order_id, user_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A refund of `amount_minor` becomes due on the order's WeChat Pay payment, if it was paid that
/// way (the test provider's refunds are its status alone), capped at what is left of it.
pub fn wechat_refund_due(
    conn: &Connection,
    order_id: i64,
    amount_minor: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let paid: Option<(String, i64)> = conn
        .query_row(
            "SELECT p.id, o.total_minor FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.order_id = ? AND p.provider = 'wechat' AND p.status IN ('succeeded', 'refunded')
             ORDER BY p.created_at DESC LIMIT 1",
            [order_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((payment, total)) = paid else {
        return Ok(());
    };
    let refunded: i64 = conn.query_row(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE payment_id = ?",
        [&payment],
        |r| r.get(0),
    )?;
    let amount = amount_minor.min(total - refunded);
    if amount > 0 {
        conn.execute(
            "INSERT INTO refunds (id, payment_id, amount_minor, status, created_at) VALUES (?, ?, ?, 'due', ?)",
            params![format!("rf{}", random_hex(12)), payment, amount, now],
        )?;
    }
    Ok(())
}

/// A refund to send: its id (`out_refund_no`), the payment (`out_trade_no`), how much of what.
pub struct DueRefund {
    pub id: String,
    pub payment_id: String,
    pub amount_minor: i64,
    pub total_minor: i64,
}

/// The oldest refunds still due.
pub fn due_refunds(conn: &Connection, limit: i64) -> Result<Vec<DueRefund>> {
    let mut st = conn.prepare(
        "SELECT r.id, r.payment_id, r.amount_minor, o.total_minor FROM refunds r
         JOIN payments p ON p.id = r.payment_id JOIN orders o ON o.id = p.order_id
         WHERE r.status = 'due' ORDER BY r.created_at LIMIT ?",
    )?;
    let rows = st.query_map([limit], |r| {
        Ok(DueRefund {
            id: r.get(0)?,
            payment_id: r.get(1)?,
            amount_minor: r.get(2)?,
            total_minor: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What sending refund `id` gave: taken by the provider, or one more failed attempt (after 20 it
/// is left for the merchant's console, and `/metrics`'s log says so).
pub fn refund_attempted(
    conn: &Connection,
    id: &str,
    taken: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    if taken {
        conn.execute(
            "UPDATE refunds SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
            params![now, id],
        )?;
    } else {
        conn.execute(
            "UPDATE refunds SET attempts = attempts + 1,
                    status = CASE WHEN attempts + 1 >= 20 THEN 'failed' ELSE status END
             WHERE id = ?",
            [id],
        )?;
    }
    Ok(())
}
