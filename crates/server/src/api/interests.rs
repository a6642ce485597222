//! The account's interest profile (personalization consent only).

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Json;
use axum::Router;
use chrono::Utc;
use expocx_contract::{purpose, FieldError, FieldErrorCode, InterestProfile, Problem};

use super::extract::{ApiJson, AuthUser};
use super::ApiError;
use crate::db::consent::Subject;
use crate::db::interests as db;
use crate::domain::consent::{allows, require};
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/me/interests",
        get(get_interests)
            .put(put_interests)
            .delete(delete_interests),
    )
}

#[utoipa::path(get, path = "/api/v1/me/interests", tag = "personalization", security(("bearer" = [])),
    responses((status = 200, description = "The account's interest profile (empty without the personalization consent)", body = InterestProfile)))]
pub async fn get_interests(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<InterestProfile>, ApiError> {
    let user_id = auth.user.id;
    Ok(Json(
        state
            .db
            .call(move |c| {
                if allows(c, &Subject::User(user_id), purpose::PERSONALIZATION)? {
                    db::interests(c, user_id)
                } else {
                    Ok(InterestProfile::default())
                }
            })
            .await?,
    ))
}

#[utoipa::path(put, path = "/api/v1/me/interests", tag = "personalization", request_body = InterestProfile,
    security(("bearer" = [])),
    responses((status = 200, description = "This device's profile merged into the account's; the merged profile", body = InterestProfile),
              (status = 403, description = "`consent_required`: no personalization consent; nothing stored", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json")))]
pub async fn put_interests(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(profile): ApiJson<InterestProfile>,
) -> Result<Json<InterestProfile>, ApiError> {
    if !profile.is_well_formed() {
        return Err(ApiError::validation(vec![FieldError::new(
            "profile",
            FieldErrorCode::InvalidValue,
        )]));
    }
    let user_id = auth.user.id;
    Ok(Json(
        state
            .db
            .call(move |c| {
                require(c, &Subject::User(user_id), purpose::PERSONALIZATION)?;
                let now = Utc::now();
                let mut merged = db::interests(c, user_id)?;
                merged.merge(&profile, now.timestamp_millis());
                db::store_interests(c, user_id, &merged, now)?;
                Ok(merged)
            })
            .await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/me/interests", tag = "personalization", security(("bearer" = [])),
    responses((status = 204, description = "The account's interest profile is deleted")))]
pub async fn delete_interests(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<StatusCode, ApiError> {
    auth.run(&state, |c, me| db::delete_interests(c, me))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
