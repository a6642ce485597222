//! An exhibitor's customers (issue 25): everyone who ordered from it, asked it for a quote or is
//! one of its leads, valued on satisfaction, loyalty, retention and contribution, placed in an
//! RFM segment and a relationship stage. The formulas are the server's `rules::customers`.

use serde::{Deserialize, Serialize};

/// Where a relationship stands (seed 001). Any stage can decline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Met (a lead, a quote) but never ordered.
    Exploring,
    /// Ordered, on one day only.
    Forming,
    /// Ordered on two days or more, and recently enough for their own rhythm.
    Stable,
    /// Quiet for longer than their stage expects, or unhappy since their last order.
    Declining,
    #[serde(other)]
    Unknown,
}

/// An RFM segment: recency, frequency and monetary value scored 1–5 against this exhibitor's
/// own customers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// Bought recently, often, and much.
    Champions,
    /// Bought often.
    Loyal,
    /// First order, recently.
    New,
    /// Recent, neither frequent nor large yet.
    Promising,
    /// Used to buy often, not lately.
    AtRisk,
    /// Not lately, and not often.
    Hibernating,
    /// Never ordered (a lead or a quote only).
    Prospect,
    #[serde(other)]
    Unknown,
}

/// Recency, frequency and monetary scores, each 1 (lowest) to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rfm {
    pub r: u8,
    pub f: u8,
    pub m: u8,
}
