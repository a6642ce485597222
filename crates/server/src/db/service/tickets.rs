//! Service tickets: opened by a member about an order (or in general), answered by the
//! exhibitor's staff; every step follows `rules::service`.

use chrono::{DateTime, Utc};
use expocx_contract::{
    Author, ErrorCode, FieldErrorCode, NewTicket, Page, Rating, Ticket, TicketCategory,
    TicketMessage, TicketReply, TicketStatus, TicketSummary, Tier, MAX_OPEN_TICKETS,
    MAX_TICKET_MESSAGES,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{photos, summary, wrong_status, Who, SUMMARY};
use crate::db::{col, Codec, Error, Result};
use crate::rules::tickets as rules;

crate::codec!(TicketCategory {
    TicketCategory::ProductIssue => "product_issue",
    TicketCategory::Pickup => "pickup",
    TicketCategory::Delivery => "delivery",
    TicketCategory::Payment => "payment",
    TicketCategory::Other => "other",
});

crate::codec!(TicketStatus {
    TicketStatus::Open => "open",
    TicketStatus::WaitingForYou => "waiting_for_you",
    TicketStatus::InProgress => "in_progress",
    TicketStatus::Resolved => "resolved",
    TicketStatus::Closed => "closed",
});

crate::codec!(Author {
    Author::Member => "member",
    Author::Staff => "staff",
});

/// Which exhibitor a ticket about `order_id` goes to; `NotFound` for someone else's order.
fn ticket_exhibitor(conn: &Connection, user_id: i64, req: &NewTicket) -> Result<Option<i64>> {
    let Some(order_id) = req.order_id else {
        if let Some(e) = req.exhibitor_id {
            let known: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM exhibitors WHERE id = ?)",
                [e],
                |r| r.get(0),
            )?;
            if !known {
                return Err(Error::field("exhibitor_id", FieldErrorCode::InvalidValue));
            }
        }
        return Ok(req.exhibitor_id);
    };
    let mine: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM orders WHERE id = ? AND user_id = ?)",
        params![order_id, user_id],
        |r| r.get(0),
    )?;
    if !mine {
        return Err(Error::NotFound);
    }
    let mut stmt = conn.prepare("SELECT exhibitor_id FROM order_parts WHERE order_id = ?")?;
    let parts: Vec<i64> = stmt
        .query_map([order_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    match (req.exhibitor_id, parts.as_slice()) {
        (Some(e), _) if parts.contains(&e) => Ok(Some(e)),
        (None, [only]) => Ok(Some(*only)),
        (None, _) => Err(Error::field("exhibitor_id", FieldErrorCode::Required)),
        (Some(_), _) => Err(Error::field("exhibitor_id", FieldErrorCode::InvalidValue)),
    }
}

/// Opens a ticket with its first message; answers its id. The first answer is due by the
/// member's `tier` (`rules::tickets::respond_within`).
pub fn open(
    conn: &mut Connection,
    user_id: i64,
    tier: Tier,
    req: &NewTicket,
    now: DateTime<Utc>,
) -> Result<i64> {
    let tx = conn.transaction()?;
    let open: usize = tx.query_row(
        "SELECT COUNT(*) FROM tickets WHERE user_id = ? AND status <> 'closed'",
        [user_id],
        |r| r.get(0),
    )?;
    if open >= MAX_OPEN_TICKETS {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "Too many open tickets; close some first",
        ));
    }
    let exhibitor = ticket_exhibitor(&tx, user_id, req)?;
    tx.execute(
        "INSERT INTO tickets (user_id, exhibitor_id, order_id, category, subject, status, respond_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)",
        params![user_id, exhibitor, req.order_id, req.category.code(), req.subject.trim(),
            now + rules::respond_within(tier), now, now],
    )?;
    let id = tx.last_insert_rowid();
    add_message(
        &tx,
        id,
        user_id,
        Author::Member,
        None,
        &req.text,
        &req.photo_ids,
        now,
    )?;
    tx.commit()?;
    Ok(id)
}

#[allow(clippy::too_many_arguments)]
fn add_message(
    conn: &Connection,
    ticket_id: i64,
    member: i64,
    author: Author,
    staff: Option<i64>,
    text: &str,
    photo_ids: &[String],
    now: DateTime<Utc>,
) -> Result<()> {
    let count: usize = conn.query_row(
        "SELECT COUNT(*) FROM ticket_messages WHERE ticket_id = ?",
        [ticket_id],
        |r| r.get(0),
    )?;
    if count >= MAX_TICKET_MESSAGES {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "This ticket has too many messages; open a new one",
        ));
    }
    conn.execute(
        "INSERT INTO ticket_messages (ticket_id, user_id, author, staff_user_id, text, created_at)
         VALUES (?, ?, ?, ?, ?, ?)",
        params![ticket_id, member, author.code(), staff, text.trim(), now],
    )?;
    let message_id = conn.last_insert_rowid();
    photos::attach(
        conn,
        staff.unwrap_or(member),
        member,
        photos::Target::Message(message_id),
        photo_ids,
    )
}

