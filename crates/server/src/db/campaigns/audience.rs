//! The audience's facts, each read once for everyone by an index: who matches a condition,
//! who allows what, who is excluded. Sets of member ids; `domain::campaigns` intersects them.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use expocx_contract::leads::LeadStatus;
use rusqlite::{params, params_from_iter, Connection};

use crate::db::Result;

pub type Members = HashSet<i64>;

const PAID: &str = "('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')";

fn ids(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> Result<Members> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(args, |r| r.get::<_, i64>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Every visitor account (the fair's members).
pub fn members(conn: &Connection) -> Result<Members> {
    ids(conn, "SELECT id FROM users WHERE role = 'visitor'", [])
}

/// Every staff account (never in an audience).
pub fn staff(conn: &Connection) -> Result<Members> {
    ids(conn, "SELECT id FROM users WHERE role <> 'visitor'", [])
}

/// Met at the exhibitor's booth, the lead in one of `statuses`.
pub fn lead_statuses(conn: &Connection, ex: i64, statuses: &[LeadStatus]) -> Result<Members> {
    let codes: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    let marks = vec!["?"; codes.len()].join(", ");
    let sql = format!(
        "SELECT user_id FROM leads WHERE exhibitor_id = ? AND user_id IS NOT NULL
         AND status IN ({marks})"
    );
    let mut stmt = conn.prepare(&sql)?;
    let args = std::iter::once(ex.to_string()).chain(codes.iter().map(|c| c.to_string()));
    let rows = stmt.query_map(params_from_iter(args), |r| r.get::<_, i64>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Members whose `purpose` is granted under policy `version` (the current one).
pub fn allowing(conn: &Connection, purpose: &str, version: u32) -> Result<Members> {
    ids(
        conn,
        "SELECT n.user_id FROM consent_now n JOIN consent_answered a ON a.user_id = n.user_id
         WHERE n.purpose = ? AND n.granted = 1 AND a.version = ?",
        params![purpose, version],
    )
}

/// Members whose stored interest profile scores `category` above nothing (the caller keeps
/// only those with the personalization consent).
pub fn interested(conn: &Connection, category: i64) -> Result<Members> {
    ids(
        conn,
        "SELECT user_id FROM interest_profiles
         WHERE COALESCE(json_extract(profile_json, '$.categories.\"' || ? || '\"'), 0) > 0",
        [category],
    )
}

/// Members with a cart holding the exhibitor's products, untouched since `before`.
pub fn carts_unpaid(conn: &Connection, ex: i64, before: DateTime<Utc>) -> Result<Members> {
    ids(
        conn,
        "SELECT DISTINCT l.user_id FROM cart_lines l
         JOIN products p ON p.id = l.product_id JOIN carts c ON c.user_id = l.user_id
         WHERE p.exhibitor_id = ? AND c.updated_at <= ?",
        params![ex, before],
    )
}

/// Buyers of a quote of the exhibitor's that waits for their answer since `before`.
pub fn quotes_waiting(conn: &Connection, ex: i64, before: DateTime<Utc>) -> Result<Members> {
    ids(
        conn,
        "SELECT DISTINCT buyer_id FROM quotes WHERE exhibitor_id = ? AND status = 'quoted'
         AND buyer_id IS NOT NULL AND updated_at <= ?",
        params![ex, before],
    )
}

/// Bought from the exhibitor (the product, the category, or anything), and not since `since`.
pub fn bought(
    conn: &Connection,
    ex: i64,
    (product, category): (Option<i64>, Option<i64>),
    since: Option<DateTime<Utc>>,
) -> Result<Members> {
    let sql = format!(
        "SELECT op.user_id FROM order_parts op JOIN order_lines ol ON ol.part_id = op.id
         JOIN products p ON p.id = ol.product_id
         WHERE op.exhibitor_id = ?1 AND op.user_id IS NOT NULL AND op.step IN {PAID}
           AND (?2 IS NULL OR ol.product_id = ?2) AND (?3 IS NULL OR p.category_id = ?3)
         GROUP BY op.user_id HAVING ?4 IS NULL OR MAX(op.placed_at) <= ?4"
    );
    ids(conn, &sql, params![ex, product, category, since])
}

/// What each member who paid an order since `since` spent (the tier's measure).
pub fn spend_since(conn: &Connection, since: DateTime<Utc>) -> Result<HashMap<i64, i64>> {
    let sql = format!(
        "SELECT user_id, SUM(total_minor) FROM orders WHERE user_id IS NOT NULL
         AND placed_at >= ? AND status IN {PAID} GROUP BY user_id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([since], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether category `id` exists.
pub fn category_exists(conn: &Connection, id: i64) -> Result<bool> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM categories WHERE id = ?")?;
    Ok(stmt.exists([id])?)
}

/// Whether product `id` is the exhibitor's.
pub fn product_of(conn: &Connection, ex: i64, id: i64) -> Result<bool> {
    let mut stmt =
        conn.prepare_cached("SELECT 1 FROM products WHERE id = ? AND exhibitor_id = ?")?;
    Ok(stmt.exists(params![id, ex])?)
}
