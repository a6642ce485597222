//! Notification preferences and the outbox: every message the backend would send is written
//! here with what the rules (`rules::notify`) decided; in-app messages form the inbox.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Channel, Inbox, Localized, MessageKind, Notification, NotificationPrefs};
use rusqlite::{params, Connection, OptionalExtension};

use super::{col, json, loc, Codec, Result};
use crate::rules::notify::{decide, default_prefs, Decision, Reason};

crate::codec!(MessageKind {
    MessageKind::OrderUpdates => "order_updates",
    MessageKind::ServiceReplies => "service_replies",
    MessageKind::Offers => "offers",
});

crate::codec!(Channel {
    Channel::InApp => "in_app",
    Channel::Sms => "sms",
    Channel::Email => "email",
    Channel::Wechat => "wechat",
});

/// The member's preferences as they apply now: offers never on a channel without its consent
/// (`blocked`: the channels whose marketing consent is missing; withdrawing the consent turns
/// the channel off), and which channels need one.
pub fn prefs(conn: &Connection, user_id: i64, blocked: &[Channel]) -> Result<NotificationPrefs> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT prefs_json FROM notification_prefs WHERE user_id = ?",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    let mut prefs = stored
        .and_then(|s| serde_json::from_str::<NotificationPrefs>(&s).ok())
        .unwrap_or_else(default_prefs);
    for k in prefs.kinds.iter_mut().filter(|k| k.kind.is_marketing()) {
        k.channels.retain(|c| !blocked.contains(c));
    }
    prefs.needs_consent = blocked.to_vec();
    Ok(prefs)
}

/// A withdrawn marketing consent turns its channel off for offers in the stored preferences
/// too, so giving the consent again does not silently turn it back on.
pub fn forget_withdrawn(conn: &Connection, user_id: i64, blocked: &[Channel]) -> Result<()> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT prefs_json FROM notification_prefs WHERE user_id = ?",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    if stored.is_some() {
        let mut effective = prefs(conn, user_id, blocked)?;
        effective.needs_consent.clear();
        conn.execute(
            "UPDATE notification_prefs SET prefs_json = ? WHERE user_id = ?",
            params![json(&effective), user_id],
        )?;
    }
    Ok(())
}

/// Stores new preferences (`domain::notify::save_prefs` refused offers on a channel without
/// its consent first).
pub fn save_prefs(
    conn: &Connection,
    user_id: i64,
    mut prefs: NotificationPrefs,
    blocked: &[Channel],
    now: DateTime<Utc>,
) -> Result<NotificationPrefs> {
    for k in &mut prefs.kinds {
        k.channels.sort();
        k.channels.dedup();
    }
    prefs.needs_consent.clear();
    conn.execute(
        "INSERT INTO notification_prefs (user_id, prefs_json, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET prefs_json = excluded.prefs_json, updated_at = excluded.updated_at",
        params![user_id, json(&prefs), now],
    )?;
    self::prefs(conn, user_id, blocked)
}

/// Offers that went out (or wait for quiet hours to end) in the 7 days before `now`.
pub fn offers_this_week(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT COUNT(DISTINCT batch) FROM outbox WHERE user_id = ? AND kind = 'offers'
         AND status <> 'skipped' AND created_at > ?",
        params![user_id, now - Duration::days(7)],
        |r| r.get(0),
    )?)
}

/// Writes one message for the member to the outbox, on every channel as the rules decide
/// (`blocked`: the channels whose marketing consent is missing).
pub fn write(
    conn: &Connection,
    user_id: i64,
    message: &Message,
    blocked: &[Channel],
    now: DateTime<Utc>,
) -> Result<()> {
    let Message { kind, text, link } = message;
    let kind = *kind;
    let prefs = prefs(conn, user_id, blocked)?;
    let week = offers_this_week(conn, user_id, now)?;
    let mut batch: Option<i64> = None;
    for channel in Channel::ALL {
        let decision = decide(
            kind,
            channel,
            &prefs,
            !blocked.contains(&channel),
            week,
            now,
        );
        let (status, reason, after) = match decision {
            Decision::Send if channel == Channel::InApp => ("sent", None, None),
            Decision::Send => ("queued", None, None),
            Decision::HoldUntil(t) => ("held", None, Some(t)),
            Decision::Skip(Reason::NotChosen) => continue,
            Decision::Skip(r) => ("skipped", Some(r.code()), None),
        };
        conn.execute(
            "INSERT INTO outbox (user_id, batch, kind, channel, text_json, link, status, reason, send_after, created_at)
             VALUES (?, COALESCE(?, (SELECT COALESCE(MAX(id), 0) + 1 FROM outbox)), ?, ?, ?, ?, ?, ?, ?, ?)",
            params![user_id, batch, kind.code(), channel.code(), json(text), link, status, reason, after, now],
        )?;
        batch.get_or_insert(conn.last_insert_rowid());
    }
    Ok(())
}

