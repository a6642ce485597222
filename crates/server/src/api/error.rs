//! Every failure answers RFC 9457 problem+json with a stable code.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use expocx_contract::{ErrorCode, FieldError, Problem, PROBLEM_CONTENT_TYPE};

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
    /// `Ok` without field errors, else `422 validation_failed` listing them all.
    pub fn check(errors: Vec<FieldError>) -> Result<(), ApiError> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(errors))
        }
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
    /// A server fault: logged in full, answered without internals.
    pub fn internal(detail: String) -> Self {
        eprintln!("internal error: {detail}");
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
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}
