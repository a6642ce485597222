//! Quoting a cart: the backend's prices and stock, with the member's running offer.

use chrono::{DateTime, Utc};
use expocx_contract::{CartInput, CartView};
use rusqlite::Connection;

use crate::db::{cart, offers, Result};

/// The cart as it stands now (`db::cart::quote`), with the member's running offer applied.
pub fn quote(
    conn: &Connection,
    input: &CartInput,
    user_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<CartView> {
    let offer = match user_id {
        Some(u) => offers::active_offer(conn, u, now)?,
        None => None,
    };
    cart::quote(conn, input, user_id, offer, now)
}
