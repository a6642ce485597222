//! What a campaign's members did after it: the paid orders of the exhibitor's in the window,
//! per member and per day, for the group sent to and the held-out members the guardrails would
//! have let through; and its coupons' redemptions.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use expocx_contract::Channel;
use rusqlite::{params, Connection, OptionalExtension};

use crate::db::{col, Result};

/// One group's members and what each who bought spent, with the day (since sending started)
/// of each payment: `(members, revenue per buyer, revenue per day)`.
#[derive(Debug, Default)]
pub struct Bought {
    pub members: u64,
    pub per_buyer: HashMap<i64, i64>,
    pub per_day: HashMap<u32, i64>,
}

/// `[sent, holdout]` over `[from, to)`.
pub fn groups(
    conn: &Connection,
    (id, ex): (i64, i64),
    (from, to): (DateTime<Utc>, DateTime<Utc>),
) -> Result<[Bought; 2]> {
    const IN_GROUP: &str = "((cm.held_out = 0 AND cm.outcome IN ('sent', 'deferred'))
        OR (cm.held_out = 1 AND cm.eligible = 1))";
    let mut out = [Bought::default(), Bought::default()];
    let (sent, held): (u64, u64) = conn.query_row(
        &format!(
            "SELECT COUNT(*) FILTER (WHERE cm.held_out = 0), COUNT(*) FILTER (WHERE cm.held_out = 1)
             FROM campaign_members cm WHERE cm.campaign_id = ? AND {IN_GROUP}"
        ),
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    out[0].members = sent;
    out[1].members = held;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT cm.user_id, cm.held_out, op.placed_at, op.subtotal_minor
         FROM campaign_members cm JOIN order_parts op ON op.user_id = cm.user_id
         WHERE cm.campaign_id = ?1 AND {IN_GROUP} AND op.exhibitor_id = ?2
           AND op.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
           AND op.placed_at >= ?3 AND op.placed_at < ?4"
    ))?;
    let rows = stmt.query_map(params![id, ex, from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, bool>(1)?,
            r.get::<_, DateTime<Utc>>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    for row in rows {
        let (user, held_out, at, amount) = row?;
        let g = &mut out[usize::from(held_out)];
        *g.per_buyer.entry(user).or_default() += amount;
        let day = (at - from).num_days().max(0) as u32;
        *g.per_day.entry(day).or_default() += amount;
    }
    Ok(out)
}

/// The campaign's coupons: `(used in paid orders, what those orders were discounted,
/// given and neither used nor expired)`.
pub fn coupons(conn: &Connection, id: i64, now: DateTime<Utc>) -> Result<(u64, i64, u64)> {
    Ok(conn.query_row(
        "SELECT
           (SELECT COUNT(*) FROM coupons k JOIN orders o ON o.id = k.used_by_order
              WHERE k.campaign_id = ?1 AND o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')),
           (SELECT COALESCE(SUM(o.discount_minor), 0) FROM coupons k JOIN orders o ON o.id = k.used_by_order
              WHERE k.campaign_id = ?1 AND o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')),
           (SELECT COUNT(*) FROM coupons WHERE campaign_id = ?1 AND used_by_order IS NULL AND ends_at > ?2)",
        params![id, now],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?)
}

/// What a "stop these" token names: `(member, channel, exhibitor)`.
pub fn stop_target(conn: &Connection, token: &str) -> Result<Option<(i64, Channel, i64)>> {
    Ok(conn
        .query_row(
            "SELECT o.user_id, o.channel, c.exhibitor_id FROM outbox o
             JOIN campaigns c ON c.id = o.campaign_id WHERE o.stop_token = ?",
            [token],
            |r| Ok((r.get(0)?, col(r, "channel")?, r.get(2)?)),
        )
        .optional()?)
}
