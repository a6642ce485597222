//! Reads a QR code from a camera frame. Built as its own small WebAssembly module that runs in
//! a Web Worker (`scanner-worker.js`), so decoding never blocks the page; the portal uses the
//! browser's `BarcodeDetector` instead where there is one.

/// The text of the first QR code found in an RGBA frame of `width` × `height`, if any.
pub fn read_qr(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    if width == 0 || height == 0 || rgba.len() < width * height * 4 {
        return None;
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let i = (y * width + x) * 4;
        let (r, g, b) = (rgba[i] as u32, rgba[i + 1] as u32, rgba[i + 2] as u32);
        ((r * 299 + g * 587 + b * 114) / 1000) as u8
    });
    img.detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

/// `read_qr` for the worker.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn decode(width: u32, height: u32, rgba: &[u8]) -> Option<String> {
    read_qr(width as usize, height as usize, rgba)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An RGBA frame with `text`'s QR code drawn at `scale` pixels per module and a quiet zone.
    fn frame(text: &str, scale: usize) -> (usize, Vec<u8>) {
        let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
        let n = code.width();
        let side = (n + 8) * scale;
        let mut rgba = vec![255u8; side * side * 4];
        for y in 0..n {
            for x in 0..n {
                if code[(x, y)] == qrcode::Color::Dark {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            let i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
                            rgba[i..i + 3].copy_from_slice(&[0, 0, 0]);
                        }
                    }
                }
            }
        }
        (side, rgba)
    }

    #[test]
    fn a_pickup_code_is_read_from_a_frame() {
        let text = "EXPOCX:PICKUP:EX26-000123:0a1b2c3d4e";
        for scale in [3, 6] {
            let (side, rgba) = frame(text, scale);
            assert_eq!(
                read_qr(side, side, &rgba).as_deref(),
                Some(text),
                "scale {scale}"
            );
        }
    }

    #[test]
    fn a_frame_without_a_code_or_too_short_reads_nothing() {
        let blank = vec![200u8; 64 * 64 * 4];
        assert_eq!(read_qr(64, 64, &blank), None);
        assert_eq!(read_qr(64, 64, &blank[..100]), None);
        assert_eq!(read_qr(0, 0, &[]), None);
    }
}
