//! Returns of order lines: requested by the member, decided step by step by the exhibitor's
//! staff, following `rules::returns`; the member is told at every step.

use chrono::{DateTime, Utc};
use expocx_contract::{
    ErrorCode, FieldErrorCode, Money, NewReturn, OrderStatus, Page, ReturnDecision, ReturnEvent,
    ReturnLine, ReturnReason, ReturnRequest, ReturnStatus,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::photos::{self, Target};
use super::{wrong_status, Who};

use crate::db::{col, loc, Codec, Error, Result};
use crate::rules::returns as rules;

crate::codec!(ReturnStatus {
    ReturnStatus::Requested => "requested",
    ReturnStatus::Approved => "approved",
    ReturnStatus::Rejected => "rejected",
    ReturnStatus::Received => "received",
    ReturnStatus::Refunded => "refunded",
});

crate::codec!(ReturnReason {
    ReturnReason::Damaged => "damaged",
    ReturnReason::WrongItem => "wrong_item",
    ReturnReason::NotAsDescribed => "not_as_described",
    ReturnReason::ChangedMind => "changed_mind",
    ReturnReason::Other => "other",
});

fn bad_lines(code: FieldErrorCode) -> Error {
    Error::field("lines", code)
}

/// Records a return request; answers its id.
pub fn request(
    conn: &mut Connection,
    user_id: i64,
    req: &NewReturn,
    now: DateTime<Utc>,
) -> Result<i64> {
    let tx = conn.transaction()?;
    let head: Option<(OrderStatus, DateTime<Utc>, i64, i64, String)> = tx
        .query_row(
            "SELECT status, placed_at, subtotal_minor, discount_minor, currency FROM orders WHERE id = ? AND user_id = ?",
            params![req.order_id, user_id],
            |r| Ok((col(r, "status")?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let (status, placed_at, subtotal, discount, currency) = head.ok_or(Error::NotFound)?;
    if !rules::may_request(status, placed_at, now) {
        return Err(Error::Conflict(
            ErrorCode::WrongStatus,
            "This order cannot have lines returned (not paid, closed, or older than 30 days)",
        ));
    }
    let mut exhibitor = None;
    let mut lines = Vec::new();
    for l in &req.lines {
        let found: Option<(u32, i64, String, i64)> = tx
            .query_row(
                "SELECT ol.quantity, ol.unit_price_minor, ol.name_json, op.exhibitor_id
                 FROM order_lines ol JOIN order_parts op ON op.id = ol.part_id
                 WHERE op.order_id = ? AND ol.product_id = ? AND ol.option_id IS ?
                   AND op.cancelled_at IS NULL",
                params![req.order_id, l.product_id, l.option_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let (bought, unit, name, ex) =
            found.ok_or_else(|| bad_lines(FieldErrorCode::InvalidValue))?;
        if *exhibitor.get_or_insert(ex) != ex {
            return Err(bad_lines(FieldErrorCode::InvalidValue));
        }
        let covered: u32 = tx.query_row(
            "SELECT COALESCE(SUM(rl.quantity), 0) FROM return_lines rl JOIN returns r ON r.id = rl.return_id
             WHERE r.order_id = ? AND rl.product_id = ? AND rl.option_id IS ? AND r.status <> 'rejected'",
            params![req.order_id, l.product_id, l.option_id],
            |r| r.get(0),
        )?;
        let asked: u32 = lines
            .iter()
            .filter(|(p, o, ..): &&(i64, Option<String>, String, u32, i64)| {
                *p == l.product_id && *o == l.option_id
            })
            .map(|x| x.3)
            .sum();
        if covered + asked + l.quantity > bought {
            return Err(bad_lines(FieldErrorCode::OutOfRange));
        }
        let refund = rules::refund(unit * i64::from(l.quantity), subtotal, discount);
        lines.push((l.product_id, l.option_id.clone(), name, l.quantity, refund));
    }
    let total: i64 = lines.iter().map(|l| l.4).sum();
    tx.execute(
        "INSERT INTO returns (user_id, order_id, exhibitor_id, status, reason, text, refund_minor, currency, created_at, updated_at)
         VALUES (?, ?, ?, 'requested', ?, ?, ?, ?, ?, ?)",
        params![user_id, req.order_id, exhibitor, req.reason.code(), req.text.trim(), total, currency, now, now],
    )?;
    let id = tx.last_insert_rowid();
    for (product, option, name, quantity, refund) in &lines {
        tx.execute(
            "INSERT INTO return_lines (return_id, user_id, product_id, option_id, name_json, quantity, refund_minor)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            params![id, user_id, product, option, name, quantity, refund],
        )?;
    }
    event(&tx, id, user_id, ReturnStatus::Requested, "", now)?;
    photos::attach(&tx, user_id, user_id, Target::Return(id), &req.photo_ids)?;
    tx.commit()?;
    Ok(id)
}

fn event(
    conn: &Connection,
    id: i64,
    user_id: i64,
    status: ReturnStatus,
    note: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO return_events (return_id, user_id, status, note, at) VALUES (?, ?, ?, ?, ?)",
        params![id, user_id, status.code(), note, now],
    )?;
    Ok(())
}

/// What a step on a return means for the member and the order.
pub struct Decided {
    pub member: i64,
    pub order_id: i64,
    pub refund: Money,
}

/// The staff's next step on a return of their exhibitor (what follows, `domain::returns`).
pub fn decide(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    d: &ReturnDecision,
    now: DateTime<Utc>,
) -> Result<Decided> {
    let row: Option<(ReturnStatus, i64, i64, i64, String)> = conn
        .query_row(
            "SELECT status, user_id, order_id, refund_minor, currency FROM returns WHERE id = ? AND exhibitor_id = ?",
            params![id, exhibitor_id],
            |r| Ok((col(r, "status")?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let (from, member, order_id, refund, currency) = row.ok_or(Error::NotFound)?;
    if !rules::may_move(from, d.status) {
        return Err(wrong_status());
    }
    conn.execute(
        "UPDATE returns SET status = ?, updated_at = ? WHERE id = ?",
        params![d.status.code(), now, id],
    )?;
    event(conn, id, member, d.status, d.note.trim(), now)?;
    Ok(Decided {
        member,
        order_id,
        refund: Money {
            amount_minor: refund,
            currency,
        },
    })
}

/// A return, if `who` may see it.
pub fn get(conn: &Connection, who: Who, id: i64) -> Result<Option<ReturnRequest>> {
    let (scope, arg) = who.scope();
    let head = conn
        .query_row(
            &format!(
                "SELECT t.id, t.order_id, o.number, t.exhibitor_id, t.status, t.reason, t.text, t.refund_minor,
                        t.currency, t.created_at FROM returns t JOIN orders o ON o.id = t.order_id
                 WHERE t.id = ? AND {scope}"
            ),
            params![id, arg],
            |r| {
                Ok(ReturnRequest {
                    id: r.get(0)?,
                    order_id: r.get(1)?,
                    order_number: r.get(2)?,
                    exhibitor_id: r.get(3)?,
                    status: col(r, "status")?,
                    reason: col(r, "reason")?,
                    text: r.get(6)?,
                    refund: Money { amount_minor: r.get(7)?, currency: r.get(8)? },
                    created_at: r.get(9)?,
                    lines: Vec::new(),
                    photos: Vec::new(),
                    events: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut ret) = head else {
        return Ok(None);
    };
    let currency = ret.refund.currency.clone();
    let mut stmt = conn.prepare_cached(
        "SELECT product_id, option_id, name_json, quantity, refund_minor FROM return_lines WHERE return_id = ? ORDER BY id",
    )?;
    ret.lines = stmt
        .query_map([id], |r| {
            Ok(ReturnLine {
                product_id: r.get(0)?,
                option_id: r.get(1)?,
                name: loc(&r.get::<_, String>(2)?),
                quantity: r.get(3)?,
                refund: Money {
                    amount_minor: r.get(4)?,
                    currency: currency.clone(),
                },
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT status, note, at FROM return_events WHERE return_id = ? ORDER BY id",
    )?;
    ret.events = stmt
        .query_map([id], |r| {
            Ok(ReturnEvent {
                status: col(r, "status")?,
                note: r.get(1)?,
                at: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    ret.photos = photos::of(conn, Target::Return(id))?;
    Ok(Some(ret))
}

/// One page of the returns `who` sees, newest first.
pub fn list(conn: &Connection, who: Who, page: u32, limit: u32) -> Result<Page<ReturnRequest>> {
    let (scope, arg) = who.scope();
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM returns t WHERE {scope}"),
        [arg],
        |r| r.get(0),
    )?;
    let offset = Page::<()>::offset(page, limit);
    let mut stmt = conn.prepare(&format!(
        "SELECT t.id FROM returns t WHERE {scope} ORDER BY t.id DESC LIMIT ? OFFSET ?"
    ))?;
    let ids: Vec<i64> = stmt
        .query_map(params![arg, limit, offset], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut items = Vec::with_capacity(ids.len());
    for id in ids {
        items.extend(get(conn, who, id)?);
    }
    Ok(Page::new(items, total, page, limit))
}
