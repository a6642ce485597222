//! Membership: the points ledger and the tier as the rules in `rules::membership` make them.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Membership, Page, PointsEntry, PointsExpiry, PointsKind};
use rusqlite::{params, Connection, OptionalExtension};

use super::{Codec, Result};
use crate::rules::membership as rules;

const CURRENCY: &str = "CNY";

crate::codec!(PointsKind {
    PointsKind::Earned => "earned",
    PointsKind::Expired => "expired",
    PointsKind::Reversed => "reversed",
    PointsKind::Spent => "spent",
    PointsKind::Unknown => "unknown",
});

/// What the member paid over the last year, leaving out `except` (the order being paid).
fn spend(conn: &Connection, user_id: i64, now: DateTime<Utc>, except: i64) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(SUM(total_minor), 0) FROM orders
         WHERE user_id = ? AND id <> ? AND placed_at >= ?
           AND status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')",
        params![user_id, except, rules::spend_since(now)],
        |r| r.get(0),
    )?)
}

/// Credits the points a just-paid order of `total` earns, at the tier the member had before it.
pub fn earn_for_order(
    conn: &Connection,
    user_id: i64,
    order_id: i64,
    total: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let tier = rules::tier_for(spend(conn, user_id, now, order_id)?);
    let points = rules::points_for(total, tier);
    if points > 0 {
        conn.execute(
            "INSERT INTO points_ledger (user_id, order_id, kind, points, remaining, expires_at, created_at)
             VALUES (?, ?, 'earned', ?, ?, ?, ?)",
            params![user_id, order_id, points, points, rules::expires_at(now), now],
        )?;
    }
    Ok(())
}

/// Takes back what a cancelled order earned and is still there.
pub fn reverse_for_order(conn: &Connection, order_id: i64, now: DateTime<Utc>) -> Result<()> {
    close_earned(
        conn,
        "order_id = ? AND kind = 'earned' AND remaining > 0",
        params![order_id],
        PointsKind::Reversed,
        now,
    )
}

