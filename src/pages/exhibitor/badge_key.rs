//! Telling a real badge from a foreign or mistyped QR with no signal (issue 25): the server's
//! public badge key comes with the portal and is kept on the phone; a scanned code's signature
//! (ECDSA P-256 / SHA-256 of the part before its last `.`, base64url) is checked with the
//! browser's Web Crypto. Where the browser has none (an insecure origin), or no key was ever
//! loaded, the phone checks the code's shape and the server decides.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::api::Api;
use crate::state::storage;

/// Where the phone keeps the key (public: nothing personal).
const KEY: &str = "expocx.badge-key";

/// The key: fresh from the server, else as kept from an earlier visit.
pub async fn load(api: Api) -> Option<Vec<u8>> {
    let text = match api.badge_key().await {
        Ok(k) => {
            storage::set(KEY, &k.public_key);
            k.public_key
        }
        Err(_) => storage::get(KEY)?,
    };
    decode(&text)
}

/// Bytes of base64url text without padding (`None` for anything else).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// `Some(true)` if `code`'s signature is the key's, `Some(false)` if it is not (or the code
/// carries none), `None` if this browser cannot tell.
pub async fn genuine(public: &[u8], code: &str) -> Option<bool> {
    let Some((id, sig)) = code.rsplit_once('.') else {
        return Some(false);
    };
    let Some(sig) = decode(sig).filter(|s| s.len() == 64) else {
        return Some(false);
    };
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    if subtle.is_undefined() {
        return None;
    }
    let call = |name: &str, args: Array| -> Option<JsFuture> {
        let f: Function = Reflect::get(&subtle, &name.into()).ok()?.dyn_into().ok()?;
        let p: Promise = Reflect::apply(&f, &subtle, &args).ok()?.dyn_into().ok()?;
        Some(JsFuture::from(p))
    };
    let alg = |pairs: [(&str, &str); 2]| -> JsValue {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &k.into(), &v.into());
        }
        o.into()
    };
    let import = Array::of5(
        &"raw".into(),
        &Uint8Array::from(public).into(),
        &alg([("name", "ECDSA"), ("namedCurve", "P-256")]),
        &false.into(),
        &Array::of1(&"verify".into()).into(),
    );
    let key = call("importKey", import)?.await.ok()?;
    let verify = Array::of4(
        &alg([("name", "ECDSA"), ("hash", "SHA-256")]),
        &key,
        &Uint8Array::from(sig.as_slice()).into(),
        &Uint8Array::from(id.as_bytes()).into(),
    );
    call("verify", verify)?.await.ok()?.as_bool()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn base64url_decodes_as_the_server_encodes() {
        assert_eq!(decode("").unwrap(), b"");
        assert_eq!(decode("TWFu").unwrap(), b"Man");
        assert_eq!(decode("TWE").unwrap(), b"Ma");
        assert_eq!(decode("-_8").unwrap(), [0xfb, 0xff]);
        assert_eq!(
            decode("TW=="),
            None,
            "padding is not base64url without padding"
        );
        assert_eq!(
            decode("a+b/"),
            None,
            "the standard alphabet's + and / are refused"
        );
    }
}
