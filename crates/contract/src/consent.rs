//! Consent per purpose (PIPL, GDPR), its receipts, behaviour events, and the visitor's rights
//! to take their data and to erase it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Localized;
use crate::{Day, Timestamp};

/// Purpose ids the product itself acts on. Backends may define more; the SPA shows them all.
pub mod purpose {
    pub const NECESSARY: &str = "necessary";
    pub const PERSONALIZATION: &str = "personalization";
    pub const ANALYTICS: &str = "analytics";
    pub const MARKETING_SMS: &str = "marketing_sms";
    pub const MARKETING_EMAIL: &str = "marketing_email";
    pub const MARKETING_WECHAT: &str = "marketing_wechat";
    pub const SHARE_WITH_EXHIBITORS: &str = "share_with_exhibitors";
}

/// One thing personal data is used for, which the visitor decides on separately.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentPurpose {
    pub id: String,
    /// Purposes shown together (`marketing` groups its channels).
    pub group: String,
    pub title: Localized,
    pub description: Localized,
    /// What data the purpose covers, e.g. "pages and products viewed".
    pub data_categories: Vec<Localized>,
    /// How long the data is kept, in days.
    pub retention_days: u32,
    /// Strictly necessary: always on, explained, not a choice.
    pub required: bool,
    /// The policy version that introduced or last changed this purpose.
    pub since_version: u32,
}

/// Answer of `GET /api/v1/consent/policy`: the current privacy policy and its purposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentPolicy {
    pub version: u32,
    pub published_on: Day,
    /// What changed since the previous version, shown when re-asking.
    pub changes: Localized,
    pub purposes: Vec<ConsentPurpose>,
}

/// Where a consent decision was made. (The SPA reads it by its name in `ConsentChannel::ALL`:
/// serde's derived visitor costs every visitor's first load.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsentChannel {
    /// The first-visit (or new-policy) prompt.
    Prompt,
    /// The privacy center.
    PrivacyCenter,
    /// Choices made on a device, carried into the account at sign-in.
    SignIn,
    /// Asked for where the member turns on a marketing channel for offers.
    NotificationSettings,
    /// The "stop these" link in a campaign's message (works signed out).
    StopLink,
}

impl ConsentChannel {
    pub const ALL: [ConsentChannel; 5] = [
        ConsentChannel::Prompt,
        ConsentChannel::PrivacyCenter,
        ConsentChannel::SignIn,
        ConsentChannel::NotificationSettings,
        ConsentChannel::StopLink,
    ];

    /// The wire name (`"privacy_center"`).
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentChannel::Prompt => "prompt",
            ConsentChannel::PrivacyCenter => "privacy_center",
            ConsentChannel::SignIn => "sign_in",
            ConsentChannel::NotificationSettings => "notification_settings",
            ConsentChannel::StopLink => "stop_link",
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for ConsentChannel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        ConsentChannel::ALL
            .into_iter()
            .find(|c| c.as_str() == name)
            .ok_or_else(|| serde::de::Error::custom("unknown consent channel"))
    }
}

#[cfg(test)]
#[test]
fn consent_channels_wire_names_are_the_serde_names() {
    for c in ConsentChannel::ALL {
        assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentDecision {
    pub purpose: String,
    pub granted: bool,
}

/// Body of `PUT /api/v1/consent`. Signed in: recorded for the account (and the device);
/// anonymous: recorded for `device_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentUpdate {
    /// The policy version the visitor saw when deciding; must be the current one.
    pub policy_version: u32,
    pub channel: ConsentChannel,
    pub decisions: Vec<ConsentDecision>,
    /// A random id this browser made for itself; identifies nobody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// When the visitor made this choice on their device, when it is sent later (the app keeps a
    /// choice it could not record and sends it again): at most `CONSENT_LATE_DAYS` ago. The
    /// receipt then shows both times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<Timestamp>,
}

/// How late a choice made on a device may still be recorded with its own time.
pub const CONSENT_LATE_DAYS: i64 = 7;

/// The visitor's current decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentState {
    /// The current policy version.
    pub policy_version: u32,
    /// The version the visitor last answered; re-ask when it is older.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_version: Option<u32>,
    pub decisions: Vec<ConsentDecision>,
}

impl ConsentState {
    /// Whether `purpose` may be acted on now: granted, under the current policy.
    pub fn allows(&self, purpose: &str) -> bool {
        self.answered_version == Some(self.policy_version)
            && self
                .decisions
                .iter()
                .any(|d| d.purpose == purpose && d.granted)
    }
}

/// One recorded change of consent: immutable proof of what was decided, when, under which policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentReceipt {
    pub id: String,
    pub purpose: String,
    pub granted: bool,
    pub policy_version: u32,
    pub channel: ConsentChannel,
    pub recorded_at: Timestamp,
    /// When the visitor made the choice on their device, if that was before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<Timestamp>,
    /// A decision for one exhibitor alone (`share_with_exhibitors`, asked at its scan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibitor: Option<Localized>,
}

/// A behaviour event (analytics purpose only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnalyticsEvent {
    pub name: EventName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    pub at: Timestamp,
}

