//! The app's keys in the browser's local storage (all prefixed, so they can be cleared together).

pub const PREFIX: &str = "expocx.";
pub const KEY_LANG: &str = "expocx.lang";
pub const KEY_TOKEN: &str = "expocx.session.token";
pub const KEY_USER: &str = "expocx.session.user";

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
