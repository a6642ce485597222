//! Quotes for trade buyers (RFQ): the states a quote goes through and the actions each side may
//! take. Which actions are open is the server's decision (`rules::quotes`), sent with every quote
//! so the SPA shows buttons from it instead of re-deriving the state machine.

use serde::{Deserialize, Serialize};

use crate::configure::Configuration;
use crate::{
    Address, Author, Day, FieldError, FieldErrorCode, FulfilmentChoice, Localized, Money, Timestamp,
};

/// Where a quote stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuoteStatus {
    /// The buyer asked; the exhibitor has not answered yet (or the buyer asked for a change).
    Requested,
    /// The exhibitor answered with a revision the buyer may accept.
    Quoted,
    /// The buyer accepted the latest revision.
    Accepted,
    /// Accepting placed the order.
    Ordered,
    /// The buyer declined.
    Declined,
    /// The latest revision's validity ended before it was accepted.
    Expired,
    /// The exhibitor withdrew it.
    Withdrawn,
    #[serde(other)]
    Unknown,
}

/// Something one side may do to a quote now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuoteAction {
    /// Buyer: accept the latest revision (it becomes an order).
    Accept,
    /// Buyer: decline.
    Decline,
    /// Buyer: ask the exhibitor for a change (back to `requested`).
    AskChange,
    /// Exhibitor: answer with the first revision.
    Answer,
    /// Exhibitor: a new revision.
    Revise,
    /// Exhibitor: withdraw a quote not accepted yet.
    Withdraw,
    /// Either side: a message in the thread.
    Message,
    #[serde(other)]
    Unknown,
}

/// Which side asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteSide {
    Buyer,
    Exhibitor,
}

/// Most lines in one request (several products of one exhibitor), messages in a quote,
/// revisions of a quote, and quotes one buyer may have open at once.
pub const QUOTE_LINES_MAX: usize = 20;
pub const QUOTE_MESSAGES_MAX: usize = 200;
pub const QUOTE_REVISIONS_MAX: usize = 20;
pub const OPEN_QUOTES_MAX: usize = 30;
/// A message or note: at most this many characters; the delivery region and each term at most
/// `QUOTE_TERM_MAX`.
pub const QUOTE_TEXT_MAX: usize = 2000;
pub const QUOTE_TERM_MAX: usize = 200;
/// A revision is valid for at most this many days.
pub const QUOTE_VALID_DAYS_MAX: i64 = 180;

/// One product of a request, configured (`Configuration` holds the quantity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteLineRequest {
    pub product_id: i64,
    pub configuration: Configuration,
}

/// Body of `POST /api/v1/quotes`: what a trade buyer asks an exhibitor to quote. Every line's
/// product must be that one exhibitor's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewQuote {
    pub lines: Vec<QuoteLineRequest>,
    /// When the goods are needed (not in the past).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by: Option<Day>,
    /// Where they go (free text: a city, a region, a country).
    #[serde(default)]
    pub region: String,
    /// The first message of the thread.
    #[serde(default)]
    pub message: String,
}

fn text(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.push(FieldError::new(field, FieldErrorCode::TooLong).with_limit(max as i64));
    }
}

impl NewQuote {
    /// What the request itself gets wrong; each line's configuration is checked against its
    /// product's model by the server.
    pub fn validate(&self, today: Day) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.lines.is_empty() {
            errors.push(FieldError::new("lines", FieldErrorCode::Required));
        } else if self.lines.len() > QUOTE_LINES_MAX {
            errors.push(
                FieldError::new("lines", FieldErrorCode::TooLong)
                    .with_limit(QUOTE_LINES_MAX as i64),
            );
        }
        if self.needed_by.is_some_and(|d| d < today) {
            errors.push(FieldError::new("needed_by", FieldErrorCode::OutOfRange));
        }
        text(&mut errors, "region", &self.region, QUOTE_TERM_MAX);
        text(&mut errors, "message", &self.message, QUOTE_TEXT_MAX);
        errors
    }
}

/// A chosen option as the buyer and the document show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChosenOption {
    pub group: Localized,
    pub option: Localized,
}

/// A line of a quote as asked: the product, its configuration and the list unit price the
/// configuration had when it was asked (the break price plus the options).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteLine {
    pub product_id: i64,
    pub name: Localized,
    pub configuration: Configuration,
    pub chosen: Vec<ChosenOption>,
    pub list_unit: Money,
}

/// The exhibitor's price for one line: a unit price, or a discount off its list unit price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinePrice {
    Unit {
        minor: i64,
    },
    /// Basis points off the list unit price (500 = 5 %), 0 to 10,000.
    Discount {
        basis_points: i64,
    },
}

/// Body of `POST /api/v1/exhibitor/quotes/{id}/revisions`: an answer, one price per line in the
/// lines' order, valid until the end of `valid_until` in the venue's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteAnswer {
    pub prices: Vec<LinePrice>,
    pub valid_until: Day,
    #[serde(default)]
    pub payment_terms: String,
    #[serde(default)]
    pub delivery_terms: String,
    /// E.g. `FOB Shanghai`, `EXW`, `DAP Hamburg`.
    #[serde(default)]
    pub incoterm: String,
    /// Working days from the order to shipping.
    #[serde(default)]
    pub lead_days: u32,
    #[serde(default)]
    pub note: String,
}

