//! The exhibitor portal's orders: the staff's list, one order with its fulfilment steps, and
//! booth pickup by code. Everything is scoped to the signed-in staff member's exhibitor: an
//! order is seen through its part for that exhibitor (`OrderPart`).

use serde::{Deserialize, Serialize};

use crate::{Day, Timestamp};
use crate::{FieldError, FieldErrorCode, Money, OrderPart, OrderStatus};

/// Longest search text, tracking number and cancellation reason.
pub const PORTAL_SEARCH_MAX: usize = 64;
pub const TRACKING_MAX: usize = 64;
pub const CANCEL_REASON_MAX: usize = 200;

/// Which orders the staff's list shows (`GET /api/v1/exhibitor/orders`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StaffOrderQuery {
    /// The exhibitor's step: `paid` (to confirm), `confirmed`, `ready_for_pickup`, `shipped`,
    /// `completed`, `cancelled`, `awaiting_payment`, `expired`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OrderStatus>,
    /// `pickup` or `delivery`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<FulfilmentMethod>,
    /// Order number (or its start) or the customer's name (or part of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only orders whose pickup slot is this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot_id: Option<i64>,
    /// Only orders placed on this day of the venue's calendar (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<StaffOrderSort>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// A unit enum's wire name (`"ready_for_pickup"`).
pub fn wire_name<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

impl StaffOrderQuery {
    /// The query string (without `?`) the portal sends; empty fields are left out.
    pub fn to_query_string(&self) -> String {
        use crate::catalog::push_param;
        let mut p = Vec::new();
        push_param(&mut p, "status", self.status.as_ref().map(wire_name));
        push_param(&mut p, "method", self.method.as_ref().map(wire_name));
        push_param(&mut p, "q", self.q.clone().filter(|q| !q.trim().is_empty()));
        push_param(&mut p, "slot_id", self.slot_id.map(|v| v.to_string()));
        push_param(&mut p, "day", self.day.map(|v| v.to_string()));
        push_param(&mut p, "sort", self.sort.as_ref().map(wire_name));
        push_param(&mut p, "page", self.page.map(|v| v.to_string()));
        push_param(&mut p, "limit", self.limit.map(|v| v.to_string()));
        p.join("&")
    }

    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self
            .q
            .as_deref()
            .is_some_and(|q| q.chars().count() > PORTAL_SEARCH_MAX)
        {
            errors.push(
                FieldError::new("q", FieldErrorCode::TooLong).with_limit(PORTAL_SEARCH_MAX as i64),
            );
        }
        if self.slot_id.is_some_and(|s| s < 1) {
            errors.push(FieldError::new("slot_id", FieldErrorCode::OutOfRange).with_limit(1));
        }
        errors
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FulfilmentMethod {
    Pickup,
    Delivery,
}

/// Order of the staff's list; `newest` when not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StaffOrderSort {
    Newest,
    Oldest,
    /// Largest amount for this exhibitor first.
    Amount,
    /// Soonest pickup slot first (orders without a slot last).
    Pickup,
}

/// One row of the staff's order list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffOrderRow {
    pub id: i64,
    pub number: String,
    /// The exhibitor's step for this order.
    pub status: OrderStatus,
    pub customer: String,
    pub method: FulfilmentMethod,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot_starts_at: Option<Timestamp>,
    pub items: u32,
    /// What this exhibitor's part of the order costs.
    pub amount: Money,
    pub placed_at: Timestamp,
}

/// A step of the exhibitor's part, with who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffOrderEvent {
    pub status: OrderStatus,
    pub at: Timestamp,
    /// The staff member's name; absent for steps of the customer or the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One order as the exhibitor's staff see it (`GET /api/v1/exhibitor/orders/{id}`); the
/// `ETag` header carries `version`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffOrder {
    pub id: i64,
    pub number: String,
    pub status: OrderStatus,
    /// The whole order's status (the customer's view; other exhibitors' parts count too).
    pub order_status: OrderStatus,
    pub customer: String,
    pub part: OrderPart,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<String>,
    pub placed_at: Timestamp,
    pub events: Vec<StaffOrderEvent>,
    /// The next steps staff may take now.
    pub next: Vec<OrderStatus>,
    pub version: i64,
}

