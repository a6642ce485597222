//! Device keys, consent per purpose, its receipts, and behaviour events (consent-checked here,
//! never trusting the client alone).

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use expocx_contract::{
    purpose, ConsentPolicy, ConsentReceipt, ConsentState, ConsentUpdate, DeviceKey, EventBatch,
    FieldError, FieldErrorCode, Problem,
};
use serde::Deserialize;

use super::extract::{attempt, ApiJson, ApiQuery, ClientIp, MaybeUser};
use super::ApiError;
use crate::db::consent::{self as db, Subject};
use crate::db::devices;
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/consent/policy", get(policy))
        .route("/consent", get(get_state).put(put_state))
        .route("/consent/receipts", get(receipts))
        .route("/events", post(events))
        .route("/devices", post(issue_device))
}

const MAX_EVENTS: usize = 100;

/// Whose consent a request is about: the account when signed in, else the device whose key
/// the server issued. Resolved inside the database call.
#[derive(Clone)]
enum Who {
    User(i64),
    Device(String),
}

fn who(user: &MaybeUser, device_id: Option<&str>) -> Result<Who, ApiError> {
    match (&user.0, device_id) {
        (Some(u), _) => Ok(Who::User(u.user.id)),
        (None, Some(d)) => Ok(Who::Device(d.to_string())),
        (None, None) => Err(ApiError::validation(vec![FieldError::new(
            "device_id",
            FieldErrorCode::Required,
        )])),
    }
}

fn resolve(c: &rusqlite::Connection, who: Who) -> crate::db::Result<Subject> {
    Ok(match who {
        Who::User(id) => Subject::User(id),
        Who::Device(key) => Subject::Device(devices::resolve(c, &key)?),
    })
}

#[utoipa::path(post, path = "/api/v1/devices", tag = "consent",
    responses((status = 201, description = "A new device key for this browser", body = DeviceKey),
              (status = 429, description = "`rate_limited`", body = Problem, content_type = "application/problem+json")))]
pub async fn issue_device(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
) -> Result<(StatusCode, Json<DeviceKey>), ApiError> {
    attempt(&state.limits, Limit::DeviceKeysAddress, &ip)?;
    let key = crate::ids::new_token();
    let hash = crate::ids::hash_secret(&key);
    state.db.call(move |c| devices::register(c, &hash)).await?;
    Ok((StatusCode::CREATED, Json(DeviceKey { device_id: key })))
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
    let who = who(&user, q.device_id.as_deref())?;
    Ok(Json(
        state
            .db
            .call(move |c| db::state(c, &resolve(c, who)?))
            .await?,
    ))
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
    let who = who(&user, update.device_id.as_deref())?;
    Ok(Json(
        state
            .db
            .call(move |c| {
                let subject = resolve(c, who)?;
                // A withdrawal acts at once (`domain::consent::record`).
                crate::domain::consent::record(c, &subject, &update)
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
    let who = who(&user, q.device_id.as_deref())?;
    Ok(Json(
        state
            .db
            .call(move |c| db::receipts(c, &resolve(c, who)?))
            .await?,
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
    if batch.events.len() > MAX_EVENTS {
        errors
            .push(FieldError::new("events", FieldErrorCode::TooLong).with_limit(MAX_EVENTS as i64));
    }
    if batch.events.iter().any(|e| !e.name.is_well_formed()) {
        errors.push(FieldError::new("events", FieldErrorCode::InvalidValue));
    }
    ApiError::check(errors)?;
    let user_id = user.0.as_ref().map(|u| u.user.id);
    let accepted = state
        .db
        .call(move |c| {
            let device = devices::resolve(c, &batch.device_id)?;
            let subject = match user_id {
                Some(id) => Subject::User(id),
                None => Subject::Device(device.clone()),
            };
            crate::domain::consent::require(c, &subject, purpose::ANALYTICS)?;
            db::store_events(c, user_id, &device, &batch.events)
        })
        .await?;
    Ok((StatusCode::ACCEPTED, Json(EventsAccepted { accepted })))
}
