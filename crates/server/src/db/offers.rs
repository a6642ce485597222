//! Abandoned-cart offers: granted by rule, only with a marketing consent, at most one in a
//! period, ended when the consent is withdrawn.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::Offer;
use rusqlite::{params, Connection, OptionalExtension};

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

/// The member's offer: the running one, or a new one when it is due — a non-empty cart
/// untouched for `abandoned_after`, `marketing` allowed, none within the frequency cap. The flag
/// says whether it was granted just now (the member is then told, by the caller).
pub fn grant_offer_if_due(
    conn: &Connection,
    user_id: i64,
    rules: &OfferRules,
    marketing: bool,
    now: DateTime<Utc>,
) -> Result<(Option<Offer>, bool)> {
    if let Some(o) = active_offer(conn, user_id, now)? {
        return Ok((Some(o), false));
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
        return Ok((None, false));
    };
    if now - updated < rules.abandoned_after || !marketing {
        return Ok((None, false));
    }
    let recent: i64 = conn.query_row(
        "SELECT COUNT(*) FROM offers WHERE user_id = ? AND created_at > ?",
        params![user_id, now - rules.at_most_every],
        |r| r.get(0),
    )?;
    if recent > 0 {
        return Ok((None, false));
    }
    conn.execute(
        "INSERT INTO offers (user_id, percent_off, created_at, expires_at) VALUES (?, ?, ?, ?)",
        params![user_id, rules.percent_off, now, now + rules.valid_for],
    )?;
    Ok((active_offer(conn, user_id, now)?, true))
}

/// Ends the member's running offer (their marketing consent was withdrawn).
pub fn withdraw_offers(conn: &Connection, user_id: i64) -> Result<()> {
    conn.execute(
        "DELETE FROM offers WHERE user_id = ? AND used_by_order IS NULL",
        [user_id],
    )?;
    Ok(())
}

/// The offer was used by `order_id`.
pub fn mark_used(conn: &Connection, offer_id: i64, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE offers SET used_by_order = ? WHERE id = ?",
        params![order_id, offer_id],
    )?;
    Ok(())
}
