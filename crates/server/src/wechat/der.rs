//! Just enough DER to take the RSA key out of a `SubjectPublicKeyInfo` (a PEM public key), the
//! form `ring` verifies with.

/// One element: its tag, its contents, and what follows it.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |a, b| (a << 8) | *b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

const SEQUENCE: u8 = 0x30;
const BIT_STRING: u8 = 0x03;
/// rsaEncryption, 1.2.840.113549.1.1.1.
const RSA_OID: &[u8] = &[
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
];

/// The `RSAPublicKey` inside an RSA `SubjectPublicKeyInfo`.
pub fn rsa_public_key(spki: &[u8]) -> Option<Vec<u8>> {
    let (SEQUENCE, info, []) = element(spki)? else {
        return None;
    };
    let (SEQUENCE, algorithm, rest) = element(info)? else {
        return None;
    };
    if !algorithm.starts_with(RSA_OID) {
        return None;
    }
    let (BIT_STRING, bits, []) = element(rest)? else {
        return None;
    };
    // No unused bits, then the key itself.
    let (0, key) = bits.split_first()? else {
        return None;
    };
    Some(key.to_vec())
}
