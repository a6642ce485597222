//! The exhibitor's quote desk (issue 24): the queue (waiting for an answer first, soonest due
//! first), a quote with its internal notes, answering and revising, withdrawing, the thread,
//! and assignment to the exhibitor's own staff. Capability `quotes` (owner, manager).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::quotes::{
    NewQuoteMessage, QuoteAction, QuoteAnswer, QuoteAssignee, QuoteSummary,
};
use expocx_contract::{Page, Problem};

use super::etag::Versioned;
use super::extract::{cap, ApiJson, ApiPath, ApiQuery, Can};
use super::quotes::{answer, page_of, QuoteQuery};
use super::ApiError;
use crate::db::quotes::Writer;
use crate::domain::quotes::{self as domain, Side};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exhibitor/quotes", get(desk))
        .route("/exhibitor/quotes/{id}", get(desk_quote))
        .route("/exhibitor/quotes/{id}/revisions", post(revise))
        .route("/exhibitor/quotes/{id}/withdraw", post(withdraw))
        .route("/exhibitor/quotes/{id}/messages", post(desk_message))
        .route("/exhibitor/quotes/{id}/assignee", put(assign))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/quotes", tag = "exhibitor", params(QuoteQuery), security(("bearer" = [])),
    responses((status = 200, description = "The quote desk: quotes waiting for an answer first, soonest `answer_by` first, then the rest, latest first; each with the buyer", body = Page<QuoteSummary>),
              (status = 403, description = "`forbidden`: not staff, or a role without the quote desk", body = Problem, content_type = "application/problem+json")))]
pub async fn desk(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Quotes>,
    ApiQuery(q): ApiQuery<QuoteQuery>,
) -> Result<Json<Page<QuoteSummary>>, ApiError> {
    page_of(&state, Side::Desk(staff.exhibitor_id), q).await
}

#[utoipa::path(get, path = "/api/v1/exhibitor/quotes/{id}", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id")),
    responses((status = 200, description = "The quote with the buyer, internal notes and the actions open to staff now; with its `ETag`", body = expocx_contract::quotes::Quote),
              (status = 403, description = "`forbidden`: a role without the quote desk", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's quote)", body = Problem, content_type = "application/problem+json")))]
pub async fn desk_quote(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Quotes>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    answer(&state, Side::Desk(staff.exhibitor_id), id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/quotes/{id}/revisions", tag = "exhibitor", request_body = QuoteAnswer, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id"),
           ("If-Match" = String, Header, description = "The quote's `ETag`")),
    responses((status = 200, description = "The answer is the quote's latest revision (`quoted`); earlier ones are kept, superseded", body = expocx_contract::quotes::Quote),
              (status = 403, description = "`forbidden`: a role without the quote desk", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_superseded`: changed since the `ETag` (the buyer asked for a change, or a colleague answered); `quote_closed`: accepted, declined or withdrawn; `limit_reached`: 20 revisions", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `prices` not one per line, `prices.N` out of range (unit 0–100,000,000 minor units, discount 0–10,000 basis points), `valid_until` in the past or over 180 days ahead, `lead_days` over 365, a term over 200 or `note` over 2,000 characters", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn revise(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Quotes>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<QuoteAnswer>,
) -> Result<Response, ApiError> {
    let pre = Versioned::Quote.precondition(&headers, id);
    let version = pre.version();
    let (ex, me) = (staff.exhibitor_id, staff.user_id);
    pre.check(
        state
            .db
            .call(move |c| domain::answer(c, ex, me, id, version, &body, Utc::now()))
            .await,
    )?;
    answer(&state, Side::Desk(ex), id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/quotes/{id}/withdraw", tag = "exhibitor", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id"),
           ("If-Match" = String, Header, description = "The quote's `ETag`")),
    responses((status = 200, description = "Withdrawn: the buyer can no longer accept it", body = expocx_contract::quotes::Quote),
              (status = 403, description = "`forbidden`: a role without the quote desk", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_superseded`: changed since the `ETag`; `quote_expired`: its validity ended (revise it instead); `quote_closed`: accepted, declined or withdrawn", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn withdraw(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Quotes>,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let pre = Versioned::Quote.precondition(&headers, id);
    let version = pre.version();
    let side = Side::Desk(staff.exhibitor_id);
    pre.check(
        state
            .db
            .call(move |c| domain::step(c, side, id, version, QuoteAction::Withdraw, Utc::now()))
            .await,
    )?;
    answer(&state, side, id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/exhibitor/quotes/{id}/messages", tag = "exhibitor", request_body = NewQuoteMessage, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id")),
    responses((status = 200, description = "The message (or, with `internal`, a note the buyer never sees) is in the thread", body = expocx_contract::quotes::Quote),
              (status = 403, description = "`forbidden`: a role without the quote desk", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_closed`: declined or withdrawn; `limit_reached`: 200 messages", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `text` empty or over 2,000 characters", body = Problem, content_type = "application/problem+json")))]
pub async fn desk_message(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Quotes>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(m): ApiJson<NewQuoteMessage>,
) -> Result<Response, ApiError> {
    ApiError::check(m.validate())?;
    let side = Side::Desk(staff.exhibitor_id);
    let writer = Writer::Staff {
        user_id: staff.user_id,
        internal: m.internal,
    };
    state
        .db
        .call(move |c| domain::message(c, side, writer, id, &m.text, false, Utc::now()))
        .await?;
    answer(&state, side, id, StatusCode::OK).await
}

#[utoipa::path(put, path = "/api/v1/exhibitor/quotes/{id}/assignee", tag = "exhibitor", request_body = QuoteAssignee, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id")),
    responses((status = 200, description = "Assigned (or unassigned with `null`)", body = expocx_contract::quotes::Quote),
              (status = 403, description = "`forbidden`: a role without the quote desk", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `user_id` is not a member of this exhibitor's team", body = Problem, content_type = "application/problem+json")))]
pub async fn assign(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Quotes>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<QuoteAssignee>,
) -> Result<Response, ApiError> {
    let ex = staff.exhibitor_id;
    state
        .db
        .call(move |c| domain::assign(c, ex, id, body.user_id, Utc::now()))
        .await?;
    answer(&state, Side::Desk(ex), id, StatusCode::OK).await
}
