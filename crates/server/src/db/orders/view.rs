//! Reading the account's orders as the contract shows them.

use chrono::{DateTime, Utc};
use expocx_contract::{
    Address, Money, Order, OrderEvent, OrderFilter, OrderStatus, Page, PaymentStatus,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::parts;
use crate::db::{col, Codec, Result};
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
