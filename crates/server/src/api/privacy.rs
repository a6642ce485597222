//! The visitor's data export and erasure: every personal table, by account, plus what this
//! browser recorded anonymously (by the device key it holds).

use axum::extract::State;
use axum::routing::{delete, get};
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{
    DataExport, DeletionReceipt, DeletionRequest, FieldError, FieldErrorCode, Problem,
};

use super::consent::DeviceQuery;
use super::extract::{attempt, ApiJson, ApiQuery, AuthUser};
use super::ApiError;
use crate::db::{devices, personal_data};
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me/export", get(export))
        .route("/me", delete(delete_me))
}

#[utoipa::path(get, path = "/api/v1/me/export", tag = "consent", params(DeviceQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "Everything held about the account, as portable JSON", body = DataExport),
              (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json")))]
pub async fn export(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiQuery(q): ApiQuery<DeviceQuery>,
) -> Result<impl axum::response::IntoResponse, ApiError> {
    let user_id = auth.user.id;
    let device = q.device_id;
    let sections = state
        .db
        .call(move |c| {
            let device = device.map(|d| devices::resolve(c, &d)).transpose()?;
            personal_data::export(c, user_id, device.as_deref())
        })
        .await?;
    let export = DataExport {
        generated_at: Utc::now().into(),
        format: "expocx-export/1".into(),
        sections,
    };
    // Pretty-printed: people read this file, not only programs.
    let body =
        serde_json::to_string_pretty(&export).map_err(|e| ApiError::internal(e.to_string()))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"expocx-my-data.json\"",
            ),
        ],
        body,
    ))
}

#[utoipa::path(delete, path = "/api/v1/me", tag = "consent", request_body = DeletionRequest,
    security(("bearer" = [])),
    responses((status = 200, description = "Everything identifying is gone; sessions are revoked", body = DeletionReceipt),
              (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
              (status = 409, description = "`last_owner`: the account is the only owner of an exhibitor's team that has other members; make one of them owner first", body = Problem, content_type = "application/problem+json"),
              (status = 429, description = "`rate_limited`: too many wrong passwords", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: the confirmation email or the password does not match, or an unknown device key", body = Problem, content_type = "application/problem+json")))]
pub async fn delete_me(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(req): ApiJson<DeletionRequest>,
) -> Result<Json<DeletionReceipt>, ApiError> {
    if !req
        .confirm_email
        .trim()
        .eq_ignore_ascii_case(auth.user.email.trim())
    {
        return Err(ApiError::validation(vec![FieldError::new(
            "confirm_email",
            FieldErrorCode::InvalidValue,
        )]));
    }
    // The password again: a session left open on a shared phone cannot erase the account.
    let user_id = auth.user.id;
    let stored = state
        .db
        .call(move |c| crate::db::auth::password_hash(c, user_id))
        .await?;
    attempt(
        &state.limits,
        Limit::SignInAccount,
        &auth.user.email.to_lowercase(),
    )?;
    if !state.hasher.verify(req.password, stored).await? {
        return Err(ApiError::validation(vec![FieldError::new(
            "password",
            FieldErrorCode::InvalidValue,
        )]));
    }
    state
        .limits
        .clear(Limit::SignInAccount, &auth.user.email.to_lowercase());
    let device = req.device_id;
    let (removed, anonymized) = state
        .db
        .call(move |c| {
            crate::domain::team::before_erasure(c, user_id, Utc::now())?;
            crate::domain::quotes::before_erasure(c, user_id, Utc::now())?;
            crate::domain::leads::before_erasure(c, user_id)?;
            let device = device.map(|d| devices::resolve(c, &d)).transpose()?;
            personal_data::erase(c, user_id, device.as_deref())
        })
        .await?;
    Ok(Json(DeletionReceipt {
        receipt_id: crate::ids::receipt_id("DEL"),
        deleted_at: Utc::now().into(),
        removed,
        anonymized,
    }))
}
