//! Extractors whose rejections are problem+json instead of axum's plain text.

use crate::limits::{Limit, Limits, Refused};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::ApiError;
use crate::db::auth as db_auth;
use crate::AppState;
use expocx_contract::{Capability, StaffRole, User};

/// A JSON body; a wrong shape is `400 malformed_request`.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|axum::Json(v)| ApiJson(v))
            .map_err(|e| match e.status() {
                StatusCode::PAYLOAD_TOO_LARGE => ApiError::too_large(),
                _ => ApiError::malformed(e.body_text()),
            })
    }
}

/// A query string; a wrong shape is `400 malformed_request`.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(v)| ApiQuery(v))
            .map_err(|e| ApiError::malformed(e.body_text()))
    }
}

/// A path parameter; a wrong shape (e.g. `/products/abc`) is `404`, as for an unknown id.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(v)| ApiPath(v))
            .map_err(|_| ApiError::not_found())
    }
}

/// The bearer token of the request, as sent.
pub fn bearer_token(parts: &Parts) -> Option<&str> {
    let value = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty()).then(|| token.trim())
}

/// The signed-in account; `401 unauthorized` without a live session.
pub struct AuthUser {
    pub user: User,
    pub token_hash: String,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer_token(parts).ok_or_else(ApiError::unauthorized)?;
        let token_hash = crate::ids::hash_secret(token);
        let lookup = token_hash.clone();
        let user = state
            .db
            .call(move |c| db_auth::session_user(c, &lookup))
            .await?
            .ok_or_else(ApiError::unauthorized)?;
        Ok(AuthUser { user, token_hash })
    }
}

/// The signed-in account when a bearer token is sent; `None` without one. A token that is sent
/// but dead is still `401`, so the client learns its session is gone.
pub struct MaybeUser(pub Option<AuthUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if bearer_token(parts).is_none() {
            return Ok(MaybeUser(None));
        }
        AuthUser::from_request_parts(parts, state)
            .await
            .map(|u| MaybeUser(Some(u)))
    }
}

/// The address the request came from: the TCP peer, or behind a trusted proxy the address it
/// forwarded (`crate::proxy`).
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| state.proxies.client(c.0.ip(), &parts.headers).to_string())
            .unwrap_or_else(|| "unknown".into());
        Ok(ClientIp(ip))
    }
}

/// One attempt against `limit` for `key`; `429` with the wait when it is full.
pub fn attempt(limits: &Limits, limit: Limit, key: &str) -> Result<(), ApiError> {
    Ok(limits.attempt(&[(limit, key)], std::time::Instant::now())?)
}

impl From<Refused> for ApiError {
    fn from(r: Refused) -> Self {
        ApiError::rate_limited(r.wait)
    }
}

impl AuthUser {
    /// Runs `f` on the database with this account's id: the usual body of a handler that
    /// reads or changes the signed-in account's own data.
    pub async fn run<R, F>(&self, state: &AppState, f: F) -> Result<R, ApiError>
    where
        R: Send + 'static,
        F: FnOnce(&mut rusqlite::Connection, i64) -> crate::db::Result<R> + Send + 'static,
    {
        let user_id = self.user.id;
        Ok(state.db.call(move |c| f(c, user_id)).await?)
    }
}

/// A signed-in member of an exhibitor's staff; `403 forbidden` for any other account.
pub struct Staff {
    pub user_id: i64,
    pub exhibitor_id: i64,
    pub role: StaffRole,
}

impl Staff {
    /// `403 forbidden` unless the member's role may do `what` (the contract's permission
    /// table, `expocx_contract::team`): checked first, before anything is read or written.
    pub fn require(&self, what: Capability) -> Result<(), ApiError> {
        if self.role.may(what) {
            Ok(())
        } else {
            Err(ApiError::forbidden())
        }
    }
}

/// A staff member whose role may do `C` (`cap::Orders`, …): checked as the request is read,
/// before its body, so a refused role gets `403 forbidden` whatever it sent.
pub struct Can<C>(pub Staff, pub std::marker::PhantomData<C>);

/// The capabilities as types, for [`Can`].
pub mod cap {
    use expocx_contract::Capability;

    pub trait Needs {
        const CAP: Capability;
    }

    macro_rules! caps {
        ($($name:ident),*) => {
            $(
                pub struct $name;
                impl Needs for $name {
                    const CAP: Capability = Capability::$name;
                }
            )*
        };
    }
    caps!(
        Pickup,
        BadgeScan,
        OwnTickets,
        Orders,
        Service,
        Returns,
        Catalog,
        Figures,
        Export,
        Audit,
        Quotes,
        Leads,
        LeadSettings,
        Team,
        Campaigns
    );
}

impl<C: cap::Needs> FromRequestParts<AppState> for Can<C> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let staff = Staff::from_request_parts(parts, state).await?;
        staff.require(C::CAP)?;
        Ok(Can(staff, std::marker::PhantomData))
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let auth = AuthUser::from_request_parts(parts, state).await?;
        let exhibitor_id = auth.user.exhibitor_id.ok_or_else(ApiError::forbidden)?;
        Ok(Staff {
            user_id: auth.user.id,
            exhibitor_id,
            // Every staff account has a role (migration 0025); a missing one gets the least.
            role: auth.user.staff_role.unwrap_or(StaffRole::Booth),
        })
    }
}

/// An uploaded image as an answer: its real type (read from the bytes when it was stored),
/// never run as a document (`sandbox`), shown inline, cached as `cache` says.
pub fn image(
    kind: &str,
    data: Vec<u8>,
    cache: &'static str,
) -> Result<axum::response::Response, ApiError> {
    use axum::http::{header, HeaderValue};
    use axum::response::IntoResponse;
    let kind = HeaderValue::from_str(kind).map_err(|e| ApiError::internal(e.to_string()))?;
    let headers = [
        (header::CONTENT_TYPE, kind),
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; sandbox"),
        ),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("inline"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
    ];
    Ok((headers, data).into_response())
}

/// An uploaded image's bytes and their real type (read from them: JPEG, PNG or WebP), or a 422
/// naming `field`: empty, over `max` bytes (over the route's body limit the body is not read at
/// all), or not such an image.
pub fn uploaded_image(
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
    field: &str,
    max: usize,
) -> Result<(&'static str, axum::body::Bytes), ApiError> {
    use expocx_contract::{FieldError, FieldErrorCode};
    let body = body.unwrap_or_default();
    if body.is_empty() || body.len() > max {
        return Err(ApiError::validation(vec![FieldError::new(
            field,
            FieldErrorCode::TooLong,
        )
        .with_limit(max as i64)]));
    }
    let kind = crate::rules::photos::sniff(&body).ok_or_else(|| {
        ApiError::validation(vec![FieldError::new(field, FieldErrorCode::InvalidValue)])
    })?;
    Ok((kind, body))
}
