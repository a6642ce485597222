//! After-sales service: tickets about an order (or general) with a conversation between the
//! member and the exhibitor's staff, photos, status and a rating of the resolution.
//!
//! # Rules (applied by the backend)
//! - A ticket about an order goes to the exhibitor of that part of the order.
//! - The queue is ordered by when a first answer is due: Gold members within 2 hours, Silver
//!   within 4, everyone else within 8 (the tier's `ServicePriority` benefit).
//! - Status: `open` → staff answer (`in_progress`, `waiting_for_you`, `resolved`); a member's
//!   reply to `waiting_for_you` makes it `in_progress`; a `resolved` ticket can be reopened by the
//!   member (back to `open`) or rated, which closes it. `closed` is final.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{FieldError, FieldErrorCode};

pub const TICKET_SUBJECT_MAX: usize = 100;
pub const TICKET_TEXT_MAX: usize = 2000;
pub const RATING_COMMENT_MAX: usize = 500;
/// Most photos per message.
pub const PHOTOS_PER_MESSAGE: usize = 4;
/// Largest photo accepted, in bytes.
pub const PHOTO_MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TicketCategory {
    /// Damaged, wrong or not as described.
    ProductIssue,
    Pickup,
    Delivery,
    Payment,
    Other,
}

impl TicketCategory {
    pub const ALL: [TicketCategory; 5] = [
        TicketCategory::ProductIssue,
        TicketCategory::Pickup,
        TicketCategory::Delivery,
        TicketCategory::Payment,
        TicketCategory::Other,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    Open,
    WaitingForYou,
    InProgress,
    Resolved,
    Closed,
}

impl TicketStatus {
    pub const ALL: [TicketStatus; 5] = [
        TicketStatus::Open,
        TicketStatus::WaitingForYou,
        TicketStatus::InProgress,
        TicketStatus::Resolved,
        TicketStatus::Closed,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Member,
    Staff,
}

fn check_text(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize, required: bool) {
    let n = value.trim().chars().count();
    if required && n == 0 {
        errors.push(FieldError::new(field, FieldErrorCode::Required));
    } else if n > max {
        errors.push(FieldError::new(field, FieldErrorCode::TooLong).with_limit(max as i64));
    }
}

fn check_photos(errors: &mut Vec<FieldError>, photos: &[String]) {
    if photos.len() > PHOTOS_PER_MESSAGE {
        errors.push(
            FieldError::new("photo_ids", FieldErrorCode::TooLong)
                .with_limit(PHOTOS_PER_MESSAGE as i64),
        );
    } else if photos
        .iter()
        .any(|p| p.len() != 32 || !p.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        errors.push(FieldError::new("photo_ids", FieldErrorCode::InvalidValue));
    }
}

/// Body of `POST /api/v1/me/tickets`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewTicket {
    /// The order it is about; none for a general question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    /// Which exhibitor of the order (needed when the order has several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibitor_id: Option<i64>,
    pub category: TicketCategory,
    pub subject: String,
    pub text: String,
    /// From `POST /api/v1/me/photos`.
    #[serde(default)]
    pub photo_ids: Vec<String>,
}

impl NewTicket {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        check_text(
            &mut errors,
            "subject",
            &self.subject,
            TICKET_SUBJECT_MAX,
            true,
        );
        check_text(&mut errors, "text", &self.text, TICKET_TEXT_MAX, true);
        check_photos(&mut errors, &self.photo_ids);
        errors
    }
}

/// Body of a reply (`POST …/tickets/{id}/messages`), by the member or the staff. Staff may set
/// the status the ticket moves to (`in_progress`, `waiting_for_you` or `resolved`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketReply {
    pub text: String,
    #[serde(default)]
    pub photo_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TicketStatus>,
}

impl TicketReply {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        check_text(&mut errors, "text", &self.text, TICKET_TEXT_MAX, true);
        check_photos(&mut errors, &self.photo_ids);
        errors
    }
}

/// Body of `PUT /api/v1/me/tickets/{id}/status`: reopen (`open`) or mark `resolved`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketStatusChange {
    pub status: TicketStatus,
}

/// Most tickets a member can have open at once, and messages in one ticket.
pub const MAX_OPEN_TICKETS: usize = 20;
pub const MAX_TICKET_MESSAGES: usize = 200;
/// Most uploaded photos not yet sent with a message.
pub const MAX_WAITING_PHOTOS: usize = 20;

/// Body of `POST /api/v1/me/tickets/{id}/rating`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rating {
    /// 1 to 5.
    pub score: u8,
    #[serde(default)]
    pub comment: String,
}

impl Rating {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if !(1..=5).contains(&self.score) {
            errors.push(FieldError::new("score", FieldErrorCode::OutOfRange));
        }
        check_text(
            &mut errors,
            "comment",
            &self.comment,
            RATING_COMMENT_MAX,
            false,
        );
        errors
    }
}

/// A photo, as uploaded (`POST /api/v1/me/photos`); fetch it with the bearer token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Photo {
    pub id: String,
    /// `GET` it (signed in as the member or the ticket's staff).
    pub url: String,
    pub content_type: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketMessage {
    pub id: i64,
    pub author: Author,
    pub text: String,
    pub photos: Vec<Photo>,
    pub at: Timestamp,
}

/// A ticket in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TicketSummary {
    pub id: i64,
    pub category: TicketCategory,
    pub subject: String,
    pub status: TicketStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibitor_id: Option<i64>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// When a first answer from the staff is due (by the member's tier).
    pub respond_by: Timestamp,
}

/// A ticket with its conversation (`GET /api/v1/me/tickets/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ticket {
    #[serde(flatten)]
    pub summary: TicketSummary,
    pub messages: Vec<TicketMessage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_text_and_photos_are_bounded() {
        let ok = NewTicket {
            order_id: None,
            exhibitor_id: None,
            category: TicketCategory::Other,
            subject: "Lid cracked".into(),
            text: "The teapot lid arrived cracked.".into(),
            photo_ids: vec!["a".repeat(32)],
        };
        assert!(ok.validate().is_empty());
        let fields = |t: &NewTicket| {
            t.validate()
                .into_iter()
                .map(|e| e.field)
                .collect::<Vec<_>>()
        };
        let bad = NewTicket {
            subject: " ".into(),
            text: "x".repeat(TICKET_TEXT_MAX + 1),
            photo_ids: vec!["../../etc/passwd".into()],
            ..ok.clone()
        };
        assert_eq!(fields(&bad), ["subject", "text", "photo_ids"]);
        let many = NewTicket {
            photo_ids: vec!["b".repeat(32); 5],
            ..ok
        };
        assert_eq!(fields(&many), ["photo_ids"]);
        for (score, valid) in [(0, false), (1, true), (5, true), (6, false)] {
            let r = Rating {
                score,
                comment: String::new(),
            };
            assert_eq!(r.validate().is_empty(), valid, "{score}");
        }
    }
}
