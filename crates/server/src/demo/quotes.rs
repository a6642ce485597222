//! The demo's trade buyer and quotes (issue 24), so the quote desk is not empty on first run:
//! Hanse Teehaus's buyer has asked Celadon Studio for teapots (one waiting for an answer, one
//! quoted, one expired, one declined) and Jade Peak for tea in bulk (waiting, overdue).
//! `seed` gives an exhibitor thousands more (benchmarks).

use chrono::{DateTime, Duration, Utc};
use expocx_contract::configure::Configuration;
use expocx_contract::quotes::{ChosenOption, LinePrice, QuoteAnswer, QuoteStatus};
use expocx_contract::{Day, Money, Profile, Role};
use rusqlite::{params, Connection};

use crate::db::auth::{create_user, NewUser};
use crate::db::quotes::{self as data, NewLine, NewRequest, NewRevision, Writer};
use crate::db::{account, catalog, Result};

pub const BUYER_EMAIL: &str = "buyer@demo.expocx.test";

/// A line of `product` configured with `choices` for `quantity` pieces, priced by its model.
fn line(conn: &Connection, product: i64, choices: &[&str], quantity: u32) -> Result<NewLine> {
    let p = catalog::configured(conn, product)?.ok_or(crate::db::Error::NotFound)?;
    let configuration = Configuration {
        choices: choices.iter().map(|c| c.to_string()).collect(),
        quantity,
    };
    let price = p
        .model
        .price(p.price_minor, &configuration)
        .map_err(|c| crate::db::Error::Internal(format!("demo configuration: {c:?}")))?;
    let chosen = p
        .model
        .groups
        .iter()
        .flat_map(|g| g.options.iter().map(move |o| (g, o)))
        .filter(|(_, o)| choices.contains(&o.id.as_str()))
        .map(|(g, o)| ChosenOption {
            group: g.name.clone(),
            option: o.label.clone(),
        })
        .collect();
    Ok(NewLine {
        product_id: product,
        name: p.name,
        configuration,
        chosen,
        list_unit: Money {
            amount_minor: price.unit_minor,
            currency: p.currency,
        },
    })
}

/// One demo quote: asked `asked` ago; answered with `discount_bp` off, valid `valid_days` from
/// today (negative: expired), when given; then moved to `end` when given.
struct Demo<'a> {
    product: i64,
    choices: &'a [&'a str],
    quantity: u32,
    asked: Duration,
    message: &'a str,
    answer: Option<(i64, i64)>,
    end: Option<QuoteStatus>,
}

fn make(conn: &Connection, buyer: i64, d: &Demo, now: DateTime<Utc>) -> Result<i64> {
    let l = line(conn, d.product, d.choices, d.quantity)?;
    let exhibitor: i64 = conn.query_row(
        "SELECT exhibitor_id FROM products WHERE id = ?",
        [d.product],
        |r| r.get(0),
    )?;
    let at = now - d.asked;
    let req = NewRequest {
        exhibitor_id: exhibitor,
        buyer_id: buyer,
        buyer_company: "Hanse Teehaus GmbH",
        needed_by: Some(Day::from((now + Duration::days(45)).date_naive())),
        region: "Hamburg, DE",
        answer_by: at + Duration::hours(24),
    };
    let (unit, qty) = (l.list_unit.amount_minor, i64::from(d.quantity));
    let id = data::insert(conn, &req, &[l], at)?;
    if !d.message.is_empty() {
        data::add_message(conn, id, Writer::Buyer(buyer), d.message, at)?;
    }
    if let Some((discount_bp, valid_days)) = d.answer {
        let staff: i64 = conn.query_row(
            "SELECT id FROM users WHERE exhibitor_id = ? AND staff_role = 'owner'",
            [exhibitor],
            |r| r.get(0),
        )?;
        let price = LinePrice::Discount {
            basis_points: discount_bp,
        };
        let valid_until = (now + Duration::days(valid_days)).date_naive();
        let answer = QuoteAnswer {
            prices: vec![price],
            valid_until: valid_until.into(),
            payment_terms: "30 % deposit, balance before shipping".into(),
            delivery_terms: "Sea freight, insured".into(),
            incoterm: "FOB Shanghai".into(),
            lead_days: 20,
            note: String::new(),
        };
        let u = expocx_contract::quotes::unit_after(unit, price);
        let answered = at + Duration::hours(3);
        let rev = NewRevision {
            answer: &answer,
            units: &[u],
            total_minor: u * qty,
            valid_end: crate::rules::quotes::valid_end(valid_until, crate::db::venue_tz(conn)?),
            staff_id: staff,
        };
        data::add_revision(conn, id, 1, &rev, answered)?;
    }
    if let Some(end) = d.end {
        let version: i64 =
            conn.query_row("SELECT version FROM quotes WHERE id = ?", [id], |r| {
                r.get(0)
            })?;
        data::set_status(conn, id, version, end, at + Duration::hours(5))?;
    }
    Ok(id)
}

