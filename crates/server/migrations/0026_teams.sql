-- An exhibitor's team (issue 33): invites and the audit trail.
-- An invite names the role; its token is stored only as a hash. Sent to an address (email) or
-- shown once as a QR code at the booth (email NULL). One use, 7 days, revocable.
CREATE TABLE team_invites (
    id INTEGER PRIMARY KEY,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'booth')),
    email TEXT,
    token_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_by INTEGER REFERENCES users(id),
    accepted_at TEXT,
    revoked_at TEXT
);
CREATE INDEX team_invites_exhibitor ON team_invites(exhibitor_id, id);

-- Messages to an address rather than an account (an invite to someone who may have none yet).
-- As with `outbox`, the reference backend has no gateway: the row is the message.
CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    address TEXT NOT NULL,
    kind TEXT NOT NULL,
    text_json TEXT NOT NULL,
    link TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Who did what for an exhibitor: exports, refunds, part cancellations, price and stock changes,
-- the team's changes. Never the data itself. Kept 3 years (AUDIT_RETENTION_DAYS).
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    actor_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    -- The member an event is about (joined, role changed, removed): shown by their current
    -- name, and cleared when their account is erased.
    subject_id INTEGER REFERENCES users(id),
    target TEXT,
    detail_json TEXT NOT NULL DEFAULT '{}',
    at TEXT NOT NULL
);
CREATE INDEX audit_events_exhibitor ON audit_events(exhibitor_id, id);
CREATE INDEX audit_events_actor ON audit_events(actor_id);
CREATE INDEX audit_events_subject ON audit_events(subject_id);
