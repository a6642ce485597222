//! A lead's notes, and the exhibitor's lead settings (questions and scoring rules).

use chrono::{DateTime, Utc};
use expocx_contract::leads::{LeadNote, LeadSettings};
use rusqlite::{params, Connection, OptionalExtension};

use super::{json, staff, Result};

/// Adds a note (the lead's version moves, so an open edit form learns of it).
pub fn note(
    conn: &Connection,
    lead_id: i64,
    staff_id: i64,
    text: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO lead_notes (lead_id, staff_id, text, at) VALUES (?, ?, ?, ?)",
        params![lead_id, staff_id, text.trim(), now],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute(
        "UPDATE leads SET version = version + 1 WHERE id = ?",
        [lead_id],
    )?;
    Ok(id)
}

pub fn note_count(conn: &Connection, lead_id: i64) -> Result<usize> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM lead_notes WHERE lead_id = ?",
        [lead_id],
        |r| r.get::<_, i64>(0),
    )? as usize)
}

pub fn notes(conn: &Connection, lead_id: i64) -> Result<Vec<LeadNote>> {
    let mut stmt = conn.prepare(
        "SELECT n.id, n.staff_id, u.display_name, n.text, n.at FROM lead_notes n
         LEFT JOIN users u ON u.id = n.staff_id WHERE n.lead_id = ? ORDER BY n.id DESC",
    )?;
    let rows = stmt.query_map([lead_id], |r| {
        Ok(LeadNote {
            id: r.get(0)?,
            author: staff(r, "staff_id", "display_name")?,
            text: r.get(3)?,
            at: r.get::<_, DateTime<Utc>>(4)?.into(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The exhibitor's settings (the documented defaults until it saves its own).
pub fn settings(conn: &Connection, exhibitor_id: i64) -> Result<LeadSettings> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT settings_json FROM lead_settings WHERE exhibitor_id = ?",
            [exhibitor_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(stored
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default())
}

pub fn save_settings(
    conn: &Connection,
    exhibitor_id: i64,
    s: &LeadSettings,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO lead_settings (exhibitor_id, settings_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (exhibitor_id) DO UPDATE SET settings_json = excluded.settings_json,
             updated_at = excluded.updated_at",
        params![exhibitor_id, json(s), now],
    )?;
    Ok(())
}
