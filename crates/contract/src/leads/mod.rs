//! Leads (issue 25): visitors met at the booth (a badge scan) or typed in from a business card,
//! qualified by the exhibitor's staff and scored by the exhibitor's own documented rules. Contact
//! details are on a lead only while the visitor shares them with this exhibitor (a separate
//! consent per exhibitor, asked at the scan); the server joins them live on every read.

use serde::{Deserialize, Serialize};

mod scoring;

pub use scoring::*;

use crate::{FieldError, FieldErrorCode, Tier, Timestamp};

/// Where a lead came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LeadSource {
    /// A member's badge scanned at the booth.
    Badge,
    /// Typed in by staff from a business card.
    Card,
    #[serde(other)]
    Unknown,
}

/// Where the follow-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LeadStatus {
    New,
    Contacted,
    Qualified,
    Won,
    Lost,
    #[serde(other)]
    Unknown,
}

impl LeadStatus {
    pub const ALL: [LeadStatus; 5] = [
        LeadStatus::New,
        LeadStatus::Contacted,
        LeadStatus::Qualified,
        LeadStatus::Won,
        LeadStatus::Lost,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            LeadStatus::New => "new",
            LeadStatus::Contacted => "contacted",
            LeadStatus::Qualified => "qualified",
            LeadStatus::Won => "won",
            LeadStatus::Lost => "lost",
            LeadStatus::Unknown => "unknown",
        }
    }
    pub fn parse(s: &str) -> Option<LeadStatus> {
        LeadStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// A lead's contact details: for a badge lead only while the visitor shares them with this
/// exhibitor; for a card lead, what staff typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadContact {
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

pub const LEAD_NAME_MAX: usize = 100;
pub const LEAD_FIELD_MAX: usize = 120;
pub const LEAD_NOTE_MAX: usize = 2000;
pub const LEAD_QUESTIONS_MAX: usize = 10;
pub const LEAD_CHOICES_MAX: usize = 12;
pub const LEAD_ANSWER_MAX: usize = 200;
pub const LEAD_RULES_MAX: usize = 20;
pub const LEAD_POINTS_MAX: i32 = 100;
pub const LEAD_NOTES_MAX: usize = 200;

pub(crate) fn text(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.push(FieldError::new(field, FieldErrorCode::TooLong).with_limit(max as i64));
    }
}

impl LeadContact {
    /// A card needs a name; every field is bounded; an email has an `@`.
    pub fn validate(&self, prefix: &str) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let f = |name: &str| format!("{prefix}{name}");
        if self.name.trim().is_empty() {
            errors.push(FieldError::new(&f("name"), FieldErrorCode::Required));
        }
        text(&mut errors, &f("name"), &self.name, LEAD_NAME_MAX);
        for (name, value) in [
            ("company", &self.company),
            ("title", &self.title),
            ("email", &self.email),
            ("phone", &self.phone),
        ] {
            text(&mut errors, &f(name), value, LEAD_FIELD_MAX);
        }
        let email = self.email.trim();
        if !email.is_empty() && !email.contains('@') {
            errors.push(FieldError::new(&f("email"), FieldErrorCode::InvalidValue));
        }
        errors
    }
}

/// Body of `POST /api/v1/exhibitor/leads`: a lead typed in from a business card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewCardLead {
    pub contact: LeadContact,
    /// A first note (e.g. what they asked about).
    #[serde(default)]
    pub note: String,
}

impl NewCardLead {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = self.contact.validate("contact.");
        text(&mut errors, "note", &self.note, LEAD_NOTE_MAX);
        errors
    }
}

/// A staff member a lead names (who scanned it, who follows it up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadStaff {
    pub user_id: i64,
    pub name: String,
}

/// A lead in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadSummary {
    pub id: i64,
    pub source: LeadSource,
    /// A badge lead's member tier (`None` for a card, or once the visitor erased their account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// Only while shared (badge) or as typed (card).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<LeadContact>,
    pub status: LeadStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<LeadStaff>,
    pub first_seen_at: Timestamp,
    pub last_seen_at: Timestamp,
    /// Badge scans of this visitor at this exhibitor's booth.
    pub scans: u32,
    pub score: i32,
    pub qualified: bool,
    /// The visitor erased their account: what is left is anonymous.
    #[serde(default)]
    pub erased: bool,
}

/// A note on a lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadNote {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<LeadStaff>,
    pub text: String,
    pub at: Timestamp,
}

/// A lead (`GET /api/v1/exhibitor/leads/{id}`, with its `ETag`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Lead {
    pub summary: LeadSummary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scanned_by: Option<LeadStaff>,
    /// A badge lead: whether the visitor shares their contact with this exhibitor now.
    pub shares_contact: bool,
    pub answers: Vec<LeadAnswer>,
    pub notes: Vec<LeadNote>,
    pub score: LeadScore,
    pub version: i64,
}

/// Body of `PUT /api/v1/exhibitor/leads/{id}` (with `If-Match`): the follow-up fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadEdit {
    pub status: LeadStatus,
    /// 1–5 stars, or none.
    #[serde(default)]
    pub rating: Option<u8>,
    /// A member of this exhibitor's team, or none.
    #[serde(default)]
    pub assignee: Option<i64>,
    #[serde(default)]
    pub answers: Vec<LeadAnswer>,
}

impl LeadEdit {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.status == LeadStatus::Unknown {
            errors.push(FieldError::new("status", FieldErrorCode::InvalidValue));
        }
        if self.rating.is_some_and(|r| !(1..=5).contains(&r)) {
            errors.push(FieldError::new("rating", FieldErrorCode::OutOfRange).with_limit(5));
        }
        if self.answers.len() > LEAD_QUESTIONS_MAX {
            errors.push(
                FieldError::new("answers", FieldErrorCode::TooLong)
                    .with_limit(LEAD_QUESTIONS_MAX as i64),
            );
        }
        errors
    }
}

/// Body of `POST /api/v1/exhibitor/leads/{id}/notes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewLeadNote {
    pub text: String,
}

impl NewLeadNote {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.text.trim().is_empty() {
            errors.push(FieldError::new("text", FieldErrorCode::Required));
        }
        text(&mut errors, "text", &self.text, LEAD_NOTE_MAX);
        errors
    }
}

/// Whether a visitor shares their contact with one exhibitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShareState {
    /// Asked at a scan, not answered yet.
    Asked,
    Shared,
    Declined,
    #[serde(other)]
    Unknown,
}

/// An exhibitor that scanned the visitor's badge, and what the visitor lets it see
/// (`GET /api/v1/me/contact-shares`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactShare {
    pub exhibitor_id: i64,
    pub exhibitor: crate::Localized,
    pub state: ShareState,
    /// The last scan at its booth.
    pub scanned_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<Timestamp>,
    /// The consent receipt of the last decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_id: Option<String>,
}

/// Body of `PUT /api/v1/me/contact-shares/{exhibitor_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactShareDecision {
    pub share: bool,
    /// Where the visitor decided (`prompt` or `privacy_center`).
    pub channel: crate::ConsentChannel,
}

#[cfg(test)]
mod tests;

/// The key badge codes are signed with (`GET /api/v1/exhibitor/badge-key`): booth staff's phones
/// keep it and check a scanned code with no signal. A code is `EXPOCX:BADGE:<32 hex>.<signature>`,
/// the signature an ECDSA P-256 / SHA-256 one of the part before the last `.`, as 64 bytes `r‖s`
/// in base64url without padding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BadgeKey {
    /// `ES256`.
    pub alg: String,
    /// The public key, an uncompressed P-256 point (65 bytes), base64url without padding.
    pub public_key: String,
}
