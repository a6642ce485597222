//! Pickup slots, addresses, orders and payments.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{CartInput, FieldError, FieldErrorCode, Localized, Money};

/// Answer of `GET /api/v1/exhibitors/{id}/pickup-slots`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PickupSlot {
    pub id: i64,
    pub exhibitor_id: i64,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: u32,
    /// Orders that can still choose this slot.
    pub remaining: u32,
}

/// A delivery address (mainland China format; free text lines elsewhere).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    pub name: String,
    pub phone: String,
    /// Province / city / district.
    pub region: String,
    pub street: String,
    #[serde(default)]
    pub postcode: String,
}

impl Address {
    /// Field errors, with `prefix` before each field name (e.g. `address.`).
    pub fn validate(&self, prefix: &str) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let f = |n: &str| format!("{prefix}{n}");
        for (name, v, max) in [
            ("name", &self.name, 60),
            ("region", &self.region, 100),
            ("street", &self.street, 200),
        ] {
            let n = v.trim().chars().count();
            if n == 0 {
                errors.push(FieldError::new(&f(name), FieldErrorCode::Required));
            } else if n > max {
                errors.push(FieldError::new(&f(name), FieldErrorCode::TooLong));
            }
        }
        let digits: String = self
            .phone
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
            .collect();
        let digits = digits.strip_prefix('+').unwrap_or(&digits);
        if self.phone.trim().is_empty() {
            errors.push(FieldError::new(&f("phone"), FieldErrorCode::Required));
        } else if !(6..=15).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
            errors.push(FieldError::new(&f("phone"), FieldErrorCode::InvalidValue));
        }
        let pc = self.postcode.trim();
        if !pc.is_empty() && (pc.len() > 10 || !pc.chars().all(|c| c.is_ascii_alphanumeric())) {
            errors.push(FieldError::new(
                &f("postcode"),
                FieldErrorCode::InvalidValue,
            ));
        }
        errors
    }
}

/// How one exhibitor's part of the order reaches the visitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum FulfilmentChoice {
    Pickup { exhibitor_id: i64, slot_id: i64 },
    Delivery { exhibitor_id: i64 },
}

impl FulfilmentChoice {
    pub fn exhibitor_id(&self) -> i64 {
        match self {
            FulfilmentChoice::Pickup { exhibitor_id, .. }
            | FulfilmentChoice::Delivery { exhibitor_id } => *exhibitor_id,
        }
    }
}

/// Body of `POST /api/v1/orders` (send an `Idempotency-Key`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceOrder {
    pub cart: CartInput,
    /// One per exhibitor in the cart.
    pub fulfilment: Vec<FulfilmentChoice>,
    /// Required when any part is delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// The total the visitor agreed to; a different total answers `409 cart_changed`.
    pub expected_total_minor: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Placed, waiting for payment.
    AwaitingPayment,
    Paid,
    /// The exhibitor accepted it; the member can no longer cancel.
    Confirmed,
    ReadyForPickup,
    Shipped,
    Completed,
    Cancelled,
    /// Not paid in time; its stock and pickup slot were released. Place it again to buy.
    Expired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    Pending,
    Succeeded,
    Failed,
    /// Paid, then given back (the order was cancelled).
    Refunded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderLine {
    pub product_id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_id: Option<String>,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_label: Option<Localized>,
    pub quantity: u32,
    pub unit_price: Money,
}

/// One exhibitor's part of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderPart {
    pub exhibitor_id: i64,
    pub exhibitor_name: Localized,
    pub booth: String,
    pub hall_id: i64,
    /// `pickup` or `delivery`.
    pub method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<PickupSlot>,
    /// What the pickup QR code encodes; shown only once the order is paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pickup_code: Option<String>,
    pub lines: Vec<OrderLine>,
    pub subtotal: Money,
    /// Set when the booth cancelled its part: why, when, and what was refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<PartCancellation>,
}

/// A booth's cancellation of its part of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartCancellation {
    pub reason: String,
    pub at: Timestamp,
    /// Paid back through the payment provider (the part's share of what was paid).
    pub refund: Money,
}

/// Answer of `POST /api/v1/orders` and `GET /api/v1/orders/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Order {
    pub id: i64,
    /// Human-readable number, e.g. `EX26-000123`.
    pub number: String,
    pub status: OrderStatus,
    pub payment: PaymentStatus,
    pub parts: Vec<OrderPart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    pub subtotal: Money,
    pub discount: Money,
    pub total: Money,
    pub placed_at: Timestamp,
    /// Until when an order awaiting payment holds its stock and slot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_by: Option<Timestamp>,
    /// Every status the order reached, oldest first.
    #[serde(default)]
    pub timeline: Vec<crate::OrderEvent>,
    /// Whether the member may still cancel it (the exhibitor has not confirmed it yet).
    #[serde(default)]
    pub can_cancel: bool,
}

/// Body of `POST /api/v1/orders/{id}/payments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StartPayment {
    /// `test` (the reference backend's labelled test provider), `wechat_jsapi` (inside WeChat's
    /// browser, charged to the official account's payer) or `wechat_mini_program` (inside a Mini
    /// Program's web-view: the host's pay page calls `wx.requestPayment`).
    pub provider: String,
}

/// Parameters for WeChat's `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` (and, without
/// `appId`, for a Mini Program's `wx.requestPayment`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct WechatPayParams {
    pub app_id: String,
    pub time_stamp: String,
    pub nonce_str: String,
    pub package: String,
    pub sign_type: String,
    pub pay_sign: String,
}

/// Answer of `POST /api/v1/orders/{id}/payments`: what the client does next. The client's own
/// result is never trusted: afterwards it asks `GET /api/v1/orders/{id}` for the final status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PaymentStart {
    /// Test provider: complete with `POST /api/v1/payments/test/{payment_id}`.
    Test { payment_id: String },
    /// `wechat_jsapi` and `wechat_mini_program`: what WeChat's client is handed.
    WechatJsapi { params: WechatPayParams },
}

/// Body of `POST /api/v1/payments/test/{payment_id}`: what the test provider reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TestPaymentOutcome {
    pub succeed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fulfilment_choices_have_readable_tags() {
        let f = serde_json::to_value(FulfilmentChoice::Pickup {
            exhibitor_id: 1,
            slot_id: 2,
        })
        .unwrap();
        assert_eq!(f["method"], "pickup");
    }

    #[test]
    fn address_validation_names_each_bad_field() {
        let ok = Address {
            name: "李雷".into(),
            phone: "+86 138-0013-8000".into(),
            region: "上海市 浦东新区".into(),
            street: "世博大道 1 号".into(),
            postcode: "200120".into(),
        };
        assert!(ok.validate("address.").is_empty());
        let bad = Address {
            phone: "12ab".into(),
            ..Default::default()
        };
        let fields: Vec<String> = bad
            .validate("address.")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "address.name",
                "address.region",
                "address.street",
                "address.phone"
            ]
        );
    }
}
