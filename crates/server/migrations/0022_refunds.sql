-- Refunds owed through a payment provider (WeChat Pay): recorded in the same transaction as the
-- cancellation or return that owes them, sent by a background task until the provider takes them.
CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    payment_id TEXT NOT NULL REFERENCES payments(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    status TEXT NOT NULL CHECK (status IN ('due', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX refunds_due ON refunds(status, created_at);
