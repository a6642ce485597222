//! The exhibitor's own products as the booth's staff edit them: drafts included, every change
//! checked against the version the staff saw, and pictures uploaded in place of generated ones.
//! Another exhibitor's product reads as absent.

use chrono::{DateTime, Utc};
use expocx_contract::configure::ConfigModel;
use expocx_contract::{
    ErrorCode, FieldErrorCode, Localized, Page, ProductDraft, ProductUpdate, StaffProduct,
    PRODUCTS_PER_EXHIBITOR_MAX,
};
use rusqlite::{params, Connection, OptionalExtension};

use super::{product_row, PRODUCT_COLUMNS, PRODUCT_FROM};
use crate::db::{Error, Result};
use crate::ids::random_hex;

/// What the storefront's search matches: every language of the texts, lower-cased.
pub fn search_text(parts: &[&Localized]) -> String {
    parts
        .iter()
        .flat_map(|l| [&l.zh_hans, &l.zh_hant, &l.en])
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn staff_row(r: &rusqlite::Row) -> rusqlite::Result<StaffProduct> {
    Ok(StaffProduct {
        product: product_row(r)?,
        published: r.get("published")?,
    })
}

/// The booth's products, newest first; `published` narrows to the storefront's or the drafts.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    published: Option<bool>,
    page: u32,
    limit: u32,
) -> Result<Page<StaffProduct>> {
    let filter = "p.exhibitor_id = ?1 AND (?2 IS NULL OR p.published = ?2)";
    let total: u64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM products p WHERE {filter}"),
        params![exhibitor_id, published],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {PRODUCT_COLUMNS} FROM {PRODUCT_FROM} WHERE {filter}
         ORDER BY p.id DESC LIMIT ?3 OFFSET ?4"
    ))?;
    let offset = i64::from(page - 1) * i64::from(limit);
    let items = stmt
        .query_map(params![exhibitor_id, published, limit, offset], staff_row)?
        .collect::<Result<_, _>>()?;
    Ok(Page::new(items, total, page, limit))
}

/// One of the booth's products, published or not; `None` for any other exhibitor's.
pub fn get(conn: &Connection, exhibitor_id: i64, id: i64) -> Result<Option<StaffProduct>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {PRODUCT_COLUMNS} FROM {PRODUCT_FROM} WHERE p.id = ? AND p.exhibitor_id = ?"
            ),
            params![id, exhibitor_id],
            staff_row,
        )
        .optional()?)
}

fn category_name(conn: &Connection, id: i64) -> Result<Localized> {
    let name: Option<String> = conn
        .query_row("SELECT name_json FROM categories WHERE id = ?", [id], |r| {
            r.get(0)
        })
        .optional()?;
    name.and_then(|n| serde_json::from_str(&n).ok())
        .ok_or_else(|| Error::field("category_id", FieldErrorCode::InvalidValue))
}

/// Stores a checked draft as a new product of the booth.
pub fn create(
    conn: &Connection,
    exhibitor_id: i64,
    d: &ProductDraft,
    now: DateTime<Utc>,
) -> Result<StaffProduct> {
    let category = category_name(conn, d.category_id)?;
    let have: u32 = conn.query_row(
        "SELECT COUNT(*) FROM products WHERE exhibitor_id = ?",
        [exhibitor_id],
        |r| r.get(0),
    )?;
    if have >= PRODUCTS_PER_EXHIBITOR_MAX {
        return Err(Error::Conflict(
            ErrorCode::LimitReached,
            "The booth has as many products as it may have",
        ));
    }
    conn.execute(
        "INSERT INTO products (exhibitor_id, category_id, name_json, description_json, price_minor,
            currency, stock, featured, created_at, search_text, option_name_json, options_json,
            published)
         VALUES (?, ?, ?, ?, ?, 'CNY', ?, 0, ?, ?, ?, ?, ?)",
        params![
            exhibitor_id,
            d.category_id,
            json(&d.name),
            json(&d.description),
            d.price_minor,
            d.stock,
            now,
            search_text(&[&d.name, &d.description, &category]),
            d.option_name
                .as_ref()
                .filter(|_| !d.options.is_empty())
                .map(json),
            json(&d.options),
            d.published,
        ],
    )?;
    get(conn, exhibitor_id, conn.last_insert_rowid())?
        .ok_or_else(|| Error::Internal("the new product vanished".into()))
}

