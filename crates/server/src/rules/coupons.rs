//! Personal coupons: whether a paid order earns one, for what, and from when until when.
//! Documented for clients in `expocx_contract::membership`.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::Tier;

pub const PERCENT_OFF: u32 = 5;
/// At most one personal coupon in this many days.
pub const AT_MOST_EVERY_DAYS: i64 = 30;
/// An order of at least this much (minor units) delays the coupon's start.
pub const LARGE_ORDER_MINOR: i64 = 50_000;
pub const DELAY_AFTER_LARGE_DAYS: i64 = 7;

/// How long a personal coupon stays valid for a member of `tier`.
pub fn validity_days(tier: Tier) -> u32 {
    match tier {
        Tier::Member => 14,
        Tier::Silver => 30,
        Tier::Gold => 60,
    }
}

/// A coupon to issue: the category and its validity window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub category_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// What a just-paid order of `order_total` earns: nothing without a marketing consent, within
/// the frequency cap, or without a favourite category; else a coupon for that category.
pub fn plan(
    now: DateTime<Utc>,
    order_total: i64,
    tier: Tier,
    marketing_consent: bool,
    last_issued: Option<DateTime<Utc>>,
    favourite_category: Option<i64>,
) -> Option<Plan> {
    if !marketing_consent {
        return None;
    }
    if last_issued.is_some_and(|t| now - t < Duration::days(AT_MOST_EVERY_DAYS)) {
        return None;
    }
    let category_id = favourite_category?;
    let starts_at = if order_total >= LARGE_ORDER_MINOR {
        now + Duration::days(DELAY_AFTER_LARGE_DAYS)
    } else {
        now
    };
    Some(Plan {
        category_id,
        starts_at,
        ends_at: starts_at + Duration::days(i64::from(validity_days(tier))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn coupons_fit_the_member_and_start_sensibly() {
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
        let d = Duration::days;
        for (total, tier, consent, last, fav, want) in [
            (
                10_000,
                Tier::Member,
                true,
                None,
                Some(3),
                Some((3, now, now + d(14))),
            ),
            (
                10_000,
                Tier::Gold,
                true,
                None,
                Some(3),
                Some((3, now, now + d(60))),
            ),
            (
                60_000,
                Tier::Silver,
                true,
                None,
                Some(7),
                Some((7, now + d(7), now + d(37))),
            ),
            (10_000, Tier::Member, false, None, Some(3), None),
            (10_000, Tier::Member, true, Some(now - d(29)), Some(3), None),
            (
                10_000,
                Tier::Member,
                true,
                Some(now - d(30)),
                Some(3),
                Some((3, now, now + d(14))),
            ),
            (10_000, Tier::Member, true, None, None, None),
        ] {
            let got = plan(now, total, tier, consent, last, fav)
                .map(|p| (p.category_id, p.starts_at, p.ends_at));
            assert_eq!(
                got, want,
                "{total} {tier:?} consent={consent} last={last:?}"
            );
        }
        assert!(validity_days(Tier::Member) < validity_days(Tier::Silver));
        assert!(validity_days(Tier::Silver) < validity_days(Tier::Gold));
    }
}
