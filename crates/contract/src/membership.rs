//! Membership: the tier, its benefits and the points ledger (`GET /api/v1/me/membership`,
//! `GET /api/v1/me/points`), and the order-history filter (`GET /api/v1/orders`).
//!
//! # Rules (applied by the backend)
//! - The tier follows what the member paid over the last 365 days (orders paid and not
//!   cancelled): Member from the first order, Silver from ¥1,000, Gold from ¥5,000.
//! - Personal coupons: after a paid order, with a marketing consent, at most one per 30 days:
//!   5 % off the category the member has spent most on, valid for 14 days (Silver 30, Gold 60 —
//!   the tier's `CouponValidity`), starting 7 days later when the order was large (¥500 or more)
//!   so that it does not run out before the member needs more. Single use, only by its member.
//! - Points buy coupons: 500 points for ¥5 off anything, valid 30 days (`POST /me/points/redeem`);
//!   the points that expire soonest are used first, and only points of orders the exhibitor has
//!   confirmed (ready for pickup, shipped, completed) can be spent.
//! - Points: one per whole yuan of an order's total when it is paid, times the tier's rate
//!   (Member 100 %, Silver 125 %, Gold 150 %, the tier before the order counts). Points expire
//!   365 days after they were earned; a cancelled order takes back what it earned and has not
//!   been used.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{Money, OrderStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Member,
    Silver,
    Gold,
}

/// A benefit of a tier, as the backend applies it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Benefit {
    /// Points earned per paid order, in percent of the base (one per yuan).
    PointsRate { percent: u32 },
    /// After-sales tickets get a first answer within this many hours (the queue's order).
    ServicePriority { respond_within_hours: u32 },
    /// Personal coupons stay valid this many days.
    CouponValidity { days: u32 },
}

/// Where a coupon in the wallet stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CouponState {
    Available,
    /// Valid from `starts_at`.
    NotYet,
    Used,
    Expired,
}

/// Points one redemption costs, and what it buys (minor units off).
pub const REDEEM_POINTS: i64 = 500;
pub const REDEEM_VALUE_MINOR: i64 = 500;

/// A personal coupon (`GET /api/v1/me/coupons`, newest first): a percentage off one category
/// (earned by buying) or an amount off anything (bought with points).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WalletCoupon {
    /// Typed in the cart (or applied from the wallet).
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_off: Option<Money>,
    /// The category it applies to; none: anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<crate::Localized>,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub state: CouponState,
    /// A campaign's coupon: who gave it and why the member got it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<crate::Localized>,
}

/// A tier, what it takes and what it gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TierInfo {
    pub tier: Tier,
    /// Spend over the last 365 days from which the tier applies.
    pub from_spend: Money,
    pub benefits: Vec<Benefit>,
}

/// Answer of `GET /api/v1/me/membership`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub tier: Tier,
    /// Paid over the last 365 days (what the tier follows).
    pub spend: Money,
    /// The next tier and what is still missing to reach it; none at the top.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<NextTier>,
    /// Points held now.
    pub points: i64,
    /// Of those, the points that can be spent (their orders are confirmed by the exhibitor).
    #[serde(default)]
    pub spendable: i64,
    /// The earliest points to expire, if any expire within 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<PointsExpiry>,
    /// Every tier in order, with its benefits (the member's own is `tier`).
    pub tiers: Vec<TierInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextTier {
    pub tier: Tier,
    pub missing: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PointsExpiry {
    pub points: i64,
    pub on: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PointsKind {
    /// Earned by paying an order.
    Earned,
    /// Not used within 365 days.
    Expired,
    /// Taken back because the order was cancelled.
    Reversed,
    /// Spent on a coupon.
    Spent,
    /// A kind this client does not know yet (newer server). Never sent.
    #[serde(other)]
    Unknown,
}

/// One line of the points ledger (`GET /api/v1/me/points`, newest first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PointsEntry {
    pub id: i64,
    pub kind: PointsKind,
    /// Positive when earned, negative when taken away.
    pub points: i64,
    /// The order it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    pub at: Timestamp,
    /// For earned points: when what is left of them expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
}

/// Which orders `GET /api/v1/orders?status=` lists: the groups a shopper thinks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderFilter {
    /// Waiting for payment.
    ToPay,
    /// Paid, being prepared, ready for pickup or shipped.
    InProgress,
    Completed,
    /// Cancelled or expired.
    Cancelled,
}

impl OrderFilter {
    pub const ALL: [OrderFilter; 4] = [
        OrderFilter::ToPay,
        OrderFilter::InProgress,
        OrderFilter::Completed,
        OrderFilter::Cancelled,
    ];

    /// The statuses the filter lists.
    pub fn statuses(self) -> &'static [OrderStatus] {
        use OrderStatus::*;
        match self {
            OrderFilter::ToPay => &[AwaitingPayment],
            OrderFilter::InProgress => &[Paid, Confirmed, ReadyForPickup, Shipped],
            OrderFilter::Completed => &[Completed],
            OrderFilter::Cancelled => &[Cancelled, Expired],
        }
    }

    /// The query value (`to_pay`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            OrderFilter::ToPay => "to_pay",
            OrderFilter::InProgress => "in_progress",
            OrderFilter::Completed => "completed",
            OrderFilter::Cancelled => "cancelled",
        }
    }
}

/// Query of `GET /api/v1/orders`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct OrderQuery {
    /// Only orders in this group; all when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OrderFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// Query of `GET /api/v1/me/points`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PageQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// A status the order reached, and when (`Order::timeline`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderEvent {
    pub status: OrderStatus,
    pub at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_is_in_exactly_one_filter() {
        use OrderStatus::*;
        for status in [
            AwaitingPayment,
            Paid,
            ReadyForPickup,
            Shipped,
            Completed,
            Cancelled,
            Expired,
        ] {
            let n = OrderFilter::ALL
                .iter()
                .filter(|f| f.statuses().contains(&status))
                .count();
            assert_eq!(n, 1, "{status:?}");
        }
        for f in OrderFilter::ALL {
            assert_eq!(
                serde_json::to_value(f).unwrap(),
                serde_json::Value::String(f.as_str().into())
            );
        }
    }
}
