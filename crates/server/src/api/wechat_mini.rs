//! Inside the organizer's Mini Program: the host signs the visitor in with `wx.login`'s code and
//! hands the web-view a one-use ticket, which the page exchanges for a session. The page never
//! sees the code, and the Mini Program never sees the session.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use chrono::Utc;
use expocx_contract::{Problem, Session, WechatMiniCode, WechatMiniExchange, WechatMiniTicket};

use super::extract::{attempt, ApiJson, ClientIp};
use super::wechat::unreachable;
use super::ApiError;
use crate::db::auth::wechat as db;
use crate::limits::Limit;
use crate::wechat::{mini, ExchangeError};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/wechat/mini", post(ticket))
        .route("/auth/wechat/mini/session", post(session))
}

#[utoipa::path(post, path = "/api/v1/auth/wechat/mini", tag = "auth", request_body = WechatMiniCode,
    responses((status = 201, description = "A ticket for the web-view, valid once for `expires_in` seconds (an account is made on the first sign-in; one account per person across the official account and the Mini Program when WeChat gives a unionid)", body = WechatMiniTicket),
              (status = 404, description = "`not_found`: this backend has no Mini Program sign-in", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: WeChat refused the code (`code`)", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many sign-ins from this address", body = Problem, content_type = "application/problem+json"),
              (status = 502, description = "`internal`: WeChat could not be reached", body = Problem, content_type = "application/problem+json")))]
pub async fn ticket(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(req): ApiJson<WechatMiniCode>,
) -> Result<(StatusCode, Json<WechatMiniTicket>), ApiError> {
    let cfg = state.wechat_mini.clone().ok_or_else(ApiError::not_found)?;
    attempt(&state.limits, Limit::SignInAddress, &ip)?;
    if req.code.is_empty() || req.code.len() > 200 {
        return Err(ApiError::invalid("code"));
    }
    let who = match mini::code_to_session(&cfg, &state.http, &req.code).await {
        Ok(who) => who,
        Err(ExchangeError::Refused) => return Err(ApiError::invalid("code")),
        Err(e) => return Err(unreachable(e)),
    };
    let ticket = state
        .db
        .call(move |c| {
            let user = db::account(c, &who)?;
            db::new_ticket(c, user.id, Utc::now())
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(WechatMiniTicket {
            ticket,
            expires_in: db::TICKET_LIFETIME_SECS as u32,
        }),
    ))
}

#[utoipa::path(post, path = "/api/v1/auth/wechat/mini/session", tag = "auth", request_body = WechatMiniExchange,
    responses((status = 200, description = "Signed in", body = Session),
              (status = 422, description = "`validation_failed`: the ticket is unknown, used or older than its `expires_in` (`ticket`)", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many sign-ins from this address", body = Problem, content_type = "application/problem+json")))]
pub async fn session(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(req): ApiJson<WechatMiniExchange>,
) -> Result<Json<Session>, ApiError> {
    attempt(&state.limits, Limit::SignInAddress, &ip)?;
    if req.ticket.len() > 128 {
        return Err(ApiError::invalid("ticket"));
    }
    let user = state
        .db
        .call(move |c| db::take_ticket(c, &req.ticket, Utc::now()))
        .await?
        .ok_or_else(|| ApiError::invalid("ticket"))?;
    Ok(Json(super::auth::start_session(&state, user).await?))
}
