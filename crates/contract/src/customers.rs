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

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Exploring,
        Stage::Forming,
        Stage::Stable,
        Stage::Declining,
    ];

    /// The wire name (`"stable"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Exploring => "exploring",
            Stage::Forming => "forming",
            Stage::Stable => "stable",
            Stage::Declining => "declining",
            Stage::Unknown => "unknown",
        }
    }
}

impl Segment {
    pub const ALL: [Segment; 7] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::New,
        Segment::Promising,
        Segment::AtRisk,
        Segment::Hibernating,
        Segment::Prospect,
    ];

    /// The wire name (`"at_risk"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Champions => "champions",
            Segment::Loyal => "loyal",
            Segment::New => "new",
            Segment::Promising => "promising",
            Segment::AtRisk => "at_risk",
            Segment::Hibernating => "hibernating",
            Segment::Prospect => "prospect",
            Segment::Unknown => "unknown",
        }
    }
}

#[cfg(test)]
#[test]
fn wire_names_are_the_serde_names() {
    for s in Stage::ALL {
        assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
    }
    for s in Segment::ALL {
        assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
    }
}

/// Recency, frequency and monetary scores, each 1 (lowest) to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rfm {
    pub r: u8,
    pub f: u8,
    pub m: u8,
}

/// One customer of the exhibitor, valued (`GET /api/v1/exhibitor/customers`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerSummary {
    pub user_id: i64,
    /// Known to the exhibitor from an order or a quote, or shared at the booth; else none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub stage: Stage,
    pub segment: Segment,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rfm: Option<Rfm>,
    /// 0–100.
    pub satisfaction: u8,
    /// 0–100.
    pub loyalty: u8,
    /// Ordered again on a later day than the first order.
    pub retained: bool,
    pub revenue: crate::Money,
    /// Revenue less cost, when every product bought has a cost price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin: Option<crate::Money>,
    pub orders: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_order_at: Option<crate::Timestamp>,
    /// The last order, quote or scan.
    pub last_contact_at: crate::Timestamp,
    /// Their lead at this exhibitor, if they were met at the booth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_id: Option<i64>,
    /// A stable or forming relationship whose recency or frequency dropped.
    pub at_risk: bool,
    /// Top value or rising: give them red-carpet service.
    pub red_carpet: bool,
}

/// A page of customers, and whether the RFM scores rest on a thin sample.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerList {
    pub customers: crate::Page<CustomerSummary>,
    /// Customers with at least one order: the RFM scores rank them among each other.
    pub with_orders: u32,
    /// Fewer than 30 customers with orders: the segments are coarse, not precise.
    pub thin_sample: bool,
}

/// One of the customer's orders with this exhibitor (the exhibitor's part of it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerOrder {
    pub id: i64,
    pub number: String,
    /// The exhibitor's step for this order.
    pub status: crate::orders::OrderStatus,
    pub placed_at: crate::Timestamp,
    pub subtotal: crate::Money,
}

/// One of the customer's quotes with this exhibitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerQuote {
    pub id: i64,
    pub number: String,
    pub status: crate::quotes::QuoteStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<crate::Money>,
    pub updated_at: crate::Timestamp,
}

/// One of the customer's service tickets with this exhibitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerTicket {
    pub id: i64,
    pub subject: String,
    pub status: crate::service::TicketStatus,
    /// Their rating of the answer, 1–5, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    pub created_at: crate::Timestamp,
}

/// One of the customer's returns to this exhibitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerReturn {
    pub id: i64,
    pub order_number: String,
    pub status: crate::returns::ReturnStatus,
    pub created_at: crate::Timestamp,
}

/// What the customer allows this exhibitor now (their latest decisions).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CustomerAllows {
    /// Their name and contact details, shared with this exhibitor at the booth.
    pub contact: bool,
    /// Product views counted (the analytics consent).
    pub analytics: bool,
    /// Offers chosen from their interests (the personalization consent).
    pub personalization: bool,
    /// Marketing channels they accept: `sms`, `email`, `wechat`.
    #[serde(default)]
    pub marketing: Vec<String>,
}

/// A customer seen whole (`GET /api/v1/exhibitor/customers/{user_id}`): their values, and
/// what they did with this exhibitor, latest first (up to 50 of each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Customer {
    pub summary: CustomerSummary,
    /// Contact details, only while they share them with this exhibitor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<crate::leads::LeadContact>,
    pub orders: Vec<CustomerOrder>,
    pub quotes: Vec<CustomerQuote>,
    pub tickets: Vec<CustomerTicket>,
    pub returns: Vec<CustomerReturn>,
    /// The notes on their lead.
    pub notes: Vec<crate::leads::LeadNote>,
    pub allows: CustomerAllows,
}
