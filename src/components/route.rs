//! Typed route parameters: a page that shows one thing by `:id` loads it through here.

use std::future::Future;

use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::api::{Api, ApiError};

#[derive(Params, Clone, PartialEq, Debug)]
pub struct IdParams {
    pub id: Option<i64>,
}

/// Only a positive number names something; anything else is "not found".
pub fn valid_id(params: Result<IdParams, leptos_router::params::ParamsError>) -> Option<i64> {
    params.ok()?.id.filter(|id| *id > 0)
}

/// Loads what the route's `:id` names with `fetch`; a missing or malformed id is a 404, shown
/// like one from the backend.
pub fn resource_by_id<T, F, Fut>(fetch: F) -> LocalResource<Result<T, ApiError>>
where
    T: 'static,
    F: Fn(Api, i64) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let api = expect_context::<Api>();
    let params = use_params::<IdParams>();
    let id = Memo::new(move |_| valid_id(params.get()));
    LocalResource::new(move || {
        let request = id.get().map(|id| fetch(api, id));
        async move {
            match request {
                Some(request) => request.await,
                None => Err(ApiError::not_found()),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_positive_numeric_ids_name_something() {
        let ok = |id| Ok(IdParams { id });
        assert_eq!(valid_id(ok(Some(42))), Some(42));
        assert_eq!(valid_id(ok(Some(0))), None);
        assert_eq!(valid_id(ok(Some(-3))), None);
        assert_eq!(valid_id(ok(None)), None);
        let malformed = leptos_router::params::ParamsError::MissingParam("id".into());
        assert_eq!(valid_id(Err(malformed)), None, "not a number");
    }
}
