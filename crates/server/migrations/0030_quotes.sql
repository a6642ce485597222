-- Trade buyers' quotes (issue 24). A quote is addressed to one exhibitor; its lines are the
-- configured products as asked; each answer is a revision; the thread holds both sides'
-- messages and the exhibitor's internal notes. Accepting places an order (`order_id`).
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    -- NULL once the buyer erased their account (the quote stays, anonymized, for the exhibitor).
    buyer_id INTEGER REFERENCES users(id),
    status TEXT NOT NULL CHECK (status IN ('requested', 'quoted', 'accepted', 'ordered',
        'declined', 'withdrawn')),
    needed_by TEXT,
    region TEXT NOT NULL DEFAULT '',
    -- The buyer's company as it was asked (printed on the document); cleared on erasure.
    buyer_company TEXT,
    assignee_id INTEGER REFERENCES users(id),
    answer_by TEXT NOT NULL,
    first_answered_at TEXT,
    -- The latest revision's validity: the end of its last day in the venue's time zone (UTC).
    valid_until TEXT,
    valid_end TEXT,
    total_minor INTEGER,
    currency TEXT NOT NULL,
    order_id INTEGER REFERENCES orders(id),
    accepted_version INTEGER,
    expiry_told_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX quotes_desk ON quotes(exhibitor_id, status, answer_by);
CREATE INDEX quotes_buyer ON quotes(buyer_id, updated_at);

CREATE TABLE quote_lines (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    -- The product's name as it was asked: the document does not change with the catalog.
    name_json TEXT NOT NULL,
    configuration_json TEXT NOT NULL,
    chosen_json TEXT NOT NULL,
    list_unit_minor INTEGER NOT NULL,
    UNIQUE (quote_id, position)
);

CREATE TABLE quote_revisions (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    -- The answer as sent (prices per line, validity, terms) and the unit prices it gave.
    answer_json TEXT NOT NULL,
    units_json TEXT NOT NULL,
    total_minor INTEGER NOT NULL,
    staff_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (quote_id, number)
);

CREATE TABLE quote_messages (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('member', 'staff')),
    -- The buyer who wrote it (their words are erased with them) or the staff member.
    member_id INTEGER REFERENCES users(id),
    staff_id INTEGER REFERENCES users(id),
    text TEXT,
    internal INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX quote_messages_quote ON quote_messages(quote_id, id);
