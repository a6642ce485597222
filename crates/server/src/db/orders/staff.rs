//! The exhibitor's staff and their part of each order: the list, one order, the steps
//! (confirm, ready, shipped, completed) with who took them, and booth pickup by code.

use chrono::{DateTime, Utc};
use expocx_contract::{
    ErrorCode, FulfilmentMethod, Money, OrderStatus, Page, StaffOrder, StaffOrderEvent,
    StaffOrderQuery, StaffOrderRow, StaffOrderSort, StaffOrderStep,
};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

use super::parts;
use crate::db::{col, venue_tz, Codec, Error, Result, STEP};
use crate::rules::dashboard::bounds;
use crate::rules::staff_orders::{next_steps, order_status, staff_may_move};

fn method(s: &str) -> FulfilmentMethod {
    if s == "pickup" {
        FulfilmentMethod::Pickup
    } else {
        FulfilmentMethod::Delivery
    }
}

/// Search text shaped like an order number's start (`EX26-0123`, any case), upper-cased; it
/// holds nothing a `GLOB` pattern would read as a wildcard.
pub(crate) fn number_prefix(text: &str) -> Option<String> {
    let t = text.to_ascii_uppercase();
    let shaped = t.starts_with("EX")
        && t.as_bytes().get(2).is_some_and(u8::is_ascii_digit)
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    shaped.then_some(t)
}

/// `%` and `_` in the staff's search text are literal.
fn like_escaped(q: &str) -> String {
    q.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// The SQL condition and its arguments for the exhibitor's orders that `q` asks for.
fn filter(
    conn: &Connection,
    exhibitor_id: i64,
    q: &StaffOrderQuery,
) -> Result<(String, Vec<Value>)> {
    let mut filter = String::from(" WHERE op.exhibitor_id = ?");
    let mut args = vec![Value::Integer(exhibitor_id)];
    if let Some(s) = q.status {
        filter.push_str(" AND op.step = ?");
        args.push(Value::Text(s.code().into()));
    }
    if let Some(m) = q.method {
        filter.push_str(" AND op.method = ?");
        let method = if m == FulfilmentMethod::Pickup {
            "pickup"
        } else {
            "delivery"
        };
        args.push(Value::Text(method.into()));
    }
    if let Some(text) = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        if let Some(prefix) = number_prefix(text) {
            // An order number (or its start): the numbers' index, not every customer's name.
            // (`+` keeps SQLite from walking all the exhibitor's parts instead.)
            filter = filter.replacen("op.exhibitor_id", "+op.exhibitor_id", 1);
            filter.push_str(" AND o.number GLOB ?");
            args.push(Value::Text(format!("{prefix}*")));
        } else {
            let t = like_escaped(text);
            filter.push_str(
                " AND (o.number LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\')",
            );
            args.push(Value::Text(format!("{t}%")));
            args.push(Value::Text(format!("%{t}%")));
        }
    }
    if let Some(slot) = q.slot_id {
        filter.push_str(" AND op.slot_id = ?");
        args.push(Value::Integer(slot));
    }
    if let Some(day) = q.day {
        // The venue's calendar day, as staff at the booth count days.
        let (start, end) = bounds(*day, *day, venue_tz(conn)?);
        filter.push_str(" AND op.placed_at >= ? AND op.placed_at < ?");
        // As rusqlite stores an instant, so the text compares in order.
        for t in [start, end] {
            args.push(Value::Text(t.format("%F %T%.f%:z").to_string()));
        }
    }
    Ok((filter, args))
}

const FROM: &str = "FROM order_parts op JOIN orders o ON o.id = op.order_id \
    LEFT JOIN users u ON u.id = o.user_id LEFT JOIN pickup_slots s ON s.id = op.slot_id";

