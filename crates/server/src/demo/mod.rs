//! Demo data that makes the product feel real: one expo, three halls, fourteen exhibitors,
//! ten categories and 170-odd products, in the three languages. Deterministic, so tests can
//! rely on it; loaded only into an empty database.

use expocx_contract::{Lang, Localized, Role, StaffRole};
use rusqlite::{params, Connection};

use crate::db::{Error, Result};
use crate::passwords::hash_now;

pub mod campaigns;
pub mod history;
pub mod leads;
pub mod orders;
pub mod quotes;
mod seeds;
mod shop;
mod trade;

use crate::db::auth::{create_user, NewUser};
use seeds::*;

/// Demo accounts (documented in the README).
pub const VISITOR_EMAIL: &str = "visitor@demo.expocx.test";
pub const VISITOR_PASSWORD: &str = "visit-expo-2026";
pub const EXHIBITOR_EMAILS: [&str; 2] = ["tea@demo.expocx.test", "ceramics@demo.expocx.test"];
pub const EXHIBITOR_PASSWORD: &str = "exhibit-expo-2026";

/// Loads the demo data unless the database already has an expo.
pub fn load(conn: &mut Connection) -> Result<bool> {
    let has: i64 = conn.query_row("SELECT COUNT(*) FROM expo", [], |r| r.get(0))?;
    if has > 0 {
        return Ok(false);
    }
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO expo (id, name_json, tagline_json, venue_json, starts_on, ends_on, time_zone)
         VALUES (1, ?, ?, ?, '2026-12-03', '2026-12-06', 'Asia/Shanghai')",
        params![
            json(&l((
                "2026 国际生活方式博览会",
                "2026 國際生活方式博覽會",
                "International Lifestyle Expo 2026"
            ))),
            json(&l((
                "发现好物，直达展位",
                "發現好物，直達展位",
                "Discover, buy, and pick up at the booth"
            ))),
            json(&l((
                "上海国家会展中心",
                "上海國家會展中心",
                "National Exhibition and Convention Center, Shanghai"
            ))),
        ],
    )?;
    for (i, (code, name, theme)) in HALLS.iter().enumerate() {
        tx.execute(
            "INSERT INTO halls (id, expo_id, code, name_json, theme_json) VALUES (?, 1, ?, ?, ?)",
            params![i as i64 + 1, code, json(&l(*name)), json(&l(*theme))],
        )?;
    }
    for (i, c) in CATEGORIES.iter().enumerate() {
        tx.execute(
            "INSERT INTO categories (id, slug, name_json, position) VALUES (?, ?, ?, ?)",
            params![i as i64 + 1, c.slug, json(&l(c.name)), i as i64],
        )?;
    }
    let mut product_id = 0i64;
    for (ei, e) in EXHIBITORS.iter().enumerate() {
        let ex_id = ei as i64 + 1;
        let name = l(e.name);
        let tagline = l(e.tagline);
        let cats: Vec<&CategorySeed> = e.cats.iter().map(|&c| &CATEGORIES[c]).collect();
        let cat_names: Vec<Localized> = cats.iter().map(|c| l(c.name)).collect();
        let description =
            Localized {
                zh_hans: format!(
                    "{}位于{}展位 {}，带来{}等展会好物。支持展位自提与快递到家。",
                    name.zh_hans,
                    l(HALLS[e.hall].1).zh_hans,
                    e.booth,
                    cat_names
                        .iter()
                        .map(|c| c.zh_hans.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                zh_hant: format!(
                    "{}位於{}展位 {}，帶來{}等展會好物。支援展位自取與快遞到府。",
                    name.zh_hant,
                    l(HALLS[e.hall].1).zh_hant,
                    e.booth,
                    cat_names
                        .iter()
                        .map(|c| c.zh_hant.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                en: format!(
                "{} brings {} to booth {} in {}. Pick up at the booth or have it delivered home.",
                name.en,
                cat_names.iter().map(|c| c.en.to_lowercase()).collect::<Vec<_>>().join(" and "),
                e.booth, l(HALLS[e.hall].1).en
            ),
            };
        tx.execute(
            "INSERT INTO exhibitors (id, hall_id, booth, name_json, tagline_json, description_json, featured, search_text)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            params![ex_id, e.hall as i64 + 1, e.booth, json(&name), json(&tagline), json(&description),
                    e.featured, search_text(&[&name, &tagline, &description])],
        )?;
        // Each exhibitor sells every item of its categories in two of the variants.
        for cat in &cats {
            let cat_index = CATEGORIES
                .iter()
                .position(|c| c.slug == cat.slug)
                .unwrap_or(0) as i64;
            for (ii, (item, base)) in cat.items.iter().enumerate() {
                for (vi, (variant, pct)) in VARIANTS.iter().enumerate() {
                    if (ii + vi + ei) % 3 == 0 {
                        continue; // two of three variants per item, varying by exhibitor
                    }
                    product_id += 1;
                    let item = l(*item);
                    let variant = l(*variant);
                    let pname = Localized {
                        zh_hans: format!("{} · {}", item.zh_hans, variant.zh_hans),
                        zh_hant: format!("{} · {}", item.zh_hant, variant.zh_hant),
                        en: format!("{} · {}", item.en, variant.en),
                    };
                    let about = l(cat.about);
                    let pdesc = Localized {
                        zh_hans: format!(
                            "{}。{}出品，展位 {} 可现场自提。",
                            about.zh_hans, name.zh_hans, e.booth
                        ),
                        zh_hant: format!(
                            "{}。{}出品，展位 {} 可現場自取。",
                            about.zh_hant, name.zh_hant, e.booth
                        ),
                        en: format!(
                            "{}. Made by {}; pick it up at booth {}.",
                            about.en, name.en, e.booth
                        ),
                    };
                    // Prices end in 9 or 0 like real ones; a little spread per exhibitor.
                    let yuan = (base * pct / 100) + (ei as i64 % 3) * 10;
                    let price_minor =
                        (yuan * 100 / 1000 * 1000).max(1900) + if yuan % 2 == 0 { 900 } else { 0 };
                    let stock = (product_id * 37) % 120 - 6;
                    let featured = (product_id % 9) == 0;
                    let created_at = format!(
                        "2026-10-{:02}T{:02}:00:00Z",
                        1 + (product_id % 28),
                        product_id % 24
                    );
                    tx.execute(
                        "INSERT INTO products (id, exhibitor_id, category_id, name_json, description_json, price_minor,
                         currency, stock, featured, created_at, search_text)
                         VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)",
                        params![product_id, ex_id, cat_index + 1, json(&pname), json(&pdesc), price_minor,
                                stock.max(0), featured, created_at, search_text(&[&pname, &pdesc, &l(cat.name)])],
                    )?;
                }
            }
        }
    }
    shop::load(&tx)?;
    trade::load(&tx)?;
    let visitor_hash = hash_now(VISITOR_PASSWORD).map_err(Error::Internal)?;
    create_user(
        &tx,
        &NewUser {
            email: VISITOR_EMAIL,
            password_hash: &visitor_hash,
            display_name: "林小梅",
            role: Role::Visitor,
            exhibitor_id: None,
            staff_role: None,
            locale: Some(Lang::ZhHans),
        },
    )?;
    let exhibitor_hash = hash_now(EXHIBITOR_PASSWORD).map_err(Error::Internal)?;
    // Each demo exhibitor's team: its owner, a manager and booth staff (`tea-manager@…`,
    // `tea-booth@…`).
    let teams = EXHIBITOR_EMAILS
        .iter()
        .zip([
            ["翠峰茶庄 · 王磊", "翠峰茶庄 · 李娜", "翠峰茶庄 · 赵强"],
            ["青瓷坊 · 陈静", "青瓷坊 · 周敏", "青瓷坊 · 孙浩"],
        ])
        .enumerate();
    for (i, (email, names)) in teams {
        let (local, domain) = email.split_once('@').unwrap_or((email, ""));
        for (role, name) in StaffRole::ALL.into_iter().zip(names) {
            let email = match role {
                StaffRole::Owner => email.to_string(),
                other => format!("{local}-{}@{domain}", other.as_str()),
            };
            create_user(
                &tx,
                &NewUser {
                    email: &email,
                    password_hash: &exhibitor_hash,
                    display_name: name,
                    role: Role::Exhibitor,
                    exhibitor_id: Some(i as i64 + 1),
                    staff_role: Some(role),
                    locale: None,
                },
            )?;
        }
    }
    quotes::load(&tx, &visitor_hash, chrono::Utc::now())?;
    let first_morning = "2026-12-03T01:00:00Z"
        .parse()
        .unwrap_or_else(|_| chrono::Utc::now());
    leads::load(&tx, "!", first_morning)?;
    tx.commit()?;
    Ok(true)
}

