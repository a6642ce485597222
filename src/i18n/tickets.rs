//! After-sales texts (zh-Hans, zh-Hant, en) of the member center and the exhibitor's desk: only lazy chunks use them.

use expocx_contract::{TicketCategory, TicketStatus};

pub use super::service::tickets::*;
use crate::i18n::Text;

pub fn status(s: TicketStatus) -> &'static Text {
    match s {
        TicketStatus::Open => &OPEN,
        TicketStatus::WaitingForYou => &WAITING,
        TicketStatus::InProgress => &IN_PROGRESS,
        TicketStatus::Resolved => &RESOLVED,
        TicketStatus::Closed => &CLOSED,
    }
}

/// A ticket's status in the exhibitor staff's words ("waiting for you" is the visitor's).
pub fn staff_status(s: TicketStatus) -> &'static Text {
    match s {
        TicketStatus::WaitingForYou => &super::portal::tickets::WAITING,
        other => status(other),
    }
}

pub fn category(c: TicketCategory) -> &'static Text {
    match c {
        TicketCategory::ProductIssue => &PRODUCT,
        TicketCategory::Pickup => &PICKUP,
        TicketCategory::Delivery => &DELIVERY,
        TicketCategory::Payment => &PAYMENT,
        TicketCategory::Other => &OTHER,
    }
}

pub fn category_slug(c: TicketCategory) -> &'static str {
    match c {
        TicketCategory::ProductIssue => "product_issue",
        TicketCategory::Pickup => "pickup",
        TicketCategory::Delivery => "delivery",
        TicketCategory::Payment => "payment",
        TicketCategory::Other => "other",
    }
}
