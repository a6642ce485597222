-- Each part's pickup time copied on (a slot's start never changes; delivery parts sort last as
-- '~'), so the portal's "by pickup time" order reads an index instead of sorting every order.
ALTER TABLE order_parts ADD COLUMN pickup_sort TEXT NOT NULL DEFAULT '~';
UPDATE order_parts SET pickup_sort = COALESCE((SELECT starts_at FROM pickup_slots WHERE id = order_parts.slot_id), '~');
CREATE INDEX order_parts_pickup ON order_parts(exhibitor_id, pickup_sort, order_id);
CREATE TRIGGER part_pickup_sorted AFTER INSERT ON order_parts WHEN NEW.slot_id IS NOT NULL BEGIN
    UPDATE order_parts SET pickup_sort = COALESCE((SELECT starts_at FROM pickup_slots WHERE id = NEW.slot_id), '~')
    WHERE id = NEW.id;
END;
