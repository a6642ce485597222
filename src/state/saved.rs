//! Copies kept on this device of what a visitor must be able to show with no signal: an
//! upcoming pickup (order number, booth, slot, QR code) and the expo badge. Kept in local
//! storage, so they also work where no service worker runs (WeChat on iOS); each copy names the
//! account it belongs to and is read only by that account. Sign-out, another account signing in
//! and erasure remove them all.

use serde::{de::DeserializeOwned, Deserialize};

use super::storage;
use crate::api::ApiError;

/// Every copy's key starts with this (after the app's own prefix).
pub const PREFIX: &str = "expocx.saved.";

#[derive(Deserialize)]
struct Copy<T> {
    user_id: i64,
    saved_at_ms: i64,
    value: T,
}

/// The signed-in account on this device, as the session keeps it.
fn owner() -> Option<i64> {
    storage::get(storage::KEY_TOKEN)?;
    let user = storage::get(storage::KEY_USER)?;
    serde_json::from_str::<expocx_contract::User>(&user)
        .ok()
        .map(|u| u.id)
}

/// Keeps `json` (an answer's own text) as the copy `name` (e.g. `order.42`, `badge`) of the
/// signed-in account.
fn keep(name: &str, json: &str) {
    let Some(user_id) = owner() else { return };
    let at = js_sys::Date::now() as i64;
    let copy = format!("{{\"user_id\":{user_id},\"saved_at_ms\":{at},\"value\":{json}}}");
    storage::set(&format!("{PREFIX}{name}"), &copy);
}

/// The copy `name` of the signed-in account and when it was kept (milliseconds).
fn read<T: DeserializeOwned>(name: &str) -> Option<(T, i64)> {
    let user_id = owner()?;
    let copy: Copy<T> = serde_json::from_str(&storage::get(&format!("{PREFIX}{name}"))?).ok()?;
    (copy.user_id == user_id).then_some((copy.value, copy.saved_at_ms))
}

/// Drops the copy `name` (a pickup that was collected or cancelled).
pub fn forget(name: &str) {
    storage::remove(&format!("{PREFIX}{name}"));
}

/// The names of the copies kept on this device.
pub fn names() -> Vec<String> {
    storage::keys()
        .into_iter()
        .filter_map(|k| k.strip_prefix(PREFIX).map(str::to_string))
        .collect()
}

/// Drops every copy and empties the worker's caches (sign-out, erasure, the privacy center's
/// "clear").
pub fn clear() {
    for name in names() {
        forget(&name);
    }
    crate::browser::online::clear_caches();
}

/// At sign-in: the copies of any other account go.
pub fn keep_only(user_id: i64) {
    #[derive(Deserialize)]
    struct Owner {
        user_id: i64,
    }
    for name in names() {
        let own = storage::get(&format!("{PREFIX}{name}"))
            .and_then(|c| serde_json::from_str::<Owner>(&c).ok())
            .is_some_and(|c| c.user_id == user_id);
        if !own {
            forget(&name);
        }
    }
}

/// What a page shows: the answer (`answer` is its text), or offline the copy kept with its
/// time. An answer for which `keep_if` holds is kept, any other drops the copy; a failure to
/// reach the server falls back to the copy, any other error stays an error.
pub fn or_saved<T: DeserializeOwned>(
    name: &str,
    answer: Result<String, ApiError>,
    keep_if: impl FnOnce(&T) -> bool,
) -> Result<(T, Option<i64>), ApiError> {
    match answer {
        Ok(text) => {
            let v: T = serde_json::from_str(&text).map_err(|e| ApiError::Decode(e.to_string()))?;
            if keep_if(&v) {
                keep(name, &text);
            } else {
                forget(name);
            }
            Ok((v, None))
        }
        Err(e) if e.is_transient() => match read::<T>(name) {
            Some((v, at)) => Ok((v, Some(at))),
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}
