//! Notifications: what the member wants to hear about on which channel
//! (`GET`/`PUT /api/v1/me/notification-preferences`) and the in-app inbox
//! (`GET /api/v1/me/notifications`).
//!
//! # Rules (enforced by the backend's outbox, whatever a client sends)
//! - A message goes only on the channels the member chose for its kind.
//! - Offers (marketing) by SMS, email or WeChat also need the matching marketing consent;
//!   choosing such a channel without it is refused (`403 consent_required`), and withdrawing
//!   the consent turns the channel off.
//! - Quiet hours (in the member's own time) hold offers on SMS, email and WeChat until they end.
//!   Order updates and service replies are not held: they are about something the member waits for.
//! - At most `weekly_offer_cap` offers in any 7 days; more are not sent.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{purpose, FieldError, FieldErrorCode, Localized};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    OrderUpdates,
    ServiceReplies,
    /// Marketing: coupons and offers.
    Offers,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    InApp,
    Sms,
    Email,
    Wechat,
}

impl MessageKind {
    pub const ALL: [MessageKind; 3] = [
        MessageKind::OrderUpdates,
        MessageKind::ServiceReplies,
        MessageKind::Offers,
    ];
    pub fn is_marketing(self) -> bool {
        self == MessageKind::Offers
    }
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::InApp,
        Channel::Sms,
        Channel::Email,
        Channel::Wechat,
    ];

    /// The consent purpose an offer on this channel needs (none in the app itself).
    pub fn marketing_purpose(self) -> Option<&'static str> {
        match self {
            Channel::InApp => None,
            Channel::Sms => Some(purpose::MARKETING_SMS),
            Channel::Email => Some(purpose::MARKETING_EMAIL),
            Channel::Wechat => Some(purpose::MARKETING_WECHAT),
        }
    }
}

/// The channels chosen for one kind of message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KindChannels {
    pub kind: MessageKind,
    pub channels: Vec<Channel>,
}

/// Hours (0–23, the member's own time) from which to which nothing promotional is sent;
/// `from > to` spans midnight (22 → 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuietHours {
    pub from: u8,
    pub to: u8,
}

/// Most offers a member can allow per week.
pub const MAX_WEEKLY_OFFERS: u8 = 7;

/// The member's notification preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPrefs {
    pub kinds: Vec<KindChannels>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet_hours: Option<QuietHours>,
    /// The member's offset from UTC in minutes (east positive), for the quiet hours.
    #[serde(default)]
    pub utc_offset_minutes: i32,
    /// 0 to [`MAX_WEEKLY_OFFERS`].
    pub weekly_offer_cap: u8,
    /// In answers: the marketing channels whose consent is not given (offers cannot use them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs_consent: Vec<Channel>,
}

impl NotificationPrefs {
    /// The channels chosen for `kind`.
    pub fn channels(&self, kind: MessageKind) -> &[Channel] {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .map_or(&[], |k| &k.channels)
    }

    /// Shape checks (consent is the server's to check).
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut seen = Vec::new();
        for k in &self.kinds {
            if seen.contains(&k.kind) || k.channels.len() > Channel::ALL.len() {
                errors.push(FieldError::new("kinds", FieldErrorCode::InvalidValue));
                break;
            }
            seen.push(k.kind);
        }
        if self.kinds.len() > MessageKind::ALL.len() {
            errors.push(
                FieldError::new("kinds", FieldErrorCode::TooLong)
                    .with_limit(MessageKind::ALL.len() as i64),
            );
        }
        if let Some(q) = self.quiet_hours {
            if q.from > 23 || q.to > 23 || q.from == q.to {
                errors.push(FieldError::new("quiet_hours", FieldErrorCode::OutOfRange));
            }
        }
        if !(-720..=840).contains(&self.utc_offset_minutes) {
            errors.push(FieldError::new(
                "utc_offset_minutes",
                FieldErrorCode::OutOfRange,
            ));
        }
        if self.weekly_offer_cap > MAX_WEEKLY_OFFERS {
            errors.push(
                FieldError::new("weekly_offer_cap", FieldErrorCode::OutOfRange)
                    .with_limit(i64::from(MAX_WEEKLY_OFFERS)),
            );
        }
        errors
    }
}

/// A message in the member's in-app inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: i64,
    pub kind: MessageKind,
    pub text: Localized,
    /// Where in the app it leads (`/orders/12`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    pub at: Timestamp,
    pub read: bool,
    /// A campaign's offer: why the member got it ("You left Jade Peak Tea House's products in
    /// your cart").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Localized>,
    /// A campaign's offer: the "stop these" link (`/stop/{token}`), which works signed out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<String>,
}

/// Answer of `GET /api/v1/me/notifications`: one page, newest first, and how many are unread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Inbox {
    pub items: Vec<Notification>,
    pub total: u64,
    pub page: u32,
    pub limit: u32,
    pub unread: u64,
}

/// Body of `POST /api/v1/me/notifications/read`: everything up to this id is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    pub up_to: i64,
}
