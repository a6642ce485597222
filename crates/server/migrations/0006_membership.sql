-- Membership points and the orders' status timeline.
CREATE TABLE points_ledger (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    order_id INTEGER REFERENCES orders(id),
    kind TEXT NOT NULL,
    points INTEGER NOT NULL,
    -- Earned rows only: what is not used, taken back or expired yet, and until when.
    remaining INTEGER NOT NULL DEFAULT 0,
    expires_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX points_user ON points_ledger(user_id, id);
CREATE INDEX points_due ON points_ledger(expires_at) WHERE remaining > 0;

CREATE TABLE order_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    status TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX order_events_order ON order_events(order_id, id);
INSERT INTO order_events (order_id, status, at) SELECT id, 'awaiting_payment', placed_at FROM orders;
INSERT INTO order_events (order_id, status, at)
    SELECT id, status, placed_at FROM orders WHERE status <> 'awaiting_payment';

-- Every change of an order's status is on its timeline, whoever makes it.
CREATE TRIGGER order_placed AFTER INSERT ON orders BEGIN
    INSERT INTO order_events (order_id, status, at) VALUES (NEW.id, NEW.status, NEW.placed_at);
END;
CREATE TRIGGER order_moved AFTER UPDATE OF status ON orders WHEN NEW.status <> OLD.status BEGIN
    INSERT INTO order_events (order_id, status, at)
        VALUES (NEW.id, NEW.status, strftime('%Y-%m-%d %H:%M:%f+00:00', 'now'));
END;
