//! Typed route parameters: a page that shows one thing by `:id` loads it through here.

use std::future::Future;

use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::use_location;

use crate::api::{Api, ApiError};

/// The token the page's path ends with (`/join/ab12` → `ab12`), read once.
pub fn token_in_path() -> String {
    use_location()
        .pathname
        .get_untracked()
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The id a page's path ends with (`/orders/42` → 42); only a positive number names
/// something, anything else is "not found".
pub fn id_in_path(path: &str) -> Option<i64> {
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    if last.starts_with('+') {
        return None;
    }
    last.parse::<i64>().ok().filter(|id| *id > 0)
}

/// The folder a path's id sits in (`/me/tickets/7` → `/me/tickets`).
fn folder(path: &str) -> &str {
    path.trim_end_matches('/')
        .rsplit_once('/')
        .map_or("", |(folder, _)| folder)
}

/// The id to show at `path` for a page opened in `base`: another id in the same folder is the
/// same page showing something else; any other path belongs to the page that replaces this
/// one, so the id stays (nothing is fetched for a page going away).
fn id_at(base: &str, path: &str, before: Option<i64>) -> Option<i64> {
    match id_in_path(path) {
        Some(id) if folder(path) == base => Some(id),
        _ => before,
    }
}

/// Loads what the path's id names with `fetch`; a missing or malformed id is a 404, shown
/// like one from the backend.
pub fn resource_by_id<T, F, Fut>(fetch: F) -> Res<T>
where
    T: Clone + 'static,
    F: Fn(Api, i64) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let api = expect_context::<Api>();
    let path = use_location().pathname;
    let base = path.with_untracked(|p| folder(p).to_string());
    let id = Memo::new(move |before: Option<&Option<i64>>| {
        path.with(|p| id_at(&base, p, before.copied().flatten()))
    });
    Res::new(move || {
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
        let cases = [
            ("/orders/42", Some(42)),
            ("/orders/42/", Some(42)),
            ("/me/tickets/7", Some(7)),
            ("/orders/0", None),
            ("/orders/-3", None),
            ("/orders/+3", None),
            ("/orders/abc", None),
            ("/orders/", None),
            ("/orders/99999999999999999999", None),
        ];
        for (path, want) in cases {
            assert_eq!(id_in_path(path), want, "{path}");
        }
    }

    #[test]
    fn leaving_for_another_page_keeps_the_id_and_fetches_nothing() {
        assert_eq!(id_at("/products", "/products/8", Some(7)), Some(8));
        assert_eq!(id_at("/products", "/products/x", Some(7)), Some(7));
        assert_eq!(id_at("/products", "/signin", Some(7)), Some(7));
        assert_eq!(id_at("/products", "/exhibitors/2", Some(7)), Some(7));
        assert_eq!(id_at("/me/tickets", "/me/tickets/new", Some(3)), Some(3));
        assert_eq!(id_at("/me/tickets", "/me", Some(3)), Some(3));
        assert_eq!(id_at("/orders", "/orders/5/", None), Some(5));
        assert_eq!(
            id_at("/orders", "/orders/abc", None),
            None,
            "opened at a bad id: 404"
        );
    }
}
