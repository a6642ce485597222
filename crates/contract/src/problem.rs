//! RFC 9457 problem details with the contract's stable error codes.

use serde::{Deserialize, Serialize};

/// Media type of error bodies.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// Stable machine codes of errors. Clients translate by code, never by `title`.
///
/// The SPA reads a code by looking it up in [`ErrorCode::ALL`] by its `as_str` name rather
/// than through serde's derived visitor, which carries every name a second time and a large
/// match in the first load; the result is the same (an unknown code is `Unknown`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body or query failed validation; see `errors` for each field.
    ValidationFailed,
    /// The body is not valid JSON or has the wrong shape.
    MalformedRequest,
    /// The body is larger than the operation reads (2 MiB for JSON bodies): nothing was read.
    PayloadTooLarge,
    /// No valid bearer token: sign in (again).
    Unauthorized,
    /// Email or password wrong.
    InvalidCredentials,
    /// Signed in, but the role does not allow this.
    Forbidden,
    NotFound,
    /// An account with this email exists already.
    EmailTaken,
    /// The same `Idempotency-Key` was sent with a different body.
    IdempotencyConflict,
    /// `If-Match` did not match the current `ETag`: someone else changed it first.
    PreconditionFailed,
    /// Too many attempts; retry later.
    RateLimited,
    /// The visitor has not consented to the purpose this needs (e.g. analytics).
    ConsentRequired,
    /// The decision was made under an older privacy policy: show the current one first.
    PolicyOutdated,
    /// Prices, stock or the coupon changed since the visitor saw the total: show the cart again.
    CartChanged,
    /// The chosen pickup slot has no room left: choose another.
    SlotFull,
    /// The order cannot be paid (already paid, cancelled or expired).
    NotPayable,
    /// The order can no longer be cancelled (the exhibitor confirmed it, or it is closed).
    NotCancellable,
    /// The ticket's (or return's) status does not allow this step now (e.g. reply to a closed one).
    WrongStatus,
    /// A per-account limit is reached (open tickets, messages in a ticket, photos waiting).
    LimitReached,
    /// Not enough points for this.
    NotEnoughPoints,
    /// Too many orders of the account wait for payment: pay or let one expire first.
    TooManyUnpaidOrders,
    /// The team would have no owner left: make someone else owner first.
    LastOwner,
    /// The account is on an exhibitor's team already (an account belongs to at most one).
    AlreadyStaff,
    /// The invite was used, revoked or has expired: ask for a new one.
    InviteGone,
    /// Quotes are for trade buyers: the profile needs a company first.
    TradeProfileRequired,
    /// The quote's validity ended (at the end of its last day in the venue's time zone).
    QuoteExpired,
    /// A newer revision replaced the one the client answered.
    QuoteSuperseded,
    /// The quote was declined, withdrawn or already accepted: nothing more can be done.
    QuoteClosed,
    /// The server failed; the request may be retried.
    Internal,
    /// A code this client does not know yet (newer server). Never sent.
    #[cfg_attr(not(target_arch = "wasm32"), serde(other))]
    Unknown,
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(ErrorCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == name)
            .unwrap_or(ErrorCode::Unknown))
    }
}

