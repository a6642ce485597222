//! Which uploads are photos: the type is read from the bytes, never taken from the client, and
//! only JPEG, PNG and WebP pass (no SVG, no HTML: nothing a browser could run).

/// The image type the bytes are, by their signature.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some("image/jpeg"),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some("image/png"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("image/webp"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_images_pass_whatever_they_claim() {
        for (bytes, want) in [
            (&b"\xFF\xD8\xFF\xE0\x00\x10JFIF"[..], Some("image/jpeg")),
            (&b"\x89PNG\r\n\x1a\n\x00\x00"[..], Some("image/png")),
            (&b"RIFF\x24\x00\x00\x00WEBPVP8 "[..], Some("image/webp")),
            (
                &b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"[..],
                None,
            ),
            (&b"<!DOCTYPE html><script>alert(1)</script>"[..], None),
            (&b"GIF89a"[..], None),
            (&b"\xFF\xD8"[..], None),
            (&b""[..], None),
        ] {
            assert_eq!(sniff(bytes), want, "{:?}", String::from_utf8_lossy(bytes));
        }
    }
}
