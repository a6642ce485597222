//! Paging parameters (`page` from 1, `limit` up to `MAX_PAGE_LIMIT`): checked once for every
//! list, `422` with the field that is out of range.

use expocx_contract::{FieldError, FieldErrorCode, PageQuery, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT};

use super::ApiError;

/// Adds an error for each of `page` and `limit` that is out of range.
pub fn check_paging(page: Option<u32>, limit: Option<u32>, errors: &mut Vec<FieldError>) {
    if page == Some(0) {
        errors.push(FieldError::new("page", FieldErrorCode::OutOfRange).with_limit(1));
    }
    if let Some(l) = limit {
        if l == 0 || l > MAX_PAGE_LIMIT {
            errors.push(
                FieldError::new("limit", FieldErrorCode::OutOfRange)
                    .with_limit(MAX_PAGE_LIMIT as i64),
            );
        }
    }
}

/// The page and limit asked for (`default_limit` when none), or `422`.
pub fn paging(
    page: Option<u32>,
    limit: Option<u32>,
    default_limit: u32,
) -> Result<(u32, u32), ApiError> {
    let mut errors = Vec::new();
    check_paging(page, limit, &mut errors);
    ApiError::check(errors)?;
    Ok((page.unwrap_or(1), limit.unwrap_or(default_limit)))
}

/// `paging` of a plain `?page&limit` query with the default limit.
pub fn page_query(q: &PageQuery) -> Result<(u32, u32), ApiError> {
    paging(q.page, q.limit, DEFAULT_PAGE_LIMIT)
}
