//! The abandoned-cart offer: granted by rule, only with a marketing consent, and announced.

use chrono::{DateTime, Utc};
use expocx_contract::Offer;
use rusqlite::Connection;

use super::{consent, notify, texts};
use crate::db::offers::{self as data, OfferRules};
use crate::db::Result;

/// The member's running offer, or a new one when it is due (the member is told).
pub fn grant_offer_if_due(
    conn: &Connection,
    user_id: i64,
    rules: &OfferRules,
    now: DateTime<Utc>,
) -> Result<Option<Offer>> {
    let marketing = consent::marketing_allowed(conn, user_id)?;
    let (offer, granted) = data::grant_offer_if_due(conn, user_id, rules, marketing, now)?;
    if granted {
        notify::send(conn, user_id, &texts::offer(rules.percent_off), now)?;
    }
    Ok(offer)
}
