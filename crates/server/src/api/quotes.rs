//! Trade buyers' quotes, the buyer's side (issue 24): ask for a quote, read them, accept the
//! latest revision (an order at its prices), decline, ask for a change, write in the thread.
//! The exhibitor's side is `quote_desk`.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::quotes::{
    AcceptQuote, NewQuote, NewQuoteMessage, Quote, QuoteAction, QuoteStatus, QuoteSummary,
};
use expocx_contract::{Page, Problem, Role};
use serde::Deserialize;

use super::auth::{idempotency_key, request_hash};
use super::etag::Versioned;
use super::extract::{ApiJson, ApiPath, ApiQuery, AuthUser};
use super::paging::paging;
use super::ApiError;
use crate::db::quotes::Writer;
use crate::domain::quotes::{self as domain, Side};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/quotes", get(my_quotes).post(request))
        .route("/quotes/{id}", get(my_quote))
        .route("/quotes/{id}/accept", post(accept))
        .route("/quotes/{id}/decline", post(decline))
        .route("/quotes/{id}/change", post(ask_change))
        .route("/quotes/{id}/messages", post(message))
}

/// `?status&page&limit` of a quote list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QuoteQuery {
    /// Only quotes in this status as it stands now (`expired`: quoted, validity over).
    pub status: Option<QuoteStatus>,
    pub page: Option<u32>,
    pub limit: Option<u32>,
}

/// Quote `id` as `side` sees it, with its `ETag` (`status` 200 or 201).
pub async fn answer(
    state: &AppState,
    side: Side,
    id: i64,
    status: StatusCode,
) -> Result<Response, ApiError> {
    let q = state
        .db
        .call(move |c| domain::get(c, side, id, Utc::now()))
        .await?
        .ok_or_else(ApiError::not_found)?;
    let (_, etag) = Versioned::Quote.header(q.summary.id, q.version)?;
    Ok((status, etag, Json(q)).into_response())
}

/// A visitor account (quotes are for trade buyers; staff get `403`).
fn buyer(auth: &AuthUser) -> Result<i64, ApiError> {
    if auth.user.role == Role::Visitor {
        Ok(auth.user.id)
    } else {
        Err(ApiError::forbidden())
    }
}

