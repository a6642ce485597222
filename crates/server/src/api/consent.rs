//! Consent per purpose, its receipts, behaviour events (consent-checked here, never trusting the
//! client alone), and the visitor's data export and erasure.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::Utc;
use expocx_contract::{
    purpose, ConsentPolicy, ConsentReceipt, ConsentState, ConsentUpdate, DataExport,
    DeletionReceipt, DeletionRequest, ErrorCode, EventBatch, FieldError, FieldErrorCode, Problem,
};
use serde::Deserialize;

use super::extract::{ApiJson, ApiQuery, AuthUser, MaybeUser};
use super::ApiError;
use crate::db::consent::{self as db, Subject};
use crate::db::personal_data;
use crate::AppState;

const MAX_EVENTS: usize = 100;

/// A device id is random and opaque: 8 to 64 letters, digits or dashes.
pub fn valid_device_id(id: &str) -> bool {
    (8..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn device_or_error(id: Option<&str>) -> Result<Option<String>, ApiError> {
    match id {
        None => Ok(None),
        Some(d) if valid_device_id(d) => Ok(Some(d.to_string())),
        Some(_) => Err(ApiError::validation(vec![FieldError::new(
            "device_id",
            FieldErrorCode::InvalidValue,
        )])),
    }
}

/// Whose consent a request is about: the account when signed in, else the device (whose id is
/// checked and returned too), else a validation error.
fn subject(
    user: &MaybeUser,
    device_id: Option<&str>,
) -> Result<(Subject, Option<String>), ApiError> {
    let device = device_or_error(device_id)?;
    let subject = match (&user.0, &device) {
        (Some(u), _) => Subject::User(u.user.id),
        (None, Some(d)) => Subject::Device(d.clone()),
        (None, None) => {
            return Err(ApiError::validation(vec![FieldError::new(
                "device_id",
                FieldErrorCode::Required,
            )]))
        }
    };
    Ok((subject, device))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DeviceQuery {
    /// Anonymous visitors: this browser's device id.
    pub device_id: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/consent/policy", tag = "consent",
    responses((status = 200, description = "The current privacy policy and its purposes", body = ConsentPolicy)))]
pub async fn policy(State(state): State<AppState>) -> Result<Json<ConsentPolicy>, ApiError> {
    Ok(Json(state.db.call(|c| db::policy(c)).await?))
}

#[utoipa::path(get, path = "/api/v1/consent", tag = "consent", params(DeviceQuery),
    security((), ("bearer" = [])),
    responses((status = 200, description = "Current decisions of the account (signed in) or the device", body = ConsentState),
              (status = 422, description = "`validation_failed`: neither signed in nor a valid device id", body = Problem, content_type = "application/problem+json")))]
pub async fn get_state(
    State(state): State<AppState>,
    user: MaybeUser,
    ApiQuery(q): ApiQuery<DeviceQuery>,
) -> Result<Json<ConsentState>, ApiError> {
    let (subject, _) = subject(&user, q.device_id.as_deref())?;
    Ok(Json(state.db.call(move |c| db::state(c, &subject)).await?))
}

#[utoipa::path(put, path = "/api/v1/consent", tag = "consent", request_body = ConsentUpdate,
    security((), ("bearer" = [])),
    responses((status = 200, description = "Recorded; each change is a receipt", body = ConsentState),
              (status = 409, description = "`policy_outdated`: decided under an older policy", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn put_state(
    State(state): State<AppState>,
    user: MaybeUser,
    ApiJson(update): ApiJson<ConsentUpdate>,
) -> Result<Json<ConsentState>, ApiError> {
    let (subject, device) = subject(&user, update.device_id.as_deref())?;
    Ok(Json(
        state
            .db
            .call(move |c| {
                let state = db::record(c, &subject, device.as_deref(), &update)?;
                // Withdrawal acts at once: the profile goes, a running marketing offer ends.
                if let Subject::User(u) = subject {
                    if !state.allows(purpose::PERSONALIZATION) {
                        crate::db::commerce::delete_interests(c, u)?;
                    }
                    crate::db::commerce::withdraw_offers(c, u)?;
                }
                Ok(state)
            })
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/consent/receipts", tag = "consent", params(DeviceQuery),
    security((), ("bearer" = [])),
    responses((status = 200, description = "Every consent change, newest first", body = Vec<ConsentReceipt>)))]
pub async fn receipts(
    State(state): State<AppState>,
    user: MaybeUser,
    ApiQuery(q): ApiQuery<DeviceQuery>,
) -> Result<Json<Vec<ConsentReceipt>>, ApiError> {
    let (subject, _) = subject(&user, q.device_id.as_deref())?;
    Ok(Json(
        state.db.call(move |c| db::receipts(c, &subject)).await?,
    ))
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct EventsAccepted {
    pub accepted: usize,
}

#[utoipa::path(post, path = "/api/v1/events", tag = "consent", request_body = EventBatch,
    security((), ("bearer" = [])),
    responses((status = 202, description = "Stored", body = EventsAccepted),
              (status = 403, description = "`consent_required`: no analytics consent; nothing stored", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn events(
    State(state): State<AppState>,
    user: MaybeUser,
    ApiJson(batch): ApiJson<EventBatch>,
) -> Result<(StatusCode, Json<EventsAccepted>), ApiError> {
    let mut errors = Vec::new();
    if !valid_device_id(&batch.device_id) {
        errors.push(FieldError::new("device_id", FieldErrorCode::InvalidValue));
    }
    if batch.events.len() > MAX_EVENTS {
        errors
            .push(FieldError::new("events", FieldErrorCode::TooLong).with_limit(MAX_EVENTS as i64));
    }
    if batch.events.iter().any(|e| {
        e.name.is_empty()
            || e.name.len() > 40
            || !e.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
    }) {
        errors.push(FieldError::new("events", FieldErrorCode::InvalidValue));
    }
    ApiError::check(errors)?;
    let user_id = user.0.as_ref().map(|u| u.user.id);
    let subject = match user_id {
        Some(id) => Subject::User(id),
        None => Subject::Device(batch.device_id.clone()),
    };
    let accepted = state
        .db
        .call(move |c| {
            if !db::allows(c, &subject, purpose::ANALYTICS)? {
                return Err(ApiError::new(
                    403,
                    ErrorCode::ConsentRequired,
                    "No analytics consent",
                ));
            }
            db::store_events(c, user_id, &batch.device_id, &batch.events)
        })
        .await?;
    Ok((StatusCode::ACCEPTED, Json(EventsAccepted { accepted })))
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
    let device = device_or_error(q.device_id.as_deref())?;
    let user_id = auth.user.id;
    let sections = state
        .db
        .call(move |c| personal_data::export(c, user_id, device.as_deref()))
        .await?;
    let export = DataExport {
        generated_at: Utc::now(),
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
              (status = 422, description = "`validation_failed`: the confirmation email does not match", body = Problem, content_type = "application/problem+json")))]
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
    let device = device_or_error(req.device_id.as_deref())?;
    let user_id = auth.user.id;
    let (removed, anonymized) = state
        .db
        .call(move |c| personal_data::erase(c, user_id, device.as_deref()))
        .await?;
    Ok(Json(DeletionReceipt {
        receipt_id: format!("DEL-{}", &super::auth::new_token()[..20].to_uppercase()),
        deleted_at: Utc::now(),
        removed,
        anonymized,
    }))
}
