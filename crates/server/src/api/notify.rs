//! Notification preferences and the in-app inbox.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{Inbox, MarkRead, NotificationPrefs, PageQuery, Problem};

use super::extract::{ApiJson, ApiQuery, AuthUser};
use super::ApiError;
use crate::db::notify as db;
use crate::domain::notify as domain;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/me/notification-preferences",
            get(get_prefs).put(put_prefs),
        )
        .route("/me/notifications", get(inbox))
        .route("/me/notifications/read", post(mark_read))
}

#[utoipa::path(get, path = "/api/v1/me/notification-preferences", tag = "notifications",
    security(("bearer" = [])),
    responses((status = 200, description = "Channels per kind of message as they apply now (offers never on a channel without its consent), quiet hours, weekly offer cap", body = NotificationPrefs)))]
pub async fn get_prefs(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<NotificationPrefs>, ApiError> {
    Ok(Json(auth.run(&state, |c, me| domain::prefs(c, me)).await?))
}

#[utoipa::path(put, path = "/api/v1/me/notification-preferences", tag = "notifications",
    request_body = NotificationPrefs, security(("bearer" = [])),
    responses((status = 200, description = "Saved; the preferences as they apply", body = NotificationPrefs),
              (status = 403, description = "`consent_required`: offers on a channel whose marketing consent is not given; nothing stored", body = Problem, content_type = "application/problem+json")))]
pub async fn put_prefs(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(prefs): ApiJson<NotificationPrefs>,
) -> Result<Json<NotificationPrefs>, ApiError> {
    ApiError::check(prefs.validate())?;
    Ok(Json(
        auth.run(&state, move |c, me| {
            domain::save_prefs(c, me, prefs, Utc::now())
        })
        .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/me/notifications", tag = "notifications",
    params(PageQuery), security(("bearer" = [])),
    responses((status = 200, description = "The in-app inbox, newest first, with the unread count", body = Inbox)))]
pub async fn inbox(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<Json<Inbox>, ApiError> {
    let (page, limit) = super::paging::page_query(&query)?;
    Ok(Json(
        auth.run(&state, move |c, me| db::inbox(c, me, page, limit))
            .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/me/notifications/read", tag = "notifications",
    request_body = MarkRead, security(("bearer" = [])),
    responses((status = 204, description = "The member's messages up to `up_to` are read")))]
pub async fn mark_read(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(req): ApiJson<MarkRead>,
) -> Result<StatusCode, ApiError> {
    auth.run(&state, move |c, me| {
        db::mark_read(c, me, req.up_to, Utc::now())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
