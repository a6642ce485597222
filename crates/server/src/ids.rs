//! Random identifiers and one-way hashes of secrets (tokens, device keys). Passwords are not
//! hashed here: see `passwords`.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// `bytes` random bytes, hex (tokens, payment ids, pickup codes).
pub fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut b);
    hex(&b)
}

/// A fresh opaque secret: 32 random bytes, hex.
pub fn new_token() -> String {
    random_hex(32)
}

/// A short receipt id with a prefix, e.g. `CR-1A2B…`.
pub fn receipt_id(prefix: &str) -> String {
    format!("{prefix}-{}", random_hex(10).to_uppercase())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the database keeps of a token or device key: its SHA-256, hex. Tokens are 256 random
/// bits, so a fast hash is enough (unlike passwords).
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_and_hashes_are_stable() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(hash_secret("abc"), hash_secret("abc"));
        assert_ne!(hash_secret(&a), hash_secret(&b));
        assert_eq!(
            hash_secret("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(receipt_id("CR").starts_with("CR-") && receipt_id("CR").len() == 23);
    }
}