/// Applies the fields present if `version` is still the product's; `Ok(None)`: not this
/// booth's product; `Stale`: a colleague changed it first; `Invalid`: nothing stored.
pub fn update(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    version: i64,
    u: &ProductUpdate,
) -> Result<Option<StaffProduct>> {
    let Some(current) = get(conn, exhibitor_id, id)? else {
        return Ok(None);
    };
    if current.product.version != version {
        return Err(Error::Stale);
    }
    Error::check(u.validate(&current.product))?;
    let p = &current.product;
    let name = u.name.as_ref().unwrap_or(&p.summary.name);
    let description = u.description.as_ref().unwrap_or(&p.description);
    let (option_name, options) = match &u.options {
        Some(o) => (u.option_name.clone().filter(|_| !o.is_empty()), o),
        None => (p.option_name.clone(), &p.options),
    };
    let n = conn.execute(
        "UPDATE products SET price_minor = ?, stock = ?, name_json = ?, description_json = ?,
            published = ?, option_name_json = ?, options_json = ?, search_text = ?,
            version = version + 1
         WHERE id = ? AND version = ?",
        params![
            u.price_minor.unwrap_or(p.summary.price.amount_minor),
            u.stock.unwrap_or(p.summary.stock),
            json(name),
            json(description),
            u.published.unwrap_or(current.published),
            option_name.as_ref().map(json),
            json(options),
            search_text(&[name, description, &p.category_name]),
            id,
            version,
        ],
    )?;
    if n == 0 {
        return Err(Error::Stale);
    }
    get(conn, exhibitor_id, id)
}

/// The configuration model of the exhibitor's product `id`, published or not: `None` when it is
/// another booth's, `Some(None)` when it has no model.
pub fn config(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
) -> Result<Option<Option<ConfigModel>>> {
    let row: Option<Option<String>> = conn
        .query_row(
            "SELECT config_json FROM products WHERE id = ? AND exhibitor_id = ?",
            params![id, exhibitor_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(row.map(|json| json.and_then(|j| serde_json::from_str(&j).ok())))
}

/// Sets (with `None`: removes) the product's configuration model, already checked by the
/// caller, if `version` is still current.
pub fn set_config(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    version: i64,
    model: Option<&ConfigModel>,
) -> Result<Option<StaffProduct>> {
    if get(conn, exhibitor_id, id)?.is_none() {
        return Ok(None);
    }
    let n = conn.execute(
        "UPDATE products SET config_json = ?, version = version + 1 WHERE id = ? AND version = ?",
        params![model.map(json), id, version],
    )?;
    if n == 0 {
        return Err(Error::Stale);
    }
    get(conn, exhibitor_id, id)
}

/// Replaces the product's picture with an upload (its type already read from the bytes); the
/// product's version moves on, so open editors learn of it.
pub fn set_image(
    conn: &Connection,
    exhibitor_id: i64,
    id: i64,
    content_type: &str,
    data: &[u8],
    now: DateTime<Utc>,
) -> Result<Option<StaffProduct>> {
    if get(conn, exhibitor_id, id)?.is_none() {
        return Ok(None);
    }
    let key = random_hex(16);
    conn.execute("DELETE FROM product_images WHERE product_id = ?", [id])?;
    conn.execute(
        "INSERT INTO product_images (key, product_id, content_type, data, uploaded_at)
         VALUES (?, ?, ?, ?, ?)",
        params![key, id, content_type, data, now],
    )?;
    conn.execute(
        "UPDATE products SET image_key = ?, version = version + 1 WHERE id = ?",
        params![key, id],
    )?;
    get(conn, exhibitor_id, id)
}

/// An uploaded picture by its key: its type and bytes.
pub fn image(conn: &Connection, key: &str) -> Result<Option<(String, Vec<u8>)>> {
    Ok(conn
        .query_row(
            "SELECT content_type, data FROM product_images WHERE key = ?",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}
