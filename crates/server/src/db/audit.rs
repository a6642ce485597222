//! The audit trail of each exhibitor: who did what, when. Never the data itself (an export's
//! filters and row count, not its rows). Kept `AUDIT_RETENTION_DAYS`.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{AuditAction, AuditEvent, Page, AUDIT_RETENTION_DAYS};
use rusqlite::{params, Connection};
use serde_json::Value;

use super::Result;

fn action_name(a: AuditAction) -> String {
    serde_json::to_value(a)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Who did it, and the member it is about (shown by their current name).
pub struct Who {
    pub exhibitor_id: i64,
    /// None: the organizer's import.
    pub actor: Option<i64>,
    pub subject: Option<i64>,
}

/// Records `event` (its `action` and details; `id`, `at` and `actor` are the store's).
pub fn record(conn: &Connection, who: &Who, event: &AuditEvent, now: DateTime<Utc>) -> Result<()> {
    let mut detail = serde_json::to_value(event).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut detail {
        for key in ["id", "at", "actor", "action", "target"] {
            m.remove(key);
        }
    }
    conn.execute(
        "INSERT INTO audit_events (exhibitor_id, actor_id, subject_id, action, target, detail_json, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![
            who.exhibitor_id,
            who.actor,
            who.subject,
            action_name(event.action),
            event.target,
            detail.to_string(),
            now
        ],
    )?;
    Ok(())
}

/// The exhibitor's events, newest first; the actor's current name, none once erased.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    page: u32,
    limit: u32,
) -> Result<Page<AuditEvent>> {
    let total: u64 = conn.query_row(
        "SELECT COUNT(*) FROM audit_events WHERE exhibitor_id = ?",
        [exhibitor_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT a.id, a.at, u.display_name, a.action, COALESCE(s.display_name, a.target), a.detail_json
         FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN users s ON s.id = a.subject_id
         WHERE a.exhibitor_id = ? ORDER BY a.id DESC LIMIT ? OFFSET ?",
    )?;
    let offset = u64::from(page.saturating_sub(1)) * u64::from(limit);
    let rows = stmt.query_map(params![exhibitor_id, limit, offset], |r| {
        let mut v: Value = serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or(Value::Null);
        if !v.is_object() {
            v = Value::Object(Default::default());
        }
        let at: DateTime<Utc> = r.get(1)?;
        v["id"] = r.get::<_, i64>(0)?.into();
        v["at"] = serde_json::to_value(expocx_contract::Timestamp::from(at)).unwrap_or_default();
        v["actor"] = r.get::<_, Option<String>>(2)?.into();
        v["action"] = r.get::<_, String>(3)?.into();
        v["target"] = r.get::<_, Option<String>>(4)?.into();
        Ok(v)
    })?;
    let mut items = Vec::new();
    for v in rows {
        let v = v?;
        items.push(serde_json::from_value(v).map_err(|e| super::Error::Internal(e.to_string()))?);
    }
    Ok(Page {
        items,
        total,
        page,
        limit,
    })
}

/// Deletes events older than the retention period; how many.
pub fn purge(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM audit_events WHERE at < ?",
        [now - Duration::days(AUDIT_RETENTION_DAYS)],
    )?)
}
