//! Sharing one's contact with one exhibitor (issue 25): the request made at an exhibitor's first
//! scan of the badge, and the visitor's decisions, kept as consent receipts that name the
//! exhibitor (`consent_receipts.exhibitor_id`). The policy's own purposes are `db::consent`'s.

use chrono::{DateTime, Utc};
use expocx_contract::leads::{ContactShare, ShareState};
use expocx_contract::{purpose, ConsentChannel};
use rusqlite::{params, Connection, OptionalExtension};

use super::{loc, Codec, Error, Result};

/// Records that `exhibitor_id` scanned the visitor's badge; `true` when it had never asked
/// before (the visitor is to be asked now).
pub fn ask(conn: &Connection, user_id: i64, exhibitor_id: i64, at: DateTime<Utc>) -> Result<bool> {
    let inserted = conn.execute(
        "INSERT INTO share_requests (user_id, exhibitor_id, asked_at, scanned_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, exhibitor_id) DO NOTHING",
        params![user_id, exhibitor_id, at, at],
    )?;
    if inserted == 0 {
        conn.execute(
            "UPDATE share_requests SET scanned_at = max(scanned_at, ?) WHERE user_id = ? AND exhibitor_id = ?",
            params![at, user_id, exhibitor_id],
        )?;
    }
    Ok(inserted == 1)
}

/// The latest decision for this exhibitor: (granted, receipt id, when).
fn latest(
    conn: &Connection,
    user_id: i64,
    exhibitor_id: i64,
) -> Result<Option<(bool, String, DateTime<Utc>)>> {
    Ok(conn
        .query_row(
            "SELECT granted, id, recorded_at FROM consent_receipts
             WHERE user_id = ? AND exhibitor_id = ? ORDER BY seq DESC LIMIT 1",
            params![user_id, exhibitor_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}

/// Whether the visitor shares their contact with this exhibitor now.
pub fn shares(conn: &Connection, user_id: i64, exhibitor_id: i64) -> Result<bool> {
    Ok(latest(conn, user_id, exhibitor_id)?.is_some_and(|(granted, _, _)| granted))
}

/// Whether the visitor shares their contact with any exhibitor now.
pub fn shares_any(conn: &Connection, user_id: i64) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM consent_receipts r
         WHERE r.user_id = ?1 AND r.exhibitor_id IS NOT NULL AND r.granted = 1
           AND r.seq = (SELECT max(seq) FROM consent_receipts s
                        WHERE s.user_id = ?1 AND s.exhibitor_id = r.exhibitor_id)",
        [user_id],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Records the visitor's decision for an exhibitor that asked (`NotFound` for one that never
/// scanned their badge); an unchanged decision writes no receipt.
pub fn decide(
    conn: &Connection,
    user_id: i64,
    exhibitor_id: i64,
    granted: bool,
    channel: ConsentChannel,
    now: DateTime<Utc>,
) -> Result<()> {
    let asked: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM share_requests WHERE user_id = ? AND exhibitor_id = ?",
            params![user_id, exhibitor_id],
            |r| r.get(0),
        )
        .optional()?;
    if asked.is_none() {
        return Err(Error::NotFound);
    }
    if latest(conn, user_id, exhibitor_id)?.is_some_and(|(g, _, _)| g == granted) {
        return Ok(());
    }
    let version: u32 = conn.query_row("SELECT max(version) FROM consent_policy", [], |r| {
        r.get::<_, Option<u32>>(0).map(|v| v.unwrap_or(1))
    })?;
    conn.execute(
        "INSERT INTO consent_receipts (id, user_id, purpose, granted, policy_version, channel, recorded_at, exhibitor_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        params![crate::ids::receipt_id("CR"), user_id, purpose::SHARE_WITH_EXHIBITORS, granted, version, channel.code(), now, exhibitor_id],
    )?;
    Ok(())
}

/// The exhibitors that currently get the visitor's contact.
pub fn granted_to(conn: &Connection, user_id: i64) -> Result<Vec<i64>> {
    Ok(list(conn, user_id)?
        .into_iter()
        .filter(|s| s.state == ShareState::Shared)
        .map(|s| s.exhibitor_id)
        .collect())
}

/// Every exhibitor that scanned the visitor's badge, with the visitor's decision.
pub fn list(conn: &Connection, user_id: i64) -> Result<Vec<ContactShare>> {
    let mut stmt = conn.prepare(
        "SELECT q.exhibitor_id, e.name_json, q.scanned_at FROM share_requests q
         JOIN exhibitors e ON e.id = q.exhibitor_id WHERE q.user_id = ? ORDER BY q.scanned_at DESC",
    )?;
    let rows = stmt
        .query_map([user_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, DateTime<Utc>>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(exhibitor_id, name, scanned_at)| {
            let last = latest(conn, user_id, exhibitor_id)?;
            Ok(ContactShare {
                exhibitor_id,
                exhibitor: loc(&name),
                state: match &last {
                    None => ShareState::Asked,
                    Some((true, _, _)) => ShareState::Shared,
                    Some((false, _, _)) => ShareState::Declined,
                },
                scanned_at: scanned_at.into(),
                decided_at: last.as_ref().map(|(_, _, at)| (*at).into()),
                receipt_id: last.map(|(_, id, _)| id),
            })
        })
        .collect()
}
