//! The account's stored interest profile (personalization consent only; the callers check it).

use chrono::{DateTime, Utc};
use expocx_contract::InterestProfile;
use rusqlite::{params, Connection, OptionalExtension};

use super::{json, Result};

pub fn interests(conn: &Connection, user_id: i64) -> Result<InterestProfile> {
    Ok(conn
        .query_row(
            "SELECT profile_json FROM interest_profiles WHERE user_id = ?",
            [user_id],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

pub fn store_interests(
    conn: &Connection,
    user_id: i64,
    profile: &InterestProfile,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO interest_profiles (user_id, profile_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET profile_json = excluded.profile_json,
         updated_at = excluded.updated_at",
        params![user_id, json(profile), now],
    )?;
    Ok(())
}

pub fn delete_interests(conn: &Connection, user_id: i64) -> Result<()> {
    conn.execute("DELETE FROM interest_profiles WHERE user_id = ?", [user_id])?;
    Ok(())
}
