//! Every failure answers RFC 9457 problem+json with a stable code.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use expocx_contract::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};

use crate::db;

#[derive(Debug)]
pub struct ApiError(pub Problem);

impl ApiError {
    pub fn new(status: u16, code: ErrorCode, title: &str) -> Self {
        ApiError(Problem::new(status, code, title))
    }
    pub fn validation(errors: Vec<FieldError>) -> Self {
        ApiError(Problem::validation(errors))
    }
    pub fn malformed(detail: impl Into<String>) -> Self {
        ApiError(
            Problem::new(400, ErrorCode::MalformedRequest, "Malformed request").with_detail(detail),
        )
    }
    /// `413 payload_too_large`: the body was not read.
    pub fn too_large() -> Self {
        Self::new(
            413,
            ErrorCode::PayloadTooLarge,
            "The request body is too large",
        )
    }
    /// `Ok` without field errors, else `422 validation_failed` listing them all.
    pub fn check(errors: Vec<FieldError>) -> Result<(), ApiError> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(errors))
        }
    }
    /// `422` on `field`: the value names nothing this backend has (a payment provider, …).
    pub fn invalid(field: &str) -> Self {
        Self::validation(vec![FieldError::new(
            field,
            expocx_contract::FieldErrorCode::InvalidValue,
        )])
    }
    pub fn not_found() -> Self {
        Self::new(404, ErrorCode::NotFound, "Not found")
    }
    pub fn unauthorized() -> Self {
        Self::new(401, ErrorCode::Unauthorized, "Sign in required")
    }
    pub fn forbidden() -> Self {
        Self::new(403, ErrorCode::Forbidden, "Not allowed for this account")
    }
    /// `429 rate_limited` with the wait in `Retry-After`.
    pub fn rate_limited(wait: std::time::Duration) -> Self {
        let mut p = Problem::new(
            429,
            ErrorCode::RateLimited,
            "Too many attempts; try again later",
        );
        p.retry_after = Some(crate::rules::limits::retry_after_secs(wait));
        ApiError(p)
    }
    /// A server fault: logged in full (inside the request's span, so the line carries its
    /// request id), answered without internals.
    pub fn internal(detail: String) -> Self {
        tracing::error!(detail = %detail, "internal error");
        Self::new(500, ErrorCode::Internal, "Internal server error")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self.0).unwrap_or_default();
        let mut resp = (status, body).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(PROBLEM_CONTENT_TYPE),
        );
        if let Some(secs) = self.0.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

/// The data layer's answers, as HTTP problems (the only place that knows both).
impl From<db::Error> for ApiError {
    fn from(e: db::Error) -> Self {
        match e {
            db::Error::NotFound => ApiError::not_found(),
            db::Error::Conflict(code, title) => ApiError::new(409, code, title),
            db::Error::Forbidden(what) => ApiError::new(403, ErrorCode::Forbidden, what),
            db::Error::Stale => ApiError::new(
                412,
                ErrorCode::PreconditionFailed,
                "Changed since you loaded it",
            ),
            db::Error::KeyReused => ApiError::new(
                422,
                ErrorCode::IdempotencyConflict,
                "Idempotency-Key reused with a different request",
            ),
            db::Error::ConsentRequired(purpose) => ApiError::new(
                403,
                ErrorCode::ConsentRequired,
                &format!("No consent for this purpose: {purpose}"),
            ),
            db::Error::Invalid(errors) => ApiError::validation(errors),
            e @ (db::Error::Internal(_) | db::Error::Sql(_)) => ApiError::internal(e.to_string()),
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        db::Error::Sql(e).into()
    }
}
