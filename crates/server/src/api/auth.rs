//! Register, sign in, sign out and the current account.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use expocx_contract::{
    ErrorCode, FieldError, LoginRequest, Problem, RegisterRequest, Role, Session, User,
};

use super::extract::{attempt, ApiJson, AuthUser, ClientIp};
use super::ApiError;
use crate::db::auth::{self as db_auth, NewUser};
use crate::db::idempotency::{self, StoredResponse};
use crate::ids::{hash_secret, new_token};
use crate::limits::Limit;
use crate::passwords::Busy;
use crate::AppState;

/// This resource's routes (under `/api/v1`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/register", post(register))
        .route("/auth/login", post(login))
        .route("/auth/logout", post(logout))
        .route("/auth/me", get(me))
}

impl From<Busy> for ApiError {
    fn from(_: Busy) -> Self {
        ApiError::rate_limited(std::time::Duration::from_secs(1))
    }
}

/// What identifies a request body for `Idempotency-Key` checks (never a password).
pub fn request_hash<T: serde::Serialize>(req: &T) -> String {
    hash_secret(&serde_json::to_string(req).unwrap_or_default())
}

pub(super) async fn start_session(state: &AppState, user: User) -> Result<Session, ApiError> {
    let token = new_token();
    let hash = hash_secret(&token);
    let user_id = user.id;
    let expires_at = state
        .db
        .call(move |c| db_auth::create_session(c, &hash, user_id))
        .await?;
    Ok(Session {
        token,
        expires_at: expires_at.into(),
        user,
    })
}

pub fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(v) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = v.to_str().unwrap_or("").trim();
    if key.is_empty() || key.len() > 200 {
        return Err(ApiError::malformed(
            "Idempotency-Key must be 1 to 200 visible characters",
        ));
    }
    Ok(Some(key.to_string()))
}

#[utoipa::path(post, path = "/api/v1/auth/register", tag = "auth",
    request_body = RegisterRequest,
    params(("Idempotency-Key" = Option<String>, Header,
        description = "Repeating the request with the same key and body signs in the account the first request created instead of failing with `email_taken`.")),
    responses(
        (status = 201, description = "Account created and signed in", body = Session),
        (status = 409, description = "`email_taken`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` or `idempotency_conflict`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn register(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ApiJson(req): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<Session>), ApiError> {
    ApiError::check(req.validate())?;
    let key = idempotency_key(&headers)?;
    // The replay check hashes the request without its password; a replay must still know the
    // password (checked against the argon2 hash), so a key alone never opens the account.
    let request_hash = request_hash(&(
        req.email.trim().to_lowercase(),
        &req.display_name,
        req.locale,
    ));
    if let Some(key) = key.clone() {
        let hash = request_hash.clone();
        let replayed = state
            .db
            .call(move |c| {
                let Some(id) = idempotency::replayed_id(c, "register", &key, &hash)? else {
                    return Ok(None);
                };
                Ok(db_auth::user_by_id(c, id)?.zip(db_auth::password_hash(c, id)?))
            })
            .await?;
        if let Some((user, stored)) = replayed {
            if !state
                .hasher
                .verify(req.password.clone(), Some(stored))
                .await?
            {
                return Err(ApiError::from(crate::db::Error::KeyReused));
            }
            return Ok((
                StatusCode::CREATED,
                Json(start_session(&state, user).await?),
            ));
        }
    }
    // Per address a hall's crowd, per email a handful, and a ceiling for the whole server.
    let identity = req.email.trim().to_lowercase();
    state
        .limits
        .sign_up(&ip, &identity, std::time::Instant::now())?;
    let password_hash = state
        .hasher
        .hash(req.password.clone())
        .await?
        .map_err(ApiError::internal)?;
    let email = req.email.trim().to_string();
    let display_name = req.display_name.trim().to_string();
    let locale = req.locale;
    let user = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let user = db_auth::create_user(
                &tx,
                &NewUser {
                    email: &email,
                    password_hash: &password_hash,
                    display_name: &display_name,
                    role: Role::Visitor,
                    exhibitor_id: None,
                    staff_role: None,
                    locale,
                },
            )?;
            if let (Some(user), Some(key)) = (&user, key) {
                let stored = StoredResponse {
                    request_hash,
                    status: 201,
                    body: user.id.to_string(),
                };
                idempotency::store_idempotent_response(
                    &tx,
                    "register",
                    &key,
                    &stored,
                    Some(user.id),
                )?;
            }
            tx.commit()?;
            Ok(user)
        })
        .await?
        .ok_or_else(|| {
            let mut p = Problem::new(409, ErrorCode::EmailTaken, "Email already registered");
            p.errors = vec![FieldError::new(
                "email",
                expocx_contract::FieldErrorCode::InvalidValue,
            )];
            ApiError(p)
        })?;
    Ok((
        StatusCode::CREATED,
        Json(start_session(&state, user).await?),
    ))
}

#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = Session),
        (status = 401, description = "`invalid_credentials`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<Json<Session>, ApiError> {
    ApiError::check(req.validate())?;
    let email = req.email.trim().to_lowercase();
    // Per client every attempt counts; per account only failures, and a success clears them.
    attempt(&state.limits, Limit::SignInAddress, &ip)?;
    state
        .limits
        .check(Limit::SignInAccount, &email, std::time::Instant::now())?;
    let lookup = email.clone();
    let found = state
        .db
        .call(move |c| db_auth::credentials(c, &lookup))
        .await?;
    let (user, hash) = found.map_or((None, None), |(u, h)| (Some(u), Some(h)));
    let ok = state.hasher.verify(req.password, hash).await?;
    match (user, ok) {
        (Some(user), true) => {
            state.limits.clear(Limit::SignInAccount, &email);
            Ok(Json(start_session(&state, user).await?))
        }
        _ => {
            state
                .limits
                .failed(Limit::SignInAccount, &email, std::time::Instant::now());
            Err(ApiError::new(
                401,
                ErrorCode::InvalidCredentials,
                "Email or password is wrong",
            ))
        }
    }
}

#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Session ended; the token no longer works"),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn logout(State(state): State<AppState>, auth: AuthUser) -> Result<StatusCode, ApiError> {
    state
        .db
        .call(move |c| db_auth::delete_session(c, &auth.token_hash))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/auth/me", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in account", body = User),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn me(auth: AuthUser) -> Json<User> {
    Json(auth.user)
}
