//! WeChat sign-in: one-use states (10 minutes), the account of a WeChat user (made on first
//! sign-in, one across the organizer's official account and Mini Program), and the one-use
//! tickets (60 seconds) the Mini Program hands to its web-view.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Role, User, WechatScope};
use rusqlite::{params, Connection, OptionalExtension};

use super::{create_user, user_by_id, NewUser};
use crate::db::{Error, Result};
use crate::ids::{hash_secret, random_hex};
use crate::wechat::{Identity, WechatApp};

const STATE_LIFETIME_MINUTES: i64 = 10;

fn scope_code(s: WechatScope) -> &'static str {
    match s {
        WechatScope::Base => "base",
        WechatScope::Userinfo => "userinfo",
    }
}

/// A new state for a sign-in that comes back to `next`.
pub fn new_state(
    conn: &Connection,
    scope: WechatScope,
    next: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    conn.execute(
        "DELETE FROM wechat_states WHERE created_at < ?",
        [now - Duration::minutes(STATE_LIFETIME_MINUTES)],
    )?;
    let state = random_hex(16);
    conn.execute(
        "INSERT INTO wechat_states (state, scope, next, created_at) VALUES (?, ?, ?, ?)",
        params![state, scope_code(scope), next, now],
    )?;
    Ok(state)
}

/// Takes a state (it works once): its scope and where to go next; `None` if unknown or old.
pub fn take_state(
    conn: &Connection,
    state: &str,
    now: DateTime<Utc>,
) -> Result<Option<(WechatScope, String)>> {
    let row: Option<(String, String, DateTime<Utc>)> = conn
        .query_row(
            "DELETE FROM wechat_states WHERE state = ? RETURNING scope, next, created_at",
            [state],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    Ok(row
        .filter(|(_, _, at)| now - *at < Duration::minutes(STATE_LIFETIME_MINUTES))
        .map(|(scope, next, _)| {
            let scope = if scope == "userinfo" {
                WechatScope::Userinfo
            } else {
                WechatScope::Base
            };
            (scope, next)
        }))
}

/// The column of an app's openid.
fn openid_column(app: WechatApp) -> &'static str {
    match app {
        WechatApp::OfficialAccount => "wechat_openid",
        WechatApp::MiniProgram => "wechat_mini_openid",
    }
}

/// The account of a WeChat user, made on their first sign-in (no password can sign it in): the
/// account with their unionid, else the one with this app's openid. The other of the two is
/// added to it, so the same person through the official account and the Mini Program is one
/// member (an openid already another account's stays there: accounts are never merged).
pub fn account(conn: &Connection, who: &Identity) -> Result<User> {
    let column = openid_column(who.app);
    let find = |sql: &str, value: &str| -> Result<Option<i64>> {
        Ok(conn.query_row(sql, [value], |r| r.get(0)).optional()?)
    };
    let by_union = match &who.unionid {
        Some(u) => find("SELECT id FROM users WHERE wechat_unionid = ?", u)?,
        None => None,
    };
    let by_openid = find(
        &format!("SELECT id FROM users WHERE {column} = ?"),
        &who.openid,
    )?;
    let id = match by_union.or(by_openid) {
        Some(id) => id,
        None => new_account(conn, &who.openid, who.nickname.as_deref())?,
    };
    conn.execute(
        &format!(
            "UPDATE users SET {column} = ?1 WHERE id = ?2 AND {column} IS NULL
               AND NOT EXISTS (SELECT 1 FROM users WHERE {column} = ?1)"
        ),
        params![who.openid, id],
    )?;
    if let Some(u) = &who.unionid {
        conn.execute(
            "UPDATE users SET wechat_unionid = ?1 WHERE id = ?2 AND wechat_unionid IS NULL
               AND NOT EXISTS (SELECT 1 FROM users WHERE wechat_unionid = ?1)",
            params![u, id],
        )?;
    }
    user_by_id(conn, id)?.ok_or(Error::NotFound)
}

fn new_account(conn: &Connection, openid: &str, nickname: Option<&str>) -> Result<i64> {
    let email = format!("wechat-{}@wechat.invalid", &hash_secret(openid)[..20]);
    let name: String = nickname
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("微信用户")
        .chars()
        .take(expocx_contract::DISPLAY_NAME_MAX_LEN)
        .collect();
    let user = create_user(
        conn,
        &NewUser {
            email: &email,
            // Not an argon2 hash of anything: password sign-in can never match it.
            password_hash: "!wechat",
            display_name: &name,
            role: Role::Visitor,
            exhibitor_id: None,
            staff_role: None,
            locale: None,
        },
    )?
    .ok_or(Error::Conflict(
        expocx_contract::ErrorCode::EmailTaken,
        "account exists",
    ))?;
    Ok(user.id)
}

/// How long the host's ticket signs the web-view in.
pub const TICKET_LIFETIME_SECS: i64 = 60;

/// A new one-use ticket for the account (only its hash is kept).
pub fn new_ticket(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<String> {
    conn.execute(
        "DELETE FROM wechat_tickets WHERE created_at < ?",
        [now - Duration::seconds(TICKET_LIFETIME_SECS)],
    )?;
    let ticket = random_hex(32);
    conn.execute(
        "INSERT INTO wechat_tickets (hash, user_id, created_at) VALUES (?, ?, ?)",
        params![hash_secret(&ticket), user_id, now],
    )?;
    Ok(ticket)
}

/// Takes a ticket (it works once): the account it signs in; `None` if unknown, used or old.
pub fn take_ticket(conn: &Connection, ticket: &str, now: DateTime<Utc>) -> Result<Option<User>> {
    let row: Option<(i64, DateTime<Utc>)> = conn
        .query_row(
            "DELETE FROM wechat_tickets WHERE hash = ? RETURNING user_id, created_at",
            [hash_secret(ticket)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row.filter(|(_, at)| now - *at <= Duration::seconds(TICKET_LIFETIME_SECS)) {
        Some((user_id, _)) => user_by_id(conn, user_id),
        None => Ok(None),
    }
}

/// The account's openid in `app`, if it signed in through it (WeChat Pay charges that payer).
pub fn openid_of(conn: &Connection, user_id: i64, app: WechatApp) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            &format!("SELECT {} FROM users WHERE id = ?", openid_column(app)),
            [user_id],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}
