-- The dashboard's funnel counts the views and adds to cart of one exhibitor's products.
CREATE INDEX analytics_events_product ON analytics_events(product_id, name, at);
