//! Campaigns (issue 26): an exhibitor's offer to a group of members over the channels each of
//! them allowed, with a randomized holdout to measure what it did.
//!
//! - **Audience**: every condition given must hold (within one list, any value). The members are
//!   the fair's visitors; category interest counts only members with the personalization consent.
//! - **Guardrails**, at send time (never at creation): an erased account or one signed out
//!   everywhere gets nothing; the holdout gets nothing; strong intent (ordered from the exhibitor
//!   or started checkout in the last 24 h, or in an open quote it is answering) is not marketed
//!   to; the campaign's frequency limit and discount budget; then each channel's marketing
//!   consent (the in-app inbox needs a marketing consent on any channel), the member's weekly
//!   offer cap across every exhibitor, and their quiet hours (deferred to their end, not dropped).
//! - **Life**: `draft` → `scheduled` → `sending` → `done`, or `cancelled`. Edits, scheduling and
//!   cancelling need the campaign's `ETag` in `If-Match`.

use serde::{Deserialize, Serialize};

use crate::customers::{Segment, Stage};
use crate::leads::LeadStatus;
use crate::{Channel, FieldError, FieldErrorCode, Localized, Tier, Timestamp};

pub use crate::campaign_results::*;

pub const CAMPAIGN_NAME_MAX: usize = 100;
pub const CAMPAIGN_MESSAGE_MAX: usize = 500;
/// The longest look-back of any audience condition, in hours or days.
pub const AUDIENCE_HOURS_MAX: u32 = 24 * 90;
pub const AUDIENCE_DAYS_MAX: u32 = 365;
pub const HOLDOUT_PERCENT_MAX: u8 = 50;
pub const PER_MEMBER_MAX: u32 = 3;
pub const WINDOW_DAYS_MAX: u32 = 60;
pub const VALID_DAYS_MAX: u32 = 90;
/// A campaign's discount budget, at most ¥1,000,000.
pub const BUDGET_MAX_MINOR: i64 = 100_000_000;

/// Bought from the exhibitor before (a product, a category, or anything), and not in the last
/// `not_in_days` days.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Bought {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_in_days: Option<u32>,
}

/// Who a campaign is for: every condition given must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AudienceFilter {
    /// Relationship stages with the exhibitor (any of them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<Stage>,
    /// RFM segments with the exhibitor (any of them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
    /// Met at the booth, with the lead in one of these statuses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead_statuses: Vec<LeadStatus>,
    /// Met at the booth, with the lead scoring at least this now (−2,000 to 2,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_lead_score: Option<i32>,
    /// Interested in this category (members with the personalization consent only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_category_id: Option<i64>,
    /// A cart holding the exhibitor's products, untouched and unpaid for at least these hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cart_unpaid_hours: Option<u32>,
    /// A quote of the exhibitor's waiting for the buyer's answer for at least these days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_waiting_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bought: Option<Bought>,
    /// Member tiers (any of them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<Tier>,
}

impl AudienceFilter {
    /// Whether no condition is given (a campaign needs at least one).
    pub fn is_empty(&self) -> bool {
        *self == AudienceFilter::default()
    }

    /// Bounds on every number; unknown values refused; at least one condition.
    pub fn validate(&self, prefix: &str) -> Vec<FieldError> {
        let mut e = Vec::new();
        let f = |name: &str| format!("{prefix}{name}");
        if self.is_empty() {
            e.push(FieldError::new(
                prefix.trim_end_matches('.'),
                FieldErrorCode::Required,
            ));
        }
        let unknown = self.stages.contains(&Stage::Unknown)
            || self.segments.contains(&Segment::Unknown)
            || self.lead_statuses.contains(&LeadStatus::Unknown);
        if unknown {
            e.push(FieldError::new(
                prefix.trim_end_matches('.'),
                FieldErrorCode::InvalidValue,
            ));
        }
        for (name, len) in [
            ("stages", self.stages.len()),
            ("segments", self.segments.len()),
            ("lead_statuses", self.lead_statuses.len()),
            ("tiers", self.tiers.len()),
        ] {
            if len > 10 {
                e.push(FieldError::new(&f(name), FieldErrorCode::TooLong).with_limit(10));
            }
        }
        if self
            .min_lead_score
            .is_some_and(|s| !(-2000..=2000).contains(&s))
        {
            range(&mut e, &f("min_lead_score"), 2000);
        }
        let days = self.bought.as_ref().and_then(|b| b.not_in_days);
        for (name, value, max) in [
            (
                "cart_unpaid_hours",
                self.cart_unpaid_hours,
                AUDIENCE_HOURS_MAX,
            ),
            (
                "quote_waiting_days",
                self.quote_waiting_days,
                AUDIENCE_DAYS_MAX,
            ),
            ("bought.not_in_days", days, AUDIENCE_DAYS_MAX),
        ] {
            if value.is_some_and(|v| v > max) {
                range(&mut e, &f(name), i64::from(max));
            }
        }
        e
    }
}

