//! Abandoned-cart offers: granted by rule, only with a marketing consent, at most one in a
//! period, ended when the consent is withdrawn.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{purpose, Offer};
use rusqlite::{params, Connection, OptionalExtension};

use super::consent::{allows, Subject};
use super::Result;

/// When a cart counts as abandoned and what it earns (see `Config`).
#[derive(Debug, Clone)]
pub struct OfferRules {
    /// A signed-in visitor's cart untouched this long earns an offer.
    pub abandoned_after: Duration,
    pub percent_off: u32,
    /// How long an offer lasts.
    pub valid_for: Duration,
    /// At most one offer per visitor in this period (frequency cap).
    pub at_most_every: Duration,
}

impl Default for OfferRules {
    fn default() -> Self {
        OfferRules {
            abandoned_after: Duration::hours(24),
            percent_off: 5,
            valid_for: Duration::days(10),
            at_most_every: Duration::days(30),
        }
    }
}

pub fn active_offer(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Option<Offer>> {
    Ok(conn
        .query_row(
            "SELECT id, percent_off, expires_at FROM offers
             WHERE user_id = ? AND used_by_order IS NULL AND expires_at > ?
             ORDER BY id DESC LIMIT 1",
            params![user_id, now],
            |r| {
                Ok(Offer {
                    id: r.get(0)?,
                    percent_off: r.get(1)?,
                    expires_at: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// Whether the member allows marketing on any channel.
pub fn allows_marketing(conn: &Connection, user_id: i64) -> Result<bool> {
    let subject = Subject::User(user_id);
    for p in [
        purpose::MARKETING_SMS,
        purpose::MARKETING_EMAIL,
        purpose::MARKETING_WECHAT,
    ] {
        if allows(conn, &subject, p)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Grants the abandoned-cart offer when it is due: a non-empty cart untouched for
/// `abandoned_after`, marketing allowed, no active offer, none within the frequency cap.
pub fn grant_offer_if_due(
    conn: &Connection,
    user_id: i64,
    rules: &OfferRules,
    now: DateTime<Utc>,
) -> Result<Option<Offer>> {
    if let Some(o) = active_offer(conn, user_id, now)? {
        return Ok(Some(o));
    }
    let updated: Option<DateTime<Utc>> = conn
        .query_row(
            "SELECT updated_at FROM carts WHERE user_id = ?
             AND EXISTS (SELECT 1 FROM cart_lines WHERE user_id = carts.user_id)",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(updated) = updated else {
        return Ok(None);
    };
    if now - updated < rules.abandoned_after || !allows_marketing(conn, user_id)? {
        return Ok(None);
    }
    let recent: i64 = conn.query_row(
        "SELECT COUNT(*) FROM offers WHERE user_id = ? AND created_at > ?",
        params![user_id, now - rules.at_most_every],
        |r| r.get(0),
    )?;
    if recent > 0 {
        return Ok(None);
    }
    conn.execute(
        "INSERT INTO offers (user_id, percent_off, created_at, expires_at) VALUES (?, ?, ?, ?)",
        params![user_id, rules.percent_off, now, now + rules.valid_for],
    )?;
    super::notify::offer_news(conn, user_id, rules.percent_off, now)?;
    active_offer(conn, user_id, now)
}

/// Withdrawn marketing consent ends a running offer (it was marketing).
pub fn withdraw_offers(conn: &Connection, user_id: i64) -> Result<()> {
    if !allows_marketing(conn, user_id)? {
        conn.execute(
            "DELETE FROM offers WHERE user_id = ? AND used_by_order IS NULL",
            [user_id],
        )?;
    }
    Ok(())
}
