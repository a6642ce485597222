//! Reading the account's orders as the contract shows them.

use chrono::{DateTime, Utc};
use expocx_contract::{
    Address, Money, Order, OrderEvent, OrderFilter, OrderLine, OrderPart, OrderStatus, Page,
    PartCancellation, PaymentStatus,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::slots::slot;
use super::{col, loc, Codec, Result};
use crate::rules::orders::may_move;

/// One of the account's orders (`None` for someone else's).
pub fn order(conn: &Connection, user_id: i64, id: i64) -> Result<Option<Order>> {
    type Head = (
        String,
        String,
        String,
        i64,
        i64,
        i64,
        String,
        Option<String>,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
    );
    let head: Option<Head> = conn
        .query_row(
            "SELECT number, status, payment, subtotal_minor, discount_minor, total_minor, currency,
                    address_json, placed_at, pay_by FROM orders WHERE id = ? AND user_id = ?",
            params![id, user_id],
            |r| Head::try_from(r),
        )
        .optional()?;
    let Some((
        number,
        status,
        payment,
        subtotal,
        discount,
        total,
        currency,
        address,
        placed_at,
        pay_by,
    )) = head
    else {
        return Ok(None);
    };
    let payment = PaymentStatus::parse(&payment)?;
    let status = OrderStatus::parse(&status)?;
    let money = |amount_minor| Money {
        amount_minor,
        currency: currency.clone(),
    };
    let parts = parts(conn, id, None, &currency)?
        .into_iter()
        .map(|mut p| {
            // The code is the member's proof at the booth: shown to them once paid.
            p.pickup_code =
                (p.method == "pickup" && payment == PaymentStatus::Succeeded).then(|| {
                    format!(
                        "EXPOCX:PICKUP:{number}:{}",
                        p.pickup_code.unwrap_or_default()
                    )
                });
            p
        })
        .collect();
    let mut ev =
        conn.prepare_cached("SELECT status, at FROM order_events WHERE order_id = ? ORDER BY id")?;
    let timeline = ev
        .query_map([id], |r| {
            Ok(OrderEvent {
                status: col(r, "status")?,
                at: r.get("at")?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(Order {
        id,
        number,
        status,
        payment,
        parts,
        address: address.and_then(|a| serde_json::from_str::<Address>(&a).ok()),
        subtotal: money(subtotal),
        discount: money(discount),
        total: money(total),
        placed_at: placed_at.into(),
        pay_by: (status == OrderStatus::AwaitingPayment)
            .then_some(pay_by.map(Into::into))
            .flatten(),
        timeline,
        can_cancel: may_move(status, OrderStatus::Cancelled),
    }))
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

/// One page of the account's orders, newest first, optionally only those in `filter`.
pub fn orders(
    conn: &Connection,
    user_id: i64,
    filter: Option<OrderFilter>,
    page: u32,
    limit: u32,
) -> Result<Page<Order>> {
    // The statuses come from the contract's fixed list, never from the client's text.
    let statuses = filter
        .map(|f| {
            f.statuses()
                .iter()
                .map(|s| format!("'{}'", s.code()))
                .collect::<Vec<_>>()
        })
        .map(|s| format!(" AND status IN ({})", s.join(", ")))
        .unwrap_or_default();
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM orders WHERE user_id = ?{statuses}"),
        [user_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(&format!(
        "SELECT id FROM orders WHERE user_id = ?{statuses} ORDER BY id DESC LIMIT ? OFFSET ?"
    ))?;
    let offset = Page::<()>::offset(page, limit);
    let ids: Vec<i64> = stmt
        .query_map(params![user_id, limit, offset], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut items = Vec::new();
    for id in ids {
        items.extend(order(conn, user_id, id)?);
    }
    Ok(Page::new(items, total, page, limit))
}
