//! Personal coupons: issued after a paid order by `rules::coupons`, shown in the member's
//! wallet, used once (a cancelled or expired order gives it back).

use chrono::{DateTime, Utc};
use expocx_contract::{CouponState, Localized, Tier, WalletCoupon};
use rusqlite::{params, Connection, OptionalExtension};

use super::{json, loc, Result};
use crate::ids::random_hex;
use crate::rules::coupons as rules;

/// A coupon issued to a member: its code and what it gives.
pub struct Issued {
    pub code: String,
    pub description: Localized,
}

/// After an order of `total` was paid: issues the member's next personal coupon if the rules
/// say so (`marketing`: a marketing consent is given), described by `describe(category, %)`.
pub fn issue_after_payment(
    conn: &Connection,
    user_id: i64,
    total: i64,
    tier: Tier,
    marketing: bool,
    describe: impl Fn(&Localized, u32) -> Localized,
    now: DateTime<Utc>,
) -> Result<Option<Issued>> {
    let last: Option<DateTime<Utc>> = conn.query_row(
        "SELECT MAX(created_at) FROM coupons WHERE owner_user_id = ? AND code LIKE 'ME-%'",
        [user_id],
        |r| r.get(0),
    )?;
    let favourite: Option<i64> = conn
        .query_row(
            "SELECT p.category_id FROM order_lines ol JOIN order_parts op ON op.id = ol.part_id
             JOIN orders o ON o.id = op.order_id JOIN products p ON p.id = ol.product_id
             WHERE o.user_id = ? AND o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
             GROUP BY p.category_id ORDER BY SUM(ol.quantity * ol.unit_price_minor) DESC, p.category_id LIMIT 1",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(plan) = rules::plan(now, total, tier, marketing, last, favourite) else {
        return Ok(None);
    };
    let category: String = conn.query_row(
        "SELECT name_json FROM categories WHERE id = ?",
        [plan.category_id],
        |r| r.get(0),
    )?;
    let description = describe(&loc(&category), rules::PERCENT_OFF);
    let code = format!("ME-{}", random_hex(4).to_uppercase());
    conn.execute(
        "INSERT INTO coupons (code, percent_off, min_total_minor, category_id, starts_at, ends_at, description_json, owner_user_id, created_at)
         VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)",
        params![code, rules::PERCENT_OFF, plan.category_id, plan.starts_at, plan.ends_at, json(&description), user_id, now],
    )?;
    Ok(Some(Issued { code, description }))
}

/// Gives back the personal coupon an order used (it was cancelled or expired).
pub fn release(conn: &Connection, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE coupons SET used_by_order = NULL WHERE used_by_order = ?",
        [order_id],
    )?;
    Ok(())
}

/// Marks the member's personal coupon `code` as used by `order_id` (public codes stay).
pub fn use_for(conn: &Connection, user_id: i64, code: &str, order_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE coupons SET used_by_order = ? WHERE code = ? AND owner_user_id = ? AND used_by_order IS NULL",
        params![order_id, code, user_id],
    )?;
    Ok(())
}

/// The member's personal coupons, newest first.
pub fn wallet(conn: &Connection, user_id: i64, now: DateTime<Utc>) -> Result<Vec<WalletCoupon>> {
    let mut stmt = conn.prepare(
        "SELECT c.code, c.percent_off, c.category_id, k.name_json, c.starts_at, c.ends_at, c.used_by_order,
                c.amount_off_minor, c.why_json
         FROM coupons c LEFT JOIN categories k ON k.id = c.category_id
         WHERE c.owner_user_id = ? ORDER BY c.created_at DESC, c.code LIMIT 100",
    )?;
    let rows = stmt
        .query_map([user_id], |r| {
            let starts_at: DateTime<Utc> = r.get(4)?;
            let ends_at: DateTime<Utc> = r.get(5)?;
            let used: Option<i64> = r.get(6)?;
            let state = if used.is_some() {
                CouponState::Used
            } else if now >= ends_at {
                CouponState::Expired
            } else if now < starts_at {
                CouponState::NotYet
            } else {
                CouponState::Available
            };
            Ok(WalletCoupon {
                code: r.get(0)?,
                percent_off: r.get(1)?,
                amount_off: r.get::<_, Option<i64>>(7)?.map(|a| expocx_contract::Money {
                    amount_minor: a,
                    currency: "CNY".into(),
                }),
                category_id: r.get(2)?,
                category: r.get::<_, Option<String>>(3)?.map(|s| loc(&s)),
                starts_at: starts_at.into(),
                ends_at: ends_at.into(),
                state,
                why: r.get::<_, Option<String>>(8)?.map(|s| loc(&s)),
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}
