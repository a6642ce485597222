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

/// The files chosen in the input `id`, each checked.
pub fn chosen(id: &str) -> Vec<Result<web_sys::File, Refused>> {
    use wasm_bindgen::JsCast;
    let input = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(files) = input.as_ref().and_then(|i| i.files()) else {
        return Vec::new();
    };
    let out = (0..files.length())
        .filter_map(|i| files.get(i))
        .map(|f| check(&f.type_(), f.size()).map(|()| f))
        .collect();
    if let Some(i) = input {
        // The same file may be chosen again after a failed send.
        i.set_value("");
    }
    out
}

/// A `blob:` URL showing `bytes` as an image of `content_type`; revoke it when done.
pub fn object_url(bytes: &[u8], content_type: &str) -> Option<String> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(content_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
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
