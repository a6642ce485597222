-- The exhibitor's own catalog: drafts the storefront does not show, and an uploaded picture in
-- place of the generated one. A picture is named by a random key (so a draft's picture cannot
-- be guessed) and replaced, never edited.
ALTER TABLE products ADD COLUMN published INTEGER NOT NULL DEFAULT 1;
ALTER TABLE products ADD COLUMN image_key TEXT;
CREATE TABLE product_images (
    key TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL UNIQUE REFERENCES products(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    data BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX products_exhibitor_listing ON products(exhibitor_id, published, id);
