//! The member's badge and what booth staff learn from scanning it: the tier always; name and
//! contact details only with the consent to share them with exhibitors.

use chrono::{DateTime, Utc};
use expocx_contract::{purpose, Badge, ScannedVisitor};
use rusqlite::Connection;

use super::consent;
use crate::db::consent::Subject;
use crate::db::{account, badges, membership, Result};

fn shares(conn: &Connection, user_id: i64) -> Result<bool> {
    consent::allows(
        conn,
        &Subject::User(user_id),
        purpose::SHARE_WITH_EXHIBITORS,
    )
}

/// The member's badge, made on first use.
pub fn badge(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Badge> {
    let code = match badges::code(conn, user_id)? {
        Some(code) => code,
        None => badges::renew(conn, user_id, now)?,
    };
    Ok(Badge {
        code,
        shares_contact: shares(conn, user_id)?,
    })
}

/// A new badge code for the member; the previous one stops working.
pub fn renew(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Badge> {
    Ok(Badge {
        code: badges::renew(conn, user_id, now)?,
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
    let user_id = badges::holder(conn, code)?;
    let shared = shares(conn, user_id)?;
    badges::record_scan(conn, user_id, exhibitor_id, shared, now)?;
    let tier = membership::membership(conn, user_id, now)?.tier;
    let (contact, email) = if shared {
        let email = account::email(conn, user_id)?;
        (Some(account::profile(conn, user_id)?), Some(email))
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
