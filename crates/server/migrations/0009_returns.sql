-- Returns of order lines, their steps, and photos attached to a return.
CREATE TABLE returns (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    order_id INTEGER NOT NULL REFERENCES orders(id),
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL,
    refund_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX returns_user ON returns(user_id, id);
CREATE INDEX returns_exhibitor ON returns(exhibitor_id, status, id);
CREATE TABLE return_lines (
    id INTEGER PRIMARY KEY,
    return_id INTEGER NOT NULL REFERENCES returns(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    product_id INTEGER NOT NULL,
    option_id TEXT,
    name_json TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    refund_minor INTEGER NOT NULL
);
CREATE INDEX return_lines_return ON return_lines(return_id);
CREATE TABLE return_events (
    id INTEGER PRIMARY KEY,
    return_id INTEGER NOT NULL REFERENCES returns(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX return_events_return ON return_events(return_id, id);
ALTER TABLE photos ADD COLUMN return_id INTEGER REFERENCES returns(id);
