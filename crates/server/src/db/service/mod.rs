//! After-sales service: tickets (`tickets`, the member's side), the exhibitor's desk (`desk`) and
//! returns (`returns`). What they share lives here: who acts, the ticket summary row, and the
//! photos attached to a message or a return (stored as uploaded, the type read from the bytes, and
//! shown only to the member and the exhibitor's staff).

pub mod returns;
pub mod staff_tickets;
pub mod tickets;

use expocx_contract::{ErrorCode, TicketSummary};

use super::{col, Error};

/// Photos of a ticket message or a return.
pub mod photos {
    use chrono::{DateTime, Utc};
    use expocx_contract::{ErrorCode, FieldErrorCode, Photo, User, API_PREFIX, MAX_WAITING_PHOTOS};
    use rusqlite::{params, Connection, OptionalExtension};

    use crate::db::{Error, Result};
    use crate::ids::random_hex;

    fn photo(id: String, content_type: String, bytes: u64) -> Photo {
        Photo {
            url: format!("{API_PREFIX}/photos/{id}"),
            id,
            content_type,
            bytes,
        }
    }

    /// Stores an upload of `content_type` (already read from the bytes) for `user_id`.
    pub fn store(
        conn: &Connection,
        user_id: i64,
        content_type: &str,
        data: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Photo> {
        let waiting: usize = conn.query_row(
        "SELECT COUNT(*) FROM photos WHERE uploaded_by = ? AND message_id IS NULL AND return_id IS NULL",
        [user_id],
        |r| r.get(0),
    )?;
        if waiting >= MAX_WAITING_PHOTOS {
            return Err(Error::Conflict(
                ErrorCode::LimitReached,
                "Too many photos wait to be sent; send or forget some first",
            ));
        }
        let id = random_hex(16);
        conn.execute(
            "INSERT INTO photos (id, user_id, uploaded_by, content_type, size, data, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
            params![id, user_id, user_id, content_type, data.len(), data, now],
        )?;
        Ok(photo(id, content_type.into(), data.len() as u64))
    }

    /// What photos are attached to.
    #[derive(Debug, Clone, Copy)]
    pub enum Target {
        Message(i64),
        Return(i64),
    }

    /// Attaches the uploader's waiting photos to a message of `member`'s ticket or to their return;
    /// any id that is not such a photo refuses the whole request.
    pub fn attach(
        conn: &Connection,
        uploader: i64,
        member: i64,
        target: Target,
        ids: &[String],
    ) -> Result<()> {
        let (column, target_id) = match target {
            Target::Message(id) => ("message_id", id),
            Target::Return(id) => ("return_id", id),
        };
        for id in ids {
            let n = conn.execute(
                &format!(
                    "UPDATE photos SET {column} = ?, user_id = ? WHERE id = ? AND uploaded_by = ?
                 AND message_id IS NULL AND return_id IS NULL"
                ),
                params![target_id, member, id, uploader],
            )?;
            if n != 1 {
                return Err(Error::field("photo_ids", FieldErrorCode::InvalidValue));
            }
        }
        Ok(())
    }

    /// The photos attached to a message or a return.
    pub fn of(conn: &Connection, target: Target) -> Result<Vec<Photo>> {
        let (sql, id) = match target {
            Target::Message(id) => (
                "SELECT id, content_type, size FROM photos WHERE message_id = ? ORDER BY rowid",
                id,
            ),
            Target::Return(id) => (
                "SELECT id, content_type, size FROM photos WHERE return_id = ? ORDER BY rowid",
                id,
            ),
        };
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt
            .query_map([id], |r| Ok(photo(r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// A photo's type and bytes, for its uploader, the ticket's member or the exhibitor's staff;
    /// `None` for anyone else (as if it did not exist).
    pub fn load(conn: &Connection, viewer: &User, id: &str) -> Result<Option<(String, Vec<u8>)>> {
        Ok(conn
            .query_row(
                "SELECT p.content_type, p.data FROM photos p
             LEFT JOIN ticket_messages m ON m.id = p.message_id
             LEFT JOIN tickets t ON t.id = m.ticket_id
             LEFT JOIN returns r ON r.id = p.return_id
             WHERE p.id = ?1 AND (p.uploaded_by = ?2 OR t.user_id = ?2 OR r.user_id = ?2
                   OR (?3 IS NOT NULL AND (t.exhibitor_id = ?3 OR r.exhibitor_id = ?3)))",
                params![id, viewer.id, viewer.exhibitor_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

/// Who acts on a ticket: its member, or staff of an exhibitor.
#[derive(Debug, Clone, Copy)]
pub enum Who {
    Member(i64),
    Staff { user_id: i64, exhibitor_id: i64 },
}

impl Who {
    /// SQL condition (on a table aliased `t` with `user_id` and `exhibitor_id`) and its
    /// parameter: the rows this actor may see.
    pub(crate) fn scope(self) -> (&'static str, i64) {
        match self {
            Who::Member(u) => ("t.user_id = ?", u),
            Who::Staff { exhibitor_id, .. } => ("t.exhibitor_id = ?", exhibitor_id),
        }
    }
}

pub(crate) fn wrong_status() -> Error {
    Error::Conflict(
        ErrorCode::WrongStatus,
        "The ticket's status does not allow this now",
    )
}

pub(crate) const SUMMARY: &str = "SELECT t.id, t.category, t.subject, t.status, t.order_id, o.number, t.exhibitor_id,
    t.created_at, t.updated_at, t.respond_by, t.rating_score, t.rating_comment FROM tickets t LEFT JOIN orders o ON o.id = t.order_id";

pub(crate) fn summary(r: &rusqlite::Row) -> rusqlite::Result<TicketSummary> {
    Ok(TicketSummary {
        id: r.get(0)?,
        category: col(r, "category")?,
        subject: r.get(2)?,
        status: col(r, "status")?,
        order_id: r.get(4)?,
        order_number: r.get(5)?,
        exhibitor_id: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        respond_by: r.get(9)?,
    })
}