/// A page of `side`'s quotes.
pub async fn page_of(
    state: &AppState,
    side: Side,
    q: QuoteQuery,
) -> Result<Json<Page<QuoteSummary>>, ApiError> {
    let paged = paging(q.page, q.limit, 20)?;
    let status = q.status.filter(|s| *s != QuoteStatus::Unknown);
    Ok(Json(
        state
            .db
            .call(move |c| crate::db::quotes::view::list(c, side, status, paged, Utc::now()))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/quotes", tag = "quotes", params(QuoteQuery), security(("bearer" = [])),
    responses((status = 200, description = "The buyer's quotes, latest first", body = Page<QuoteSummary>),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json")))]
pub async fn my_quotes(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(q): ApiQuery<QuoteQuery>,
) -> Result<Json<Page<QuoteSummary>>, ApiError> {
    let me = buyer(&auth)?;
    page_of(&state, Side::Buyer(me), q).await
}

#[utoipa::path(post, path = "/api/v1/quotes", tag = "quotes", request_body = NewQuote, security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "The same key and body answer the quote the first request made")),
    responses((status = 201, description = "The quote, requested: the exhibitor owes a first answer by `answer_by`; with its `ETag`", body = Quote),
              (status = 200, description = "The same request sent again with its `Idempotency-Key`: the quote it made", body = Quote),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`trade_profile_required`: the profile has no company; `limit_reached`: 30 quotes open", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `lines` empty or over 20, `lines.N.product_id` not a configurable product or another exhibitor's, `lines.N.configuration.quantity` below the minimum, `lines.N.configuration.choices.X` (the configuration rules), `lines.N.configuration.choices` over 64 or an id over 40 characters, `needed_by` in the past, `region` over 200 or `message` over 2,000 characters; the same `Idempotency-Key` with another body", body = Problem, content_type = "application/problem+json")))]
pub async fn request(
    State(state): State<AppState>,
    auth: AuthUser,
    headers: HeaderMap,
    ApiJson(req): ApiJson<NewQuote>,
) -> Result<Response, ApiError> {
    let me = buyer(&auth)?;
    let key = idempotency_key(&headers)?;
    let hash = request_hash(&req);
    let (id, replayed) = state
        .db
        .call(move |c| domain::request(c, me, &req, (key.as_deref(), &hash), Utc::now()))
        .await?;
    let status = if replayed {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    answer(&state, Side::Buyer(me), id, status).await
}

#[utoipa::path(get, path = "/api/v1/quotes/{id}", tag = "quotes", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id")),
    responses((status = 200, description = "The quote with its lines, revisions, thread (no internal notes) and the actions open to the buyer now; with its `ETag`", body = Quote),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another buyer's quote)", body = Problem, content_type = "application/problem+json")))]
pub async fn my_quote(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    let me = buyer(&auth)?;
    answer(&state, Side::Buyer(me), id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/quotes/{id}/accept", tag = "quotes", request_body = AcceptQuote, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id"),
           ("If-Match" = String, Header, description = "The quote's `ETag` (its latest revision)"),
           ("Idempotency-Key" = Option<String>, Header, description = "The same key and body answer the same order")),
    responses((status = 200, description = "Accepted: the quote with `order_id`, the order placed at the quote's prices, waiting for payment (`POST /orders/{id}/payments`); the same acceptance sent again answers the same", body = Quote),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another buyer's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_expired`: its validity ended; `quote_superseded`: a newer revision or a change since the `ETag`; `quote_closed`: declined, withdrawn or accepted; `slot_full`; `cart_changed`: not enough stock; `too_many_unpaid_orders`", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `fulfilment.<exhibitor>` not this exhibitor's slot, `address` required for delivery or invalid", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn accept(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<AcceptQuote>,
) -> Result<Response, ApiError> {
    let me = buyer(&auth)?;
    let pre = Versioned::Quote.precondition(&headers, id);
    let version = pre.version();
    if let Some(a) = &body.address {
        ApiError::check(a.validate("address."))?;
    }
    let key = idempotency_key(&headers)?;
    let hash = request_hash(&body);
    let rules = state.orders.clone();
    pre.check(
        state
            .db
            .call(move |c| {
                domain::accept(
                    c,
                    me,
                    id,
                    version,
                    &body,
                    &rules,
                    (key.as_deref(), &hash),
                    Utc::now(),
                )
            })
            .await,
    )?;
    answer(&state, Side::Buyer(me), id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/quotes/{id}/decline", tag = "quotes", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id"),
           ("If-Match" = String, Header, description = "The quote's `ETag`")),
    responses((status = 200, description = "Declined: the quote, closed", body = Quote),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another buyer's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_superseded`: changed since the `ETag`; `quote_closed`: already closed", body = Problem, content_type = "application/problem+json"),
              (status = 428, description = "`precondition_failed`: `If-Match` missing", body = Problem, content_type = "application/problem+json")))]
pub async fn decline(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let me = buyer(&auth)?;
    let pre = Versioned::Quote.precondition(&headers, id);
    let version = pre.version();
    let side = Side::Buyer(me);
    pre.check(
        state
            .db
            .call(move |c| domain::step(c, side, id, version, QuoteAction::Decline, Utc::now()))
            .await,
    )?;
    answer(&state, side, id, StatusCode::OK).await
}

/// A buyer's message, or their asking for a change (`change`).
async fn buyer_message(
    state: AppState,
    auth: AuthUser,
    id: i64,
    m: NewQuoteMessage,
    change: bool,
) -> Result<Response, ApiError> {
    let me = buyer(&auth)?;
    ApiError::check(m.validate())?;
    let side = Side::Buyer(me);
    state
        .db
        .call(move |c| domain::message(c, side, Writer::Buyer(me), id, &m.text, change, Utc::now()))
        .await?;
    answer(&state, side, id, StatusCode::OK).await
}

#[utoipa::path(post, path = "/api/v1/quotes/{id}/change", tag = "quotes", request_body = NewQuoteMessage, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id")),
    responses((status = 200, description = "The request for a change is in the thread and the quote waits for the exhibitor again (`requested`, a new `answer_by`)", body = Quote),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another buyer's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_superseded`: nothing quoted to change yet; `quote_closed`; `limit_reached`: 200 messages", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `text` empty or over 2,000 characters", body = Problem, content_type = "application/problem+json")))]
pub async fn ask_change(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(m): ApiJson<NewQuoteMessage>,
) -> Result<Response, ApiError> {
    buyer_message(state, auth, id, m, true).await
}

#[utoipa::path(post, path = "/api/v1/quotes/{id}/messages", tag = "quotes", request_body = NewQuoteMessage, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Quote id")),
    responses((status = 200, description = "The message is in the thread (`internal` is ignored for buyers)", body = Quote),
              (status = 403, description = "`forbidden`: a staff account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another buyer's quote)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`quote_closed`: declined or withdrawn; `limit_reached`: 200 messages", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `text` empty or over 2,000 characters", body = Problem, content_type = "application/problem+json")))]
pub async fn message(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(m): ApiJson<NewQuoteMessage>,
) -> Result<Response, ApiError> {
    buyer_message(state, auth, id, m, false).await
}
