-- The dashboard's sums kept per quarter hour (UTC; every venue's midnight falls on one), so a
-- period of days reads a few hundred rows instead of every order: parts by step (count, revenue,
-- repeat orders) and paid sales by product. Triggers keep them; a part's step change moves its
-- numbers from the old step's row to the new one's, and its lines in or out of the sales.
-- A part is a repeat order when, as it is paid, its customer has paid an earlier order here.
ALTER TABLE order_parts ADD COLUMN repeat INTEGER NOT NULL DEFAULT 0;
CREATE TABLE part_buckets (
    exhibitor_id INTEGER NOT NULL,
    bucket TEXT NOT NULL,
    step TEXT NOT NULL,
    parts INTEGER NOT NULL,
    revenue_minor INTEGER NOT NULL,
    repeats INTEGER NOT NULL,
    PRIMARY KEY (exhibitor_id, bucket, step)
) WITHOUT ROWID;
CREATE TABLE sales_buckets (
    exhibitor_id INTEGER NOT NULL,
    bucket TEXT NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    revenue_minor INTEGER NOT NULL,
    PRIMARY KEY (exhibitor_id, bucket, product_id)
) WITHOUT ROWID;

UPDATE order_parts SET repeat = EXISTS (
    SELECT 1 FROM order_parts p2 JOIN orders o2 ON o2.id = p2.order_id
    WHERE p2.exhibitor_id = order_parts.exhibitor_id AND p2.order_id < order_parts.order_id
      AND o2.user_id = (SELECT user_id FROM orders WHERE id = order_parts.order_id)
      AND p2.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed'))
WHERE step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed');

INSERT INTO part_buckets
SELECT op.exhibitor_id,
       strftime('%Y-%m-%d %H:', o.placed_at) || printf('%02d', CAST(strftime('%M', o.placed_at) AS INTEGER) / 15 * 15),
       op.step, COUNT(*), SUM(op.subtotal_minor), SUM(op.repeat)
FROM order_parts op JOIN orders o ON o.id = op.order_id
GROUP BY 1, 2, 3;

INSERT INTO sales_buckets
SELECT op.exhibitor_id,
       strftime('%Y-%m-%d %H:', o.placed_at) || printf('%02d', CAST(strftime('%M', o.placed_at) AS INTEGER) / 15 * 15),
       ol.product_id, SUM(ol.quantity), SUM(ol.quantity * ol.unit_price_minor)
FROM order_parts op JOIN orders o ON o.id = op.order_id JOIN order_lines ol ON ol.part_id = op.id
WHERE op.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
GROUP BY 1, 2, 3;

CREATE TRIGGER part_counted AFTER INSERT ON order_parts BEGIN
    INSERT INTO part_buckets
    SELECT NEW.exhibitor_id,
           strftime('%Y-%m-%d %H:', o.placed_at) || printf('%02d', CAST(strftime('%M', o.placed_at) AS INTEGER) / 15 * 15),
           NEW.step, 1, NEW.subtotal_minor, 0
    FROM orders o WHERE o.id = NEW.order_id
    ON CONFLICT (exhibitor_id, bucket, step) DO UPDATE SET parts = parts + 1,
        revenue_minor = revenue_minor + excluded.revenue_minor;
END;

CREATE TRIGGER part_recounted AFTER UPDATE OF step ON order_parts WHEN OLD.step IS NOT NEW.step BEGIN
    -- Paid now for the first time: is it a repeat order?
    UPDATE order_parts SET repeat = EXISTS (
        SELECT 1 FROM order_parts p2 JOIN orders o2 ON o2.id = p2.order_id
        WHERE p2.exhibitor_id = NEW.exhibitor_id AND p2.order_id < NEW.order_id AND p2.id <> NEW.id
          AND o2.user_id = (SELECT user_id FROM orders WHERE id = NEW.order_id)
          AND p2.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed'))
    WHERE id = NEW.id
      AND OLD.step NOT IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
      AND NEW.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed');
    UPDATE part_buckets SET parts = parts - 1, revenue_minor = revenue_minor - NEW.subtotal_minor,
        repeats = repeats - OLD.repeat
    WHERE exhibitor_id = NEW.exhibitor_id AND step = OLD.step
      AND bucket = (SELECT strftime('%Y-%m-%d %H:', placed_at) || printf('%02d', CAST(strftime('%M', placed_at) AS INTEGER) / 15 * 15)
                    FROM orders WHERE id = NEW.order_id);
    INSERT INTO part_buckets
    SELECT NEW.exhibitor_id,
           strftime('%Y-%m-%d %H:', o.placed_at) || printf('%02d', CAST(strftime('%M', o.placed_at) AS INTEGER) / 15 * 15),
           NEW.step, 1, NEW.subtotal_minor, (SELECT repeat FROM order_parts WHERE id = NEW.id)
    FROM orders o WHERE o.id = NEW.order_id
    ON CONFLICT (exhibitor_id, bucket, step) DO UPDATE SET parts = parts + 1,
        revenue_minor = revenue_minor + excluded.revenue_minor, repeats = repeats + excluded.repeats;
    -- Into the paid set: its lines count as sales; out of it: they no longer do.
    INSERT INTO sales_buckets
    SELECT NEW.exhibitor_id,
           strftime('%Y-%m-%d %H:', o.placed_at) || printf('%02d', CAST(strftime('%M', o.placed_at) AS INTEGER) / 15 * 15),
           ol.product_id,
           (CASE WHEN NEW.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed') THEN 1 ELSE -1 END) * SUM(ol.quantity),
           (CASE WHEN NEW.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed') THEN 1 ELSE -1 END) * SUM(ol.quantity * ol.unit_price_minor)
    FROM order_lines ol JOIN orders o ON o.id = NEW.order_id
    WHERE ol.part_id = NEW.id
      AND (OLD.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed'))
          <> (NEW.step IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed'))
    GROUP BY ol.product_id
    ON CONFLICT (exhibitor_id, bucket, product_id) DO UPDATE SET quantity = quantity + excluded.quantity,
        revenue_minor = revenue_minor + excluded.revenue_minor;
END;

-- A line added to a part that is paid already (seeded data) counts at once.
CREATE TRIGGER line_counted AFTER INSERT ON order_lines
WHEN (SELECT step FROM order_parts WHERE id = NEW.part_id) IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')
BEGIN
    INSERT INTO sales_buckets
    SELECT op.exhibitor_id,
           strftime('%Y-%m-%d %H:', o.placed_at) || printf('%02d', CAST(strftime('%M', o.placed_at) AS INTEGER) / 15 * 15),
           NEW.product_id, NEW.quantity, NEW.quantity * NEW.unit_price_minor
    FROM order_parts op JOIN orders o ON o.id = op.order_id WHERE op.id = NEW.part_id
    ON CONFLICT (exhibitor_id, bucket, product_id) DO UPDATE SET quantity = quantity + excluded.quantity,
        revenue_minor = revenue_minor + excluded.revenue_minor;
END;