fn range(errors: &mut Vec<FieldError>, field: &str, max: i64) {
    errors.push(FieldError::new(field, FieldErrorCode::OutOfRange).with_limit(max));
}

/// A coupon the campaign gives each member it reaches: the exhibitor's products only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CouponOffer {
    /// 1–90 % off; or `amount_off_minor`, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_off_minor: Option<i64>,
    /// The least spent on what the coupon covers.
    #[serde(default)]
    pub min_spend_minor: i64,
    /// Only this category of the exhibitor's products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_id: Option<i64>,
    /// Days the coupon stays valid (1–90). It starts 7 days later for a member who paid a
    /// large order (¥500 or more) in the last 7 days, as personal coupons do.
    pub valid_days: u32,
}

/// What a campaign says and gives. `message`: the exhibitor's words in each language (one is
/// enough: an empty one shows another).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignOffer {
    pub message: Localized,
    /// None: a plain message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<CouponOffer>,
}

/// Body of `POST /exhibitor/campaigns` and `PUT /exhibitor/campaigns/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignDraft {
    pub name: String,
    pub audience: AudienceFilter,
    pub offer: CampaignOffer,
    /// One to four channels.
    pub channels: Vec<Channel>,
    /// The share of the audience held out to measure the campaign, 0–50 (default 10).
    #[serde(default = "ten")]
    pub holdout_percent: u8,
    /// Messages of this campaign one member may get, 1–3 (default 1).
    #[serde(default = "one")]
    pub per_member: u32,
    /// The most the coupons may cost together, in minor units (redeemed and outstanding).
    #[serde(default)]
    pub budget_minor: i64,
    /// Days after sending in which an order counts for the campaign, 1–60 (default 14).
    #[serde(default = "fourteen")]
    pub window_days: u32,
}

fn ten() -> u8 {
    10
}
fn one() -> u32 {
    1
}
fn fourteen() -> u32 {
    14
}

impl CampaignDraft {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = self.audience.validate("audience.");
        let name = self.name.trim();
        if name.is_empty() {
            e.push(FieldError::new("name", FieldErrorCode::Required));
        }
        if name.chars().count() > CAMPAIGN_NAME_MAX {
            e.push(FieldError::new("name", FieldErrorCode::TooLong).with_limit(100));
        }
        let m = &self.offer.message;
        let texts = [
            ("en", &m.en),
            ("zh-Hans", &m.zh_hans),
            ("zh-Hant", &m.zh_hant),
        ];
        if texts.iter().all(|(_, t)| t.trim().is_empty()) {
            e.push(FieldError::new("offer.message", FieldErrorCode::Required));
        }
        for (lang, t) in texts {
            if t.chars().count() > CAMPAIGN_MESSAGE_MAX {
                let f = format!("offer.message.{lang}");
                e.push(FieldError::new(&f, FieldErrorCode::TooLong).with_limit(500));
            }
        }
        if let Some(c) = &self.offer.coupon {
            coupon(&mut e, c);
        }
        let mut channels = self.channels.clone();
        channels.sort();
        channels.dedup();
        if self.channels.is_empty() {
            e.push(FieldError::new("channels", FieldErrorCode::Required));
        } else if channels.len() != self.channels.len() {
            e.push(FieldError::new("channels", FieldErrorCode::Duplicate));
        }
        let numbers = [
            ("holdout_percent", i64::from(self.holdout_percent), 0, 50),
            ("per_member", i64::from(self.per_member), 1, 3),
            ("budget_minor", self.budget_minor, 0, BUDGET_MAX_MINOR),
            ("window_days", i64::from(self.window_days), 1, 60),
        ];
        for (name, v, lo, hi) in numbers {
            if !(lo..=hi).contains(&v) {
                range(&mut e, name, hi);
            }
        }
        if self.offer.coupon.is_some() && self.budget_minor == 0 {
            e.push(FieldError::new("budget_minor", FieldErrorCode::Required));
        }
        e
    }
}

