//! Photos from the phone: the files chosen in an `<input type=file>`, checked before anything
//! is sent, and images shown from bytes fetched with the session's token.

use expocx_contract::PHOTO_MAX_BYTES;

/// Types the backend accepts (it reads the real type from the bytes again).
pub const ACCEPT: &str = "image/jpeg,image/png,image/webp";

/// Why a chosen file is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    NotAnImage,
    TooLarge,
}

/// Whether a file of `content_type` and `size` may be sent.
pub fn check(content_type: &str, size: f64) -> Result<(), Refused> {
    if !ACCEPT.split(',').any(|t| t == content_type) {
        Err(Refused::NotAnImage)
    } else if size > PHOTO_MAX_BYTES as f64 {
        Err(Refused::TooLarge)
    } else {
        Ok(())
    }
}

/// The files chosen in the input `id`, each checked (a `File` as it is: it is sent as the body).
/// Read through `Reflect`, so no binding of its own is added to the first load's glue.
pub fn chosen(id: &str) -> Vec<Result<wasm_bindgen::JsValue, Refused>> {
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let get = |v: &JsValue, k: &str| Reflect::get(v, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let Some(input) = leptos::prelude::document().get_element_by_id(id) else {
        return Vec::new();
    };
    let input: JsValue = input.into();
    let files = get(&input, "files");
    let n = get(&files, "length").as_f64().unwrap_or(0.0) as u32;
    let out = (0..n)
        .map(|i| Reflect::get(&files, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED))
        .map(|f| {
            let kind = get(&f, "type").as_string().unwrap_or_default();
            let size = get(&f, "size").as_f64().unwrap_or(f64::MAX);
            check(&kind, size).map(|()| f)
        })
        .collect();
    // The same file may be chosen again after a failed send.
    let _ = Reflect::set(&input, &"value".into(), &"".into());
    out
}

/// The content type of a chosen file.
pub fn kind(file: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(file, &"type".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_small_photos_of_known_types_are_sent() {
        for (kind, size, want) in [
            ("image/jpeg", 2e6, Ok(())),
            ("image/png", 1.0, Ok(())),
            ("image/webp", PHOTO_MAX_BYTES as f64, Ok(())),
            (
                "image/jpeg",
                PHOTO_MAX_BYTES as f64 + 1.0,
                Err(Refused::TooLarge),
            ),
            ("image/svg+xml", 100.0, Err(Refused::NotAnImage)),
            ("image/heic", 100.0, Err(Refused::NotAnImage)),
            ("text/html", 100.0, Err(Refused::NotAnImage)),
            ("", 100.0, Err(Refused::NotAnImage)),
        ] {
            assert_eq!(check(kind, size), want, "{kind} {size}");
        }
    }
}
