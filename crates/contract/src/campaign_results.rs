//! A campaign read whole (`GET /exhibitor/campaigns/{id}`): what it is, how far sending got,
//! and what it did against its holdout. The formulas are the server's `rules::campaigns`.

use serde::{Deserialize, Serialize};

use crate::campaigns::{CampaignDraft, CampaignStatus};
use crate::{Money, Timestamp};

/// How many members one outcome of sending covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutcomeCount {
    /// `sent`, `deferred` (quiet hours), `holdout`, or why nothing was sent: `no_consent`,
    /// `weekly_cap`, `strong_intent`, `frequency_limit`, `budget_spent`, `inactive`,
    /// `not_chosen` (no channel of the campaign is among the member's choices).
    pub outcome: String,
    pub members: u64,
}

/// One group's results over the attribution window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupResult {
    pub members: u64,
    /// Members who paid an order of the exhibitor's in the window.
    pub converted: u64,
    pub revenue: Money,
    /// Converted per member, in basis points (1 % = 100).
    pub conversion_bp: i64,
    pub revenue_per_member: Money,
}

/// An estimate with its 95 % interval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Interval {
    pub value: i64,
    pub low: i64,
    pub high: i64,
}

/// Revenue per day since sending, per member of each group (the chart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResultDay {
    /// Days since sending started (0 = the day it started).
    pub day: u32,
    pub sent_revenue_per_member: Money,
    pub holdout_revenue_per_member: Money,
}

/// What the campaign did: the sent group against the holdout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignResults {
    pub sent: GroupResult,
    pub holdout: GroupResult,
    /// Conversion difference, in basis points.
    pub conversion_lift_bp: Interval,
    /// Incremental revenue, minor units: the per-member difference times the sent members.
    pub incremental_revenue: Interval,
    /// Coupons used in paid orders.
    pub redemptions: u64,
    /// What the used coupons took off.
    pub discount_cost: Money,
    /// Discounts still possible: coupons given and not yet used or expired.
    pub outstanding: Money,
    /// (incremental revenue − discount cost) ÷ discount cost, in percent; none without cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roi_percent: Option<i64>,
    /// Fewer than 100 members in either group: the interval is wide, read it with care.
    pub thin: bool,
    pub days: Vec<ResultDay>,
}

/// A campaign, its progress and results; with its `ETag`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Campaign {
    pub id: i64,
    pub status: CampaignStatus,
    pub draft: CampaignDraft,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub version: i64,
    /// Members chosen when sending started (holdout included).
    pub audience: u64,
    /// Members not decided yet (sending in progress).
    pub pending: u64,
    pub outcomes: Vec<OutcomeCount>,
    /// Once sending started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<CampaignResults>,
}
