//! The exhibitor's after-sales desk: the queue with filters, who handles a ticket, and
//! internal notes. Notes live in their own table that no member-facing query reads.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use expocx_contract::{
    Assigned, FieldErrorCode, InternalNote, Page, StaffMember, StaffTicket, StaffTicketQuery,
    StaffTicketRow, Ticket,
};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

use super::{summary, SUMMARY};
use crate::db::{Codec, Error, Result};

/// The staff of `exhibitor`, by name.
pub fn staff(conn: &Connection, exhibitor: i64) -> Result<Vec<StaffMember>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, display_name FROM users WHERE exhibitor_id = ? ORDER BY display_name, id",
    )?;
    let rows = stmt
        .query_map([exhibitor], |r| {
            Ok(StaffMember {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

fn member(conn: &Connection, user_id: Option<i64>) -> Result<Option<StaffMember>> {
    let Some(id) = user_id else { return Ok(None) };
    Ok(conn
        .query_row("SELECT display_name FROM users WHERE id = ?", [id], |r| {
            Ok(StaffMember {
                id,
                name: r.get(0)?,
            })
        })
        .optional()?)
}

/// One page of the exhibitor's queue: open tickets by when an answer is due (higher tiers are
/// due sooner), resolved and closed last; filtered by status and by who handles them. Rows of
/// the customers `red_carpet` names are flagged.
pub fn queue(
    conn: &Connection,
    (exhibitor, me): (i64, i64),
    q: &StaffTicketQuery,
    (page, limit): (u32, u32),
    red_carpet: &HashSet<i64>,
    now: DateTime<Utc>,
) -> Result<Page<StaffTicketRow>> {
    let mut filter = String::from(" WHERE t.exhibitor_id = ?");
    let mut args = vec![Value::Integer(exhibitor)];
    if let Some(s) = q.status {
        filter.push_str(" AND t.status = ?");
        args.push(Value::Text(s.code().into()));
    }
    match q.assigned {
        Some(Assigned::Me) => {
            filter.push_str(" AND t.assignee_user_id = ?");
            args.push(Value::Integer(me));
        }
        Some(Assigned::Nobody) => filter.push_str(" AND t.assignee_user_id IS NULL"),
        None => {}
    }
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM tickets t{filter}"),
        params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    args.push(Value::Integer(limit.into()));
    args.push(Value::Integer(Page::<()>::offset(page, limit) as i64));
    let sql = SUMMARY.replace(
        " FROM tickets t",
        ", u.display_name, t.assignee_user_id, t.first_answer_at, t.user_id FROM tickets t JOIN users u ON u.id = t.user_id",
    );
    let mut stmt = conn.prepare(&format!(
        "{sql}{filter} ORDER BY t.status IN ('resolved', 'closed'), t.respond_by, t.id LIMIT ? OFFSET ?"
    ))?;
    let rows: Vec<(StaffTicketRow, Option<i64>)> = stmt
        .query_map(params_from_iter(args.iter()), |r| {
            let s = summary(r)?;
            let answered: Option<String> = r.get(14)?;
            let open = !matches!(s.status.code(), "resolved" | "closed");
            let overdue = open && answered.is_none() && *s.respond_by < now;
            Ok((
                StaffTicketRow {
                    summary: s,
                    customer: r.get(12)?,
                    assignee: None,
                    overdue,
                    awaiting_answer: open && answered.is_none(),
                    red_carpet: red_carpet.contains(&r.get::<_, i64>(15)?),
                },
                r.get(13)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut items = Vec::with_capacity(rows.len());
    for (mut row, assignee) in rows {
        row.assignee = member(conn, assignee)?;
        items.push(row);
    }
    Ok(Page::new(items, total, page, limit))
}

/// `ticket` (as `tickets::ticket` read it for the staff) of the exhibitor as staff see it, with
/// the member's name, who handles it and the internal notes.
pub fn ticket(conn: &Connection, ticket: Ticket, exhibitor: i64) -> Result<StaffTicket> {
    let id = ticket.summary.id;
    let (customer, assignee): (String, Option<i64>) = conn.query_row(
        "SELECT u.display_name, t.assignee_user_id FROM tickets t JOIN users u ON u.id = t.user_id
         WHERE t.id = ? AND t.exhibitor_id = ?",
        params![id, exhibitor],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut stmt = conn.prepare_cached(
        "SELECT n.id, u.display_name, n.text, n.at FROM ticket_notes n
         LEFT JOIN users u ON u.id = n.staff_user_id WHERE n.ticket_id = ? ORDER BY n.id",
    )?;
    let notes = stmt
        .query_map([id], |r| {
            Ok(InternalNote {
                id: r.get(0)?,
                by: r.get(1)?,
                text: r.get(2)?,
                at: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(StaffTicket {
        ticket,
        customer,
        assignee: member(conn, assignee)?,
        notes,
    })
}

fn exists(conn: &Connection, exhibitor: i64, id: i64) -> Result<()> {
    let found: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM tickets WHERE id = ? AND exhibitor_id = ?)",
        params![id, exhibitor],
        |r| r.get(0),
    )?;
    found.then_some(()).ok_or(Error::NotFound)
}

/// Keeps a note on the ticket for the exhibitor's staff.
pub fn add_note(
    conn: &Connection,
    staff_user: i64,
    exhibitor: i64,
    id: i64,
    text: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    exists(conn, exhibitor, id)?;
    let count: usize = conn.query_row(
        "SELECT COUNT(*) FROM ticket_notes WHERE ticket_id = ?",
        [id],
        |r| r.get(0),
    )?;
    if count >= expocx_contract::MAX_TICKET_MESSAGES {
        return Err(Error::Conflict(
            expocx_contract::ErrorCode::LimitReached,
            "This ticket has as many notes as it can keep",
        ));
    }
    conn.execute(
        "INSERT INTO ticket_notes (ticket_id, staff_user_id, text, at) VALUES (?, ?, ?, ?)",
        params![id, staff_user, text.trim(), now],
    )?;
    Ok(())
}

/// Hands the ticket to a staff member of the exhibitor (or to nobody).
pub fn assign(conn: &Connection, exhibitor: i64, id: i64, assignee: Option<i64>) -> Result<()> {
    exists(conn, exhibitor, id)?;
    if let Some(a) = assignee {
        let staff: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM users WHERE id = ? AND exhibitor_id = ?)",
            params![a, exhibitor],
            |r| r.get(0),
        )?;
        if !staff {
            return Err(Error::field("assignee_id", FieldErrorCode::InvalidValue));
        }
    }
    conn.execute(
        "UPDATE tickets SET assignee_user_id = ? WHERE id = ?",
        params![assignee, id],
    )?;
    Ok(())
}

/// The tickets `user_id` handled go back to the queue (they left the team).
pub fn release(conn: &Connection, user_id: i64) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE tickets SET assignee_user_id = NULL WHERE assignee_user_id = ?",
        [user_id],
    )?)
}

/// Who handles ticket `id` (`None`: nobody yet, or no such ticket).
pub fn assignee(conn: &Connection, id: i64) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT assignee_user_id FROM tickets WHERE id = ?",
            [id],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten())
}
