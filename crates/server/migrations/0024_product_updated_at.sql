-- When a product's page last changed (its name, price, stock, picture, options…): the sitemap's
-- `lastmod` and the contract's `updated_at`. Kept by one trigger, so no write path can forget it.
ALTER TABLE products ADD COLUMN updated_at TEXT;
UPDATE products SET updated_at = created_at;
CREATE TRIGGER products_updated_at AFTER UPDATE ON products
WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE products SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER products_created_at AFTER INSERT ON products
WHEN NEW.updated_at IS NULL
BEGIN
    UPDATE products SET updated_at = NEW.created_at WHERE id = NEW.id;
END;
