//! The exhibitor portal's orders: the staff's list, one order, its steps (with `If-Match`),
//! and booth pickup by the code on the member's phone.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    Capability, FieldError, FieldErrorCode, OrderStatus, Page, PickupLookup, Problem, StaffOrder,
    StaffOrderQuery, StaffOrderRow, StaffOrderStep,
};

use super::etag::Versioned;
use super::extract::{attempt, cap, ApiJson, ApiPath, ApiQuery, Can};
use super::paging::paging;
use super::ApiError;
use crate::db::orders::staff as db;
use crate::db::Error;
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/orders", get(list))
        .route("/exhibitor/orders/export", get(export))
        .route("/exhibitor/orders/{id}", get(order))
        .route("/exhibitor/orders/{id}/status", post(take_step))
        .route("/exhibitor/pickups", post(pickup))
}

/// The order with its `ETag`, which a step must send back.
fn with_etag(order: StaffOrder) -> Result<Response, ApiError> {
    let (_, etag) = Versioned::Order.header(order.id, order.version)?;
    Ok((etag, Json(order)).into_response())
}

#[utoipa::path(get, path = "/api/v1/exhibitor/orders", tag = "exhibitor", params(StaffOrderQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's orders, filtered, sorted and paged", body = Page<StaffOrderRow>),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Orders>,
    ApiQuery(q): ApiQuery<StaffOrderQuery>,
) -> Result<Json<Page<StaffOrderRow>>, ApiError> {
    let (page, limit) = paging(q.page, q.limit, 25)?;
    ApiError::check(q.validate())?;
    let exhibitor = staff.exhibitor_id;
    Ok(Json(
        state
            .db
            .call(move |c| db::list(c, exhibitor, &q, page, limit))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/orders/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Order id")),
    responses((status = 200, description = "The exhibitor's part of the order with its steps; `ETag` carries its version", body = StaffOrder),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also an order without a part of this exhibitor)", body = Problem, content_type = "application/problem+json")))]
pub async fn order(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Orders>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    let exhibitor = staff.exhibitor_id;
    let order = state
        .db
        .call(move |c| db::get(c, exhibitor, id))
        .await?
        .ok_or_else(ApiError::not_found)?;
    with_etag(order)
}

#[utoipa::path(post, path = "/api/v1/exhibitor/orders/{id}/status", tag = "exhibitor",
    request_body = StaffOrderStep, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Order id"),
           ("If-Match" = String, Header, description = "The order's `ETag`")),
    responses((status = 200, description = "Step taken, recorded with who and when; the member is told; carries the new `ETag`. Handing over (`completed`) is the pickup desk's: open to every role, and without the `orders` capability it needs `pickup_code`, the code the visitor showed (another order's code: `404`); the other steps need `orders` (`403 forbidden` otherwise). `cancelled` (with a reason) returns the part's stock, refunds its share of what was paid and tells the member why; the last part cancelled cancels the order", body = StaffOrder),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's order)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: not a step that follows the current one (a part handed over or shipped cannot be cancelled)", body = Problem, content_type = "application/problem+json"),
              (status = 412, description = "`precondition_failed`: someone else changed the order first; load it again", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `tracking` for a shipment, `reason` for a cancellation (each at most its limit)", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn take_step(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Pickup>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(step): ApiJson<StaffOrderStep>,
) -> Result<Response, ApiError> {
    // Handing an order over at the desk is the pickup desk's; every other step is the orders'.
    // Without the orders capability, the handover needs the pickup code the visitor showed.
    let at_desk = !staff.role.may(Capability::Orders);
    if step.status != OrderStatus::Completed || (at_desk && step.pickup_code.is_none()) {
        staff.require(Capability::Orders)?;
    }
    let pre = Versioned::Order.precondition(&headers, id);
    let version = pre.version();
    ApiError::check(step.validate())?;
    let order = pre.check(
        state
            .db
            .call(move |c| {
                if let Some(code) = step.pickup_code.as_deref().filter(|_| at_desk) {
                    // The code of another order (or of none, or another booth's) is refused
                    // like a wrong code: 404, as the operation says.
                    let found = match code.len() {
                        0..=80 => db::pickup(c, staff.exhibitor_id, code),
                        _ => Err(Error::NotFound),
                    };
                    match found {
                        Ok(order) if order == id => {}
                        Ok(_) | Err(Error::NotFound | Error::Forbidden(_)) => {
                            return Err(Error::NotFound)
                        }
                        Err(e) => return Err(e),
                    }
                }
                crate::domain::orders::take_step(
                    c,
                    staff.user_id,
                    staff.exhibitor_id,
                    id,
                    version,
                    &step,
                    Utc::now(),
                )?;
                db::get(c, staff.exhibitor_id, id)?.ok_or(Error::NotFound)
            })
            .await,
    )?;
    with_etag(order)
}

#[utoipa::path(post, path = "/api/v1/exhibitor/pickups", tag = "exhibitor",
    request_body = PickupLookup, security(("bearer" = [])),
    responses((status = 200, description = "The order the pickup code belongs to (its steps say whether and when it was picked up); `ETag` carries its version", body = StaffOrder),
              (status = 403, description = "`forbidden`: not an exhibitor account, or the code is for another exhibitor's booth", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`: no paid pickup order has this code", body = Problem, content_type = "application/problem+json")))]
pub async fn pickup(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Pickup>,
    ApiJson(req): ApiJson<PickupLookup>,
) -> Result<Response, ApiError> {
    attempt(
        &state.limits,
        Limit::Pickups,
        &staff.exhibitor_id.to_string(),
    )?;
    if req.code.trim().is_empty() || req.code.len() > 80 {
        let e = FieldError::new("code", FieldErrorCode::InvalidValue);
        return Err(ApiError::validation(vec![e]));
    }
    let exhibitor = staff.exhibitor_id;
    let order = state
        .db
        .call(move |c| {
            let id = db::pickup(c, exhibitor, &req.code)?;
            db::get(c, exhibitor, id)?.ok_or(Error::NotFound)
        })
        .await?;
    with_etag(order)
}

/// Rows per database call while exporting: the connection is free between pages.
const EXPORT_PAGE: u32 = 1000;
/// The most rows one export answers.
const EXPORT_MAX_ROWS: u64 = 200_000;

fn csv_row(r: &StaffOrderRow) -> String {
    use crate::rules::csv::{amount, line};
    let status = serde_json::to_value(r.status).unwrap_or_default();
    let method = serde_json::to_value(r.method).unwrap_or_default();
    line([
        r.number.as_str(),
        &r.placed_at.to_rfc3339(),
        status.as_str().unwrap_or_default(),
        r.customer.as_str(),
        method.as_str().unwrap_or_default(),
        &r.slot_starts_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        &r.items.to_string(),
        &amount(r.amount.amount_minor),
        r.amount.currency.as_str(),
    ])
}

#[utoipa::path(get, path = "/api/v1/exhibitor/orders/export", tag = "exhibitor", params(StaffOrderQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The filtered orders as CSV (UTF-8 with a byte order mark for Excel; cells a spreadsheet would run as formulas start with an apostrophe), newest first, streamed a page at a time; `sort`, `page` and `limit` are ignored", content_type = "text/csv"),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn export(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Export>,
    ApiQuery(q): ApiQuery<StaffOrderQuery>,
) -> Result<Response, ApiError> {
    ApiError::check(q.validate())?;
    let exhibitor = staff.exhibitor_id;
    // The audit trail says who exported what (the filters and how many rows), never the rows.
    let asked = q.clone();
    state
        .db
        .call(move |c| {
            let rows = db::list(c, exhibitor, &asked, 1, 1)?
                .total
                .min(EXPORT_MAX_ROWS);
            // A search may be a customer's name: the trail says a search was made, not what.
            let mut shown = asked.clone();
            shown.q = shown.q.map(|_| "redacted".into());
            let filters = shown.to_query_string();
            let now = Utc::now();
            crate::domain::audit::exported(c, exhibitor, staff.user_id, filters, rows, now)
        })
        .await?;
    let head = format!(
        "\u{feff}{}",
        crate::rules::csv::line([
            "number",
            "placed_at",
            "status",
            "customer",
            "method",
            "pickup_at",
            "items",
            "amount",
            "currency"
        ])
    );
    // Page by page: each page is one short database call, so other requests go on meanwhile.
    let pages =
        futures_util::stream::unfold((None::<i64>, 0u64, false), move |(before, sent, done)| {
            let (state, q) = (state.clone(), q.clone());
            async move {
                if done || sent >= EXPORT_MAX_ROWS {
                    return None;
                }
                let result = state
                    .db
                    .call(move |c| db::export_page(c, exhibitor, &q, before, EXPORT_PAGE))
                    .await;
                match result {
                    Ok(rows) => {
                        let n = rows.len() as u64;
                        let body: String = rows.iter().map(csv_row).collect();
                        let next = rows.last().map(|r| r.id);
                        let last = n < u64::from(EXPORT_PAGE);
                        Some((Ok::<_, std::io::Error>(body), (next, sent + n, last)))
                    }
                    Err(e) => Some((
                        Err(std::io::Error::other(e.to_string())),
                        (before, sent, true),
                    )),
                }
            }
        });
    // Fused: the body may be polled again after its end.
    let body = futures_util::StreamExt::fuse(futures_util::StreamExt::chain(
        futures_util::stream::once(async move { Ok(head) }),
        pages,
    ));
    Ok(super::csv_file(
        "orders.csv",
        axum::body::Body::from_stream(body),
    ))
}
