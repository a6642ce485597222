//! Idempotent writes: the first answer to a key is kept, a repeat with the same request gets it
//! again, the same key with another request is refused. Keys expire after a day.

use chrono::{Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{Error, Result};

/// How long a key is remembered.
pub const KEEP: Duration = Duration::hours(24);

/// A stored answer to an idempotent write.
pub struct StoredResponse {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

fn idempotent_response(
    conn: &Connection,
    scope: &str,
    key: &str,
) -> Result<Option<StoredResponse>> {
    Ok(conn
        .query_row(
            "SELECT request_hash, status, body FROM idempotency_keys
             WHERE scope = ? AND key = ? AND created_at > ?",
            params![scope, key, Utc::now() - KEEP],
            |r| {
                Ok(StoredResponse {
                    request_hash: r.get(0)?,
                    status: r.get(1)?,
                    body: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// The id that an earlier request with this key created (a replay), if any. The same key with a
/// different request is a client bug: `KeyReused`, nothing done.
pub fn replayed_id(
    conn: &Connection,
    scope: &str,
    key: &str,
    request_hash: &str,
) -> Result<Option<i64>> {
    match idempotent_response(conn, scope, key)? {
        None => Ok(None),
        Some(stored) if stored.request_hash != request_hash => Err(Error::KeyReused),
        Some(stored) => stored
            .body
            .parse()
            .map(Some)
            .map_err(|_| Error::Internal(format!("stored answer of {scope} is not an id"))),
    }
}

/// Keeps the answer to an idempotent write; `user_id` ties it to the account (personal data).
pub fn store_idempotent_response(
    conn: &Connection,
    scope: &str,
    key: &str,
    resp: &StoredResponse,
    user_id: Option<i64>,
) -> Result<()> {
    let now = Utc::now();
    // Expired keys go first, so a key can be used again after a day and the table stays small.
    conn.execute(
        "DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND created_at <= ?",
        params![scope, key, now - KEEP],
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO idempotency_keys (scope, key, request_hash, status, body, created_at, user_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![scope, key, resp.request_hash, resp.status, resp.body, now, user_id],
    )?;
    Ok(())
}

/// Forgets keys older than `KEEP` (run now and then).
pub fn purge_expired(conn: &Connection) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM idempotency_keys WHERE created_at <= ?",
        [Utc::now() - KEEP],
    )?)
}
