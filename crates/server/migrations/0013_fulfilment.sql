-- The exhibitor's own steps for its part of an order (confirmed, ready, shipped, completed),
-- who took each, and a version for If-Match. NULL status: nothing done yet (the order's status
-- counts: paid, cancelled, …). The order's status follows its least advanced part.
ALTER TABLE order_parts ADD COLUMN status TEXT;
ALTER TABLE order_parts ADD COLUMN tracking TEXT;
ALTER TABLE order_parts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX order_parts_exhibitor ON order_parts(exhibitor_id, order_id);
CREATE INDEX order_parts_code ON order_parts(pickup_code);

CREATE TABLE order_part_events (
    id INTEGER PRIMARY KEY,
    part_id INTEGER NOT NULL REFERENCES order_parts(id),
    status TEXT NOT NULL,
    staff_user_id INTEGER REFERENCES users(id),
    note TEXT,
    at TEXT NOT NULL
);
CREATE INDEX order_part_events_part ON order_part_events(part_id, id);
