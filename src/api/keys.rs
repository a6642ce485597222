//! Idempotency keys: one per write that must not happen twice, kept while its body is the same.

/// FNV-1a: enough to tell whether the visitor changed the order since the key was made.
fn fingerprint(s: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

/// The key for this body (an order, a quote request, an acceptance): the same as last time while the body is the same (a retry or a
/// reload re-sends it), a new one when the visitor changed something.
pub fn key_for(
    body_json: &str,
    stored: Option<&str>,
    fresh: impl FnOnce() -> String,
) -> (String, String) {
    let fp = fingerprint(body_json);
    if let Some((key, old_fp)) = stored.and_then(|s| s.split_once(' ')) {
        if old_fp == fp {
            return (key.to_string(), format!("{key} {fp}"));
        }
    }
    let key = fresh();
    (key.clone(), format!("{key} {fp}"))
}

/// A fresh key for a write that must not happen twice.
pub fn idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}", (js_sys::Math::random() * 1e16) as u64))
}