/// What a behaviour event records, on the wire as its snake_case name. The events the SPA
/// sends and the exhibitor's funnel counts are variants, so a misspelt one does not compile.
/// Any other well-formed name ([`EventName::is_well_formed`]) reads as `Other` and is stored
/// like the rest: a client newer than its backend loses nothing, instead of a whole batch
/// being refused for one name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventName {
    ProductViewed,
    AddedToCart,
    CheckoutStarted,
    OrderPlaced,
    Other(String),
}

impl EventName {
    /// The names this contract gives a meaning to.
    pub const KNOWN: [EventName; 4] = [
        EventName::ProductViewed,
        EventName::AddedToCart,
        EventName::CheckoutStarted,
        EventName::OrderPlaced,
    ];
    /// The longest name a backend stores.
    pub const MAX_LEN: usize = 40;

    pub fn as_str(&self) -> &str {
        match self {
            EventName::ProductViewed => "product_viewed",
            EventName::AddedToCart => "added_to_cart",
            EventName::CheckoutStarted => "checkout_started",
            EventName::OrderPlaced => "order_placed",
            EventName::Other(name) => name,
        }
    }

    /// The variant a wire name stands for.
    pub fn from_name(name: &str) -> EventName {
        Self::KNOWN
            .into_iter()
            .find(|known| known.as_str() == name)
            .unwrap_or_else(|| EventName::Other(name.to_string()))
    }

    /// Lowercase ASCII letters and `_`, 1 to [`Self::MAX_LEN`] of them: what a backend accepts.
    pub fn is_well_formed(&self) -> bool {
        let name = self.as_str();
        !name.is_empty()
            && name.len() <= Self::MAX_LEN
            && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
    }
}

impl Serialize for EventName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EventName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|name| EventName::from_name(&name))
    }
}

#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for EventName {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        let known = Self::KNOWN.map(|n| n.as_str().to_string());
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(format!(
                "What happened: `{}`, or another name of lowercase letters and `_` (stored, \
                 given no meaning by this version of the contract).",
                known.join("`, `")
            )))
            .pattern(Some(format!("^[a-z_]{{1,{}}}$", Self::MAX_LEN)))
            .examples(known)
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for EventName {}

/// Body of `POST /api/v1/events`. Refused (`403 consent_required`) without analytics consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventBatch {
    pub device_id: String,
    pub events: Vec<AnalyticsEvent>,
}

/// Answer of `GET /api/v1/me/export`: everything held about the account, by section
/// (`account`, `consents`, `consent_receipts`, `analytics_events`, later `orders`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DataExport {
    pub generated_at: Timestamp,
    pub format: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub sections: BTreeMap<String, serde_json::Value>,
}

/// Answer of `POST /api/v1/devices`: a secret key for this browser, issued by the server. It is
/// the `device_id` of anonymous consent, events, export and erasure; keep it like a token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceKey {
    pub device_id: String,
}

/// Whether a device key has the shape the server issues (64 hex digits).
pub fn is_device_key(key: &str) -> bool {
    key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Body of `DELETE /api/v1/me`: the account's email typed again and its password, as
/// confirmation (a stolen session alone cannot erase the account).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeletionRequest {
    pub confirm_email: String,
    #[serde(default)]
    pub password: String,
    /// This browser's device id, so what it recorded is erased too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
}

/// Answer of `DELETE /api/v1/me`: proof of erasure, holding nothing that identifies the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeletionReceipt {
    pub receipt_id: String,
    pub deleted_at: Timestamp,
    /// Rows removed per kind of data.
    pub removed: BTreeMap<String, u64>,
    /// Rows the law requires to keep (orders), kept without anything identifying.
    pub anonymized: BTreeMap<String, u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_under_an_old_policy_allows_nothing() {
        let mut s = ConsentState {
            policy_version: 2,
            answered_version: Some(2),
            decisions: vec![ConsentDecision {
                purpose: purpose::ANALYTICS.into(),
                granted: true,
            }],
        };
        assert!(s.allows(purpose::ANALYTICS));
        assert!(!s.allows(purpose::PERSONALIZATION));
        s.answered_version = Some(1);
        assert!(!s.allows(purpose::ANALYTICS));
        s.answered_version = None;
        assert!(!s.allows(purpose::ANALYTICS));
    }

    #[test]
    fn event_names_keep_their_wire_strings_and_unknown_ones_are_kept() {
        let event = |name: &str| format!(r#"{{"name":"{name}","at":"2026-12-03T02:00:00Z"}}"#);
        for (name, wire) in EventName::KNOWN.iter().zip([
            "product_viewed",
            "added_to_cart",
            "checkout_started",
            "order_placed",
        ]) {
            let e: AnalyticsEvent = serde_json::from_str(&event(wire)).unwrap();
            assert_eq!(&e.name, name);
            assert_eq!(serde_json::to_string(&e).unwrap(), event(wire));
        }
        let e: AnalyticsEvent = serde_json::from_str(&event("search_used")).unwrap();
        assert_eq!(e.name, EventName::Other("search_used".into()));
        assert!(e.name.is_well_formed());
        assert_eq!(serde_json::to_string(&e).unwrap(), event("search_used"));
        for bad in ["", "Product_Viewed", "product-viewed", &"a".repeat(41)] {
            assert!(!EventName::from_name(bad).is_well_formed(), "{bad:?}");
        }
    }
}
