//! What scoring every lead of an exhibitor at once needs (the customer list's score filter):
//! each lead's own columns, and per visitor the products viewed, the cart and the quotes, each
//! read in one grouped query instead of one query per lead.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use expocx_contract::leads::{LeadAnswer, LeadSource};
use rusqlite::Connection;

use super::{col, Result};

/// A lead's columns that its score reads.
pub struct ScoreRow {
    pub lead_id: i64,
    pub user_id: Option<i64>,
    pub source: LeadSource,
    pub answers: Vec<LeadAnswer>,
    pub last_seen_at: DateTime<Utc>,
    /// The visitor's profile names a company.
    pub trade_buyer: bool,
}

/// Every lead of the exhibitor, as scoring reads it.
pub fn score_rows(conn: &Connection, exhibitor_id: i64) -> Result<Vec<ScoreRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.id, l.user_id, l.source, l.answers_json, l.last_seen_at,
                COALESCE(trim(u.company), '') != '' AS trade
         FROM leads l LEFT JOIN users u ON u.id = l.user_id WHERE l.exhibitor_id = ?",
    )?;
    let rows = stmt.query_map([exhibitor_id], |r| {
        let answers: String = r.get("answers_json")?;
        Ok(ScoreRow {
            lead_id: r.get("id")?,
            user_id: r.get("user_id")?,
            source: col(r, "source")?,
            answers: serde_json::from_str(&answers).unwrap_or_default(),
            last_seen_at: r.get("last_seen_at")?,
            trade_buyer: r.get("trade")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What visitors did with the exhibitor's products (as `activity` reads it for one).
#[derive(Debug, Default)]
pub struct Activity {
    /// Distinct products viewed, by visitor (the caller counts them only with consent).
    pub viewed: HashMap<i64, u32>,
    pub in_cart: HashSet<i64>,
    pub quoted: HashSet<i64>,
}

/// Every visitor's activity with the exhibitor's products.
pub fn activity_all(conn: &Connection, exhibitor_id: i64) -> Result<Activity> {
    let mut a = Activity::default();
    let mut viewed = conn.prepare_cached(
        "SELECT e.user_id, COUNT(DISTINCT e.product_id) FROM analytics_events e
         JOIN products p ON p.id = e.product_id
         WHERE p.exhibitor_id = ? AND e.user_id IS NOT NULL GROUP BY e.user_id",
    )?;
    for r in viewed.query_map([exhibitor_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (user, n) = r?;
        a.viewed.insert(user, n);
    }
    let ids = |sql: &str| -> Result<HashSet<i64>> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map([exhibitor_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    a.in_cart = ids(
        "SELECT DISTINCT c.user_id FROM cart_lines c JOIN products p ON p.id = c.product_id
         WHERE p.exhibitor_id = ? AND c.user_id IS NOT NULL",
    )?;
    a.quoted = ids(
        "SELECT DISTINCT buyer_id FROM quotes WHERE exhibitor_id = ? AND buyer_id IS NOT NULL",
    )?;
    Ok(a)
}
