//! The audit trail's entries for what the team does outside the team itself: exports, refunds,
//! part cancellations, price and stock changes. Each is written in the transaction of the act.

use chrono::{DateTime, Utc};
use expocx_contract::{AuditAction, AuditEvent, Money, StaffProduct};
use rusqlite::Connection;

use crate::db::audit::{self, Who};
use crate::db::orders::staff;
use crate::db::Result;

/// Records `event` for the exhibitor, done by `actor` about the member `subject`.
pub fn record(
    conn: &Connection,
    exhibitor_id: i64,
    actor: Option<i64>,
    subject: Option<i64>,
    event: &AuditEvent,
    now: DateTime<Utc>,
) -> Result<()> {
    let who = Who {
        exhibitor_id,
        actor,
        subject,
    };
    audit::record(conn, &who, event, now)
}

/// The order's number as staff see it (`#id` if it is not theirs, which does not happen).
fn order_target(conn: &Connection, exhibitor_id: i64, order_id: i64) -> Result<String> {
    Ok(staff::get(conn, exhibitor_id, order_id)?
        .map(|o| o.number)
        .unwrap_or_else(|| format!("#{order_id}")))
}

/// The orders CSV was exported with `filters`, `rows` rows.
pub fn exported(
    conn: &Connection,
    exhibitor_id: i64,
    actor: i64,
    filters: String,
    rows: u64,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut e = AuditEvent::of(AuditAction::OrdersExported);
    e.filters = Some(filters);
    e.rows = Some(rows);
    record(conn, exhibitor_id, Some(actor), None, &e, now)
}

/// The exhibitor's part of `order_id` was cancelled for `reason`.
pub fn part_cancelled(
    conn: &Connection,
    exhibitor_id: i64,
    actor: i64,
    order_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut e = AuditEvent::of(AuditAction::PartCancelled);
    e.target = Some(order_target(conn, exhibitor_id, order_id)?);
    e.reason = Some(reason.to_string());
    record(conn, exhibitor_id, Some(actor), None, &e, now)
}

/// `amount` of `order_id` was refunded.
pub fn refunded(
    conn: &Connection,
    exhibitor_id: i64,
    actor: i64,
    order_id: i64,
    amount: &Money,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut e = AuditEvent::of(AuditAction::Refunded);
    e.target = Some(order_target(conn, exhibitor_id, order_id)?);
    e.amount = Some(amount.clone());
    record(conn, exhibitor_id, Some(actor), None, &e, now)
}

/// A product changed from `before` to `after`: its price and its stock, each if it moved.
pub fn product_changed(
    conn: &Connection,
    actor: i64,
    before: &StaffProduct,
    after: &StaffProduct,
    now: DateTime<Utc>,
) -> Result<()> {
    let (b, a) = (&before.product.summary, &after.product.summary);
    let changes = [
        (
            AuditAction::PriceChanged,
            b.price.amount_minor,
            a.price.amount_minor,
        ),
        (
            AuditAction::StockChanged,
            i64::from(b.stock),
            i64::from(a.stock),
        ),
    ];
    for (action, from, to) in changes.into_iter().filter(|(_, f, t)| f != t) {
        let mut e = AuditEvent::of(action);
        e.target = Some(a.name.en.clone());
        e.from = Some(from.to_string());
        e.to = Some(to.to_string());
        record(conn, a.exhibitor_id, Some(actor), None, &e, now)?;
    }
    Ok(())
}
