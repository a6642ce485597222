//! Sign-in with WeChat (inside WeChat's browser): start, and exchange what WeChat sent back.

use axum::extract::State;
use axum::routing::get;
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    Problem, WechatExchange, WechatJsConfig, WechatJsConfigQuery, WechatSignedIn, WechatStart,
    WechatStartQuery,
};

use super::extract::{attempt, ApiJson, ApiQuery, ClientIp};
use super::ApiError;
use crate::db::auth::wechat as db;
use crate::limits::Limit;
use crate::wechat::{authorize_url, exchange, jssdk, ExchangeError};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/wechat", get(start).post(finish))
        .route("/wechat/js-config", get(js_config))
}

#[utoipa::path(get, path = "/api/v1/wechat/js-config", tag = "auth", params(WechatJsConfigQuery),
    responses((status = 200, description = "What `wx.config` takes for this page", body = WechatJsConfig),
              (status = 404, description = "`not_found`: this backend is not configured for WeChat", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `url` is not a page of this site", body = Problem, content_type = "application/problem+json"),
              (status = 502, description = "`internal`: WeChat could not be reached or refused this app's credentials", body = Problem, content_type = "application/problem+json")))]
pub async fn js_config(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<WechatJsConfigQuery>,
) -> Result<Json<WechatJsConfig>, ApiError> {
    let cfg = state.wechat.clone().ok_or_else(ApiError::not_found)?;
    let url =
        jssdk::page_url(&cfg.public_origin, &q.url).ok_or_else(|| ApiError::invalid("url"))?;
    let ticket = state
        .wechat_tickets
        .ticket(&cfg, &state.http)
        .await
        .map_err(unreachable)?;
    let timestamp = Utc::now().timestamp();
    let nonce_str = crate::ids::random_hex(8);
    Ok(Json(WechatJsConfig {
        signature: jssdk::signature(&ticket, &nonce_str, timestamp, url),
        app_id: cfg.app_id.clone(),
        timestamp,
        nonce_str,
    }))
}

/// WeChat could not be asked, or refused this app: a 502 that says which.
pub(super) fn unreachable(e: ExchangeError) -> ApiError {
    let why = match e {
        ExchangeError::Refused => "WeChat refused this app's credentials".to_string(),
        ExchangeError::Unreachable(why) => why,
    };
    ApiError::new(502, expocx_contract::ErrorCode::Internal, &why)
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
    let field = ApiError::invalid;
    if req.code.len() > 200 || req.state.len() > 64 {
        return Err(field("code"));
    }
    let st = req.state.clone();
    let (scope, next) = state
        .db
        .call(move |c| db::take_state(c, &st, Utc::now()))
        .await?
        .ok_or_else(|| field("state"))?;
    let who = match exchange(&cfg, &state.http, &req.code, scope).await {
        Ok(found) => found,
        Err(ExchangeError::Refused) => return Err(field("code")),
        Err(e) => return Err(unreachable(e)),
    };
    let user = state.db.call(move |c| db::account(c, &who)).await?;
    let session = super::auth::start_session(&state, user).await?;
    Ok(Json(WechatSignedIn { session, next }))
}
