//! The member's badge, booth staff scanning it (each scan on the visitor's lead), and the
//! visitor's per-exhibitor decision to share their contact, asked at an exhibitor's first scan.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::{Duration, Utc};
use expocx_contract::leads::{BadgeKey, ContactShare, ContactShareDecision};
use expocx_contract::{Badge, BadgeScan, FieldError, FieldErrorCode, Problem, ScannedVisitor};

use super::auth::{idempotency_key, request_hash};
use super::extract::{attempt, cap, ApiJson, ApiPath, AuthUser, Can};
use super::ApiError;
use crate::domain::badges as domain;
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me/badge", get(badge).post(renew_badge))
        .route("/exhibitor/badge-scans", post(scan_badge))
        .route("/exhibitor/badge-key", get(badge_key))
        .route("/me/contact-shares", get(contact_shares))
        .route("/me/contact-shares/{exhibitor_id}", put(decide))
}

#[utoipa::path(get, path = "/api/v1/me/badge", tag = "account", security(("bearer" = [])),
    responses((status = 200, description = "The member's badge code (made on first use) and whether any exhibitor's scans show contact details", body = Badge)))]
pub async fn badge(State(state): State<AppState>, auth: AuthUser) -> Result<Json<Badge>, ApiError> {
    Ok(Json(
        auth.run(&state, |c, me| domain::badge(c, me, Utc::now()))
            .await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/me/badge", tag = "account", security(("bearer" = [])),
    responses((status = 201, description = "A new code; the old one no longer scans", body = Badge)))]
pub async fn renew_badge(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<(StatusCode, Json<Badge>), ApiError> {
    let badge = auth
        .run(&state, |c, me| domain::renew(c, me, Utc::now()))
        .await?;
    Ok((StatusCode::CREATED, Json(badge)))
}

#[utoipa::path(get, path = "/api/v1/exhibitor/badge-key", tag = "exhibitor", security(("bearer" = [])),
    responses((status = 200, description = "The public key badge codes are signed with: booth staff's phones keep it and refuse a foreign or mistyped code with no signal. It stays the same until the organizer replaces it", body = BadgeKey),
              (status = 403, description = "`forbidden`: a role without badge scans", body = Problem, content_type = "application/problem+json")))]
pub async fn badge_key(
    State(state): State<AppState>,
    Can(_staff, _): Can<cap::BadgeScan>,
) -> Result<Json<BadgeKey>, ApiError> {
    Ok(Json(
        state.db.call(|c| domain::public_key(c, Utc::now())).await?,
    ))
}

#[utoipa::path(post, path = "/api/v1/exhibitor/badge-scans", tag = "exhibitor", request_body = BadgeScan,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "A scan queued offline and sent again with its key counts once")),
    responses((status = 200, description = "The visitor's tier, contact details only if they share them with this exhibitor, and the lead the scan is on. At this exhibitor's first scan the visitor is asked on their phone whether to share", body = ScannedVisitor),
              (status = 403, description = "`forbidden`: not an exhibitor account", body = Problem, content_type = "application/problem+json"),
              (status = 404, description = "`not_found`: not a badge: its signature is not the server's (a foreign or mistyped code), or a replaced one", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`: `code` over 160 characters, `scanned_at` in the future or over 7 days ago; the same `Idempotency-Key` with another body", body = Problem, content_type = "application/problem+json")))]
pub async fn scan_badge(
    State(state): State<AppState>,
    Can(staff, _): Can<cap::BadgeScan>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<BadgeScan>,
) -> Result<Json<ScannedVisitor>, ApiError> {
    attempt(
        &state.limits,
        Limit::BadgeScans,
        &staff.exhibitor_id.to_string(),
    )?;
    let now = Utc::now();
    let mut errors = Vec::new();
    if req.code.len() > 160 {
        errors.push(FieldError::new("code", FieldErrorCode::TooLong).with_limit(160));
    }
    let at = match req.scanned_at.map(chrono::DateTime::<Utc>::from) {
        Some(t) if t > now + Duration::minutes(5) || t < now - Duration::days(7) => {
            errors.push(FieldError::new("scanned_at", FieldErrorCode::OutOfRange));
            now
        }
        Some(t) => t.min(now),
        None => now,
    };
    ApiError::check(errors)?;
    let key = idempotency_key(&headers)?;
    let hash = request_hash(&req);
    let who = (staff.exhibitor_id, staff.user_id);
    Ok(Json(
        state
            .db
            .call(move |c| {
                let key = key.as_deref().map(|k| (k, hash.as_str()));
                domain::scan(c, who, &req.code, key, at)
            })
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/me/contact-shares", tag = "privacy", security(("bearer" = [])),
    responses((status = 200, description = "Every exhibitor that scanned the member's badge, last scan first, and whether the member shares their contact with it (`asked`: not answered yet), with the receipt of the last decision", body = Vec<ContactShare>)))]
pub async fn contact_shares(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Vec<ContactShare>>, ApiError> {
    Ok(Json(
        auth.run(&state, |c, me| domain::contact_shares(c, me))
            .await?,
    ))
}

#[utoipa::path(put, path = "/api/v1/me/contact-shares/{exhibitor_id}", tag = "privacy", request_body = ContactShareDecision, security(("bearer" = [])),
    params(("exhibitor_id" = i64, Path, description = "An exhibitor that scanned the member's badge")),
    responses((status = 200, description = "Decided, with a consent receipt naming the exhibitor; withdrawing takes the contact off that exhibitor's lead, views and exports at once", body = ContactShare),
              (status = 404, description = "`not_found`: this exhibitor never scanned the member's badge", body = Problem, content_type = "application/problem+json")))]
pub async fn decide(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(exhibitor_id): ApiPath<i64>,
    ApiJson(d): ApiJson<ContactShareDecision>,
) -> Result<Json<ContactShare>, ApiError> {
    Ok(Json(
        auth.run(&state, move |c, me| {
            domain::decide(c, me, exhibitor_id, &d, Utc::now())
        })
        .await?,
    ))
}
