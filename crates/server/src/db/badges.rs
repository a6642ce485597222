//! The member's badge: a random code booth staff scan (it identifies, it never signs anyone in);
//! what a scan reveals follows the visitor's consent to share contact details with exhibitors.

use chrono::{DateTime, Utc};
use expocx_contract::{purpose, Badge, ScannedVisitor};
use rusqlite::{params, Connection, OptionalExtension};

use super::consent::{allows, Subject};
use super::{Error, Result};
use crate::ids::random_hex;

const PREFIX: &str = "EXPOCX:BADGE:";

fn shares(conn: &Connection, user_id: i64) -> Result<bool> {
    allows(
        conn,
        &Subject::User(user_id),
        purpose::SHARE_WITH_EXHIBITORS,
    )
}

/// The member's badge, made on first use.
pub fn badge(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Badge> {
    let code: Option<String> = conn
        .query_row(
            "SELECT code FROM badges WHERE user_id = ?",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    match code {
        Some(code) => Ok(Badge {
            code,
            shares_contact: shares(conn, user_id)?,
        }),
        None => renew(conn, user_id, now),
    }
}

/// A new badge code for the member; the previous one stops working.
pub fn renew(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Badge> {
    let code = format!("{PREFIX}{}", random_hex(16));
    conn.execute(
        "INSERT INTO badges (user_id, code, created_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET code = excluded.code, created_at = excluded.created_at",
        params![user_id, code, now],
    )?;
    Ok(Badge {
        code,
        shares_contact: shares(conn, user_id)?,
    })
}

/// What booth staff of `exhibitor_id` learn from scanning `code`; `NotFound` for a code that is
/// not (or no longer) a badge. The scan is recorded for the visitor's export.
pub fn scan(
    conn: &Connection,
    exhibitor_id: i64,
    code: &str,
    now: DateTime<Utc>,
) -> Result<ScannedVisitor> {
    let user_id: i64 = conn
        .query_row(
            "SELECT user_id FROM badges WHERE code = ?",
            [code.trim()],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(Error::NotFound)?;
    let shared = shares(conn, user_id)?;
    conn.execute(
        "INSERT INTO badge_scans (user_id, exhibitor_id, shared, at) VALUES (?, ?, ?, ?)",
        params![user_id, exhibitor_id, shared, now],
    )?;
    let tier = super::membership::membership(conn, user_id, now)?.tier;
    let (contact, email) = if shared {
        let email: String =
            conn.query_row("SELECT email FROM users WHERE id = ?", [user_id], |r| {
                r.get(0)
            })?;
        (Some(super::account::profile(conn, user_id)?), Some(email))
    } else {
        (None, None)
    };
    Ok(ScannedVisitor {
        tier,
        shares_contact: shared,
        contact,
        email,
    })
}