/// Writes one email to an address that may have no account yet (a team invite): queued for
/// the mail gateway, which the reference backend does not have.
pub fn write_mail(
    conn: &Connection,
    address: &str,
    (kind, invite_id): (&str, i64),
    text: &Localized,
    link: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "INSERT INTO mail_outbox (address, kind, invite_id, text_json, link, status, created_at)
         VALUES (?, ?, ?, ?, ?, 'queued', ?)",
        params![address.trim(), kind, invite_id, json(text), link, now],
    )?;
    Ok(())
}

/// Removes the link (and so the token) from the mail of invites no longer open: `invite_id`,
/// or every invite that expired by `now`.
pub fn forget_invite_links(
    conn: &Connection,
    invite_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE mail_outbox SET text_json = replace(text_json, link, '—'), link = NULL
         WHERE link IS NOT NULL AND invite_id IN (
           SELECT id FROM team_invites WHERE id = ?1 OR (?1 IS NULL AND expires_at <= ?2))",
        params![invite_id, now],
    )?)
}

/// A message for a member (its texts are `domain::texts`').
#[derive(Debug, Clone)]
pub struct Message {
    pub kind: MessageKind,
    pub text: Localized,
    /// Where in the app it leads.
    pub link: Option<String>,
}

/// One page of the member's in-app messages, newest first, with the unread count.
pub fn inbox(conn: &Connection, user_id: i64, page: u32, limit: u32) -> Result<Inbox> {
    const MINE: &str = "user_id = ? AND channel = 'in_app' AND status = 'sent'";
    let (total, unread): (u64, u64) = conn.query_row(
        &format!("SELECT COUNT(*), COUNT(*) - COUNT(read_at) FROM outbox WHERE {MINE}"),
        [user_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut stmt = conn.prepare(&format!(
        "SELECT id, kind, text_json, link, created_at, read_at IS NOT NULL AS read, why_json,
           stop_token
         FROM outbox WHERE {MINE} ORDER BY id DESC LIMIT ? OFFSET ?"
    ))?;
    let offset = expocx_contract::Page::<()>::offset(page, limit);
    let items = stmt
        .query_map(params![user_id, limit, offset], |r| {
            Ok(Notification {
                id: r.get("id")?,
                kind: col(r, "kind")?,
                text: loc(&r.get::<_, String>("text_json")?),
                link: r.get("link")?,
                at: r.get("created_at")?,
                read: r.get("read")?,
                why: r.get::<_, Option<String>>("why_json")?.map(|s| loc(&s)),
                stop: r
                    .get::<_, Option<String>>("stop_token")?
                    .map(|t| format!("/stop/{t}")),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Inbox {
        items,
        total,
        page,
        limit,
        unread,
    })
}

/// Marks the member's in-app messages up to `up_to` as read.
pub fn mark_read(conn: &Connection, user_id: i64, up_to: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE outbox SET read_at = ? WHERE user_id = ? AND channel = 'in_app' AND id <= ? AND read_at IS NULL",
        params![now, user_id, up_to],
    )?;
    Ok(())
}

/// Messages in the outbox still waiting to go out, per status of `statuses` (operators' metrics).
pub fn backlog(conn: &Connection, statuses: [&str; 2]) -> Result<[i64; 2]> {
    let mut count = conn.prepare_cached(
        "SELECT COUNT(*) FILTER (WHERE status = ?1), COUNT(*) FILTER (WHERE status = ?2)
         FROM outbox WHERE status IN (?1, ?2)",
    )?;
    Ok(count.query_row(statuses, |r| Ok([r.get(0)?, r.get(1)?]))?)
}
