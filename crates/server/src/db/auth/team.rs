//! The team side of accounts: which accounts are an exhibitor's staff, in which role. An account
//! belongs to at most one exhibitor (`users.exhibitor_id`).

use expocx_contract::{StaffRole, TeamMember};
use rusqlite::{params, Connection, OptionalExtension};

use crate::db::Result;

/// The exhibitor's members, owners first, then by name; `me` is marked `you`.
pub fn members(conn: &Connection, exhibitor_id: i64, me: i64) -> Result<Vec<TeamMember>> {
    let mut stmt = conn.prepare(
        "SELECT id, display_name, email, COALESCE(staff_role, 'booth') FROM users
         WHERE exhibitor_id = ?
         ORDER BY CASE COALESCE(staff_role, 'booth') WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END,
                  display_name, id",
    )?;
    let rows = stmt.query_map([exhibitor_id], |r| {
        let role: String = r.get(3)?;
        let user_id: i64 = r.get(0)?;
        Ok(TeamMember {
            user_id,
            name: r.get(1)?,
            email: r.get(2)?,
            role: StaffRole::parse(&role).unwrap_or(StaffRole::Booth),
            you: user_id == me,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The member's role, if `user_id` is on `exhibitor_id`'s team.
pub fn role_of(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<Option<StaffRole>> {
    let role: Option<String> = conn
        .query_row(
            "SELECT COALESCE(staff_role, 'booth') FROM users WHERE id = ? AND exhibitor_id = ?",
            params![user_id, exhibitor_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(role.as_deref().and_then(StaffRole::parse))
}

/// How many owners the team has.
pub fn owners(conn: &Connection, exhibitor_id: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM users WHERE exhibitor_id = ? AND COALESCE(staff_role, 'booth') = 'owner'",
        [exhibitor_id],
        |r| r.get(0),
    )?)
}

/// Sets a member's role.
pub fn set_role(conn: &Connection, exhibitor_id: i64, user_id: i64, role: StaffRole) -> Result<()> {
    conn.execute(
        "UPDATE users SET staff_role = ? WHERE id = ? AND exhibitor_id = ?",
        params![role.as_str(), user_id, exhibitor_id],
    )?;
    Ok(())
}

/// A visitor account joins the team; `false` when it is on a team already.
pub fn join(conn: &Connection, exhibitor_id: i64, user_id: i64, role: StaffRole) -> Result<bool> {
    let n = conn.execute(
        "UPDATE users SET role = 'exhibitor', exhibitor_id = ?, staff_role = ?
         WHERE id = ? AND exhibitor_id IS NULL",
        params![exhibitor_id, role.as_str(), user_id],
    )?;
    Ok(n == 1)
}

/// The member leaves the team: the account is a visitor's again (its own orders and data stay).
pub fn leave(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET role = 'visitor', exhibitor_id = NULL, staff_role = NULL
         WHERE id = ? AND exhibitor_id = ?",
        params![user_id, exhibitor_id],
    )?;
    Ok(())
}

/// The account's id by email (case-insensitive), if it exists.
pub fn id_by_email(conn: &Connection, email: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM users WHERE email = ?",
            [email.trim()],
            |r| r.get(0),
        )
        .optional()?)
}
