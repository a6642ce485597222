//! Photos for service tickets: stored as uploaded (the type read from the bytes), attached to
//! one message, and shown only to the ticket's member and the exhibitor's staff.

use chrono::{DateTime, Utc};
use expocx_contract::{ErrorCode, FieldErrorCode, Photo, User, API_PREFIX, MAX_WAITING_PHOTOS};
use rusqlite::{params, Connection, OptionalExtension};

use super::{Error, Result};
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
        "SELECT COUNT(*) FROM photos WHERE uploaded_by = ? AND message_id IS NULL",
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

/// Attaches the uploader's waiting photos to a message of `member`'s ticket; any id that is
/// not such a photo refuses the whole message.
pub fn attach(
    conn: &Connection,
    uploader: i64,
    member: i64,
    message_id: i64,
    ids: &[String],
) -> Result<()> {
    for id in ids {
        let n = conn.execute(
            "UPDATE photos SET message_id = ?, user_id = ? WHERE id = ? AND uploaded_by = ? AND message_id IS NULL",
            params![message_id, member, id, uploader],
        )?;
        if n != 1 {
            return Err(Error::field("photo_ids", FieldErrorCode::InvalidValue));
        }
    }
    Ok(())
}

/// The photos of a message.
pub fn of_message(conn: &Connection, message_id: i64) -> Result<Vec<Photo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, content_type, size FROM photos WHERE message_id = ? ORDER BY rowid",
    )?;
    let rows = stmt
        .query_map([message_id], |r| Ok(photo(r.get(0)?, r.get(1)?, r.get(2)?)))?
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
             WHERE p.id = ?1 AND (p.uploaded_by = ?2 OR t.user_id = ?2
                   OR (?3 IS NOT NULL AND t.exhibitor_id = ?3))",
            params![id, viewer.id, viewer.exhibitor_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
