//! Accounts and sessions. Tokens are stored as SHA-256 hashes; passwords as argon2 hashes.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Lang, Role, StaffRole, User};
use rusqlite::{params, Connection, OptionalExtension, Row};

pub mod team;
pub mod wechat;

use super::{col, Codec, Result};

/// How long a session lasts after sign-in.
pub const SESSION_DAYS: i64 = 30;

impl Codec for Role {
    const ALL: &'static [Self] = &[Role::Visitor, Role::Exhibitor];
    fn code(self) -> &'static str {
        self.as_str()
    }
}

fn user_from_row(r: &Row) -> rusqlite::Result<User> {
    let locale: Option<String> = r.get("locale")?;
    let exhibitor_id: Option<i64> = r.get("exhibitor_id")?;
    let staff_role: Option<String> = r.get("staff_role")?;
    // Staff accounts from before roles existed became owners (migration 0025); a role that is
    // missing or unknown now gets the least privilege.
    let staff_role = exhibitor_id.map(|_| {
        staff_role
            .as_deref()
            .and_then(StaffRole::parse)
            .unwrap_or(StaffRole::Booth)
    });
    Ok(User {
        id: r.get("id")?,
        email: r.get("email")?,
        display_name: r.get("display_name")?,
        role: col(r, "role")?,
        exhibitor_id,
        staff_role,
        capabilities: staff_role
            .map(|r| r.capabilities().to_vec())
            .unwrap_or_default(),
        locale: locale.as_deref().and_then(Lang::from_tag),
        created_at: r.get("created_at")?,
    })
}

const USER_COLUMNS: &str =
    "id, email, display_name, role, exhibitor_id, staff_role, locale, created_at";

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub exhibitor_id: Option<i64>,
    /// With `exhibitor_id`: the member's role in the team.
    pub staff_role: Option<StaffRole>,
    pub locale: Option<Lang>,
}

/// Inserts the account; `None` when the email is taken.
pub fn create_user(conn: &Connection, u: &NewUser) -> Result<Option<User>> {
    let now = Utc::now();
    let res = conn.execute(
        "INSERT INTO users (email, password_hash, display_name, role, exhibitor_id, staff_role, locale, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        params![
            u.email,
            u.password_hash,
            u.display_name,
            u.role.as_str(),
            u.exhibitor_id,
            u.staff_role.map(StaffRole::as_str),
            u.locale.map(Lang::tag),
            now
        ],
    );
    match res {
        Ok(_) => user_by_id(conn, conn.last_insert_rowid()),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

pub fn user_by_id(conn: &Connection, id: i64) -> Result<Option<User>> {
    Ok(conn
        .query_row(
            &format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"),
            [id],
            user_from_row,
        )
        .optional()?)
}

/// The account and its password hash, by email (case-insensitive).
pub fn credentials(conn: &Connection, email: &str) -> Result<Option<(User, String)>> {
    Ok(conn
        .query_row(
            &format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE email = ?"),
            [email],
            |r| Ok((user_from_row(r)?, r.get("password_hash")?)),
        )
        .optional()?)
}

pub fn create_session(conn: &Connection, token_hash: &str, user_id: i64) -> Result<DateTime<Utc>> {
    let now = Utc::now();
    let expires = now + Duration::days(SESSION_DAYS);
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        params![token_hash, user_id, now, expires],
    )?;
    Ok(expires)
}

/// The account of a live session.
pub fn session_user(conn: &Connection, token_hash: &str) -> Result<Option<User>> {
    let row: Option<(i64, DateTime<Utc>)> = conn
        .query_row(
            "SELECT user_id, expires_at FROM sessions WHERE token_hash = ?",
            [token_hash],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        Some((user_id, expires)) if expires > Utc::now() => user_by_id(conn, user_id),
        Some(_) => {
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", [token_hash])?;
            Ok(None)
        }
        None => Ok(None),
    }
}

pub fn delete_session(conn: &Connection, token_hash: &str) -> Result<()> {
    conn.execute("DELETE FROM sessions WHERE token_hash = ?", [token_hash])?;
    Ok(())
}

/// Ends every session of the account (sign out everywhere, erasure). Its addresses are not
/// trusted for campaigns until it signs in again.
pub fn delete_sessions_of(conn: &Connection, user_id: i64) -> Result<usize> {
    conn.execute(
        "UPDATE users SET signed_out_at = ? WHERE id = ?",
        rusqlite::params![chrono::Utc::now(), user_id],
    )?;
    Ok(conn.execute("DELETE FROM sessions WHERE user_id = ?", [user_id])?)
}

/// The account's argon2 hash (to confirm a sensitive step with the password again).
pub fn password_hash(conn: &Connection, user_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT password_hash FROM users WHERE id = ?",
            [user_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// A new argon2 hash for the account; every session but `keep` (the one asking) ends.
pub fn set_password(conn: &mut Connection, user_id: i64, hash: &str, keep: &str) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute(
        "UPDATE users SET password_hash = ? WHERE id = ?",
        params![hash, user_id],
    )?;
    tx.execute(
        "DELETE FROM sessions WHERE user_id = ? AND token_hash != ?",
        params![user_id, keep],
    )?;
    tx.commit()?;
    Ok(())
}
