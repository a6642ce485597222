//! Returns of order lines: requested by the member with a reason (and photos), decided by the
//! exhibitor's staff, followed step by step.
//!
//! # Rules (applied by the backend)
//! - A paid order (paid, ready for pickup, shipped or completed) can have lines returned within
//!   30 days of being placed; at most the quantity bought, less what other returns (not
//!   rejected) already cover. One return covers lines of one exhibitor.
//! - Steps: `requested` → `approved` or `rejected` (with the reason told) → `received` →
//!   `refunded` (the refund is the lines' price paid, less the order's discount share). A refund
//!   takes back the points those lines earned.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{FieldError, FieldErrorCode, Localized, Money, Photo, PHOTOS_PER_MESSAGE};

pub const RETURN_TEXT_MAX: usize = 1000;
pub const RETURN_NOTE_MAX: usize = 500;
/// Days after the order was placed during which lines can be returned.
pub const RETURN_WINDOW_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReturnStatus {
    Requested,
    Approved,
    Rejected,
    Received,
    Refunded,
}

impl ReturnStatus {
    pub const ALL: [ReturnStatus; 5] = [
        ReturnStatus::Requested,
        ReturnStatus::Approved,
        ReturnStatus::Rejected,
        ReturnStatus::Received,
        ReturnStatus::Refunded,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReturnReason {
    Damaged,
    WrongItem,
    NotAsDescribed,
    ChangedMind,
    Other,
}

impl ReturnReason {
    pub const ALL: [ReturnReason; 5] = [
        ReturnReason::Damaged,
        ReturnReason::WrongItem,
        ReturnReason::NotAsDescribed,
        ReturnReason::ChangedMind,
        ReturnReason::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnLineInput {
    pub product_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_id: Option<String>,
    pub quantity: u32,
}

/// Body of `POST /api/v1/me/returns`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewReturn {
    pub order_id: i64,
    pub lines: Vec<ReturnLineInput>,
    pub reason: ReturnReason,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub photo_ids: Vec<String>,
}

impl NewReturn {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.lines.is_empty() {
            errors.push(FieldError::new("lines", FieldErrorCode::Required));
        } else if self.lines.len() > 50 {
            errors.push(FieldError::new("lines", FieldErrorCode::TooLong).with_limit(50));
        } else if self
            .lines
            .iter()
            .any(|l| l.quantity == 0 || l.quantity > 999)
        {
            errors.push(FieldError::new("lines", FieldErrorCode::OutOfRange));
        }
        if self.text.trim().chars().count() > RETURN_TEXT_MAX {
            errors.push(
                FieldError::new("text", FieldErrorCode::TooLong).with_limit(RETURN_TEXT_MAX as i64),
            );
        }
        if self.photo_ids.len() > PHOTOS_PER_MESSAGE
            || self
                .photo_ids
                .iter()
                .any(|p| p.len() != 32 || !p.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            errors.push(FieldError::new("photo_ids", FieldErrorCode::InvalidValue));
        }
        errors
    }
}

/// Body of `POST /api/v1/exhibitor/returns/{id}/decision`: the next step, and for a rejection
/// the reason the member is told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnDecision {
    pub status: ReturnStatus,
    #[serde(default)]
    pub note: String,
}

impl ReturnDecision {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let n = self.note.trim().chars().count();
        if self.status == ReturnStatus::Rejected && n == 0 {
            errors.push(FieldError::new("note", FieldErrorCode::Required));
        } else if n > RETURN_NOTE_MAX {
            errors.push(
                FieldError::new("note", FieldErrorCode::TooLong).with_limit(RETURN_NOTE_MAX as i64),
            );
        }
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnLine {
    pub product_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_id: Option<String>,
    pub name: Localized,
    pub quantity: u32,
    /// What this line gives back (price paid less its share of the order's discount).
    pub refund: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnEvent {
    pub status: ReturnStatus,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub at: Timestamp,
}

/// A return (`GET /api/v1/me/returns/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnRequest {
    pub id: i64,
    pub order_id: i64,
    pub order_number: String,
    pub exhibitor_id: i64,
    pub status: ReturnStatus,
    pub reason: ReturnReason,
    pub text: String,
    pub lines: Vec<ReturnLine>,
    pub refund: Money,
    pub photos: Vec<Photo>,
    /// Every step, oldest first (a rejection carries its reason).
    pub events: Vec<ReturnEvent>,
    pub created_at: Timestamp,
}
