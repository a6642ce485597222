-- Device keys are issued by the server; rows keep only the key's SHA-256.
CREATE TABLE devices (
    key_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
-- An account's consent receipts no longer carry the browser they were given in: a shared
-- browser must never lead from one account's rows to another's.
UPDATE consent_receipts SET device_id = NULL WHERE user_id IS NOT NULL;
-- Registration replays were keyed by a hash of the body, password included: gone.
DELETE FROM idempotency_keys WHERE scope = 'register';
-- Unpaid orders hold stock and a pickup slot only until they must be paid.
ALTER TABLE orders ADD COLUMN pay_by TEXT;
CREATE INDEX orders_unpaid ON orders(status, pay_by);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