/// Takes back part of what an order earned (a refunded return): `share(earned)` points, at most
/// what is still there.
pub fn take_back(
    conn: &Connection,
    order_id: i64,
    share: impl Fn(i64) -> i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let row: Option<(i64, i64, i64, i64)> = conn
        .query_row(
            "SELECT id, user_id, points, remaining FROM points_ledger
             WHERE order_id = ? AND kind = 'earned' AND remaining > 0",
            [order_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((id, user_id, earned, remaining)) = row else {
        return Ok(());
    };
    let back = share(earned).clamp(0, remaining);
    if back > 0 {
        conn.execute(
            "INSERT INTO points_ledger (user_id, order_id, kind, points, created_at) VALUES (?, ?, 'reversed', ?, ?)",
            params![user_id, order_id, -back, now],
        )?;
        conn.execute(
            "UPDATE points_ledger SET remaining = remaining - ? WHERE id = ?",
            params![back, id],
        )?;
    }
    Ok(())
}

/// Expires whatever earned points are past their date (the sweeper and every read call it).
pub fn expire_points(conn: &Connection, now: DateTime<Utc>) -> Result<()> {
    close_earned(
        conn,
        "kind = 'earned' AND remaining > 0 AND expires_at <= ?",
        params![now],
        PointsKind::Expired,
        now,
    )
}

/// Writes a negative `kind` entry for what is left of each earned row matching `filter`.
fn close_earned(
    conn: &Connection,
    filter: &str,
    args: impl rusqlite::Params,
    kind: PointsKind,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, user_id, order_id, remaining FROM points_ledger WHERE {filter}"
    ))?;
    let rows: Vec<(i64, i64, Option<i64>, i64)> = stmt
        .query_map(args, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (id, user_id, order_id, remaining) in rows {
        conn.execute(
            "INSERT INTO points_ledger (user_id, order_id, kind, points, created_at) VALUES (?, ?, ?, ?, ?)",
            params![user_id, order_id, kind.code(), -remaining, now],
        )?;
        conn.execute("UPDATE points_ledger SET remaining = 0 WHERE id = ?", [id])?;
    }
    Ok(())
}

/// The member's tier, points and what is next.
pub fn membership(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Membership> {
    expire_points(conn, now)?;
    let spend = spend(conn, user_id, now, 0)?;
    let points: i64 = conn.query_row(
        "SELECT COALESCE(SUM(remaining), 0) FROM points_ledger WHERE user_id = ?",
        [user_id],
        |r| r.get(0),
    )?;
    let spendable: i64 = conn.query_row(
        "SELECT COALESCE(SUM(l.remaining), 0) FROM points_ledger l JOIN orders o ON o.id = l.order_id
         WHERE l.user_id = ? AND o.status IN ('confirmed', 'ready_for_pickup', 'shipped', 'completed')",
        [user_id],
        |r| r.get(0),
    )?;
    let expiring: Option<(DateTime<Utc>, i64)> = conn
        .query_row(
            "SELECT expires_at, SUM(remaining) FROM points_ledger
             WHERE user_id = ? AND remaining > 0 AND expires_at <= ?
             GROUP BY expires_at ORDER BY expires_at LIMIT 1",
            params![user_id, now + Duration::days(rules::EXPIRY_NOTICE_DAYS)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(Membership {
        tier: rules::tier_for(spend),
        spend: expocx_contract::Money {
            amount_minor: spend,
            currency: CURRENCY.into(),
        },
        next: rules::next_tier(spend, CURRENCY),
        points,
        spendable,
        expiring: expiring.map(|(on, points)| PointsExpiry {
            points,
            on: on.into(),
        }),
        tiers: rules::tiers(CURRENCY),
    })
}

/// One page of the member's points ledger, newest first.
pub fn ledger(
    conn: &Connection,
    user_id: i64,
    page: u32,
    limit: u32,
    now: DateTime<Utc>,
) -> Result<Page<PointsEntry>> {
    expire_points(conn, now)?;
    let total: u64 = conn.query_row(
        "SELECT COUNT(*) FROM points_ledger WHERE user_id = ?",
        [user_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT l.id, l.kind, l.points, l.order_id, o.number, l.created_at, l.expires_at
         FROM points_ledger l LEFT JOIN orders o ON o.id = l.order_id
         WHERE l.user_id = ? ORDER BY l.id DESC LIMIT ? OFFSET ?",
    )?;
    let offset = Page::<()>::offset(page, limit);
    let items = stmt
        .query_map(params![user_id, limit, offset], |r| {
            Ok(PointsEntry {
                id: r.get(0)?,
                kind: super::col(r, "kind")?,
                points: r.get(2)?,
                order_id: r.get(3)?,
                order_number: r.get(4)?,
                at: r.get(5)?,
                expires_at: r.get(6)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Page::new(items, total, page, limit))
}

/// Spends [`REDEEM_POINTS`] (soonest to expire first) on a coupon worth [`REDEEM_VALUE_MINOR`]
/// off anything, valid 30 days; answers its code. Only points of orders the exhibitor has
/// confirmed can be spent (a cancellable order's points could otherwise be spent, then the
/// order cancelled). Too few points: `NotEnoughPoints`.
/// `description`: what the coupon says it gives (`domain::texts::points_coupon`).
pub fn redeem(
    conn: &mut Connection,
    user_id: i64,
    description: &expocx_contract::Localized,
    now: DateTime<Utc>,
) -> Result<String> {
    use expocx_contract::{ErrorCode, REDEEM_POINTS, REDEEM_VALUE_MINOR};
    let tx = conn.transaction()?;
    expire_points(&tx, now)?;
    let mut stmt = tx.prepare(
        "SELECT l.id, l.remaining FROM points_ledger l JOIN orders o ON o.id = l.order_id
         WHERE l.user_id = ? AND l.kind = 'earned' AND l.remaining > 0
           AND o.status IN ('confirmed', 'ready_for_pickup', 'shipped', 'completed')
         ORDER BY l.expires_at, l.id",
    )?;
    let rows: Vec<(i64, i64)> = stmt
        .query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    drop(stmt);
    let taken = rules::allocate(&rows, REDEEM_POINTS).ok_or(super::Error::Conflict(
        ErrorCode::NotEnoughPoints,
        "Not enough points for a coupon",
    ))?;
    for (id, take) in taken {
        tx.execute(
            "UPDATE points_ledger SET remaining = remaining - ? WHERE id = ?",
            params![take, id],
        )?;
    }
    tx.execute(
        "INSERT INTO points_ledger (user_id, kind, points, created_at) VALUES (?, 'spent', ?, ?)",
        params![user_id, -REDEEM_POINTS, now],
    )?;
    let code = format!("PT-{}", crate::ids::random_hex(4).to_uppercase());
    tx.execute(
        "INSERT INTO coupons (code, amount_off_minor, min_total_minor, starts_at, ends_at, description_json, owner_user_id, created_at)
         VALUES (?, ?, 0, ?, ?, ?, ?, ?)",
        params![code, REDEEM_VALUE_MINOR, now, now + Duration::days(30), super::json(description), user_id, now],
    )?;
    tx.commit()?;
    Ok(code)
}
