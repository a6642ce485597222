-- Notification preferences and the outbox of every message the backend would send.
CREATE TABLE notification_prefs (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    prefs_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    -- Rows written by one notification share the id of its first row.
    batch INTEGER NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    text_json TEXT NOT NULL,
    link TEXT,
    -- sent (in the app: in the inbox), queued, held (quiet hours) or skipped.
    status TEXT NOT NULL,
    reason TEXT,
    send_after TEXT,
    read_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_user ON outbox(user_id, channel, id);
