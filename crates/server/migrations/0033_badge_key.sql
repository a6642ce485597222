-- The key that signs badge codes (issue 25): an ECDSA P-256 key made on first use. Booth staff's
-- phones get its public half with the portal and tell a real badge from a foreign or mistyped
-- QR with no signal; the server checks the signature again when the scan arrives.
CREATE TABLE signing_keys (
    purpose TEXT PRIMARY KEY,
    pkcs8 BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
