//! The member's account: profile, address book, password, and signing out everywhere.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::Json;
use axum::Router;
use expocx_contract::{
    AddressInput, FieldError, FieldErrorCode, PasswordChange, Problem, Profile, SavedAddress,
};

use super::extract::{attempt, ApiJson, ApiPath, AuthUser};
use super::ApiError;
use crate::db::{account as db, auth as db_auth};
use crate::limits::Limit;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/logout-all", post(logout_all))
        .route("/me/profile", get(get_profile).put(put_profile))
        .route("/me/addresses", get(addresses).post(add_address))
        .route(
            "/me/addresses/{id}",
            put(update_address).delete(delete_address),
        )
        .route("/me/password", post(change_password))
}

#[utoipa::path(get, path = "/api/v1/me/profile", tag = "account", security(("bearer" = [])),
    responses((status = 200, description = "The member's profile", body = Profile)))]
pub async fn get_profile(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Profile>, ApiError> {
    Ok(Json(auth.run(&state, |c, me| db::profile(c, me)).await?))
}

#[utoipa::path(put, path = "/api/v1/me/profile", tag = "account", request_body = Profile,
    security(("bearer" = [])),
    responses((status = 200, description = "Saved; the profile as stored", body = Profile)))]
pub async fn put_profile(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(profile): ApiJson<Profile>,
) -> Result<Json<Profile>, ApiError> {
    ApiError::check(profile.validate())?;
    Ok(Json(
        auth.run(&state, move |c, me| db::save_profile(c, me, &profile))
            .await?,
    ))
}

#[utoipa::path(get, path = "/api/v1/me/addresses", tag = "account", security(("bearer" = [])),
    responses((status = 200, description = "The address book, the default first", body = Vec<SavedAddress>)))]
pub async fn addresses(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<Json<Vec<SavedAddress>>, ApiError> {
    let user_id = auth.user.id;
    Ok(Json(
        state.db.call(move |c| db::addresses(c, user_id)).await?,
    ))
}

fn valid(input: &AddressInput) -> Result<(), ApiError> {
    ApiError::check(input.address.validate("address."))
}

#[utoipa::path(post, path = "/api/v1/me/addresses", tag = "account", request_body = AddressInput,
    security(("bearer" = [])),
    responses((status = 201, description = "Saved (the first address becomes the default)", body = SavedAddress),
              (status = 422, description = "`validation_failed`, also when the book is full (`addresses`, `too_long`)", body = Problem, content_type = "application/problem+json")))]
pub async fn add_address(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(input): ApiJson<AddressInput>,
) -> Result<(StatusCode, Json<SavedAddress>), ApiError> {
    valid(&input)?;
    let saved = auth
        .run(&state, move |c, me| db::add_address(c, me, &input))
        .await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

#[utoipa::path(put, path = "/api/v1/me/addresses/{id}", tag = "account", request_body = AddressInput,
    security(("bearer" = [])), params(("id" = i64, Path, description = "Address id")),
    responses((status = 200, description = "Saved", body = SavedAddress)))]
pub async fn update_address(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(input): ApiJson<AddressInput>,
) -> Result<Json<SavedAddress>, ApiError> {
    valid(&input)?;
    Ok(Json(
        auth.run(&state, move |c, me| db::update_address(c, me, id, &input))
            .await?,
    ))
}

#[utoipa::path(delete, path = "/api/v1/me/addresses/{id}", tag = "account",
    security(("bearer" = [])), params(("id" = i64, Path, description = "Address id")),
    responses((status = 204, description = "Deleted")))]
pub async fn delete_address(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    auth.run(&state, move |c, me| db::delete_address(c, me, id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/me/password", tag = "account", request_body = PasswordChange,
    security(("bearer" = [])),
    responses((status = 204, description = "Changed; every other session of the account has ended"),
              (status = 422, description = "`validation_failed`: `current_password` wrong, or `new_password` out of bounds", body = Problem, content_type = "application/problem+json")))]
pub async fn change_password(
    State(state): State<AppState>,
    auth: AuthUser,
    ApiJson(req): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    ApiError::check(req.validate())?;
    let user_id = auth.user.id;
    let account = auth.user.email.to_lowercase();
    attempt(&state.limits, Limit::SignInAccount, &account)?;
    let stored = state
        .db
        .call(move |c| db_auth::password_hash(c, user_id))
        .await?;
    if !state.hasher.verify(req.current_password, stored).await? {
        return Err(ApiError::validation(vec![FieldError::new(
            "current_password",
            FieldErrorCode::InvalidValue,
        )]));
    }
    state.limits.clear(Limit::SignInAccount, &account);
    let hash = state
        .hasher
        .hash(req.new_password)
        .await?
        .map_err(ApiError::internal)?;
    let keep = auth.token_hash;
    state
        .db
        .call(move |c| db_auth::set_password(c, user_id, &hash, &keep))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/auth/logout-all", tag = "auth", security(("bearer" = [])),
    responses((status = 204, description = "Every session of the account has ended, this one too")))]
pub async fn logout_all(
    State(state): State<AppState>,
    auth: AuthUser,
) -> Result<StatusCode, ApiError> {
    auth.run(&state, |c, me| {
        db_auth::delete_sessions_of(c, me).map(|_| ())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
