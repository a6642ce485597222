//! The member's badge: a random code booth staff scan (it identifies, it never signs anyone in),
//! kept as signed (`badge_sign`), and the record of each scan. What a scan reveals is `domain::badges`' (it follows consent).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{Error, Result};
use crate::ids::random_hex;

const PREFIX: &str = "EXPOCX:BADGE:";

/// The member's badge code, if one was made.
pub fn code(conn: &Connection, user_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT code FROM badges WHERE user_id = ?",
            [user_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// A new badge code for the member, its random id sealed by `sign`; the previous one stops
/// working.
pub fn renew(
    conn: &Connection,
    user_id: i64,
    sign: impl FnOnce(&str) -> String,
    now: DateTime<Utc>,
) -> Result<String> {
    let code = sign(&format!("{PREFIX}{}", random_hex(16)));
    conn.execute(
        "INSERT INTO badges (user_id, code, created_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET code = excluded.code, created_at = excluded.created_at",
        params![user_id, code, now],
    )?;
    Ok(code)
}

/// Whose badge `code` is; `NotFound` for a code that is not (or no longer) a badge.
pub fn holder(conn: &Connection, code: &str) -> Result<i64> {
    conn.query_row(
        "SELECT user_id FROM badges WHERE code = ?",
        [code.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// Records a scan for the visitor's export (`shared`: whether contact details were shown).
pub fn record_scan(
    conn: &Connection,
    user_id: i64,
    exhibitor_id: i64,
    shared: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO badge_scans (user_id, exhibitor_id, shared, at) VALUES (?, ?, ?, ?)",
        params![user_id, exhibitor_id, shared, now],
    )?;
    Ok(())
}

/// The badge signing key (`pkcs8`, `public`), made by `make` and kept on first use.
pub fn signing_key(
    conn: &Connection,
    make: impl FnOnce() -> (Vec<u8>, Vec<u8>),
    now: DateTime<Utc>,
) -> Result<(Vec<u8>, Vec<u8>)> {
    let read = |conn: &Connection| {
        conn.query_row(
            "SELECT pkcs8, public_key FROM signing_keys WHERE purpose = 'badge'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
    };
    if let Some(key) = read(conn)? {
        return Ok(key);
    }
    let (pkcs8, public) = make();
    // Two first uses at once keep the first key written.
    conn.execute(
        "INSERT OR IGNORE INTO signing_keys (purpose, pkcs8, public_key, created_at)
         VALUES ('badge', ?, ?, ?)",
        params![pkcs8, public, now],
    )?;
    read(conn)?.ok_or(Error::NotFound)
}
