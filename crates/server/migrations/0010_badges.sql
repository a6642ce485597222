-- The member's badge code (shown again on every device, renewable) and the scans booth staff made.
CREATE TABLE badges (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    code TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE badge_scans (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    shared INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX badge_scans_user ON badge_scans(user_id);
