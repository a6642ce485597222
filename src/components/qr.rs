//! A QR code generated on the device (no image download, no service), shown as a PNG image so
//! that a long press saves it (WeChat and phone browsers offer "save image" for `<img>`, not for
//! an inline SVG): a visitor can keep the pickup code in their photos for a hall without signal.

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// Pixels per module, and the quiet zone in modules.
const SCALE: usize = 8;
const QUIET: usize = 4;

/// `text`'s QR code as a black-on-white PNG (1 bit per pixel), or `None` if it is too long.
pub fn qr_png(text: &str) -> Option<Vec<u8>> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let modules = qr.size() as usize + 2 * QUIET;
    let side = modules * SCALE;
    let row_bytes = side.div_ceil(8);
    // Filter byte 0, then the row's pixels, 1 = white.
    let mut raw = Vec::with_capacity((row_bytes + 1) * side);
    for py in 0..side {
        raw.push(0);
        let my = (py / SCALE) as i32 - QUIET as i32;
        let mut byte = 0u8;
        for px in 0..side {
            let mx = (px / SCALE) as i32 - QUIET as i32;
            if !qr.get_module(mx, my) {
                byte |= 0x80 >> (px % 8);
            }
            if px % 8 == 7 || px == side - 1 {
                raw.push(byte);
                byte = 0;
            }
        }
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&(side as u32).to_be_bytes());
    header.extend_from_slice(&(side as u32).to_be_bytes());
    header.extend_from_slice(&[1, 0, 0, 0, 0]); // 1 bit, grayscale, deflate, no filter, no interlace
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &zlib_stored(&raw));
    chunk(&mut png, b"IEND", &[]);
    Some(png)
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = png.len();
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let crc = crc32(&png[start..]);
    png.extend_from_slice(&crc.to_be_bytes());
}

/// zlib with stored (uncompressed) deflate blocks: the image is small, and no compressor ships.
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = data.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        out.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + x as u32) % 65_521;
        b = (b + a) % 65_521;
    }
    out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `text` as a QR code, `label` its text alternative.
#[component]
pub fn QrCode(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let Some(png) = qr_png(&text) else {
        return ().into_any();
    };
    let src = format!("data:image/png;base64,{}", base64(&png));
    view! { <img class="qr" src=src alt=label width="220" height="220" /> }.into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pickup_code_becomes_a_valid_png_of_a_scannable_size() {
        let png = qr_png("EXPOCX:PICKUP:EX26-000001:0123456789abcdef0123").unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        let side = u32::from_be_bytes(png[16..20].try_into().unwrap()) as usize;
        // Version 3 or 4 at medium error correction: 29 or 33 modules, and the quiet zone.
        assert!(
            [(29 + 8) * SCALE, (33 + 8) * SCALE].contains(&side),
            "{side}"
        );
        // Every chunk's CRC checks out (as an image decoder checks it).
        let mut at = 8;
        while at < png.len() {
            let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
            let body = &png[at + 4..at + 8 + len];
            let crc = u32::from_be_bytes(png[at + 8 + len..at + 12 + len].try_into().unwrap());
            assert_eq!(crc32(body), crc);
            at += 12 + len;
        }
        assert_eq!(at, png.len());
    }

    #[test]
    fn checksums_and_base64_match_their_references() {
        // CRC-32 and Adler-32 of "123456789", base64 of RFC 4648's examples.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        let z = zlib_stored(b"123456789");
        assert_eq!(&z[z.len() - 4..], &0x091E_01DEu32.to_be_bytes());
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fooba"), "Zm9vYmE=");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }

    #[test]
    fn different_codes_draw_differently() {
        assert_ne!(qr_png("EXPOCX:PICKUP:A:1"), qr_png("EXPOCX:PICKUP:A:2"));
    }
}