/// The rows of `filter` in `order`, `limit` from `offset`.
fn rows(
    conn: &Connection,
    filter: &str,
    mut args: Vec<Value>,
    order: &str,
    limit: u32,
    offset: u64,
) -> Result<Vec<StaffOrderRow>> {
    args.push(Value::Integer(limit.into()));
    args.push(Value::Integer(offset as i64));
    let mut stmt = conn.prepare(&format!(
        "SELECT o.id, o.number, {STEP} AS step, COALESCE(u.display_name, '') AS customer,
                op.method, s.starts_at,
                (SELECT COALESCE(SUM(quantity), 0) FROM order_lines WHERE part_id = op.id) AS items,
                op.subtotal_minor, o.currency, o.placed_at
         {FROM}{filter} ORDER BY {order} LIMIT ? OFFSET ?"
    ))?;
    let items = stmt
        .query_map(params_from_iter(args.iter()), |r| {
            Ok(StaffOrderRow {
                id: r.get(0)?,
                number: r.get(1)?,
                status: col(r, "step")?,
                customer: r.get(3)?,
                method: method(&r.get::<_, String>(4)?),
                slot_starts_at: r.get(5)?,
                items: r.get(6)?,
                amount: Money {
                    amount_minor: r.get(7)?,
                    currency: r.get(8)?,
                },
                placed_at: r.get(9)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(items)
}

/// One page of the exhibitor's orders, filtered and sorted by `q`.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    q: &StaffOrderQuery,
    page: u32,
    limit: u32,
) -> Result<Page<StaffOrderRow>> {
    let (filter, args) = filter(conn, exhibitor_id, q)?;
    // The count joins only what the filter reads (the orders and users for a search).
    let joins = if q.q.is_some() {
        "JOIN orders o ON o.id = op.order_id LEFT JOIN users u ON u.id = o.user_id"
    } else {
        ""
    };
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM order_parts op {joins}{filter}"),
        params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let order = match q.sort.unwrap_or(StaffOrderSort::Newest) {
        StaffOrderSort::Newest => "op.order_id DESC",
        StaffOrderSort::Oldest => "op.order_id",
        StaffOrderSort::Amount => "op.subtotal_minor DESC, op.order_id DESC",
        StaffOrderSort::Pickup => "op.pickup_sort, op.order_id",
    };
    let items = rows(
        conn,
        &filter,
        args,
        order,
        limit,
        Page::<()>::offset(page, limit),
    )?;
    Ok(Page::new(items, total, page, limit))
}

/// The next `limit` of the exhibitor's orders that `q` asks for, newest first, older than order
/// `before` (a cursor: each page costs the same however deep the export is).
pub fn export_page(
    conn: &Connection,
    exhibitor_id: i64,
    q: &StaffOrderQuery,
    before: Option<i64>,
    limit: u32,
) -> Result<Vec<StaffOrderRow>> {
    let (mut filter, mut args) = filter(conn, exhibitor_id, q)?;
    if let Some(id) = before {
        filter.push_str(" AND op.order_id < ?");
        args.push(Value::Integer(id));
    }
    rows(conn, &filter, args, "op.order_id DESC", limit, 0)
}

struct Part {
    id: i64,
    step: OrderStatus,
    pickup: bool,
    version: i64,
}

fn part(conn: &Connection, exhibitor_id: i64, order_id: i64) -> Result<Option<Part>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT op.id, {STEP} AS step, op.method, op.version
                 FROM order_parts op JOIN orders o ON o.id = op.order_id
                 WHERE op.order_id = ? AND op.exhibitor_id = ?"
            ),
            params![order_id, exhibitor_id],
            |r| {
                Ok(Part {
                    id: r.get(0)?,
                    step: col(r, "step")?,
                    pickup: r.get::<_, String>(2)? == "pickup",
                    version: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// The exhibitor's view of order `order_id` (`None` when it has no part of theirs).
pub fn get(conn: &Connection, exhibitor_id: i64, order_id: i64) -> Result<Option<StaffOrder>> {
    let Some(p) = part(conn, exhibitor_id, order_id)? else {
        return Ok(None);
    };
    type Head = (
        String,
        String,
        String,
        String,
        DateTime<Utc>,
        Option<String>,
    );
    let (number, order_status_code, currency, customer, placed_at, tracking): Head = conn
        .query_row(
            "SELECT o.number, o.status, o.currency, COALESCE(u.display_name, ''), o.placed_at,
                    op.tracking
             FROM orders o JOIN order_parts op ON op.order_id = o.id
             LEFT JOIN users u ON u.id = o.user_id WHERE op.id = ?",
            [p.id],
            |r| Head::try_from(r),
        )?;
    let mut part = parts(conn, order_id, Some(exhibitor_id), &currency)?
        .pop()
        .ok_or(Error::NotFound)?;
    // The code is the member's proof at the booth; staff read it from the member's phone.
    part.pickup_code = None;
    // The order's own steps up to payment (and its end), then the exhibitor's steps.
    let mut stmt = conn.prepare_cached(
        "SELECT status, at, NULL AS by_name, NULL AS note FROM order_events
           WHERE order_id = ?1 AND status IN ('awaiting_payment', 'paid', 'cancelled', 'expired')
         UNION ALL
         SELECT e.status, e.at, u.display_name, e.note FROM order_part_events e
           LEFT JOIN users u ON u.id = e.staff_user_id WHERE e.part_id = ?2
         ORDER BY at",
    )?;
    let events = stmt
        .query_map(params![order_id, p.id], |r| {
            Ok(StaffOrderEvent {
                status: col(r, "status")?,
                at: r.get(1)?,
                by: r.get(2)?,
                note: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some(StaffOrder {
        id: order_id,
        number,
        status: p.step,
        order_status: OrderStatus::parse(&order_status_code)?,
        customer,
        part,
        tracking,
        placed_at: placed_at.into(),
        events,
        next: next_steps(p.pickup, p.step),
        version: p.version,
    }))
}

/// The exhibitor's part of `order_id` that `step` may be taken on: `version` must still be
/// current (`Stale`) and the step must follow the part's current one. Answers the part's id.
pub fn check_step(
    conn: &Connection,
    exhibitor_id: i64,
    order_id: i64,
    version: i64,
    step: &StaffOrderStep,
) -> Result<i64> {
    let p = part(conn, exhibitor_id, order_id)?.ok_or(Error::NotFound)?;
    if p.version != version {
        return Err(Error::Stale);
    }
    if !staff_may_move(p.pickup, p.step, step.status) {
        return Err(Error::Conflict(
            ErrorCode::WrongStatus,
            "This step does not follow the order's current one",
        ));
    }
    Ok(p.id)
}

/// Records `step` on part `part_id` (checked by `check_step`) with who took it, and moves the
/// order's status along (it follows its least advanced part).
pub fn record_step(
    conn: &Connection,
    staff_user_id: i64,
    order_id: i64,
    part_id: i64,
    version: i64,
    step: &StaffOrderStep,
    now: DateTime<Utc>,
) -> Result<()> {
    let tracking = step
        .tracking
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty() && step.status == OrderStatus::Shipped);
    let reason = step.reason.as_deref().map(str::trim).unwrap_or("");
    let note = tracking.or((step.status == OrderStatus::Cancelled).then_some(reason));
    conn.execute(
        "UPDATE order_parts SET status = ?, tracking = COALESCE(?, tracking), version = version + 1
         WHERE id = ? AND version = ?",
        params![step.status.code(), tracking, part_id, version],
    )?;
    conn.execute(
        "INSERT INTO order_part_events (part_id, status, staff_user_id, note, at)
         VALUES (?, ?, ?, ?, ?)",
        params![part_id, step.status.code(), staff_user_id, note, now],
    )?;
    let steps: Vec<OrderStatus> = conn
        .prepare(&format!(
            "SELECT {STEP} AS step FROM order_parts op JOIN orders o ON o.id = op.order_id
             WHERE op.order_id = ?"
        ))?
        .query_map([order_id], |r| col(r, "step"))?
        .collect::<Result<_, _>>()?;
    if let Some(status) = order_status(&steps) {
        conn.execute(
            "UPDATE orders SET status = ? WHERE id = ?",
            params![status.code(), order_id],
        )?;
    }
    Ok(())
}

/// The order whose pickup code staff scanned or typed: the whole QR text
/// (`EXPOCX:PICKUP:<number>:<code>`) or the short code alone. Another exhibitor's code is
/// refused with a reason; an unknown, unpaid or delivery code is not found.
pub fn pickup(conn: &Connection, exhibitor_id: i64, text: &str) -> Result<i64> {
    let text = text.trim();
    let (number, code) = match text.strip_prefix("EXPOCX:PICKUP:") {
        Some(rest) => match rest.rsplit_once(':') {
            Some((number, code)) => (Some(number), code),
            None => return Err(Error::NotFound),
        },
        None => (None, text),
    };
    let code = code.to_ascii_lowercase();
    let found: Option<(i64, i64)> = conn
        .query_row(
            "SELECT op.order_id, op.exhibitor_id FROM order_parts op
             JOIN orders o ON o.id = op.order_id
             WHERE op.pickup_code = ?1 AND (?2 IS NULL OR o.number = ?2)
               AND op.method = 'pickup' AND o.payment = 'succeeded'",
            params![code, number],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        None => Err(Error::NotFound),
        Some((_, other)) if other != exhibitor_id => Err(Error::Forbidden(
            "This pickup code is for another exhibitor's booth",
        )),
        Some((order_id, _)) => Ok(order_id),
    }
}

#[cfg(test)]
mod tests {
    use super::number_prefix;

    #[test]
    fn only_an_order_numbers_start_searches_the_numbers_alone() {
        for (text, want) in [
            ("EX26-0123", Some("EX26-0123")),
            ("ex26-000001", Some("EX26-000001")),
            ("EX2", Some("EX2")),
            ("Exa Lin", None),
            ("EX", None),
            ("EX26*", None),
            ("EX2[6]", None),
            ("0123", None),
            ("林", None),
        ] {
            assert_eq!(number_prefix(text).as_deref(), want, "{text:?}");
        }
    }
}