/// The trade buyer `buyer@demo.expocx.test` (the visitor's password) and their quotes.
pub fn load(tx: &Connection, password_hash: &str, now: DateTime<Utc>) -> Result<()> {
    let Some(buyer) = create_user(
        tx,
        &NewUser {
            email: BUYER_EMAIL,
            password_hash,
            display_name: "Anna Weber",
            role: Role::Visitor,
            exhibitor_id: None,
            staff_role: None,
            locale: Some(expocx_contract::Lang::En),
        },
    )?
    else {
        return Ok(());
    };
    let profile = Profile {
        display_name: "Anna Weber".into(),
        phone: String::new(),
        company: "Hanse Teehaus GmbH".into(),
        job_title: "Head of purchasing".into(),
    };
    account::save_profile(tx, buyer.id, &profile)?;
    let (teapot, tea) = trade_products(tx)?;
    let h = Duration::hours;
    let demos = [
        Demo {
            product: teapot,
            choices: &["celadon", "large"],
            quantity: 120,
            asked: h(2),
            message: "For our spring catalogue: can you fire 120 in two batches?",
            answer: None,
            end: None,
        },
        Demo {
            product: teapot,
            choices: &["crackle", "small"],
            quantity: 60,
            asked: h(30),
            message: "Sample first, then the order.",
            answer: Some((500, 14)),
            end: None,
        },
        Demo {
            product: teapot,
            choices: &["celadon", "small"],
            quantity: 50,
            asked: h(24 * 12),
            message: "",
            answer: Some((300, -2)),
            end: None,
        },
        Demo {
            product: teapot,
            choices: &["celadon", "small"],
            quantity: 200,
            asked: h(24 * 20),
            message: "",
            answer: Some((800, 10)),
            end: Some(QuoteStatus::Declined),
        },
        Demo {
            product: tea,
            choices: &["bag"],
            quantity: 40,
            asked: h(30),
            message: "Bulk packaging for our shop, please.",
            answer: None,
            end: None,
        },
    ];
    for d in &demos {
        make(tx, buyer.id, d, now)?;
    }
    Ok(())
}

/// The demo's configurable teapot and tea.
fn trade_products(conn: &Connection) -> Result<(i64, i64)> {
    let find = |like: &str| -> Result<i64> {
        Ok(conn.query_row(
            "SELECT id FROM products WHERE config_json IS NOT NULL AND name_json LIKE ? ORDER BY id LIMIT 1",
            [like],
            |r| r.get(0),
        )?)
    };
    let teapot = find("%Ru ware teapot%")?;
    let tea: i64 = conn.query_row(
        "SELECT id FROM products WHERE config_json IS NOT NULL AND id <> ? ORDER BY id LIMIT 1",
        [teapot],
        |r| r.get(0),
    )?;
    Ok((teapot, tea))
}

/// Tops the quotes of the exhibitor with staff account `staff_email` up to `count`, in every
/// state, asked over the last 60 days (benchmarks of the quote desk).
pub fn seed(conn: &mut Connection, staff_email: &str, count: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let exhibitor: i64 = tx.query_row(
        "SELECT exhibitor_id FROM users WHERE email = ?",
        [staff_email],
        |r| r.get(0),
    )?;
    let have: i64 = tx.query_row(
        "SELECT COUNT(*) FROM quotes WHERE exhibitor_id = ?",
        [exhibitor],
        |r| r.get(0),
    )?;
    let buyer: i64 = tx.query_row("SELECT id FROM users WHERE email = ?", [BUYER_EMAIL], |r| {
        r.get(0)
    })?;
    let product: i64 = tx.query_row(
        "SELECT id FROM products WHERE exhibitor_id = ? AND config_json IS NOT NULL ORDER BY id LIMIT 1",
        [exhibitor],
        |r| r.get(0),
    )?;
    let choices: &[&str] = if tx.query_row(
        "SELECT config_json LIKE '%\"glaze\"%' FROM products WHERE id = ?",
        [product],
        |r| r.get::<_, bool>(0),
    )? {
        &["celadon", "small"]
    } else {
        &["bag"]
    };
    let now = Utc::now();
    let ends = [
        None,
        None,
        Some(QuoteStatus::Declined),
        Some(QuoteStatus::Withdrawn),
        None,
    ];
    for i in have..count {
        let d = Demo {
            product,
            choices,
            quantity: 50 + (i % 150) as u32,
            asked: Duration::minutes(i * 17 % (60 * 24 * 60)),
            message: "",
            answer: (i % 3 != 0).then_some((i % 900, i % 40 - 10)),
            end: ends[(i % 5) as usize],
        };
        make(&tx, buyer, &d, now)?;
    }
    tx.execute("ANALYZE", params![])?;
    tx.commit()?;
    Ok(())
}
