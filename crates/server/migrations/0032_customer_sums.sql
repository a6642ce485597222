-- Per-customer sums of an exhibitor's orders (issue 25), kept by triggers as the dashboard's
-- buckets are, so the customer list reads one small row per buyer instead of every order part.
-- A row is recomputed from that buyer's parts whenever one of them is added, changes step or
-- amount, or loses its account (erasure anonymizes `order_parts.user_id`): never drifts.
CREATE TABLE customer_sums (
    exhibitor_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    orders INTEGER NOT NULL,
    order_days INTEGER NOT NULL,
    first_at TEXT,
    last_at TEXT,
    revenue_minor INTEGER NOT NULL,
    cancelled INTEGER NOT NULL,
    PRIMARY KEY (exhibitor_id, user_id)
) WITHOUT ROWID;

-- What each visitor spent at the whole fair (paid parts at every exhibitor): loyalty's share.
CREATE TABLE fair_spend (
    user_id INTEGER PRIMARY KEY,
    spend_minor INTEGER NOT NULL
);

CREATE INDEX order_parts_buyer ON order_parts(user_id, exhibitor_id, step, placed_at, subtotal_minor);

CREATE VIEW customer_sums_source AS
SELECT exhibitor_id, user_id,
       SUM(step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')) AS orders,
       COUNT(DISTINCT CASE WHEN step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                           THEN substr(placed_at, 1, 10) END) AS order_days,
       MIN(CASE WHEN step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                THEN placed_at END) AS first_at,
       MAX(CASE WHEN step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                THEN placed_at END) AS last_at,
       COALESCE(SUM(CASE WHEN step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                         THEN subtotal_minor END), 0) AS revenue_minor,
       SUM(step = 'cancelled') AS cancelled
FROM order_parts WHERE user_id IS NOT NULL
GROUP BY user_id, exhibitor_id;

CREATE VIEW fair_spend_source AS
SELECT user_id, SUM(subtotal_minor) AS spend_minor
FROM order_parts
WHERE user_id IS NOT NULL
  AND step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
GROUP BY user_id;

INSERT INTO customer_sums SELECT * FROM customer_sums_source;
INSERT INTO fair_spend SELECT * FROM fair_spend_source;

CREATE TRIGGER customer_sums_insert AFTER INSERT ON order_parts WHEN NEW.user_id IS NOT NULL
BEGIN
    DELETE FROM customer_sums WHERE exhibitor_id = NEW.exhibitor_id AND user_id = NEW.user_id;
    INSERT INTO customer_sums SELECT * FROM customer_sums_source
        WHERE user_id = NEW.user_id AND exhibitor_id = NEW.exhibitor_id;
    DELETE FROM fair_spend WHERE user_id = NEW.user_id;
    INSERT INTO fair_spend SELECT * FROM fair_spend_source WHERE user_id = NEW.user_id;
END;

CREATE TRIGGER customer_sums_update
AFTER UPDATE OF step, subtotal_minor, placed_at, user_id, exhibitor_id ON order_parts
BEGIN
    DELETE FROM customer_sums WHERE exhibitor_id = OLD.exhibitor_id AND user_id = OLD.user_id;
    INSERT INTO customer_sums SELECT * FROM customer_sums_source
        WHERE user_id = OLD.user_id AND exhibitor_id = OLD.exhibitor_id;
    DELETE FROM fair_spend WHERE user_id = OLD.user_id;
    INSERT INTO fair_spend SELECT * FROM fair_spend_source WHERE user_id = OLD.user_id;
    DELETE FROM customer_sums WHERE exhibitor_id = NEW.exhibitor_id AND user_id = NEW.user_id;
    INSERT INTO customer_sums SELECT * FROM customer_sums_source
        WHERE user_id = NEW.user_id AND exhibitor_id = NEW.exhibitor_id;
    DELETE FROM fair_spend WHERE user_id = NEW.user_id;
    INSERT INTO fair_spend SELECT * FROM fair_spend_source WHERE user_id = NEW.user_id;
END;

CREATE TRIGGER customer_sums_delete AFTER DELETE ON order_parts WHEN OLD.user_id IS NOT NULL
BEGIN
    DELETE FROM customer_sums WHERE exhibitor_id = OLD.exhibitor_id AND user_id = OLD.user_id;
    INSERT INTO customer_sums SELECT * FROM customer_sums_source
        WHERE user_id = OLD.user_id AND exhibitor_id = OLD.exhibitor_id;
    DELETE FROM fair_spend WHERE user_id = OLD.user_id;
    INSERT INTO fair_spend SELECT * FROM fair_spend_source WHERE user_id = OLD.user_id;
END;
