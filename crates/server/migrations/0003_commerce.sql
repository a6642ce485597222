ALTER TABLE halls ADD COLUMN map_width INTEGER NOT NULL DEFAULT 120;
ALTER TABLE halls ADD COLUMN map_height INTEGER NOT NULL DEFAULT 80;
ALTER TABLE exhibitors ADD COLUMN booth_x INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exhibitors ADD COLUMN booth_y INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exhibitors ADD COLUMN booth_w INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exhibitors ADD COLUMN booth_h INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN option_name_json TEXT;
ALTER TABLE products ADD COLUMN options_json TEXT NOT NULL DEFAULT '[]';
CREATE TABLE pickup_slots (
    id INTEGER PRIMARY KEY,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0)
);
CREATE INDEX pickup_slots_exhibitor ON pickup_slots(exhibitor_id, starts_at);
CREATE TABLE coupons (
    code TEXT PRIMARY KEY COLLATE NOCASE,
    percent_off INTEGER,
    amount_off_minor INTEGER,
    min_total_minor INTEGER NOT NULL DEFAULT 0,
    category_id INTEGER REFERENCES categories(id),
    exhibitor_id INTEGER REFERENCES exhibitors(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    description_json TEXT NOT NULL,
    CHECK ((percent_off IS NULL) != (amount_off_minor IS NULL))
);
CREATE TABLE carts (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    coupon_code TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE cart_lines (
    seq INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    product_id INTEGER NOT NULL,
    option_id TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    seen_price_minor INTEGER,
    UNIQUE (user_id, product_id, option_id)
);
CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    percent_off INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_by_order INTEGER
);
CREATE INDEX offers_user ON offers(user_id, created_at);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    user_id INTEGER REFERENCES users(id),
    status TEXT NOT NULL,
    payment TEXT NOT NULL,
    subtotal_minor INTEGER NOT NULL,
    discount_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    coupon_code TEXT,
    offer_id INTEGER REFERENCES offers(id),
    address_json TEXT,
    placed_at TEXT NOT NULL
);
CREATE INDEX orders_user ON orders(user_id, id);
CREATE TABLE order_parts (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    method TEXT NOT NULL CHECK (method IN ('pickup', 'delivery')),
    slot_id INTEGER REFERENCES pickup_slots(id),
    pickup_code TEXT NOT NULL,
    subtotal_minor INTEGER NOT NULL
);
CREATE INDEX order_parts_order ON order_parts(order_id);
CREATE INDEX order_parts_slot ON order_parts(slot_id);
CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    part_id INTEGER NOT NULL REFERENCES order_parts(id),
    product_id INTEGER NOT NULL,
    option_id TEXT,
    name_json TEXT NOT NULL,
    option_label_json TEXT,
    quantity INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL
);
CREATE INDEX order_lines_part ON order_lines(part_id);
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    provider TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE TABLE interest_profiles (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    profile_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
