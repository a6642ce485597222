//! A booth calls off its part of a paid order: the part's stock goes back, its share of what
//! was paid is refunded through the payment provider (the test provider records it), the points
//! it earned are taken back, and the customer is told why. When no part is left, the whole
//! order is cancelled and refunded.

use chrono::{DateTime, Utc};
use expocx_contract::{Localized, MessageKind, Money};
use rusqlite::{params, Connection};

use super::returns::money_text;
use super::Result;
use crate::rules::fulfilment::part_refund;
use crate::rules::returns::points_back;

/// Cancels part `part_id` of order `order_id` with `reason`; returns the amount refunded.
/// The caller checked the step and the version, and records the step itself.
pub fn cancel_part(
    tx: &Connection,
    order_id: i64,
    part_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    let (user_id, number, subtotal, total, currency): (Option<i64>, String, i64, i64, String) = tx
        .query_row(
            "SELECT user_id, number, subtotal_minor, total_minor, currency FROM orders WHERE id = ?",
            [order_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
    let (part_subtotal, refunded, others_on): (i64, i64, i64) = tx.query_row(
        "SELECT (SELECT subtotal_minor FROM order_parts WHERE id = ?2),
                (SELECT COALESCE(SUM(refund_minor), 0) FROM order_parts WHERE order_id = ?1),
                (SELECT COUNT(*) FROM order_parts WHERE order_id = ?1 AND id <> ?2
                    AND COALESCE(status, '') <> 'cancelled')",
        params![order_id, part_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let refund = part_refund(part_subtotal, subtotal, total, refunded, others_on == 0);
    tx.execute(
        "UPDATE products SET stock = stock + (
            SELECT COALESCE(SUM(quantity), 0) FROM order_lines
            WHERE part_id = ?1 AND product_id = products.id), version = version + 1
         WHERE id IN (SELECT product_id FROM order_lines WHERE part_id = ?1)",
        [part_id],
    )?;
    tx.execute(
        "UPDATE order_parts SET cancel_reason = ?, cancelled_at = ?, refund_minor = ? WHERE id = ?",
        params![reason, now, refund, part_id],
    )?;
    if others_on == 0 {
        tx.execute(
            "UPDATE payments SET status = 'refunded', completed_at = ?
             WHERE order_id = ? AND status = 'succeeded'",
            params![now, order_id],
        )?;
        tx.execute(
            "UPDATE orders SET payment = 'refunded' WHERE id = ? AND payment = 'succeeded'",
            [order_id],
        )?;
        super::coupons::release(tx, order_id)?;
    }
    super::membership::take_back(
        tx,
        order_id,
        |earned| points_back(earned, refund, total),
        now,
    )?;
    if let Some(member) = user_id {
        let amount = money_text(&Money {
            amount_minor: refund,
            currency,
        });
        let text = Localized::new(
            &format!("展商取消了订单 {number} 中的商品：{reason}。已退款 {amount}。"),
            &format!("展商取消了訂單 {number} 中的商品：{reason}。已退款 {amount}。"),
            &format!(
                "The booth cancelled its items of order {number}: {reason}. Refunded {amount}."
            ),
        );
        let link = format!("/orders/{order_id}");
        let kind = MessageKind::OrderUpdates;
        super::notify::notify(tx, member, kind, &text, Some(&link), now)?;
    }
    Ok(refund)
}
