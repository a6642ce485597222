//! The exhibitor's figures for a period (`GET /api/v1/exhibitor/dashboard`): computed in SQL by
//! the backend, never by downloading every order. Days are the venue's calendar days.

use serde::{Deserialize, Serialize};

use crate::Day;
use crate::{FieldError, FieldErrorCode, Localized, Money, OrderStatus};

/// The longest period the dashboard answers for, in days.
pub const DASHBOARD_MAX_DAYS: i64 = 92;

/// Query of the dashboard: from and to (inclusive) venue days; today when left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct DashboardQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Day>,
}

impl DashboardQuery {
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if to < from {
                errors.push(FieldError::new("to", FieldErrorCode::OutOfRange));
            } else if (to - from).num_days() >= DASHBOARD_MAX_DAYS {
                errors.push(
                    FieldError::new("to", FieldErrorCode::OutOfRange)
                        .with_limit(DASHBOARD_MAX_DAYS),
                );
            }
        }
        errors
    }

    /// The query string (without `?`).
    pub fn to_query_string(&self) -> String {
        let mut p = Vec::new();
        crate::catalog::push_param(&mut p, "from", self.from.map(|d| d.to_string()));
        crate::catalog::push_param(&mut p, "to", self.to.map(|d| d.to_string()));
        p.join("&")
    }
}

/// The figures of one exhibitor for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub from: Day,
    pub to: Day,
    /// What the exhibitor's parts of paid orders placed in the period cost (before order-wide
    /// coupons), cancelled and unpaid orders left out.
    pub revenue: Money,
    /// Paid orders placed in the period.
    pub orders: u32,
    pub average_order: Money,
    /// Orders placed in the period by the exhibitor's step.
    pub by_status: Vec<StatusCount>,
    /// Booth pickups whose slot is today (venue day) and not handed over yet.
    pub pickups_today: u32,
    /// Of those, the ones whose slot is on now or starts within the hour.
    pub pickups_next_hour: u32,
    pub open_tickets: u32,
    /// Open tickets past their first-answer due time without an answer.
    pub overdue_tickets: u32,
    /// Returns waiting for a step of the exhibitor (requested, approved, received).
    pub open_returns: u32,
    pub top_products: Vec<TopProduct>,
    pub funnel: Funnel,
    /// Every day of the period, days without orders included.
    pub daily: Vec<DayFigures>,
    /// The quote desk (issue 24).
    #[serde(default)]
    pub quotes: QuoteFigures,
}

/// The quote desk's funnel for quotes asked in the period (how far each got so far), the value
/// of the quotes buyers may accept now, how fast the first answer came and how many were won.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteFigures {
    /// Quotes asked in the period.
    pub requested: u32,
    /// Of those, answered at least once.
    pub quoted: u32,
    /// Of those, accepted by the buyer.
    pub accepted: u32,
    /// Of those, an order (accepting places it at once; kept apart for backends that do not).
    pub ordered: u32,
    /// Totals of the quotes answered and still valid now (whatever the period); none when
    /// there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline: Option<Money>,
    /// Median time from asking to the first answer, for those answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_first_answer_minutes: Option<u32>,
    /// Won among those decided (accepted, declined, withdrawn or expired), in basis points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub win_rate_bp: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCount {
    pub status: OrderStatus,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopProduct {
    pub product_id: i64,
    pub name: Localized,
    pub quantity: u32,
    pub revenue: Money,
}

/// From a look to a repeat purchase, in the period: product views and adds to cart of the
/// exhibitor's products (analytics events, sent only by visitors who allowed analytics), paid
/// orders, and paid orders of customers who had bought from this exhibitor before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Funnel {
    pub views: u32,
    pub added_to_cart: u32,
    pub orders: u32,
    pub repeat_orders: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayFigures {
    pub day: Day,
    pub revenue: Money,
    pub orders: u32,
}
