-- A booth may cancel its part of a paid order, with a reason the customer is told, and refund
-- that part's share of what was paid.
ALTER TABLE order_parts ADD COLUMN cancel_reason TEXT;
ALTER TABLE order_parts ADD COLUMN cancelled_at TEXT;
ALTER TABLE order_parts ADD COLUMN refund_minor INTEGER;
