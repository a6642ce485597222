//! Signed badge codes (issue 25). A badge's code is `EXPOCX:BADGE:<32 hex>.<signature>`: the
//! random, pseudonymous id the server keeps (no name, phone or member id), and an ECDSA P-256
//! signature of it (SHA-256, the 64-byte `r‖s` form Web Crypto verifies, base64url without
//! padding). Booth staff's phones hold the public key and refuse a foreign or mistyped QR with
//! no signal; the server verifies again before it looks the id up.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{
    EcdsaKeyPair, KeyPair, UnparsedPublicKey, ECDSA_P256_SHA256_FIXED,
    ECDSA_P256_SHA256_FIXED_SIGNING,
};

/// A new key pair: its PKCS#8 document (kept by the server) and its public key (the
/// uncompressed point, 65 bytes, handed to booth staff).
pub fn generate() -> (Vec<u8>, Vec<u8>) {
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
        .expect("the system's random source");
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
        .expect("a key just made");
    (pkcs8.as_ref().to_vec(), pair.public_key().as_ref().to_vec())
}

/// `id` with its signature by the key `pkcs8`: the code a badge shows.
pub fn sign(pkcs8: &[u8], id: &str) -> String {
    let rng = SystemRandom::new();
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8, &rng)
        .expect("the stored badge key");
    let sig = pair.sign(&rng, id.as_bytes()).expect("signing");
    format!("{id}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
}

/// The id a signed `code` carries, if its signature is the key's (`public`); `None` for
/// anything else (unsigned, altered, another key's, not base64).
pub fn verify<'a>(public: &[u8], code: &'a str) -> Option<&'a str> {
    let (id, sig) = code.trim().rsplit_once('.')?;
    let sig = URL_SAFE_NO_PAD.decode(sig).ok()?;
    UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, public)
        .verify(id.as_bytes(), &sig)
        .ok()?;
    Some(id)
}

/// The public key as the portal takes it (base64url, no padding).
pub fn public_text(public: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_code_verifies_and_nothing_else_does() {
        let (pkcs8, public) = generate();
        let (_, other) = generate();
        let id = "EXPOCX:BADGE:0123456789abcdef0123456789abcdef";
        let code = sign(&pkcs8, id);
        assert_eq!(public.len(), 65);
        assert_eq!(
            code.len(),
            id.len() + 1 + 86,
            "64 bytes of signature in base64url"
        );
        assert_eq!(verify(&public, &code), Some(id));
        assert_eq!(
            verify(&public, &format!(" {code}\n")),
            Some(id),
            "scanner whitespace"
        );
        let mut typo = code.clone().into_bytes();
        typo[20] = if typo[20] == b'a' { b'b' } else { b'a' };
        let cases = [
            id.to_string(),                        // unsigned
            String::from_utf8(typo).unwrap(),      // a mistyped id
            code.replace(id, "EXPOCX:BADGE:ffff"), // another id, this signature
            format!("{code}x"),                    // a damaged signature
            format!("{id}.!!!"),                   // not base64
            String::new(),
        ];
        for bad in &cases {
            assert_eq!(verify(&public, bad), None, "{bad}");
        }
        assert_eq!(verify(&other, &code), None, "another key");
    }
}