/// The ticket's status and member, if `who` may see it.
fn head(conn: &Connection, who: Who, id: i64) -> Result<(TicketStatus, i64)> {
    let (scope, arg) = who.scope();
    conn.query_row(
        &format!("SELECT t.status, t.user_id FROM tickets t WHERE t.id = ? AND {scope}"),
        params![id, arg],
        |r| Ok((col(r, "status")?, r.get(1)?)),
    )
    .optional()?
    .ok_or(Error::NotFound)
}

fn set_status(conn: &Connection, id: i64, status: TicketStatus, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?",
        params![status.code(), now, id],
    )?;
    Ok(())
}

/// A reply by the member or the staff; answers the ticket's member (a staff reply is for them
/// to hear of: `domain::service`).
pub fn reply(
    conn: &Connection,
    who: Who,
    id: i64,
    req: &TicketReply,
    now: DateTime<Utc>,
) -> Result<i64> {
    let (status, member) = head(conn, who, id)?;
    let (next, author, staff) = match who {
        Who::Member(_) => (rules::member_reply(status), Author::Member, None),
        Who::Staff { user_id, .. } => (
            rules::staff_reply(status, req.status),
            Author::Staff,
            Some(user_id),
        ),
    };
    let next = next.ok_or_else(wrong_status)?;
    add_message(
        conn,
        id,
        member,
        author,
        staff,
        &req.text,
        &req.photo_ids,
        now,
    )?;
    set_status(conn, id, next, now)?;
    if staff.is_some() {
        conn.execute(
            "UPDATE tickets SET first_answer_at = COALESCE(first_answer_at, ?) WHERE id = ?",
            params![now, id],
        )?;
    }
    Ok(member)
}

/// The member reopens or resolves their ticket.
pub fn member_sets(
    conn: &Connection,
    user_id: i64,
    id: i64,
    to: TicketStatus,
    now: DateTime<Utc>,
) -> Result<()> {
    let (status, _) = head(conn, Who::Member(user_id), id)?;
    let next = rules::member_sets(status, to).ok_or_else(wrong_status)?;
    set_status(conn, id, next, now)
}

/// The member rates the resolution, which closes the ticket.
pub fn rate(
    conn: &Connection,
    user_id: i64,
    id: i64,
    rating: &Rating,
    now: DateTime<Utc>,
) -> Result<()> {
    let (status, _) = head(conn, Who::Member(user_id), id)?;
    if !rules::may_rate(status) {
        return Err(wrong_status());
    }
    conn.execute(
        "UPDATE tickets SET rating_score = ?, rating_comment = ?, status = 'closed', updated_at = ? WHERE id = ?",
        params![rating.score, rating.comment.trim(), now, id],
    )?;
    Ok(())
}

/// One page of the tickets `who` sees: a member's newest first; the staff's queue by when an
/// answer is due, closed and resolved ones last.
pub fn list(conn: &Connection, who: Who, page: u32, limit: u32) -> Result<Page<TicketSummary>> {
    let (scope, arg) = who.scope();
    let order = match who {
        Who::Member(_) => "t.id DESC",
        Who::Staff { .. } => "t.status IN ('resolved', 'closed'), t.respond_by, t.id",
    };
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM tickets t WHERE {scope}"),
        [arg],
        |r| r.get(0),
    )?;
    let offset = Page::<()>::offset(page, limit);
    let mut stmt = conn.prepare(&format!(
        "{SUMMARY} WHERE {scope} ORDER BY {order} LIMIT ? OFFSET ?"
    ))?;
    let items = stmt
        .query_map(params![arg, limit, offset], summary)?
        .collect::<Result<_, _>>()?;
    Ok(Page::new(items, total, page, limit))
}

/// A ticket with its conversation, if `who` may see it.
pub fn ticket(conn: &Connection, who: Who, id: i64) -> Result<Option<Ticket>> {
    let (scope, arg) = who.scope();
    let found = conn
        .query_row(
            &format!("{SUMMARY} WHERE t.id = ? AND {scope}"),
            params![id, arg],
            |r| {
                Ok((
                    summary(r)?,
                    r.get::<_, Option<u8>>(10)?,
                    r.get::<_, Option<String>>(11)?,
                ))
            },
        )
        .optional()?;
    let Some((summary, score, comment)) = found else {
        return Ok(None);
    };
    let rating = score.map(|score| Rating {
        score,
        comment: comment.unwrap_or_default(),
    });
    let mut stmt = conn.prepare(
        "SELECT id, author, text, created_at FROM ticket_messages WHERE ticket_id = ? ORDER BY id",
    )?;
    let rows: Vec<(i64, Author, String, DateTime<Utc>)> = stmt
        .query_map([id], |r| {
            Ok((r.get(0)?, col(r, "author")?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut messages = Vec::with_capacity(rows.len());
    for (mid, author, text, at) in rows {
        messages.push(TicketMessage {
            id: mid,
            author,
            text,
            photos: photos::of(conn, photos::Target::Message(mid))?,
            at: at.into(),
        });
    }
    Ok(Some(Ticket {
        summary,
        messages,
        rating,
    }))
}
