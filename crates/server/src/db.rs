//! The data layer: one SQLite database (WAL) behind one handle. Everything SQL lives here and in
//! the query modules below it, so another store (PostgreSQL) can replace it later.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use crate::api::ApiError;

pub mod auth;
pub mod catalog;
pub mod commerce;
pub mod consent;
pub mod personal_data;

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    r#"
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
"#,
    r#"
CREATE TABLE consent_policy (
    version INTEGER PRIMARY KEY,
    published_on TEXT NOT NULL,
    changes_json TEXT NOT NULL
);
CREATE TABLE consent_purposes (
    id TEXT PRIMARY KEY,
    grp TEXT NOT NULL,
    title_json TEXT NOT NULL,
    description_json TEXT NOT NULL,
    data_categories_json TEXT NOT NULL,
    retention_days INTEGER NOT NULL,
    required INTEGER NOT NULL,
    since_version INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE consent_receipts (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    user_id INTEGER REFERENCES users(id),
    device_id TEXT,
    purpose TEXT NOT NULL REFERENCES consent_purposes(id),
    granted INTEGER NOT NULL,
    policy_version INTEGER NOT NULL,
    channel TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK (user_id IS NOT NULL OR device_id IS NOT NULL)
);
CREATE INDEX consent_receipts_user ON consent_receipts(user_id, seq);
CREATE INDEX consent_receipts_device ON consent_receipts(device_id, seq);
CREATE TABLE analytics_events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id),
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    product_id INTEGER,
    at TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX analytics_events_user ON analytics_events(user_id);
CREATE INDEX analytics_events_device ON analytics_events(device_id);
ALTER TABLE idempotency_keys ADD COLUMN user_id INTEGER REFERENCES users(id);
"#,
    r#"
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
"#,
];

/// A handle on the database; cheap to clone.
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> rusqlite::Result<Db> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&conn)?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection off the async runtime.
    pub async fn call<R, F>(&self, f: F) -> Result<R, ApiError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R, ApiError> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| ApiError::internal(format!("database task failed: {e}")))?
    }

    /// Runs `f` synchronously (startup, demo data).
    pub fn with<R>(&self, f: impl FnOnce(&mut Connection) -> R) -> R {
        let mut guard = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut guard)
    }
}

fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    let done: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        conn.execute_batch(&format!(
            "BEGIN; {sql}; PRAGMA user_version = {}; COMMIT;",
            i + 1
        ))?;
    }
    Ok(())
}

/// Localized text stored as a JSON column (empty when unreadable).
pub fn loc(s: &str) -> expocx_contract::Localized {
    serde_json::from_str(s).unwrap_or_default()
}

/// A value for a JSON column.
pub fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub fn like_pattern(words: &str) -> String {
    let mut out = String::from("%");
    for c in words.trim().to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        ApiError::internal(format!("database: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_pattern_treats_wildcards_as_text() {
        assert_eq!(like_pattern(" 100%_Tea "), "%100\\%\\_tea%");
    }

    #[test]
    fn migrations_run_once_and_record_the_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        Db::open(&path).unwrap();
        let db = Db::open(&path).unwrap(); // second open must not re-run
        let v: usize = db.with(|c| {
            c.pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap()
        });
        assert_eq!(v, MIGRATIONS.len());
        let mode: String = db.with(|c| {
            c.pragma_query_value(None, "journal_mode", |r| r.get(0))
                .unwrap()
        });
        assert_eq!(mode, "wal");
    }
}
