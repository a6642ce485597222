//! An exhibitor's customers (issue 25): the four values, the RFM segment and the relationship
//! stage, from what the exhibitor knows of one customer. Pure; every formula is documented here
//! and in the README, and table-tested.
//!
//! - **Satisfaction** (0–100): the mean ticket rating as a share of 5 (80 when none is rated),
//!   less 40 × the share of their orders returned or cancelled.
//! - **Loyalty** (0–100): 50 × repeat orders (up to 4 beyond the first) / 4, plus 50 × their share
//!   of their spending at the fair that went to this exhibitor.
//! - **Retention**: they ordered again on a later day than their first order.
//! - **Contribution**: revenue; margin when every product they bought has a cost price.
//! - **RFM**: recency (days since the last order), frequency (orders) and monetary (revenue) each
//!   scored 1–5 by their rank among the exhibitor's customers with orders (quintiles); under
//!   `THIN_SAMPLE` such customers the scores are coarse and the answer says so.
//! - **Stage**: exploring (never ordered), forming (ordered on one day), stable (ordered on two
//!   days or more); any of them is declining when quiet for longer than its stage expects
//!   (exploring 14 days since last contact, forming 21 days since the first order, stable twice
//!   their mean gap between orders and at least 14 days) or when a return or a rating of 2 or
//!   less came after their last order.

use expocx_contract::customers::{Rfm, Segment, Stage};

/// Fewer customers with orders than this, and the RFM scores say they are a thin sample.
pub const THIN_SAMPLE: usize = 30;

/// What the exhibitor knows of one customer, in days relative to now (0 = today).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// Orders with this exhibitor (not cancelled before payment).
    pub orders: u32,
    /// Distinct venue days they ordered on.
    pub order_days: u32,
    pub first_order_days_ago: Option<u32>,
    pub last_order_days_ago: Option<u32>,
    /// Days since the last contact of any kind (scan, quote, order).
    pub last_contact_days_ago: u32,
    pub returned_or_cancelled: u32,
    /// Ticket ratings 1–5.
    pub ratings: Vec<u8>,
    /// A return or a rating ≤ 2 after their last order.
    pub unhappy_since_last_order: bool,
    pub revenue_minor: i64,
    /// Their spending at the whole fair (all exhibitors).
    pub fair_spend_minor: i64,
    /// Cost of what they bought, when every product has a cost price.
    pub cost_minor: Option<i64>,
}

/// The four values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Values {
    pub satisfaction: u8,
    pub loyalty: u8,
    pub retained: bool,
    pub revenue_minor: i64,
    pub margin_minor: Option<i64>,
}

pub fn values(f: &Facts) -> Values {
    let rated = if f.ratings.is_empty() {
        80.0
    } else {
        f.ratings.iter().map(|r| f64::from(*r)).sum::<f64>() / f.ratings.len() as f64 * 20.0
    };
    let bad = if f.orders == 0 {
        0.0
    } else {
        40.0 * f64::from(f.returned_or_cancelled.min(f.orders)) / f64::from(f.orders)
    };
    let repeat = f64::from(f.orders.saturating_sub(1).min(4)) / 4.0 * 50.0;
    let share = if f.fair_spend_minor > 0 {
        (f.revenue_minor as f64 / f.fair_spend_minor as f64).clamp(0.0, 1.0) * 50.0
    } else {
        0.0
    };
    Values {
        satisfaction: (rated - bad).clamp(0.0, 100.0).round() as u8,
        loyalty: (repeat + share).round() as u8,
        retained: f.order_days >= 2,
        revenue_minor: f.revenue_minor,
        margin_minor: f.cost_minor.map(|c| f.revenue_minor - c),
    }
}

/// The relationship stage.
pub fn stage(f: &Facts) -> Stage {
    let (base, quiet) = match (f.orders, f.order_days) {
        (0, _) => (Stage::Exploring, f.last_contact_days_ago > 14),
        (_, 0 | 1) => (Stage::Forming, f.first_order_days_ago.unwrap_or(0) > 21),
        _ => {
            let first = f.first_order_days_ago.unwrap_or(0);
            let last = f.last_order_days_ago.unwrap_or(0).min(first);
            let mean_gap = (first - last) / (f.orders - 1).max(1);
            (Stage::Stable, last > (2 * mean_gap).max(14))
        }
    };
    if quiet || (f.orders > 0 && f.unhappy_since_last_order) {
        Stage::Declining
    } else {
        base
    }
}

/// The 1–5 score of `value` among `sorted` (every customer's value, ascending; higher value,
/// higher score; `lower_is_better` for recency): the quintile of its mid-rank, the share of
/// customers it beats plus half of those it ties with, so ties (and a lone customer) score alike
/// in the middle rather than at the bottom. Binary searches: cheap for thousands of customers.
pub fn quintile(value: f64, sorted: &[f64], lower_is_better: bool) -> u8 {
    if sorted.is_empty() {
        return 3;
    }
    let below = sorted.partition_point(|v| *v < value);
    let above = sorted.len() - sorted.partition_point(|v| *v <= value);
    let ties = sorted.len() - below - above;
    let beaten = if lower_is_better { above } else { below };
    // Twice the mid-rank, in fifths of twice the sample.
    let fifths = (2 * beaten + ties) * 5 / (2 * sorted.len());
    (1 + fifths.min(4)) as u8
}

/// The RFM segment of scores `s` (`None`: never ordered).
pub fn segment(s: Option<Rfm>) -> Segment {
    let Some(s) = s else {
        return Segment::Prospect;
    };
    match (s.r, s.f, s.m) {
        (4..=5, 4..=5, 4..=5) => Segment::Champions,
        (1..=2, 3..=5, _) => Segment::AtRisk,
        (1..=2, _, _) => Segment::Hibernating,
        (_, 4..=5, _) => Segment::Loyal,
        (4..=5, 1, _) => Segment::New,
        _ => Segment::Promising,
    }
}

#[cfg(test)]
#[path = "customers_tests.rs"]
mod tests;
