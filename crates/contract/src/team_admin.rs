//! Running an exhibitor's team: members and their roles, invites (by email or a one-use QR code
//! at the booth), and the audit trail of what the team did. The roles and what each may do are
//! in [`crate::team`].

use serde::{Deserialize, Serialize};

use crate::team::StaffRole;
use crate::{is_plausible_email, FieldError, FieldErrorCode, Localized, Money, Timestamp};

/// An invite can be accepted for this many days.
pub const INVITE_DAYS: i64 = 7;
/// At most this many invites of an exhibitor wait at once.
pub const PENDING_INVITES_MAX: u64 = 50;
/// Audit events are kept this many days (3 years), then deleted.
pub const AUDIT_RETENTION_DAYS: i64 = 1096;

/// Answer of `GET /api/v1/exhibitor/team`: the members, then the invites still waiting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Team {
    pub members: Vec<TeamMember>,
    pub invites: Vec<TeamInvite>,
}

/// One member of the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamMember {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: StaffRole,
    /// The signed-in member themselves.
    pub you: bool,
}

/// Where an invite stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InviteState {
    Pending,
    Accepted,
    Revoked,
    Expired,
    #[serde(other)]
    Unknown,
}

/// An invite, as its exhibitor's owners see it (never its token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamInvite {
    pub id: i64,
    pub role: StaffRole,
    /// The address it was sent to; none for a QR code shown at the booth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub state: InviteState,
}

/// Body of `POST /api/v1/exhibitor/team/invites`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewInvite {
    pub role: StaffRole,
    /// Sends the invite to this address (the outbox records it). Without it the answer carries
    /// the link once, to show as a QR code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl NewInvite {
    /// The server's rules, so the form can say so before sending.
    pub fn validate(&self) -> Vec<FieldError> {
        match self.email.as_deref() {
            Some(e) if !is_plausible_email(e) => {
                vec![FieldError::new("email", FieldErrorCode::InvalidEmail)]
            }
            _ => Vec::new(),
        }
    }
}

/// Answer of `POST /api/v1/exhibitor/team/invites`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedInvite {
    pub invite: TeamInvite,
    /// For an invite without an address: the path to open (`/join/<token>`), shown once. The
    /// server keeps only a hash of the token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Answer of `GET /api/v1/invites/{token}`: what accepting would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitePreview {
    pub exhibitor_id: i64,
    pub exhibitor: Localized,
    pub booth: String,
    pub role: StaffRole,
    pub expires_at: Timestamp,
    pub state: InviteState,
}

/// Body of `PATCH /api/v1/exhibitor/team/members/{user_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoleChange {
    pub role: StaffRole,
}

/// What an audit event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// The orders CSV (customers' names): `filters`, `rows`.
    OrdersExported,
    /// The leads CSV (contacts shared at export time): `rows`.
    LeadsExported,
    /// The customers CSV (contacts shared at export time): `rows`.
    CustomersExported,
    /// A refund: `target` the order, `amount`.
    Refunded,
    /// The exhibitor's part of an order cancelled: `target` the order, `reason`.
    PartCancelled,
    /// `target` the product, `from` → `to` in minor units.
    PriceChanged,
    /// `target` the product, `from` → `to` pieces.
    StockChanged,
    /// `role`, `target` the address (none for a QR code).
    InviteSent,
    InviteRevoked,
    /// `target` the new member, `role`.
    MemberJoined,
    /// `target` the member, `from` → `to` role.
    RoleChanged,
    /// `target` the member who left the team.
    MemberRemoved,
    #[serde(other)]
    Unknown,
}

/// One thing a member of the team did: who, what and when, never the data itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEvent {
    pub id: i64,
    pub at: Timestamp,
    /// Who did it; none when their account was erased, or for the organizer's import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    pub action: AuditAction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<StaffRole>,
    /// For an export: how many rows it held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<u64>,
    /// For an export: its query string (`status=paid&q=…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl AuditEvent {
    /// An event of `action` with nothing else said yet (the other fields are set by name).
    pub fn of(action: AuditAction) -> AuditEvent {
        AuditEvent {
            id: 0,
            at: Timestamp::from(chrono::DateTime::<chrono::Utc>::UNIX_EPOCH),
            actor: None,
            action,
            target: None,
            from: None,
            to: None,
            role: None,
            rows: None,
            filters: None,
            amount: None,
            reason: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invite_by_email_needs_a_plausible_address_and_a_qr_invite_none() {
        let by = |email: Option<&str>| NewInvite {
            role: StaffRole::Booth,
            email: email.map(str::to_string),
        };
        assert!(by(None).validate().is_empty());
        assert!(by(Some("li.wei@example.com")).validate().is_empty());
        for bad in ["", "li.wei", "li wei@example.com", "a@b", "@example.com"] {
            let errors = by(Some(bad)).validate();
            assert_eq!(errors.len(), 1, "{bad:?}");
            assert_eq!(errors[0].field, "email");
        }
    }

    #[test]
    fn an_unknown_action_or_state_from_a_newer_server_still_reads() {
        let e: AuditEvent = serde_json::from_value(serde_json::json!({
            "id": 1, "at": "2026-12-06T10:00:00Z", "action": "lead_revealed"
        }))
        .unwrap();
        assert_eq!(e.action, AuditAction::Unknown);
        let s: InviteState = serde_json::from_str("\"paused\"").unwrap();
        assert_eq!(s, InviteState::Unknown);
    }
}
