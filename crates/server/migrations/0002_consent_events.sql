CREATE TABLE consent_policy (
    version INTEGER PRIMARY KEY,
    published_on TEXT NOT NULL,
    changes_json TEXT NOT NULL
);
CREATE TABLE consent_purposes (
    id TEXT PRIMARY KEY,
    grp TEXT NOT NULL,
    title_json TEXT NOT NULL,
    description_json TEXT NOT NULL,
    data_categories_json TEXT NOT NULL,
    retention_days INTEGER NOT NULL,
    required INTEGER NOT NULL,
    since_version INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE consent_receipts (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    user_id INTEGER REFERENCES users(id),
    device_id TEXT,
    purpose TEXT NOT NULL REFERENCES consent_purposes(id),
    granted INTEGER NOT NULL,
    policy_version INTEGER NOT NULL,
    channel TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK (user_id IS NOT NULL OR device_id IS NOT NULL)
);
CREATE INDEX consent_receipts_user ON consent_receipts(user_id, seq);
CREATE INDEX consent_receipts_device ON consent_receipts(device_id, seq);
CREATE TABLE analytics_events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    product_id INTEGER,
    at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX analytics_events_user ON analytics_events(user_id);
CREATE INDEX analytics_events_device ON analytics_events(device_id);
ALTER TABLE idempotency_keys ADD COLUMN user_id INTEGER REFERENCES users(id);
