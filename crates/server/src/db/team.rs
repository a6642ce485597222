//! Invites to an exhibitor's team. The token is stored only as its hash; an invite is used
//! once, lasts `INVITE_DAYS`, and can be revoked.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{InviteState, StaffRole, TeamInvite, INVITE_DAYS};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::Result;

/// An invite as stored, with its exhibitor (for acceptance).
pub struct Invite {
    pub view: TeamInvite,
    pub exhibitor_id: i64,
}

const COLUMNS: &str =
    "id, exhibitor_id, role, email, created_at, expires_at, accepted_at, revoked_at";

fn invite_from_row(r: &Row, now: DateTime<Utc>) -> rusqlite::Result<Invite> {
    let role: String = r.get("role")?;
    let expires_at: DateTime<Utc> = r.get("expires_at")?;
    let accepted: Option<String> = r.get("accepted_at")?;
    let revoked: Option<String> = r.get("revoked_at")?;
    let state = match (accepted, revoked) {
        (Some(_), _) => InviteState::Accepted,
        (None, Some(_)) => InviteState::Revoked,
        _ if expires_at <= now => InviteState::Expired,
        _ => InviteState::Pending,
    };
    let created_at: DateTime<Utc> = r.get("created_at")?;
    Ok(Invite {
        exhibitor_id: r.get("exhibitor_id")?,
        view: TeamInvite {
            id: r.get("id")?,
            role: StaffRole::parse(&role).unwrap_or(StaffRole::Booth),
            email: r.get("email")?,
            created_at: created_at.into(),
            expires_at: expires_at.into(),
            state,
        },
    })
}

/// Records an invite whose token hashes to `token_hash`; `by` is who sent it (none for the
/// organizer's import).
pub fn create(
    conn: &Connection,
    exhibitor_id: i64,
    role: StaffRole,
    email: Option<&str>,
    token_hash: &str,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<TeamInvite> {
    conn.execute(
        "INSERT INTO team_invites (exhibitor_id, role, email, token_hash, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        params![
            exhibitor_id,
            role.as_str(),
            email.map(str::trim),
            token_hash,
            by,
            now,
            now + Duration::days(INVITE_DAYS)
        ],
    )?;
    let id = conn.last_insert_rowid();
    let invite = conn.query_row(
        &format!("SELECT {COLUMNS} FROM team_invites WHERE id = ?"),
        [id],
        |r| invite_from_row(r, now),
    )?;
    Ok(invite.view)
}

/// The exhibitor's invites still waiting, newest first.
pub fn pending(
    conn: &Connection,
    exhibitor_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<TeamInvite>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM team_invites
         WHERE exhibitor_id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?
         ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map(params![exhibitor_id, now], |r| invite_from_row(r, now))?;
    Ok(rows
        .map(|r| r.map(|i| i.view))
        .collect::<rusqlite::Result<_>>()?)
}

/// Whether an invite to `email` waits at the exhibitor already (the import sends one once).
pub fn pending_for(
    conn: &Connection,
    exhibitor_id: i64,
    email: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM team_invites WHERE exhibitor_id = ? AND email = ? COLLATE NOCASE
           AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?)",
        params![exhibitor_id, email.trim(), now],
        |r| r.get(0),
    )?)
}

/// The invite whose token hashes to `token_hash`.
pub fn by_token(
    conn: &Connection,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<(i64, Invite)>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM team_invites WHERE token_hash = ?"),
            [token_hash],
            |r| Ok((r.get("id")?, invite_from_row(r, now)?)),
        )
        .optional()?)
}

/// Revokes a waiting invite of the exhibitor; `false` when there is none by that id.
pub fn revoke(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<TeamInvite>> {
    let n = conn.execute(
        "UPDATE team_invites SET revoked_at = ?
         WHERE id = ? AND exhibitor_id = ? AND accepted_at IS NULL AND revoked_at IS NULL",
        params![now, id, exhibitor_id],
    )?;
    if n == 0 {
        return Ok(None);
    }
    Ok(Some(
        conn.query_row(
            &format!("SELECT {COLUMNS} FROM team_invites WHERE id = ?"),
            [id],
            |r| invite_from_row(r, now),
        )?
        .view,
    ))
}

/// Revokes every invite `user_id` sent that still waits (they left the team or are no longer an
/// owner); their ids.
pub fn revoke_sent_by(
    conn: &Connection,
    exhibitor_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "UPDATE team_invites SET revoked_at = ?
         WHERE exhibitor_id = ? AND created_by = ? AND accepted_at IS NULL AND revoked_at IS NULL
         RETURNING id",
    )?;
    let ids = stmt.query_map(params![now, exhibitor_id, user_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Marks the invite used by `user_id`; `false` if someone used or revoked it first.
pub fn mark_accepted(conn: &Connection, id: i64, user_id: i64, now: DateTime<Utc>) -> Result<bool> {
    let n = conn.execute(
        "UPDATE team_invites SET accepted_by = ?, accepted_at = ?
         WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
        params![user_id, now, id, now],
    )?;
    Ok(n == 1)
}

/// Whether `user_id` is on this exhibitor's team.
pub fn is_staff_of(conn: &Connection, exhibitor_id: i64, user_id: i64) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM users WHERE id = ? AND exhibitor_id = ? AND role = 'exhibitor'",
            params![user_id, exhibitor_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}
