//! Messages to members: every one goes through `send`, which applies the member's preferences
//! and the consent each marketing channel needs (`rules::notify` decides per channel).

use chrono::{DateTime, Utc};
use expocx_contract::NotificationPrefs;
use rusqlite::Connection;

use super::consent::channels_without_consent;
use super::texts::{self, OrderNews};
use crate::db::notify::{self as data, Message};
use crate::db::{orders, Error, Result};

/// Writes `message` for the member to the outbox, on every channel as the rules decide.
pub fn send(conn: &Connection, user_id: i64, message: &Message, now: DateTime<Utc>) -> Result<()> {
    let blocked = channels_without_consent(conn, user_id)?;
    data::write(conn, user_id, message, &blocked, now)
}

/// Tells the order's member (if the account still exists) what happened to it.
pub fn order_news(
    conn: &Connection,
    order_id: i64,
    news: OrderNews,
    now: DateTime<Utc>,
) -> Result<()> {
    let head = orders::head(conn, order_id)?;
    match head.user_id {
        Some(member) => send(
            conn,
            member,
            &texts::order_news(order_id, &head.number, news),
            now,
        ),
        None => Ok(()),
    }
}

/// The member's preferences as they apply now (offers never on a channel without its consent).
pub fn prefs(conn: &Connection, user_id: i64) -> Result<NotificationPrefs> {
    data::prefs(conn, user_id, &channels_without_consent(conn, user_id)?)
}

/// Stores new preferences; offers on a channel without its marketing consent are refused
/// (`403 consent_required`), nothing stored.
pub fn save_prefs(
    conn: &Connection,
    user_id: i64,
    prefs: NotificationPrefs,
    now: DateTime<Utc>,
) -> Result<NotificationPrefs> {
    let blocked = channels_without_consent(conn, user_id)?;
    if let Some(p) = prefs
        .channels(expocx_contract::MessageKind::Offers)
        .iter()
        .find(|c| blocked.contains(c))
        .and_then(|c| c.marketing_purpose())
    {
        return Err(Error::ConsentRequired(p));
    }
    data::save_prefs(conn, user_id, prefs, &blocked, now)
}