/// Body of `POST /api/v1/exhibitor/orders/{id}/status` (send `If-Match`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffOrderStep {
    /// `confirmed`, `ready_for_pickup`, `shipped` (with `tracking`), `completed`, or
    /// `cancelled` (with `reason`: the booth's part is refunded and the customer told why).
    pub status: OrderStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// For `completed` by a role without the `orders` capability (booth staff): the pickup code
    /// the visitor showed, proof that the handover happens at the desk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pickup_code: Option<String>,
}

impl StaffOrderStep {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let tracking = self.tracking.as_deref().map(str::trim).unwrap_or("");
        if self.status == OrderStatus::Shipped && tracking.is_empty() {
            errors.push(FieldError::new("tracking", FieldErrorCode::Required));
        } else if tracking.chars().count() > TRACKING_MAX {
            errors.push(
                FieldError::new("tracking", FieldErrorCode::TooLong)
                    .with_limit(TRACKING_MAX as i64),
            );
        }
        let reason = self.reason.as_deref().map(str::trim).unwrap_or("");
        if self.status == OrderStatus::Cancelled && reason.is_empty() {
            errors.push(FieldError::new("reason", FieldErrorCode::Required));
        } else if reason.chars().count() > CANCEL_REASON_MAX {
            errors.push(
                FieldError::new("reason", FieldErrorCode::TooLong)
                    .with_limit(CANCEL_REASON_MAX as i64),
            );
        }
        errors
    }
}

/// Body of `POST /api/v1/exhibitor/pickups`: what the pickup QR code says (or its short code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PickupLookup {
    pub code: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_portals_query_names_what_the_server_reads() {
        let q = StaffOrderQuery {
            status: Some(OrderStatus::ReadyForPickup),
            method: Some(FulfilmentMethod::Pickup),
            q: Some("林 & co".into()),
            sort: Some(StaffOrderSort::Amount),
            page: Some(2),
            ..Default::default()
        };
        assert_eq!(
            q.to_query_string(),
            "status=ready_for_pickup&method=pickup&q=%E6%9E%97%20%26%20co&sort=amount&page=2"
        );
        assert_eq!(StaffOrderQuery::default().to_query_string(), "");
    }

    #[test]
    fn a_shipment_needs_its_tracking_number_and_search_text_is_bounded() {
        let step = |status, tracking: Option<&str>| StaffOrderStep {
            pickup_code: None,
            status,
            tracking: tracking.map(str::to_string),
            reason: None,
        };
        assert_eq!(step(OrderStatus::Shipped, None).validate().len(), 1);
        assert_eq!(step(OrderStatus::Shipped, Some("  ")).validate().len(), 1);
        assert!(step(OrderStatus::Shipped, Some("SF1234"))
            .validate()
            .is_empty());
        assert!(step(OrderStatus::Confirmed, None).validate().is_empty());
        let long = "9".repeat(TRACKING_MAX + 1);
        assert_eq!(step(OrderStatus::Shipped, Some(&long)).validate().len(), 1);
        let cancel = |reason: &str| StaffOrderStep {
            pickup_code: None,
            reason: Some(reason.into()),
            ..step(OrderStatus::Cancelled, None)
        };
        assert_eq!(
            cancel(" ").validate()[0].field,
            "reason",
            "a reason is owed"
        );
        assert!(cancel("Sold out at the booth").validate().is_empty());
        assert_eq!(
            cancel(&"x".repeat(CANCEL_REASON_MAX + 1)).validate().len(),
            1
        );
        let q = StaffOrderQuery {
            q: Some("x".repeat(PORTAL_SEARCH_MAX + 1)),
            slot_id: Some(0),
            ..Default::default()
        };
        assert_eq!(q.validate().len(), 2);
    }
}
