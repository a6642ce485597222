//! Register, sign in, sign out and the current account.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use expocx_contract::{
    ErrorCode, FieldError, LoginRequest, Problem, RegisterRequest, Role, Session, User,
};
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::extract::{ApiJson, AuthUser};
use super::ApiError;
use crate::db::auth::{self as db_auth, NewUser, StoredResponse};
use crate::AppState;

/// A fresh opaque token: 32 random bytes, hex.
pub fn new_token() -> String {
    random_hex(32)
}

/// `bytes` random bytes, hex (tokens, payment ids, pickup codes).
pub fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut b);
    hex(&b)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What identifies a request body for `Idempotency-Key` checks.
pub fn request_hash<T: serde::Serialize>(req: &T) -> String {
    hash_token(&serde_json::to_string(req).unwrap_or_default())
}

/// What the database keeps of a token.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut salt_bytes);
    let salt = SaltString::encode_b64(&salt_bytes)
        .map_err(|e| ApiError::internal(format!("salt: {e}")))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::internal(format!("argon2: {e}")))
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Verifying against this when the email is unknown keeps both answers equally slow,
/// so timing does not tell which emails have accounts.
fn dummy_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| hash_password("not-a-real-password").unwrap_or_default())
}

async fn start_session(state: &AppState, user: User) -> Result<Session, ApiError> {
    let token = new_token();
    let hash = hash_token(&token);
    let user_id = user.id;
    let expires_at = state
        .db
        .call(move |c| db_auth::create_session(c, &hash, user_id))
        .await?;
    Ok(Session {
        token,
        expires_at,
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
    headers: HeaderMap,
    ApiJson(req): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, Json<Session>), ApiError> {
    ApiError::check(req.validate())?;
    let key = idempotency_key(&headers)?;
    let request_hash = request_hash(&req);
    if let Some(key) = key.clone() {
        let hash = request_hash.clone();
        let replayed = state
            .db
            .call(move |c| db_auth::replayed_id(c, "register", &key, &hash))
            .await?;
        if let Some(user_id) = replayed {
            // Replay: the account exists; sign it in again rather than failing.
            let user = state
                .db
                .call(move |c| db_auth::user_by_id(c, user_id))
                .await?
                .ok_or_else(ApiError::not_found)?;
            return Ok((
                StatusCode::CREATED,
                Json(start_session(&state, user).await?),
            ));
        }
    }
    let password = req.password.clone();
    let password_hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))??;
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
                    locale,
                },
            )?;
            if let (Some(user), Some(key)) = (&user, key) {
                let stored = StoredResponse {
                    request_hash,
                    status: 201,
                    body: user.id.to_string(),
                };
                db_auth::store_idempotent_response(&tx, "register", &key, &stored, Some(user.id))?;
            }
            tx.commit()?;
            Ok(user)
        })
        .await?
        .ok_or_else(|| {
            ApiError(Problem {
                errors: vec![FieldError::new(
                    "email",
                    expocx_contract::FieldErrorCode::InvalidValue,
                )],
                ..Problem::new(409, ErrorCode::EmailTaken, "Email already registered")
            })
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
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<Json<Session>, ApiError> {
    let errors = req.validate();
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let email = req.email.trim().to_string();
    let found = state
        .db
        .call(move |c| db_auth::credentials(c, &email))
        .await?;
    let password = req.password;
    let (user, ok) = tokio::task::spawn_blocking(move || match found {
        Some((user, hash)) => {
            let ok = verify_password(&password, &hash);
            (Some(user), ok)
        }
        None => {
            verify_password(&password, dummy_hash());
            (None, false)
        }
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?;
    match (user, ok) {
        (Some(user), true) => Ok(Json(start_session(&state, user).await?)),
        _ => Err(ApiError::new(
            401,
            ErrorCode::InvalidCredentials,
            "Email or password is wrong",
        )),
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
