//! Versioned resources' `ETag`s and the `If-Match` that must send them back: the one place
//! their format (`"{letter}{id}-v{version}"`) and header are written.

use axum::http::header::{self, HeaderName};
use axum::http::{HeaderMap, HeaderValue};
use expocx_contract::{ETag, ErrorCode};

use super::ApiError;

/// A kind of versioned resource; its letter starts the tag, so one kind's tag never passes
/// for another's.
#[derive(Debug, Clone, Copy)]
pub enum Versioned {
    /// A product (the storefront's and the booth's view share the tag).
    Product,
    /// An exhibitor's order.
    Order,
    /// A trade buyer's quote (both sides share the tag).
    Quote,
    /// An exhibitor's lead.
    Lead,
    /// An exhibitor's campaign.
    Campaign,
}

impl Versioned {
    fn letter(self) -> char {
        match self {
            Versioned::Product => 'p',
            Versioned::Order => 'o',
            Versioned::Quote => 'q',
            Versioned::Lead => 'l',
            Versioned::Campaign => 'c',
        }
    }

    /// The tag of `version` of resource `id`.
    pub fn etag(self, id: i64, version: i64) -> ETag {
        ETag::strong(&format!("{}{id}-v{version}", self.letter()))
    }

    /// The `ETag` header of `version` of resource `id`, with the tag it carries.
    pub fn header(
        self,
        id: i64,
        version: i64,
    ) -> Result<(ETag, [(HeaderName, HeaderValue); 1]), ApiError> {
        let tag = self.etag(id, version);
        let value =
            HeaderValue::from_str(tag.as_str()).map_err(|e| ApiError::internal(e.to_string()))?;
        Ok((tag, [(header::ETAG, value)]))
    }

    /// `body`, version `version` of resource `id`, answered with `status` and its `ETag`.
    pub fn answer<T: serde::Serialize>(
        self,
        status: axum::http::StatusCode,
        (id, version): (i64, i64),
        body: T,
    ) -> Result<axum::response::Response, ApiError> {
        use axum::response::IntoResponse;
        let (_, etag) = self.header(id, version)?;
        Ok((status, etag, axum::Json(body)).into_response())
    }

    /// What `If-Match` names for resource `id`, to be checked after the resource is found: a
    /// caller the resource is not for gets its `404` whatever it sent (RFC 9110 §13.2.1: a
    /// failure found before the change is made takes precedence over a precondition).
    pub fn precondition(self, headers: &HeaderMap, id: i64) -> Precondition {
        Precondition(self.if_match(headers, id).ok())
    }

    /// The version an `If-Match` header names for resource `id`; `428` when it is missing or
    /// names something else (the client must send the `ETag` it was given).
    pub fn if_match(self, headers: &HeaderMap, id: i64) -> Result<i64, ApiError> {
        let version = || {
            let tag = ETag::from_header(headers.get(header::IF_MATCH)?.to_str().ok()?)?;
            let (rid, ver) = tag.opaque().strip_prefix(self.letter())?.split_once("-v")?;
            (rid.parse::<i64>().ok()? == id).then_some(())?;
            ver.parse::<i64>().ok()
        };
        version().ok_or_else(|| {
            ApiError::new(
                428,
                ErrorCode::PreconditionFailed,
                "Send If-Match with the ETag you were given",
            )
        })
    }
}

/// The version an `If-Match` header named, if it named one of the resource's.
pub struct Precondition(Option<i64>);

impl Precondition {
    /// The version to compare with the resource's; without a usable `If-Match`, one no
    /// resource has, so the data layer finds the resource (or answers `404`) and then refuses
    /// the version before it changes anything.
    pub fn version(&self) -> i64 {
        self.0.unwrap_or(-1)
    }

    /// The data layer's answer; without a usable `If-Match`, its refusal of the version (or of
    /// the change) is `428`: the client must send the `ETag` it was given. `404` and `403` stay.
    pub fn check<T>(&self, answer: Result<T, crate::db::Error>) -> Result<T, ApiError> {
        use crate::db::Error;
        match answer {
            Err(Error::Stale | Error::Conflict(..) | Error::Invalid(_)) if self.0.is_none() => {
                Err(ApiError::new(
                    428,
                    ErrorCode::PreconditionFailed,
                    "Send If-Match with the ETag you were given",
                ))
            }
            answer => answer.map_err(ApiError::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_names_the_version_only_of_the_same_resource() {
        let sent = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::IF_MATCH, HeaderValue::from_str(v).unwrap());
            h
        };
        let tag = Versioned::Order.etag(12, 3);
        assert_eq!(tag.as_str(), "\"o12-v3\"");
        assert_eq!(
            Versioned::Order.if_match(&sent(tag.as_str()), 12).ok(),
            Some(3)
        );
        assert_eq!(
            Versioned::Order.if_match(&sent("W/\"o12-v3\""), 12).ok(),
            Some(3)
        );
        for other in [
            Versioned::Order.if_match(&sent(tag.as_str()), 13),
            Versioned::Product.if_match(&sent(tag.as_str()), 12),
            Versioned::Order.if_match(&HeaderMap::new(), 12),
        ] {
            assert_eq!(other.unwrap_err().0.status, 428);
        }
    }

    #[test]
    fn without_if_match_a_missing_resource_is_404_and_a_refused_version_428() {
        use crate::db::Error;
        let status = |p: &Precondition, e: Error| p.check::<()>(Err(e)).unwrap_err().0.status;
        let none = Versioned::Order.precondition(&HeaderMap::new(), 12);
        assert_eq!(none.version(), -1, "a version no resource has");
        assert_eq!(status(&none, Error::NotFound), 404);
        assert_eq!(status(&none, Error::Forbidden("role")), 403);
        assert_eq!(status(&none, Error::Stale), 428);
        let mut h = HeaderMap::new();
        h.insert(header::IF_MATCH, HeaderValue::from_static("\"o12-v3\""));
        let sent = Versioned::Order.precondition(&h, 12);
        assert_eq!(sent.version(), 3);
        assert_eq!(status(&sent, Error::Stale), 412);
        assert_eq!(sent.check(Ok(7)).unwrap(), 7);
    }
}