impl ErrorCode {
    /// Every code but `Unknown`.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::ValidationFailed,
        ErrorCode::MalformedRequest,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Unauthorized,
        ErrorCode::InvalidCredentials,
        ErrorCode::Forbidden,
        ErrorCode::NotFound,
        ErrorCode::EmailTaken,
        ErrorCode::IdempotencyConflict,
        ErrorCode::PreconditionFailed,
        ErrorCode::RateLimited,
        ErrorCode::ConsentRequired,
        ErrorCode::PolicyOutdated,
        ErrorCode::CartChanged,
        ErrorCode::SlotFull,
        ErrorCode::NotPayable,
        ErrorCode::NotCancellable,
        ErrorCode::WrongStatus,
        ErrorCode::LimitReached,
        ErrorCode::NotEnoughPoints,
        ErrorCode::TooManyUnpaidOrders,
        ErrorCode::LastOwner,
        ErrorCode::AlreadyStaff,
        ErrorCode::InviteGone,
        ErrorCode::TradeProfileRequired,
        ErrorCode::QuoteExpired,
        ErrorCode::QuoteSuperseded,
        ErrorCode::QuoteClosed,
        ErrorCode::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::MalformedRequest => "malformed_request",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not_found",
            ErrorCode::EmailTaken => "email_taken",
            ErrorCode::IdempotencyConflict => "idempotency_conflict",
            ErrorCode::PreconditionFailed => "precondition_failed",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::ConsentRequired => "consent_required",
            ErrorCode::PolicyOutdated => "policy_outdated",
            ErrorCode::CartChanged => "cart_changed",
            ErrorCode::SlotFull => "slot_full",
            ErrorCode::NotPayable => "not_payable",
            ErrorCode::NotCancellable => "not_cancellable",
            ErrorCode::WrongStatus => "wrong_status",
            ErrorCode::LimitReached => "limit_reached",
            ErrorCode::NotEnoughPoints => "not_enough_points",
            ErrorCode::TooManyUnpaidOrders => "too_many_unpaid_orders",
            ErrorCode::LastOwner => "last_owner",
            ErrorCode::AlreadyStaff => "already_staff",
            ErrorCode::InviteGone => "invite_gone",
            ErrorCode::TradeProfileRequired => "trade_profile_required",
            ErrorCode::QuoteExpired => "quote_expired",
            ErrorCode::QuoteSuperseded => "quote_superseded",
            ErrorCode::QuoteClosed => "quote_closed",
            ErrorCode::Internal => "internal",
            ErrorCode::Unknown => "unknown",
        }
    }
}

/// Stable codes of per-field validation failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldErrorCode {
    Required,
    TooShort,
    TooLong,
    InvalidEmail,
    OutOfRange,
    InvalidValue,
    /// The same item appears twice where it may appear once.
    Duplicate,
    #[serde(other)]
    Unknown,
}

/// One field that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// Name of the field as in the request (`email`, `password`, `limit`, …).
    pub field: String,
    pub code: FieldErrorCode,
    /// For `too_short`/`too_long`/`out_of_range`: the bound that was missed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// An RFC 9457 problem details body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the problem type, `about:blank` or `urn:expocx:problem:<code>`.
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub code: ErrorCode,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// For `rate_limited`: seconds to wait before trying again (also the `Retry-After` header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

fn about_blank() -> String {
    "about:blank".into()
}

impl Problem {
    pub fn new(status: u16, code: ErrorCode, title: impl Into<String>) -> Self {
        Problem {
            kind: format!("urn:expocx:problem:{}", code.as_str()),
            title: title.into(),
            status,
            detail: None,
            code,
            errors: Vec::new(),
            retry_after: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        Problem {
            errors,
            ..Problem::new(422, ErrorCode::ValidationFailed, "Validation failed")
        }
    }

    /// The validation failure of one field, if any.
    pub fn field(&self, name: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == name)
    }
}

impl FieldError {
    pub fn new(field: &str, code: FieldErrorCode) -> Self {
        FieldError {
            field: field.into(),
            code,
            limit: None,
        }
    }

    pub fn with_limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_body_follows_rfc_9457_with_field_errors() {
        let p = Problem::validation(vec![
            FieldError::new("password", FieldErrorCode::TooShort).with_limit(8)
        ]);
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["type"], "urn:expocx:problem:validation_failed");
        assert_eq!(v["status"], 422);
        assert_eq!(v["code"], "validation_failed");
        assert_eq!(v["errors"][0]["field"], "password");
        assert_eq!(v["errors"][0]["code"], "too_short");
        assert_eq!(v["errors"][0]["limit"], 8);
    }

    #[test]
    fn every_code_is_read_back_by_its_name_as_the_spa_reads_it() {
        for c in ErrorCode::ALL {
            let wire = serde_json::to_string(c).unwrap();
            assert_eq!(wire, format!("\"{}\"", c.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&wire).unwrap(), *c);
        }
        assert!(!ErrorCode::ALL.contains(&ErrorCode::Unknown));
        // Every variant is listed: the names are unique and as many as `as_str` knows.
        let mut names: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ErrorCode::ALL.len());
        assert!(names.contains(&"quote_superseded") && names.contains(&"validation_failed"));
    }

    #[test]
    fn unknown_codes_from_a_newer_server_still_parse() {
        let p: Problem = serde_json::from_str(
            r#"{"type":"about:blank","title":"x","status":418,"code":"teapot_empty"}"#,
        )
        .unwrap();
        assert_eq!(p.code, ErrorCode::Unknown);
    }
}
