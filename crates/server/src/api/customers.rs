//! An exhibitor's customers (issue 25): everyone who ordered from it, asked it for a quote or
//! is one of its leads, with satisfaction, loyalty, retention, contribution, an RFM segment and
//! the relationship stage; the at-risk and red-carpet lists. Capability `figures` (revenue).

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::customers::{Customer, CustomerList, Segment, Stage};
use expocx_contract::{Capability, FieldError, FieldErrorCode, Problem};
use serde::Deserialize;

use super::extract::{cap, ApiPath, ApiQuery, Can};
use super::paging::paging;
use super::ApiError;
use crate::domain::customer_view;
use crate::domain::customers::{self as domain, Filter, Order, Which};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/customers", get(list))
        .route("/exhibitor/customers/export", get(export))
        .route("/exhibitor/customers/{user_id}", get(one))
}

/// The most a lead can score (20 rules of at most 100 points), either way.
const MAX_SCORE: i32 = 2000;

/// Which customers: all, or one of the two lists.
#[derive(Debug, Clone, Copy, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CustomerListKind {
    All,
    AtRisk,
    RedCarpet,
}

/// How the list is sorted.
#[derive(Debug, Clone, Copy, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CustomerSort {
    /// Revenue, highest first.
    Value,
    /// Last order, quote or scan, latest first.
    Recent,
    /// Satisfaction, lowest first.
    Satisfaction,
}

/// `?list&stage&segment&sort&page&limit` of the customer list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CustomerQuery {
    pub list: Option<CustomerListKind>,
    pub stage: Option<Stage>,
    pub segment: Option<Segment>,
    /// Only customers met at the booth whose lead scores at least this (−2000…2000).
    pub min_score: Option<i32>,
    pub sort: Option<CustomerSort>,
    pub page: Option<u32>,
    pub limit: Option<u32>,
}

#[utoipa::path(get, path = "/api/v1/exhibitor/customers", tag = "exhibitor", params(CustomerQuery), security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's customers (ordered, asked a quote, or met at the booth), each valued: satisfaction, loyalty, retention, revenue, an RFM segment scored against the exhibitor's other customers with orders (`thin_sample` under 30 of them), the relationship stage, and the at-risk and red-carpet marks. A name only where the exhibitor knows it (an order, a quote, or shared at the booth)", body = CustomerList),
              (status = 403, description = "`forbidden`: not staff, or a role without figures", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `stage` or `segment` not one of their values, `min_score` beyond ±2000, `page` or `limit` out of range", body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Figures>,
    ApiQuery(q): ApiQuery<CustomerQuery>,
) -> Result<Json<CustomerList>, ApiError> {
    let paged = paging(q.page, q.limit, 20)?;
    let filter = filter(&q)?;
    let ex = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| domain::list(c, ex, &filter, paged, Utc::now()))
            .await?,
    ))
}

/// The list's filters; a `stage` or `segment` this backend does not know is a mistake to tell,
/// not "everyone".
fn filter(q: &CustomerQuery) -> Result<Filter, ApiError> {
    let mut errors = Vec::new();
    if q.stage == Some(Stage::Unknown) {
        errors.push(FieldError::new("stage", FieldErrorCode::InvalidValue));
    }
    if q.segment == Some(Segment::Unknown) {
        errors.push(FieldError::new("segment", FieldErrorCode::InvalidValue));
    }
    if q.min_score
        .is_some_and(|m| !(-MAX_SCORE..=MAX_SCORE).contains(&m))
    {
        errors.push(FieldError::new("min_score", FieldErrorCode::OutOfRange));
    }
    ApiError::check(errors)?;
    Ok(Filter {
        which: match q.list {
            Some(CustomerListKind::AtRisk) => Which::AtRisk,
            Some(CustomerListKind::RedCarpet) => Which::RedCarpet,
            _ => Which::All,
        },
        stage: q.stage.filter(|s| *s != Stage::Unknown),
        segment: q.segment.filter(|s| *s != Segment::Unknown),
        min_score: q.min_score,
        order: match q.sort {
            Some(CustomerSort::Recent) => Order::Recent,
            Some(CustomerSort::Satisfaction) => Order::Satisfaction,
            _ => Order::Value,
        },
    })
}

#[utoipa::path(get, path = "/api/v1/exhibitor/customers/export", tag = "exhibitor", params(CustomerQuery), security(("bearer" = [])),
    responses((status = 200, description = "The customers the filters show (`page` and `limit` ignored) as CSV (UTF-8 with a byte order mark; cells a spreadsheet would run as formulas start with an apostrophe), sorted as asked: contact fields only where the visitor shares them at the moment of the export. The export is in the audit trail (who, how many rows)", content_type = "text/csv"),
              (status = 403, description = "`forbidden`: a role without exports or figures", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `stage` or `segment` not one of their values, `min_score` beyond ±2000", body = Problem, content_type = "application/problem+json")))]
pub async fn export(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Export>,
    ApiQuery(q): ApiQuery<CustomerQuery>,
) -> Result<Response, ApiError> {
    staff.require(Capability::Figures)?;
    let filter = filter(&q)?;
    let who = (staff.exhibitor_id, staff.user_id);
    let body = state
        .db
        .call(move |c| domain::csv(c, who, &filter, Utc::now()))
        .await?;
    Ok(super::csv_file("customers.csv", body))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/customers/{user_id}", tag = "exhibitor", security(("bearer" = [])),
    params(("user_id" = i64, Path, description = "The customer's account id, as the list gives it")),
    responses((status = 200, description = "The customer seen whole: their values among the exhibitor's customers, their orders, quotes, tickets and returns with this exhibitor (latest 50 of each), the notes on their lead, contact details only while they share them with this exhibitor, and what they allow it now", body = Customer),
              (status = 403, description = "`forbidden`: not staff, or a role without figures", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`: not a customer of this exhibitor (also another exhibitor's customer, or an erased account)", body = Problem, content_type = "application/problem+json")))]
pub async fn one(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Figures>,
    ApiPath(user_id): ApiPath<i64>,
) -> Result<Json<Customer>, ApiError> {
    let ex = staff.exhibitor_id;
    state
        .db
        .call(move |c| customer_view::customer(c, ex, user_id, Utc::now()))
        .await?
        .map(Json)
        .ok_or_else(|| crate::db::Error::NotFound.into())
}
