//! Sign-in with WeChat (inside WeChat's browser): start, and exchange what WeChat sent back.

use axum::extract::State;
use axum::routing::get;
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    FieldError, FieldErrorCode, Problem, WechatExchange, WechatSignedIn, WechatStart,
    WechatStartQuery,
};

use super::extract::{attempt, ApiJson, ApiQuery, ClientIp};
use super::ApiError;
use crate::db::auth::wechat as db;
use crate::limits::Limit;
use crate::wechat::{authorize_url, exchange, ExchangeError};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new().route("/auth/wechat", get(start).post(finish))
}

/// Only a path of this app may be where a sign-in comes back to.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && n.len() <= 500 =>
        {
            n.to_string()
        }
        _ => "/".into(),
    }
}

#[utoipa::path(get, path = "/api/v1/auth/wechat", tag = "auth", params(WechatStartQuery),
    responses((status = 200, description = "Send the browser to `authorize_url`", body = WechatStart),
              (status = 404, description = "`not_found`: this backend has no WeChat sign-in", body = Problem, content_type = "application/problem+json")))]
pub async fn start(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<WechatStartQuery>,
) -> Result<Json<WechatStart>, ApiError> {
    let cfg = state.wechat.clone().ok_or_else(ApiError::not_found)?;
    let next = safe_next(q.next.as_deref());
    let scope = q.scope;
    let st = state
        .db
        .call(move |c| db::new_state(c, scope, &next, Utc::now()))
        .await?;
    Ok(Json(WechatStart {
        authorize_url: authorize_url(&cfg, scope, &st),
    }))
}

#[utoipa::path(post, path = "/api/v1/auth/wechat", tag = "auth", request_body = WechatExchange,
    responses((status = 200, description = "Signed in (an account is made on the first sign-in)", body = WechatSignedIn),
              (status = 404, description = "`not_found`: this backend has no WeChat sign-in", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: the state is unknown, used or too old (`state`), or WeChat refused the code (`code`)", body = Problem, content_type = "application/problem+json"),
              (status = 502, description = "`internal`: WeChat could not be reached", body = Problem, content_type = "application/problem+json")))]
pub async fn finish(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(req): ApiJson<WechatExchange>,
) -> Result<Json<WechatSignedIn>, ApiError> {
    let cfg = state.wechat.clone().ok_or_else(ApiError::not_found)?;
    attempt(&state.limits, Limit::SignInAddress, &ip)?;
    let field =
        |f: &str| ApiError::validation(vec![FieldError::new(f, FieldErrorCode::InvalidValue)]);
    if req.code.len() > 200 || req.state.len() > 64 {
        return Err(field("code"));
    }
    let st = req.state.clone();
    let (scope, next) = state
        .db
        .call(move |c| db::take_state(c, &st, Utc::now()))
        .await?
        .ok_or_else(|| field("state"))?;
    let (openid, nickname) = match exchange(&cfg, &state.http, &req.code, scope).await {
        Ok(found) => found,
        Err(ExchangeError::Refused) => return Err(field("code")),
        Err(ExchangeError::Unreachable(why)) => {
            return Err(ApiError::new(
                502,
                expocx_contract::ErrorCode::Internal,
                &why,
            ))
        }
    };
    let user = state
        .db
        .call(move |c| db::account(c, &openid, nickname.as_deref()))
        .await?;
    let session = super::auth::start_session(&state, user).await?;
    Ok(Json(WechatSignedIn { session, next }))
}
