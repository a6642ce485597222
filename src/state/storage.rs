//! The app's keys in the browser's local storage (all prefixed, so they can be cleared together).

pub const PREFIX: &str = "expocx.";
pub const KEY_LANG: &str = "expocx.lang";
pub const KEY_TOKEN: &str = "expocx.session.token";
pub const KEY_USER: &str = "expocx.session.user";
pub const KEY_CONSENT: &str = "expocx.consent";
pub const KEY_DEVICE: &str = "expocx.device";
pub const KEY_POLICY: &str = "expocx.consent.policy";
pub const KEY_CART: &str = "expocx.cart";
pub const KEY_INTERESTS: &str = "expocx.interests";
pub const KEY_CHECKOUT: &str = "expocx.checkout";
/// Leads captured at the booth with no signal, per staff account (`…queue.<user id>`).
pub const KEY_LEAD_QUEUE: &str = "expocx.leads.queue";

/// Removes every key of the app (after erasure: the browser keeps nothing of the person).
pub fn clear_all() {
    for k in keys() {
        remove(&k);
    }
}

/// The app's keys in local storage.
pub fn keys() -> Vec<String> {
    let Some(s) = local() else { return Vec::new() };
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Storage can be full or disabled (private mode, some in-app browsers): the app keeps working,
/// it just does not remember.
pub fn set(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}
