-- The exhibitor's step of each part, kept by triggers (the order's status until it is paid and
-- after it ends, the part's own step in between), so the portal's list filters, counts and
-- sorts 50,000 orders per exhibitor from an index instead of evaluating every row.
ALTER TABLE order_parts ADD COLUMN step TEXT NOT NULL DEFAULT 'awaiting_payment';
-- The order's placing time and customer on each part: the dashboard's period sums read one
-- covering index of the exhibitor's parts instead of joining every order.
ALTER TABLE order_parts ADD COLUMN placed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE order_parts ADD COLUMN user_id INTEGER;
UPDATE order_parts SET placed_at = (SELECT placed_at FROM orders WHERE id = order_parts.order_id),
    user_id = (SELECT user_id FROM orders WHERE id = order_parts.order_id);
UPDATE order_parts SET step = (
    SELECT CASE WHEN o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                THEN COALESCE(order_parts.status, 'paid') ELSE o.status END
    FROM orders o WHERE o.id = order_parts.order_id);
CREATE INDEX order_parts_step ON order_parts(exhibitor_id, step, order_id);
CREATE INDEX order_parts_amount ON order_parts(exhibitor_id, subtotal_minor, order_id);
CREATE INDEX order_lines_sales ON order_lines(part_id, product_id, quantity, unit_price_minor);
CREATE INDEX order_parts_period ON order_parts(exhibitor_id, placed_at, step, subtotal_minor, user_id, order_id);

CREATE TRIGGER part_placed AFTER INSERT ON order_parts BEGIN
    UPDATE order_parts SET step = (
        SELECT CASE WHEN o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                    THEN COALESCE(NEW.status, 'paid') ELSE o.status END
        FROM orders o WHERE o.id = NEW.order_id),
        placed_at = (SELECT placed_at FROM orders WHERE id = NEW.order_id),
        user_id = (SELECT user_id FROM orders WHERE id = NEW.order_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER part_stepped AFTER UPDATE OF status ON order_parts BEGIN
    UPDATE order_parts SET step = (
        SELECT CASE WHEN o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
                    THEN COALESCE(NEW.status, 'paid') ELSE o.status END
        FROM orders o WHERE o.id = NEW.order_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER order_stepped AFTER UPDATE OF status ON orders BEGIN
    UPDATE order_parts SET step =
        CASE WHEN NEW.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
             THEN COALESCE(status, 'paid') ELSE NEW.status END
    WHERE order_id = NEW.id;
END;
