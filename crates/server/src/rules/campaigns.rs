//! Campaigns (issue 26), the pure parts: whether one member gets one campaign message now, later
//! or not at all (the guardrails, on top of the outbox's own rules in `notify`), who is held out
//! to measure the campaign, and what the campaign did compared with the held-out group.
//!
//! - **Guardrails**, in this order: an erased account or one signed out everywhere has no address
//!   to trust (`inactive`); the randomized holdout gets nothing (`holdout`); strong intent is not
//!   marketed to (`strong_intent`: ordered or started checkout in the last 24 h, or in an open
//!   quote the exhibitor is answering); the campaign's own frequency limit (`frequency_limit`);
//!   its discount budget (`budget_spent`: the cost of redeemed and outstanding coupons plus this
//!   one's would pass it); then the outbox's rules at send time — the channel's marketing consent,
//!   the member's weekly offer cap across every exhibitor, and their quiet hours (deferred to
//!   their end, never dropped).
//! - **Holdout**: a member is held out of a campaign by a hash of the two ids, so the choice is
//!   stable, made before sending, and independent between campaigns.
//! - **Lift**: conversion and revenue per member of the sent group against the holdout, with 95 %
//!   intervals (normal approximation), incremental revenue scaled to the sent group, and ROI
//!   against the discounts' cost.

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{Channel, MessageKind, NotificationPrefs};

use super::notify::{self, Decision};

/// What happens to one member's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Send,
    /// Inside the member's quiet hours: sent when they end.
    Defer(DateTime<Utc>),
    Skip(Why),
}

/// Why a member gets nothing (recorded in the outbox with the message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Inactive,
    Holdout,
    StrongIntent,
    FrequencyLimit,
    BudgetSpent,
    Outbox(notify::Reason),
}

impl Why {
    pub fn code(self) -> &'static str {
        match self {
            Why::Inactive => "inactive",
            Why::Holdout => "holdout",
            Why::StrongIntent => "strong_intent",
            Why::FrequencyLimit => "frequency_limit",
            Why::BudgetSpent => "budget_spent",
            Why::Outbox(r) => r.code(),
        }
    }
}

/// What the campaign allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Messages of the exhibitor's campaigns one member may get in 7 days (this one included).
    pub per_member: u32,
    /// The discounts the campaign may cost, in minor units.
    pub budget_minor: i64,
}

/// What is known of one member at send time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Member {
    /// Erased, or signed out everywhere since the address was given.
    pub inactive: bool,
    pub held_out: bool,
    pub strong_intent: bool,
    /// Messages of the exhibitor's campaigns they got in the last 7 days.
    pub sent_before: u32,
    /// The channel's marketing consent, read now (for the in-app inbox: any marketing consent).
    pub consented: bool,
    /// Offers from any exhibitor in the last 7 days.
    pub offers_this_week: u32,
}

/// The campaign's discount spending: redeemed and still outstanding coupons, and the most one
/// more coupon can cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spending {
    pub committed_minor: i64,
    pub this_coupon_minor: i64,
}

/// One member's message on `channel`.
pub fn decide(
    member: &Member,
    channel: Channel,
    prefs: &NotificationPrefs,
    (limits, spending): (Limits, Spending),
    now: DateTime<Utc>,
) -> Outcome {
    let skip = [
        (member.inactive, Why::Inactive),
        (member.held_out, Why::Holdout),
        (member.strong_intent, Why::StrongIntent),
        (member.sent_before >= limits.per_member, Why::FrequencyLimit),
        (
            !within_budget(limits.budget_minor, spending),
            Why::BudgetSpent,
        ),
    ];
    if let Some((_, why)) = skip.into_iter().find(|(yes, _)| *yes) {
        return Outcome::Skip(why);
    }
    // Consent first: a channel without it is not among the member's choices either, and "no
    // consent" is the reason to record. The inbox has no consent of its own: a campaign's offer
    // lands there only for a member who allows marketing on some channel (as personal coupons
    // and the cart offer do).
    if !member.consented {
        return Outcome::Skip(Why::Outbox(notify::Reason::NoConsent));
    }
    let offers = MessageKind::Offers;
    match notify::decide(
        offers,
        channel,
        prefs,
        member.consented,
        member.offers_this_week,
        now,
    ) {
        Decision::Send => Outcome::Send,
        Decision::HoldUntil(t) => Outcome::Defer(t),
        Decision::Skip(r) => Outcome::Skip(Why::Outbox(r)),
    }
}

