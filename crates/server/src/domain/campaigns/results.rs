//! What a campaign did: the sent group against the held-out members the guardrails would have
//! let through, over the attribution window (`rules::campaigns::lift`).

use chrono::{DateTime, Duration, Utc};
use expocx_contract::campaigns::{CampaignResults, GroupResult, Interval, ResultDay};
use expocx_contract::Money;
use rusqlite::Connection;

use crate::db::campaigns::results::{self as data, Bought};
use crate::db::campaigns::Stored;
use crate::db::Result;
use crate::rules::campaigns::{lift, Group};

/// Fewer members than this in a group: the interval is wide.
const THIN: u64 = 100;

fn group(b: &Bought) -> Group {
    Group {
        members: b.members,
        converted: b.per_buyer.len() as u64,
        revenue_sum: b.per_buyer.values().map(|v| *v as f64).sum(),
        revenue_sq_sum: b.per_buyer.values().map(|v| (*v as f64).powi(2)).sum(),
    }
}

fn per_member(sum: i64, members: u64) -> Money {
    Money::cny(if members == 0 {
        0
    } else {
        sum / members as i64
    })
}

fn result(b: &Bought, g: &Group) -> GroupResult {
    let revenue = g.revenue_sum as i64;
    GroupResult {
        members: g.members,
        converted: g.converted,
        revenue: Money::cny(revenue),
        conversion_bp: if g.members == 0 {
            0
        } else {
            (g.converted as i64 * 10_000) / g.members as i64
        },
        revenue_per_member: per_member(revenue, b.members),
    }
}

fn interval((v, lo, hi): (f64, f64, f64), scale: f64) -> Interval {
    Interval {
        value: (v * scale).round() as i64,
        low: (lo * scale).round() as i64,
        high: (hi * scale).round() as i64,
    }
}

/// The campaign's results once sending started (`None` before).
pub fn results(
    conn: &Connection,
    c: &Stored,
    now: DateTime<Utc>,
) -> Result<Option<CampaignResults>> {
    let Some(from) = c.started_at else {
        return Ok(None);
    };
    let to = from + Duration::days(i64::from(c.draft.window_days));
    let [sent, held] = data::groups(conn, (c.id, c.exhibitor_id), (from, to))?;
    let (redemptions, cost, outstanding) = data::coupons(conn, c.id, now)?;
    let (gs, gh) = (group(&sent), group(&held));
    let l = lift(&gs, &gh, cost);
    let last = ((now.min(to) - from).num_days().max(0) as u32).min(c.draft.window_days);
    let days = (0..=last)
        .map(|d| ResultDay {
            day: d,
            sent_revenue_per_member: per_member(*sent.per_day.get(&d).unwrap_or(&0), sent.members),
            holdout_revenue_per_member: per_member(
                *held.per_day.get(&d).unwrap_or(&0),
                held.members,
            ),
        })
        .collect();
    let each = super::send::coupon_cost(conn, c)?;
    Ok(Some(CampaignResults {
        sent: result(&sent, &gs),
        holdout: result(&held, &gh),
        conversion_lift_bp: interval(l.conversion_lift, 10_000.0),
        incremental_revenue: interval(l.incremental_revenue, 1.0),
        redemptions,
        discount_cost: Money::cny(cost),
        outstanding: Money::cny(outstanding as i64 * each),
        roi_percent: l.roi.map(|r| (r * 100.0).round() as i64),
        thin: sent.members < THIN || held.members < THIN,
        days,
    }))
}
