//! Membership rules: the tier a member's spend earns, the points an order earns, when points
//! expire. Documented for clients in `expocx_contract::membership`.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Benefit, Money, NextTier, Tier, TierInfo};

/// How far back spend counts for the tier, and how long earned points last.
pub const WINDOW_DAYS: i64 = 365;
/// Points expiring within this many days are announced.
pub const EXPIRY_NOTICE_DAYS: i64 = 30;

/// Each tier from the bottom: spend (minor units of CNY) from which it applies, points rate (%).
const TIERS: [(Tier, i64, u32); 3] = [
    (Tier::Member, 0, 100),
    (Tier::Silver, 100_000, 125),
    (Tier::Gold, 500_000, 150),
];

/// The tier that `spend_minor` (paid over the last [`WINDOW_DAYS`]) reaches.
pub fn tier_for(spend_minor: i64) -> Tier {
    TIERS
        .iter()
        .rev()
        .find(|(_, from, _)| spend_minor >= *from)
        .map_or(Tier::Member, |(t, _, _)| *t)
}

fn rate(tier: Tier) -> u32 {
    TIERS
        .iter()
        .find(|(t, _, _)| *t == tier)
        .map_or(100, |(_, _, r)| *r)
}

/// The next tier above `spend_minor` and what is missing to reach it.
pub fn next_tier(spend_minor: i64, currency: &str) -> Option<NextTier> {
    TIERS
        .iter()
        .find(|(_, from, _)| *from > spend_minor)
        .map(|(tier, from, _)| NextTier {
            tier: *tier,
            missing: Money {
                amount_minor: from - spend_minor,
                currency: currency.into(),
            },
        })
}

/// Points an order of `total_minor` earns for a member of `tier`: one per whole yuan, times
/// the tier's rate, rounded down. Never negative.
pub fn points_for(total_minor: i64, tier: Tier) -> i64 {
    (total_minor.max(0) / 100) * i64::from(rate(tier)) / 100
}

/// When points earned at `earned_at` expire.
pub fn expires_at(earned_at: DateTime<Utc>) -> DateTime<Utc> {
    earned_at + Duration::days(WINDOW_DAYS)
}

/// Takes `amount` points from earned rows `(id, remaining)` in the order given (soonest to
/// expire first): how much from each, or `None` when they do not add up to `amount`.
pub fn allocate(rows: &[(i64, i64)], amount: i64) -> Option<Vec<(i64, i64)>> {
    let mut left = amount;
    let mut out = Vec::new();
    for &(id, remaining) in rows {
        if left == 0 {
            break;
        }
        let take = remaining.min(left);
        if take > 0 {
            out.push((id, take));
            left -= take;
        }
    }
    (left == 0 && amount > 0).then_some(out)
}

/// Spend from `since` on counts for the tier at `now`.
pub fn spend_since(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(WINDOW_DAYS)
}

/// Every tier with what it takes and gives, for the member center.
pub fn tiers(currency: &str) -> Vec<TierInfo> {
    TIERS
        .iter()
        .map(|(tier, from, percent)| TierInfo {
            tier: *tier,
            from_spend: Money {
                amount_minor: *from,
                currency: currency.into(),
            },
            benefits: vec![
                Benefit::PointsRate { percent: *percent },
                Benefit::ServicePriority {
                    respond_within_hours: super::tickets::respond_within(*tier).num_hours() as u32,
                },
                Benefit::CouponValidity {
                    days: super::coupons::validity_days(*tier),
                },
            ],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use Tier::*;

    #[test]
    fn spend_over_the_year_sets_the_tier() {
        for (spend, tier, next) in [
            (0, Member, Some((Silver, 100_000))),
            (99_999, Member, Some((Silver, 1))),
            (100_000, Silver, Some((Gold, 400_000))),
            (499_999, Silver, Some((Gold, 1))),
            (500_000, Gold, None),
            (9_000_000, Gold, None),
        ] {
            assert_eq!(tier_for(spend), tier, "{spend}");
            assert_eq!(
                next_tier(spend, "CNY").map(|n| (n.tier, n.missing.amount_minor)),
                next,
                "{spend}"
            );
        }
    }

    #[test]
    fn orders_earn_points_per_whole_yuan_at_the_tier_rate() {
        for (total, tier, points) in [
            (0, Member, 0),
            (99, Member, 0),
            (12_900, Member, 129),
            (12_999, Member, 129),
            (12_900, Silver, 161),
            (12_900, Gold, 193),
            (100_000, Gold, 1_500),
            (-500, Gold, 0),
        ] {
            assert_eq!(points_for(total, tier), points, "{total} {tier:?}");
        }
    }

    #[test]
    fn points_last_a_year_and_spend_counts_for_a_year() {
        let t = Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap();
        assert_eq!(
            expires_at(t),
            Utc.with_ymd_and_hms(2027, 3, 1, 8, 0, 0).unwrap()
        );
        assert_eq!(
            spend_since(t),
            Utc.with_ymd_and_hms(2025, 3, 1, 8, 0, 0).unwrap()
        );
    }

    #[test]
    fn spending_takes_the_soonest_expiring_points_first() {
        for (rows, amount, want) in [
            (
                vec![(1, 300), (2, 400)],
                500,
                Some(vec![(1, 300), (2, 200)]),
            ),
            (vec![(1, 500)], 500, Some(vec![(1, 500)])),
            (vec![(1, 800), (2, 100)], 500, Some(vec![(1, 500)])),
            (vec![(1, 200), (2, 200)], 500, None),
            (vec![], 500, None),
            (vec![(1, 0), (2, 600)], 500, Some(vec![(2, 500)])),
            (vec![(1, 10)], 0, None),
        ] {
            assert_eq!(allocate(&rows, amount), want, "{rows:?} {amount}");
        }
    }

    #[test]
    fn higher_tiers_earn_more_and_cost_more() {
        let all = tiers("CNY");
        assert_eq!(all.len(), 3);
        for pair in all.windows(2) {
            assert!(pair[0].tier < pair[1].tier);
            assert!(pair[0].from_spend.amount_minor < pair[1].from_spend.amount_minor);
            let (Benefit::PointsRate { percent: a }, Benefit::PointsRate { percent: b }) =
                (&pair[0].benefits[0], &pair[1].benefits[0])
            else {
                panic!("the points rate comes first")
            };
            assert!(a < b);
        }
    }
}