impl QuoteAnswer {
    /// Bounds; `lines` is how many lines the quote has, `today` the venue's day.
    pub fn validate(&self, lines: usize, today: Day) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.prices.len() != lines {
            errors.push(FieldError::new("prices", FieldErrorCode::InvalidValue));
        }
        for (i, p) in self.prices.iter().enumerate() {
            let ok = match p {
                LinePrice::Unit { minor } => {
                    (0..=crate::configure::DELTA_MAX_MINOR).contains(minor)
                }
                LinePrice::Discount { basis_points } => (0..=10_000).contains(basis_points),
            };
            if !ok {
                errors.push(FieldError::new(
                    &format!("prices.{i}"),
                    FieldErrorCode::OutOfRange,
                ));
            }
        }
        let days = (self.valid_until - today).num_days();
        if !(0..=QUOTE_VALID_DAYS_MAX).contains(&days) {
            errors.push(
                FieldError::new("valid_until", FieldErrorCode::OutOfRange)
                    .with_limit(QUOTE_VALID_DAYS_MAX),
            );
        }
        text(
            &mut errors,
            "payment_terms",
            &self.payment_terms,
            QUOTE_TERM_MAX,
        );
        text(
            &mut errors,
            "delivery_terms",
            &self.delivery_terms,
            QUOTE_TERM_MAX,
        );
        text(&mut errors, "incoterm", &self.incoterm, QUOTE_TERM_MAX);
        text(&mut errors, "note", &self.note, QUOTE_TEXT_MAX);
        if self.lead_days > 365 {
            errors.push(FieldError::new("lead_days", FieldErrorCode::OutOfRange).with_limit(365));
        }
        errors
    }
}

/// One answer of the exhibitor; earlier ones stay readable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteRevision {
    /// 1, 2, …
    pub number: u32,
    /// Unit prices in the lines' order, as the server computed them from the answer.
    pub units: Vec<Money>,
    pub total: Money,
    #[serde(flatten)]
    pub answer: QuoteAnswer,
    pub at: Timestamp,
    /// A later revision replaced this one.
    pub superseded: bool,
}

/// A message in a quote's thread. `internal` notes are the exhibitor's only: a buyer never
/// receives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteMessage {
    pub id: i64,
    pub author: Author,
    pub text: String,
    pub internal: bool,
    pub at: Timestamp,
}

/// Body of a message (`POST …/quotes/{id}/messages`) and of asking for a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewQuoteMessage {
    pub text: String,
    /// Staff only: a note the buyer never sees.
    #[serde(default)]
    pub internal: bool,
}

impl NewQuoteMessage {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.text.trim().is_empty() {
            errors.push(FieldError::new("text", FieldErrorCode::Required));
        }
        text(&mut errors, "text", &self.text, QUOTE_TEXT_MAX);
        errors
    }
}

/// Who asked, as the exhibitor's desk sees them (anonymized once the buyer erased their data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteBuyer {
    pub name: String,
    pub company: String,
    pub title: String,
}

/// A quote in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteSummary {
    pub id: i64,
    /// `Q26-000123`: on the document and in every message.
    pub number: String,
    /// As it stands now (a quoted one past its validity is `expired`).
    pub status: QuoteStatus,
    pub exhibitor_id: i64,
    pub exhibitor_name: Localized,
    /// The desk's lists only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<QuoteBuyer>,
    /// The desk's lists only: the staff member it is assigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i64>,
    /// The first line's product, and how many lines.
    pub title: Localized,
    pub line_count: u32,
    /// The latest revision's total and validity, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Day>,
    /// When the first answer is due.
    pub answer_by: Timestamp,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A quote with its lines, revisions and thread (`GET /api/v1/quotes/{id}` and the desk's).
/// Answered with its `ETag`; accepting, answering and withdrawing send it back in `If-Match`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quote {
    #[serde(flatten)]
    pub summary: QuoteSummary,
    pub lines: Vec<QuoteLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by: Option<Day>,
    pub region: String,
    pub revisions: Vec<QuoteRevision>,
    pub messages: Vec<QuoteMessage>,
    /// What the caller may do now: the server's decision.
    pub actions: Vec<QuoteAction>,
    /// The order accepting it placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    /// The buyer's company as the document prints it (the desk also has `buyer`).
    pub buyer_company: String,
    pub version: i64,
}

/// Body of `POST /api/v1/quotes/{id}/accept`: how the order the quote becomes is fulfilled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptQuote {
    pub fulfilment: FulfilmentChoice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}

/// Body of `PUT /api/v1/exhibitor/quotes/{id}/assignee`: a staff member of the exhibitor, or
/// `null` for nobody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteAssignee {
    pub user_id: Option<i64>,
}

/// Unit price of a line under `price`, from its list unit price (discounts round half away from
/// zero, like the configuration's percentages).
pub fn unit_after(list_unit_minor: i64, price: LinePrice) -> i64 {
    match price {
        LinePrice::Unit { minor } => minor,
        LinePrice::Discount { basis_points } => {
            let off = (list_unit_minor * basis_points + 5_000) / 10_000;
            (list_unit_minor - off).max(0)
        }
    }
}

#[cfg(test)]
#[path = "quotes_tests.rs"]
mod tests;
