//! WeChat sign-in: one-use states (10 minutes) and the account of a WeChat openid, made on
//! first sign-in.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Role, User, WechatScope};
use rusqlite::{params, Connection, OptionalExtension};

use super::{create_user, user_by_id, NewUser};
use crate::db::{Error, Result};
use crate::ids::{hash_secret, random_hex};

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

/// The account of a WeChat openid, made on its first sign-in (no password can sign it in).
pub fn account(conn: &Connection, openid: &str, nickname: Option<&str>) -> Result<User> {
    let known: Option<i64> = conn
        .query_row(
            "SELECT id FROM users WHERE wechat_openid = ?",
            [openid],
            |r| r.get(0),
        )
        .optional()?;
    let id = match known {
        Some(id) => id,
        None => {
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
                    locale: None,
                },
            )?
            .ok_or(Error::Conflict(
                expocx_contract::ErrorCode::EmailTaken,
                "account exists",
            ))?;
            conn.execute(
                "UPDATE users SET wechat_openid = ? WHERE id = ?",
                params![openid, user.id],
            )?;
            user.id
        }
    };
    user_by_id(conn, id)?.ok_or(Error::NotFound)
}

/// The WeChat openid an account signed in with, if it did (WeChat Pay charges that payer).
pub fn openid_of(conn: &Connection, user_id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT wechat_openid FROM users WHERE id = ?",
            [user_id],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}
