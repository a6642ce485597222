//! The data layer: one SQLite database (WAL) behind one handle. Everything SQL lives here and in
//! the data modules below it, so another store (PostgreSQL) can replace it later.
//!
//! Each data module is a leaf: SQL for one group of tables, importing no sibling module (a
//! folder's children import only their parent). What follows from what — a payment, a
//! cancellation, a refund, a consent check, a message to a person — is the domain layer's
//! (`crate::domain`), which calls these modules. `leaf_rule` below enforces it.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

pub mod account;
pub mod audit;
pub mod auth;
pub mod badges;
pub mod campaigns;
pub mod cart;
pub mod catalog;
pub mod consent;
pub mod coupons;
pub mod customers;
pub mod dashboard;
pub mod devices;
mod error;
pub mod halls;
pub mod idempotency;
pub mod interests;
pub mod leads;
#[cfg(test)]
mod leaf_rule;
pub mod membership;
pub mod notify;
pub mod offers;
pub mod orders;
pub mod personal_data;
pub mod quotes;
pub mod service;
pub mod shares;
pub mod team;

pub use error::{col, Codec, Error, Result};

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_catalog_accounts.sql"),
    include_str!("../../migrations/0002_consent_events.sql"),
    include_str!("../../migrations/0003_commerce.sql"),
    include_str!("../../migrations/0004_hardening.sql"),
    include_str!("../../migrations/0005_account.sql"),
    include_str!("../../migrations/0006_membership.sql"),
    include_str!("../../migrations/0007_notifications.sql"),
    include_str!("../../migrations/0008_service.sql"),
    include_str!("../../migrations/0009_returns.sql"),
    include_str!("../../migrations/0010_badges.sql"),
    include_str!("../../migrations/0011_personal_coupons.sql"),
    include_str!("../../migrations/0012_wechat.sql"),
    include_str!("../../migrations/0013_fulfilment.sql"),
    include_str!("../../migrations/0014_figures.sql"),
    include_str!("../../migrations/0015_staff_desk.sql"),
    include_str!("../../migrations/0016_part_steps.sql"),
    include_str!("../../migrations/0017_listings.sql"),
    include_str!("../../migrations/0018_part_cancel.sql"),
    include_str!("../../migrations/0019_figure_buckets.sql"),
    include_str!("../../migrations/0020_pickup_sort.sql"),
    include_str!("../../migrations/0021_consent_decided_at.sql"),
    include_str!("../../migrations/0022_refunds.sql"),
    include_str!("../../migrations/0023_wechat_mini.sql"),
    include_str!("../../migrations/0024_product_updated_at.sql"),
    include_str!("../../migrations/0025_staff_roles.sql"),
    include_str!("../../migrations/0026_teams.sql"),
    include_str!("../../migrations/0027_exhibitor_categories.sql"),
    include_str!("../../migrations/0028_product_config.sql"),
    include_str!("../../migrations/0029_invite_mail.sql"),
    include_str!("../../migrations/0030_quotes.sql"),
    include_str!("../../migrations/0031_leads.sql"),
    include_str!("../../migrations/0032_customer_sums.sql"),
    include_str!("../../migrations/0033_badge_key.sql"),
    include_str!("../../migrations/0034_campaigns.sql"),
    include_str!("../../migrations/0035_offer_channels.sql"),
];

/// Told how long each call waited for the connection (`/metrics` sets it; the data layer knows
/// nothing of metrics).
static WAIT_OBSERVER: std::sync::OnceLock<fn(std::time::Duration)> = std::sync::OnceLock::new();

/// Has `record` told how long each database call waits for the connection (set once).
pub fn observe_waits(record: fn(std::time::Duration)) {
    let _ = WAIT_OBSERVER.set(record);
}

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
        // A booth's 50,000 orders and their customers stay in memory between requests (the
        // default 2 MB cache made every search read them again from the file).
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "mmap_size", 268_435_456)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&conn)?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection off the async runtime (the wait for the connection is
    /// recorded for `/metrics`).
    pub async fn call<R, F>(&self, f: F) -> Result<R>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R> + Send + 'static,
    {
        let conn = self.conn.clone();
        let asked = std::time::Instant::now();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(record) = WAIT_OBSERVER.get() {
                record(asked.elapsed());
            }
            f(&mut guard)
        })
        .await
        .map_err(|e| Error::Internal(format!("database task failed: {e}")))?
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

/// The venue's time zone (UTC when the expo names none this server knows).
pub fn venue_tz(conn: &Connection) -> Result<chrono_tz::Tz> {
    let name: Option<String> = conn
        .query_row("SELECT time_zone FROM expo LIMIT 1", [], |r| r.get(0))
        .ok();
    Ok(name.and_then(|n| n.parse().ok()).unwrap_or(chrono_tz::UTC))
}

/// The exhibitor's step for its part: its own step once the order is paid, else the order's
/// (kept in `order_parts.step` by the triggers of migration 0016).
pub(crate) const STEP: &str = "op.step";

/// Where a product's picture is: the uploaded one (a new upload has a new key, so it is
/// fetched at once and cached for long), else the generated one.
pub fn image_url(id: i64, image_key: Option<String>) -> String {
    match image_key {
        Some(key) => format!("{}/product-images/{key}", expocx_contract::API_PREFIX),
        None => format!("/media/products/{id}.svg"),
    }
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
