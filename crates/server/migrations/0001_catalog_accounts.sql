CREATE TABLE expo (
    id INTEGER PRIMARY KEY,
    name_json TEXT NOT NULL,
    tagline_json TEXT NOT NULL,
    venue_json TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    time_zone TEXT NOT NULL
);
CREATE TABLE halls (
    id INTEGER PRIMARY KEY,
    expo_id INTEGER NOT NULL REFERENCES expo(id),
    code TEXT NOT NULL UNIQUE,
    name_json TEXT NOT NULL,
    theme_json TEXT NOT NULL
);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_json TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE exhibitors (
    id INTEGER PRIMARY KEY,
    hall_id INTEGER NOT NULL REFERENCES halls(id),
    booth TEXT NOT NULL UNIQUE,
    name_json TEXT NOT NULL,
    tagline_json TEXT NOT NULL,
    description_json TEXT NOT NULL,
    featured INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    exhibitor_id INTEGER NOT NULL REFERENCES exhibitors(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    name_json TEXT NOT NULL,
    description_json TEXT NOT NULL,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0),
    featured INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    search_text TEXT NOT NULL
);
CREATE INDEX products_category ON products(category_id, price_minor);
CREATE INDEX products_exhibitor ON products(exhibitor_id);
CREATE INDEX products_price ON products(price_minor);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('visitor', 'exhibitor')),
    exhibitor_id INTEGER REFERENCES exhibitors(id),
    locale TEXT,
    created_at TEXT NOT NULL,
    CHECK ((role = 'exhibitor') = (exhibitor_id IS NOT NULL))
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
