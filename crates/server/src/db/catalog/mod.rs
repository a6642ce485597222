//! Reading the expo, halls, exhibitors, categories and products.

use chrono::{DateTime, Utc};
use expocx_contract::configure::ConfigModel;
use expocx_contract::{
    Category, Exhibitor, ExhibitorQuery, ExhibitorSummary, Expo, Hall, Localized, Money, Page,
    Product, ProductQuery, ProductSort, ProductSummary, Timestamp, DEFAULT_PAGE_LIMIT,
};
use rusqlite::{params_from_iter, types::Value, Connection, OptionalExtension, Row};

pub mod onboard;
pub mod staff_products;

use super::{image_url, like_pattern, Result};

fn loc(row: &Row, idx: &str) -> rusqlite::Result<Localized> {
    let s: String = row.get(idx)?;
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub fn expo(conn: &Connection) -> Result<Option<Expo>> {
    let halls = halls(conn)?;
    let counts: (u32, u32) = conn.query_row(
        "SELECT (SELECT COUNT(*) FROM exhibitors), (SELECT COUNT(*) FROM products WHERE published = 1)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let expo = conn
        .query_row(
            "SELECT id, name_json, tagline_json, venue_json, starts_on, ends_on, time_zone
             FROM expo ORDER BY id LIMIT 1",
            [],
            |r| {
                Ok(Expo {
                    id: r.get("id")?,
                    name: loc(r, "name_json")?,
                    tagline: loc(r, "tagline_json")?,
                    venue: loc(r, "venue_json")?,
                    starts_on: r.get("starts_on")?,
                    ends_on: r.get("ends_on")?,
                    time_zone: r.get("time_zone")?,
                    halls: Vec::new(),
                    exhibitor_count: counts.0,
                    product_count: counts.1,
                })
            },
        )
        .optional()?;
    Ok(expo.map(|e| Expo { halls, ..e }))
}

pub fn halls(conn: &Connection) -> Result<Vec<Hall>> {
    let mut stmt =
        conn.prepare("SELECT id, code, name_json, theme_json FROM halls ORDER BY code")?;
    let rows = stmt.query_map([], |r| {
        Ok(Hall {
            id: r.get("id")?,
            code: r.get("code")?,
            name: loc(r, "name_json")?,
            theme: loc(r, "theme_json")?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn categories(conn: &Connection) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.slug, c.name_json,
                (SELECT COUNT(*) FROM products p WHERE p.category_id = c.id AND p.published = 1) AS product_count
         FROM categories c ORDER BY c.position, c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Category {
            id: r.get("id")?,
            slug: r.get("slug")?,
            name: loc(r, "name_json")?,
            product_count: r.get("product_count")?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const EXHIBITOR_COLUMNS: &str = "e.id, e.name_json, e.hall_id, h.code AS hall_code, e.booth,
    e.tagline_json, e.featured, e.description_json,
    (SELECT COUNT(*) FROM products p WHERE p.exhibitor_id = e.id AND p.published = 1) AS product_count";

fn exhibitor_summary(r: &Row) -> rusqlite::Result<ExhibitorSummary> {
    let id: i64 = r.get("id")?;
    Ok(ExhibitorSummary {
        id,
        name: loc(r, "name_json")?,
        hall_id: r.get("hall_id")?,
        hall_code: r.get("hall_code")?,
        booth: r.get("booth")?,
        tagline: loc(r, "tagline_json")?,
        logo_url: format!("/media/exhibitors/{id}.svg"),
        featured: r.get("featured")?,
    })
}

/// Effective page and limit of a list query (already validated).
pub fn paging(page: Option<u32>, limit: Option<u32>) -> (u32, u32) {
    (page.unwrap_or(1), limit.unwrap_or(DEFAULT_PAGE_LIMIT))
}

pub fn exhibitors(conn: &Connection, q: &ExhibitorQuery) -> Result<Page<ExhibitorSummary>> {
    let mut cond = vec!["1 = 1".to_string()];
    let mut args: Vec<Value> = Vec::new();
    if let Some(words) = q.q.as_deref().filter(|w| !w.trim().is_empty()) {
        cond.push("e.search_text LIKE ? ESCAPE '\\'".into());
        args.push(like_pattern(words).into());
    }
    if let Some(hall) = q.hall {
        cond.push("e.hall_id = ?".into());
        args.push(hall.into());
    }
    if let Some(cat) = q.category {
        cond.push(
            "EXISTS (SELECT 1 FROM products p WHERE p.exhibitor_id = e.id AND p.category_id = ? AND p.published = 1)"
                .into(),
        );
        args.push(cat.into());
    }
    if let Some(f) = q.featured {
        cond.push("e.featured = ?".into());
        args.push((f as i64).into());
    }
    let where_sql = cond.join(" AND ");
    let total = count(conn, "exhibitors e", &where_sql, &args)?;
    let select = format!(
        "SELECT {EXHIBITOR_COLUMNS} FROM exhibitors e JOIN halls h ON h.id = e.hall_id
         WHERE {where_sql} ORDER BY e.featured DESC, h.code, e.booth"
    );
    page_of(
        conn,
        &select,
        args,
        total,
        paging(q.page, q.limit),
        exhibitor_summary,
    )
}

/// How many rows of `from` match `where_sql`.
fn count(conn: &Connection, from: &str, where_sql: &str, args: &[Value]) -> Result<u64> {
    Ok(conn.query_row(
        &format!("SELECT COUNT(*) FROM {from} WHERE {where_sql}"),
        params_from_iter(args.iter()),
        |r| r.get(0),
    )?)
}

/// One page of `select` (an ordered query without its `LIMIT`), each row read with `row`.
fn page_of<T>(
    conn: &Connection,
    select: &str,
    mut args: Vec<Value>,
    total: u64,
    (page, limit): (u32, u32),
    row: fn(&Row) -> rusqlite::Result<T>,
) -> Result<Page<T>> {
    args.push((limit as i64).into());
    args.push((((page - 1) as i64) * limit as i64).into());
    let mut stmt = conn.prepare(&format!("{select} LIMIT ? OFFSET ?"))?;
    let items = stmt
        .query_map(params_from_iter(args.iter()), row)?
        .collect::<Result<_, _>>()?;
    Ok(Page {
        items,
        total,
        page,
        limit,
    })
}

pub fn exhibitor(conn: &Connection, id: i64) -> Result<Option<Exhibitor>> {
    let ex = conn
        .query_row(
            &format!(
                "SELECT {EXHIBITOR_COLUMNS} FROM exhibitors e JOIN halls h ON h.id = e.hall_id
                 WHERE e.id = ?"
            ),
            [id],
            |r| {
                Ok(Exhibitor {
                    summary: exhibitor_summary(r)?,
                    description: loc(r, "description_json")?,
                    category_ids: Vec::new(),
                    product_count: r.get("product_count")?,
                })
            },
        )
        .optional()?;
    let Some(mut ex) = ex else { return Ok(None) };
    let mut stmt = conn.prepare(
        "SELECT DISTINCT category_id FROM products WHERE exhibitor_id = ? AND published = 1
         ORDER BY category_id",
    )?;
    ex.category_ids = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(Some(ex))
}

pub(super) const PRODUCT_COLUMNS: &str = "p.id, p.name_json, p.price_minor, p.currency, p.stock,
    p.category_id, p.exhibitor_id, e.name_json AS exhibitor_name_json, e.booth, p.featured,
    p.description_json, c.name_json AS category_name_json, h.code AS hall_code, p.version,
    p.option_name_json, p.options_json, p.image_key, p.published,
    p.config_json IS NOT NULL AS configurable";

pub(super) const PRODUCT_FROM: &str = "products p JOIN exhibitors e ON e.id = p.exhibitor_id
    JOIN categories c ON c.id = p.category_id JOIN halls h ON h.id = e.hall_id";

fn product_summary(r: &Row) -> rusqlite::Result<ProductSummary> {
    let id: i64 = r.get("id")?;
    Ok(ProductSummary {
        id,
        name: loc(r, "name_json")?,
        price: Money {
            amount_minor: r.get("price_minor")?,
            currency: r.get("currency")?,
        },
        stock: r.get("stock")?,
        image_url: image_url(id, r.get("image_key")?),
        category_id: r.get("category_id")?,
        exhibitor_id: r.get("exhibitor_id")?,
        exhibitor_name: loc(r, "exhibitor_name_json")?,
        booth: r.get("booth")?,
        featured: r.get("featured")?,
    })
}

/// When a published product's page last changed (kept by a trigger, migration 0024).
pub fn product_changed(conn: &Connection, id: i64) -> Result<Option<DateTime<Utc>>> {
    let at: Option<Timestamp> = conn
        .query_row(
            "SELECT updated_at FROM products WHERE id = ? AND published = 1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(at.map(Into::into))
}

/// Every published product's id, exhibitor and when its page last changed.
pub fn products_changed(conn: &Connection) -> Result<Vec<(i64, i64, DateTime<Utc>)>> {
    let mut stmt = conn.prepare(
        "SELECT id, exhibitor_id, updated_at FROM products WHERE published = 1 ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let at: Timestamp = r.get(2)?;
        Ok((r.get(0)?, r.get(1)?, at.into()))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn products(conn: &Connection, q: &ProductQuery) -> Result<Page<ProductSummary>> {
    let mut cond = vec!["p.published = 1".to_string()];
    let mut args: Vec<Value> = Vec::new();
    if let Some(words) = q.q.as_deref().filter(|w| !w.trim().is_empty()) {
        cond.push("p.search_text LIKE ? ESCAPE '\\'".into());
        args.push(like_pattern(words).into());
    }
    for (col, v) in [
        ("p.category_id = ?", q.category),
        ("p.exhibitor_id = ?", q.exhibitor),
        ("p.price_minor >= ?", q.min_price),
        ("p.price_minor <= ?", q.max_price),
        ("p.featured = ?", q.featured.map(i64::from)),
    ] {
        if let Some(v) = v {
            cond.push(col.into());
            args.push(v.into());
        }
    }
    let where_sql = cond.join(" AND ");
    let total = count(conn, "products p", &where_sql, &args)?;
    let order = match q.sort.unwrap_or_default() {
        ProductSort::Featured => "p.featured DESC, p.id",
        ProductSort::PriceAsc => "p.price_minor, p.id",
        ProductSort::PriceDesc => "p.price_minor DESC, p.id",
        ProductSort::Newest => "p.created_at DESC, p.id DESC",
        ProductSort::Name => "json_extract(p.name_json, '$.en') COLLATE NOCASE, p.id",
    };
    let select =
        format!("SELECT {PRODUCT_COLUMNS} FROM {PRODUCT_FROM} WHERE {where_sql} ORDER BY {order}");
    page_of(
        conn,
        &select,
        args,
        total,
        paging(q.page, q.limit),
        product_summary,
    )
}

/// A product the storefront shows (published).
pub fn product(conn: &Connection, id: i64) -> Result<Option<Product>> {
    Ok(product_with(conn, id)?
        .filter(|(_, published)| *published)
        .map(|(p, _)| p))
}

/// Any product, published or not, with whether it is.
pub fn product_with(conn: &Connection, id: i64) -> Result<Option<(Product, bool)>> {
    Ok(conn
        .query_row(
            &format!("SELECT {PRODUCT_COLUMNS} FROM {PRODUCT_FROM} WHERE p.id = ?"),
            [id],
            |r| Ok((product_row(r)?, r.get("published")?)),
        )
        .optional()?)
}

pub(super) fn product_row(r: &Row) -> rusqlite::Result<Product> {
    Ok(Product {
        summary: product_summary(r)?,
        description: loc(r, "description_json")?,
        category_name: loc(r, "category_name_json")?,
        hall_code: r.get("hall_code")?,
        version: r.get("version")?,
        option_name: r
            .get::<_, Option<String>>("option_name_json")?
            .and_then(|j| serde_json::from_str(&j).ok()),
        options: serde_json::from_str(&r.get::<_, String>("options_json")?).unwrap_or_default(),
        configurable: r.get("configurable")?,
    })
}

/// A published product's configuration model and its list price, if it has one.
/// The published products trade buyers can configure and ask a quote for (at most 100).
pub fn configurable(conn: &Connection) -> Result<Vec<ProductSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PRODUCT_COLUMNS} FROM {PRODUCT_FROM}
         WHERE p.published = 1 AND p.config_json IS NOT NULL ORDER BY p.exhibitor_id, p.id LIMIT 100"
    ))?;
    let rows = stmt
        .query_map([], product_summary)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A configurable product as a quote request needs it.
pub struct Configured {
    pub model: ConfigModel,
    pub price_minor: i64,
    pub currency: String,
    pub exhibitor_id: i64,
    pub name: Localized,
}

/// Published product `id` with its configuration model, if it is configurable.
pub fn configured(conn: &Connection, id: i64) -> Result<Option<Configured>> {
    let row: Option<(String, i64, String, i64, String)> = conn
        .query_row(
            "SELECT config_json, price_minor, currency, exhibitor_id, name_json FROM products
             WHERE id = ? AND published = 1 AND config_json IS NOT NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    Ok(
        row.and_then(|(json, price_minor, currency, exhibitor_id, name)| {
            Some(Configured {
                model: serde_json::from_str(&json).ok()?,
                price_minor,
                currency,
                exhibitor_id,
                name: super::loc(&name),
            })
        }),
    )
}

pub fn configuration(conn: &Connection, id: i64) -> Result<Option<(ConfigModel, i64)>> {
    let row: Option<(String, i64)> = conn
        .query_row(
            "SELECT config_json, price_minor FROM products
             WHERE id = ? AND published = 1 AND config_json IS NOT NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.and_then(|(json, price)| serde_json::from_str(&json).ok().map(|m| (m, price))))
}
