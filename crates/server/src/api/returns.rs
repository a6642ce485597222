//! Returns: requested by the member, decided by the exhibitor's staff.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{NewReturn, Page, PageQuery, Problem, ReturnDecision, ReturnRequest};

use super::extract::{cap, ApiJson, ApiPath, ApiQuery, AuthUser, Can};
use super::paging::page_query as paging;
use super::ApiError;
use crate::db::service::returns as db;
use crate::db::service::Who;
use crate::db::Error;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me/returns", get(my_returns).post(request_return))
        .route("/me/returns/{id}", get(my_return))
        .route("/exhibitor/returns", get(staff_returns))
        .route("/exhibitor/returns/{id}/decision", post(decide))
}

#[utoipa::path(get, path = "/api/v1/me/returns", tag = "service", params(PageQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The member's returns, newest first", body = Page<ReturnRequest>)))]
pub async fn my_returns(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<Page<ReturnRequest>>, ApiError> {
    let (page, limit) = paging(&q)?;
    Ok(Json(
        auth.run(&state, move |c, me| {
            db::list(c, Who::Member(me), page, limit)
        })
        .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/me/returns", tag = "service", request_body = NewReturn,
    security(("bearer" = [])),
    responses((status = 201, description = "Requested", body = ReturnRequest),
              (status = 404, description = "`not_found`: no such order of the member", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: the order cannot have lines returned (unpaid, closed, or older than 30 days)", body = Problem, content_type = "application/problem+json")))]
pub async fn request_return(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(req): ApiJson<NewReturn>,
) -> Result<(StatusCode, Json<ReturnRequest>), ApiError> {
    ApiError::check(req.validate())?;
    let me = auth.user.id;
    let ret = state
        .db
        .call(move |c| {
            let id = db::request(c, me, &req, Utc::now())?;
            db::get(c, Who::Member(me), id)?.ok_or(Error::NotFound)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(ret)))
}

#[utoipa::path(get, path = "/api/v1/me/returns/{id}", tag = "service", security(("bearer" = [])),
    params(("id" = i64, Path, description = "Return id")),
    responses((status = 200, description = "The return with every step", body = ReturnRequest),
              (status = 404, description = "`not_found` (also someone else's)", body = Problem, content_type = "application/problem+json")))]
pub async fn my_return(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ReturnRequest>, ApiError> {
    auth.run(&state, move |c, me| db::get(c, Who::Member(me), id))
        .await?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

#[utoipa::path(get, path = "/api/v1/exhibitor/returns", tag = "exhibitor", params(PageQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The exhibitor's returns, newest first", body = Page<ReturnRequest>),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json")))]
pub async fn staff_returns(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Returns>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<Page<ReturnRequest>>, ApiError> {
    let (page, limit) = paging(&q)?;
    let who = Who::Staff {
        user_id: staff.user_id,
        exhibitor_id: staff.exhibitor_id,
    };
    Ok(Json(
        state
            .db
            .call(move |c| db::list(c, who, page, limit))
            .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/exhibitor/returns/{id}/decision", tag = "exhibitor",
    request_body = ReturnDecision, security(("bearer" = [])),
    params(("id" = i64, Path, description = "Return id")),
    responses((status = 200, description = "Decided; the member is told", body = ReturnRequest),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found` (also another exhibitor's)", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`wrong_status`: not the next step", body = Problem, content_type = "application/problem+json")))]
pub async fn decide(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::Returns>,
    ApiPath(id): ApiPath<i64>,
    ApiJson(d): ApiJson<ReturnDecision>,
) -> Result<Json<ReturnRequest>, ApiError> {
    ApiError::check(d.validate())?;
    let who = Who::Staff {
        user_id: staff.user_id,
        exhibitor_id: staff.exhibitor_id,
    };
    let ret = state
        .db
        .call(move |c| {
            let by = (staff.exhibitor_id, staff.user_id);
            crate::domain::service::decide_return(c, by, id, &d, Utc::now())?;
            db::get(c, who, id)?.ok_or(Error::NotFound)
        })
        .await?;
    Ok(Json(ret))
}
