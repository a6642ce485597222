//! Quotes for trade buyers (RFQ): the states a quote goes through and the actions each side may
//! take. Which actions are open is the server's decision (`rules::quotes`), sent with every quote
//! so the SPA shows buttons from it instead of re-deriving the state machine.

use serde::{Deserialize, Serialize};

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