/// Whether one more coupon keeps the campaign within its budget (sending stops by itself when
/// it would not).
pub fn within_budget(budget_minor: i64, s: Spending) -> bool {
    s.committed_minor.saturating_add(s.this_coupon_minor) <= budget_minor
}

/// Strong intent: ordered or started checkout within 24 hours of `now`, or in an open quote the
/// exhibitor is answering. They go straight to checkout or the booth's staff, not to an offer.
pub fn strong_intent(
    last_order_or_checkout: Option<DateTime<Utc>>,
    quote_being_answered: bool,
    now: DateTime<Utc>,
) -> bool {
    quote_being_answered || last_order_or_checkout.is_some_and(|t| now - t < Duration::hours(24))
}

/// Whether `user_id` is in campaign `campaign_id`'s holdout of `permille` (100 = 10 %): a hash of
/// both ids, so stable across sends and independent between campaigns.
pub fn held_out(campaign_id: i64, user_id: i64, permille: u16) -> bool {
    // SplitMix64's finalizer over the two ids.
    let mut z = (campaign_id as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(user_id as u64);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    z % 1000 < u64::from(permille)
}

/// One group's results over the attribution window.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Group {
    pub members: u64,
    /// Members who bought from the exhibitor in the window.
    pub converted: u64,
    /// Their revenue, summed per member, in minor units: Σx and Σx².
    pub revenue_sum: f64,
    pub revenue_sq_sum: f64,
}

impl Group {
    fn rate(&self) -> f64 {
        ratio(self.converted as f64, self.members)
    }
    fn mean(&self) -> f64 {
        ratio(self.revenue_sum, self.members)
    }
    /// The sample variance of revenue per member.
    fn variance(&self) -> f64 {
        if self.members < 2 {
            return 0.0;
        }
        let n = self.members as f64;
        ((self.revenue_sq_sum - n * self.mean().powi(2)) / (n - 1.0)).max(0.0)
    }
}

fn ratio(x: f64, n: u64) -> f64 {
    if n == 0 {
        0.0
    } else {
        x / n as f64
    }
}

/// The z of a two-sided 95 % interval.
const Z95: f64 = 1.959_964;

/// The campaign's measured effect.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lift {
    pub conversion_sent: f64,
    pub conversion_holdout: f64,
    /// Sent minus holdout, with its 95 % interval.
    pub conversion_lift: (f64, f64, f64),
    /// Revenue per member, minor units.
    pub revenue_per_member_sent: f64,
    pub revenue_per_member_holdout: f64,
    /// (per-member difference) × sent members, with its 95 % interval, minor units.
    pub incremental_revenue: (f64, f64, f64),
    /// (incremental revenue − discounts) / discounts; none without discounts.
    pub roi: Option<f64>,
}

/// The sent group against the holdout; `discount_minor`: what the redeemed coupons cost.
pub fn lift(sent: &Group, holdout: &Group, discount_minor: i64) -> Lift {
    let (p1, p2) = (sent.rate(), holdout.rate());
    let se_p =
        (ratio(p1 * (1.0 - p1), sent.members) + ratio(p2 * (1.0 - p2), holdout.members)).sqrt();
    let (m1, m2) = (sent.mean(), holdout.mean());
    let se_m =
        (ratio(sent.variance(), sent.members) + ratio(holdout.variance(), holdout.members)).sqrt();
    let n = sent.members as f64;
    let d = m1 - m2;
    let incremental = (d * n, (d - Z95 * se_m) * n, (d + Z95 * se_m) * n);
    let cost = discount_minor as f64;
    Lift {
        conversion_sent: p1,
        conversion_holdout: p2,
        conversion_lift: (p1 - p2, p1 - p2 - Z95 * se_p, p1 - p2 + Z95 * se_p),
        revenue_per_member_sent: m1,
        revenue_per_member_holdout: m2,
        incremental_revenue: incremental,
        roi: (cost > 0.0).then(|| (incremental.0 - cost) / cost),
    }
}

#[cfg(test)]
#[path = "campaigns_tests.rs"]
mod tests;
