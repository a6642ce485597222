//! A QR code drawn as one SVG path, generated on the device (no image download, no service).

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The SVG path of the dark modules of `text`'s QR code and the code's size in modules
/// (without the quiet zone), or `None` if the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if qr.get_module(x, y) {
                // One rectangle per run of dark modules keeps the path short.
                let start = x;
                while x < size && qr.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + 4,
                    y + 4,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some((d, size))
}

/// `text` as a QR code, `label` read by screen readers.
#[component]
pub fn QrCode(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let Some((d, size)) = qr_path(&text) else {
        return ().into_any();
    };
    let full = size + 8;
    view! {
        <svg class="qr" role="img" aria-label=label viewBox=format!("0 0 {full} {full}")
            width="220" height="220" shape-rendering="crispEdges">
            <rect width=full height=full fill="#fff" />
            <path d=d fill="#000" />
        </svg>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::qr_path;

    #[test]
    fn a_pickup_code_becomes_a_scannable_sized_code() {
        let (d, size) = qr_path("EXPOCX:PICKUP:EX26-000001:0123456789abcdef0123").unwrap();
        // Version 3 or 4 for this length at medium error correction: 29 or 33 modules.
        assert!((29..=33).contains(&size), "{size}");
        // The three finder patterns start at the corners (offset by the quiet zone of 4).
        assert!(d.starts_with("M4,4h7v1h-7z"));
        assert!(d.contains(&format!("M{},4h7v1h-7z", size - 7 + 4)));
    }

    #[test]
    fn different_codes_draw_differently() {
        assert_ne!(qr_path("EXPOCX:PICKUP:A:1"), qr_path("EXPOCX:PICKUP:A:2"));
    }
}
