-- A choice the visitor made on their device and that could only be recorded later (no signal,
-- a refused device key, a server error): when it was made, beside when it was recorded.
ALTER TABLE consent_receipts ADD COLUMN decided_at TEXT;