fn coupon(e: &mut Vec<FieldError>, c: &CouponOffer) {
    match (c.percent_off, c.amount_off_minor) {
        (Some(p), None) if (1..=90).contains(&p) => {}
        (None, Some(a)) if (1..=BUDGET_MAX_MINOR).contains(&a) => {}
        (Some(_), Some(_)) | (None, None) => e.push(FieldError::new(
            "offer.coupon",
            FieldErrorCode::InvalidValue,
        )),
        (Some(_), None) => range(e, "offer.coupon.percent_off", 90),
        (None, Some(_)) => range(e, "offer.coupon.amount_off_minor", BUDGET_MAX_MINOR),
    }
    if !(0..=BUDGET_MAX_MINOR).contains(&c.min_spend_minor) {
        range(e, "offer.coupon.min_spend_minor", BUDGET_MAX_MINOR);
    }
    if !(1..=VALID_DAYS_MAX).contains(&c.valid_days) {
        range(e, "offer.coupon.valid_days", i64::from(VALID_DAYS_MAX));
    }
}

/// Where a campaign is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CampaignStatus {
    Draft,
    Scheduled,
    Sending,
    Done,
    Cancelled,
    #[serde(other)]
    Unknown,
}

impl CampaignStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignStatus::Draft => "draft",
            CampaignStatus::Scheduled => "scheduled",
            CampaignStatus::Sending => "sending",
            CampaignStatus::Done => "done",
            CampaignStatus::Cancelled => "cancelled",
            CampaignStatus::Unknown => "unknown",
        }
    }

    /// Whether the campaign may still be edited, scheduled or cancelled.
    pub fn open(self) -> bool {
        matches!(self, CampaignStatus::Draft | CampaignStatus::Scheduled)
    }
}

/// Body of `POST /exhibitor/campaigns/{id}/schedule`: when to send (none or past: now).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduleCampaign {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_at: Option<Timestamp>,
}

/// A campaign in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignSummary {
    pub id: i64,
    pub name: String,
    pub status: CampaignStatus,
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_at: Option<Timestamp>,
    /// Members it was decided for so far (sent, deferred, skipped or held out).
    pub audience: u64,
    /// Members who got at least one message.
    pub reached: u64,
    pub redemptions: u64,
    pub created_at: Timestamp,
}

/// The live count while a segment is edited, broken down the way it would be sent now.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Audience {
    /// Members matching every condition.
    pub matched: u64,
    /// Of those, how many each channel would reach (its consent given and chosen for offers).
    pub channels: Vec<ChannelReach>,
    /// Of those, excluded by caps (weekly offers) or strong intent.
    pub excluded: u64,
    /// Of those, with no marketing consent at all.
    pub no_consent: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelReach {
    pub channel: Channel,
    pub members: u64,
}

/// Answer of `GET /stop/{token}`: the messages a "stop these" link stops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StopInfo {
    /// Who sent the message.
    pub exhibitor: Localized,
    /// The channel the message came by (`in_app`: the inbox's copy, which stops offers on
    /// every marketing channel).
    pub channel: Channel,
    /// The marketing channels whose consent the link would withdraw now (empty: stopped already).
    pub stops: Vec<Channel>,
}

/// Answer of `POST /stop/{token}`: the consents withdrawn, each with its receipt (the same as
/// a choice in the privacy center).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Stopped {
    pub stopped: Vec<Channel>,
    pub receipt_ids: Vec<String>,
}