/// Grows the demo catalog to `exhibitors` exhibitors and `products` products (benchmarks: the
/// storefront must stay fast with thousands of products). Copies of existing rows with new
/// names; idempotent.
pub fn grow(conn: &mut Connection, exhibitors: i64, products: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let have: i64 = tx.query_row("SELECT COUNT(*) FROM exhibitors", [], |r| r.get(0))?;
    for i in have..exhibitors {
        let n = i + 1;
        let name = Localized {
            zh_hans: format!("基准展商 {n}"),
            zh_hant: format!("基準展商 {n}"),
            en: format!("Benchmark exhibitor {n}"),
        };
        tx.execute(
            "INSERT INTO exhibitors (hall_id, booth, name_json, tagline_json, description_json, featured, search_text)
             VALUES (?, ?, ?, ?, ?, 0, ?)",
            params![n % 3 + 1, format!("H{}-Z{n:02}", n % 3 + 1), json(&name), json(&name), json(&name),
                    search_text(&[&name])],
        )?;
    }
    let ex_count: i64 = tx.query_row("SELECT COUNT(*) FROM exhibitors", [], |r| r.get(0))?;
    let have: i64 = tx.query_row("SELECT COUNT(*) FROM products", [], |r| r.get(0))?;
    let base: i64 = have.max(1);
    for i in have..products {
        // A copy of an existing product, spread over every exhibitor and category.
        let src = i % base + 1;
        let ex = i % ex_count + 1;
        tx.execute(
            "INSERT INTO products (exhibitor_id, category_id, name_json, description_json, price_minor, currency,
                stock, featured, created_at, search_text, option_name_json, options_json)
             SELECT ?, category_id, json_set(name_json, '$.en', json_extract(name_json, '$.en') || ' #' || ?),
                description_json, price_minor + (? % 50) * 100, currency, stock, 0, created_at,
                search_text || ' ' || ?, option_name_json, options_json
             FROM products WHERE id = ?",
            params![ex, i, i, i, src],
        )?;
    }
    tx.commit()?;
    Ok(())
}
