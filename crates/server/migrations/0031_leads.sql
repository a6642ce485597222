-- Leads (issue 25). A badge lead is one visitor met at one exhibitor's booth (scans add up); its
-- contact details are never copied here: they are read from the visitor's account while the
-- visitor shares them with this exhibitor. A card lead holds what staff typed from a business
-- card. Once the visitor erases their account, `user_id` is cleared and the lead is anonymous.
CREATE TABLE leads (
    id INTEGER PRIMARY KEY,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    source TEXT NOT NULL CHECK (source IN ('badge', 'card')),
    user_id INTEGER REFERENCES users(id),
    erased INTEGER NOT NULL DEFAULT 0,
    card_name TEXT,
    card_company TEXT,
    card_title TEXT,
    card_email TEXT,
    card_phone TEXT,
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'contacted', 'qualified', 'won', 'lost')),
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    assignee_id INTEGER REFERENCES users(id),
    scanned_by INTEGER REFERENCES users(id),
    scans INTEGER NOT NULL DEFAULT 0,
    answers_json TEXT NOT NULL DEFAULT '[]',
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX leads_visitor ON leads(exhibitor_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX leads_exhibitor ON leads(exhibitor_id, last_seen_at DESC, id DESC);
CREATE INDEX leads_status ON leads(exhibitor_id, status, last_seen_at DESC, id DESC);
CREATE INDEX leads_user ON leads(user_id);
CREATE TABLE lead_notes (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id),
    staff_id INTEGER REFERENCES users(id),
    text TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX lead_notes_lead ON lead_notes(lead_id, id);
CREATE INDEX lead_notes_staff ON lead_notes(staff_id);
-- The exhibitor's qualifying questions and scoring rules (`LeadSettings` as JSON).
CREATE TABLE lead_settings (
    exhibitor_id INTEGER PRIMARY KEY REFERENCES exhibitors(id),
    settings_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- Per-exhibitor sharing (PIPL art. 23: the recipient is named, the consent is separate): a
-- receipt with `exhibitor_id` is a decision for that exhibitor alone; the policy's purposes
-- keep `exhibitor_id` NULL. The visitor is asked once per exhibitor, at its first scan.
ALTER TABLE consent_receipts ADD COLUMN exhibitor_id INTEGER REFERENCES exhibitors(id);
CREATE TABLE share_requests (
    user_id INTEGER NOT NULL REFERENCES users(id),
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    asked_at TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    PRIMARY KEY (user_id, exhibitor_id)
);
