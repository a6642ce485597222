//! An exhibitor's customers (issue 25): each one's four values, RFM segment and relationship
//! stage (`rules::customers`), the at-risk and red-carpet marks, filtered, sorted and paged.
//! Computed on every read from what the exhibitor knows, so nothing goes stale.

use chrono::{DateTime, Utc};
use expocx_contract::customers::{CustomerList, CustomerSummary, Rfm, Segment, Stage};
use expocx_contract::{Money, Page};
use rusqlite::Connection;

use std::collections::HashSet;

use crate::db::customers::{self as data, CustomerRow};
use crate::db::{shares, Result};
use crate::rules::customers::{quintile, segment, stage, values, Facts, THIN_SAMPLE};

/// Which customers a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Which {
    #[default]
    All,
    /// Stable or forming relationships whose recency or frequency dropped.
    AtRisk,
    /// Top value, and the rising ones.
    RedCarpet,
}

/// How a list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Revenue, highest first.
    #[default]
    Value,
    /// Last contact, latest first.
    Recent,
    /// Satisfaction, lowest first (who needs care).
    Satisfaction,
}

/// A customer list's filters.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub which: Which,
    pub stage: Option<Stage>,
    pub segment: Option<Segment>,
    /// Only customers met at the booth whose lead scores at least this now.
    pub min_score: Option<i32>,
    pub order: Order,
}

fn days_ago(t: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<u32> {
    t.map(|t| (now - t).num_days().max(0) as u32)
}

fn facts(r: &CustomerRow, now: DateTime<Utc>) -> Facts {
    let last_order = r.last_order_at;
    // Unhappy since the last order: a return, or a rating of 2 or less, after it.
    let after = |t: Option<DateTime<Utc>>| matches!((t, last_order), (Some(t), Some(o)) if t >= o);
    Facts {
        orders: r.orders,
        order_days: r.order_days,
        first_order_days_ago: days_ago(r.first_order_at, now),
        last_order_days_ago: days_ago(last_order, now),
        last_contact_days_ago: days_ago(Some(r.last_contact_at), now).unwrap_or(0),
        returned_or_cancelled: r.returns + r.cancelled,
        ratings: r.ratings.clone(),
        unhappy_since_last_order: after(r.last_return_at) || after(r.last_low_rating_at),
        revenue_minor: r.revenue_minor,
        fair_spend_minor: r.fair_spend_minor,
        cost_minor: None,
    }
}

/// A customer, and whether the exhibitor knows their name from an order or a quote (names are
/// read for the page alone; a lead's only while shared).
type Valued = (CustomerSummary, bool);

/// Every customer, valued against the exhibitor's others; `(customers, with orders)`.
fn valued(
    conn: &Connection,
    exhibitor_id: i64,
    now: DateTime<Utc>,
) -> Result<(Vec<Valued>, usize)> {
    let rows = data::all(conn, exhibitor_id)?;
    let facts: Vec<Facts> = rows.iter().map(|r| facts(r, now)).collect();
    let buyers: Vec<&Facts> = facts.iter().filter(|f| f.orders > 0).collect();
    let recency: Vec<f64> = buyers
        .iter()
        .map(|f| f64::from(f.last_order_days_ago.unwrap_or(0)))
        .collect();
    let frequency: Vec<f64> = buyers.iter().map(|f| f64::from(f.orders)).collect();
    let money: Vec<f64> = buyers.iter().map(|f| f.revenue_minor as f64).collect();
    // `quintile` searches each sample sorted.
    let [recency, frequency, money] = [recency, frequency, money].map(|mut v| {
        v.sort_by(f64::total_cmp);
        v
    });
    let customers = rows
        .iter()
        .zip(&facts)
        .map(|(r, f)| {
            let v = values(f);
            let rfm = (f.orders > 0).then(|| Rfm {
                r: quintile(
                    f64::from(f.last_order_days_ago.unwrap_or(0)),
                    &recency,
                    true,
                ),
                f: quintile(f64::from(f.orders), &frequency, false),
                m: quintile(f.revenue_minor as f64, &money, false),
            });
            let seg = segment(rfm);
            let st = stage(f);
            let rising = f.order_days >= 2 && f.last_order_days_ago.is_some_and(|d| d <= 1);
            let summary = CustomerSummary {
                user_id: r.user_id,
                name: None,
                stage: st,
                segment: seg,
                rfm,
                satisfaction: v.satisfaction,
                loyalty: v.loyalty,
                retained: v.retained,
                revenue: Money::cny(v.revenue_minor),
                margin: v.margin_minor.map(Money::cny),
                orders: f.orders,
                last_order_at: r.last_order_at.map(Into::into),
                last_contact_at: r.last_contact_at.into(),
                lead_id: r.lead_id,
                at_risk: f.orders > 0
                    && (seg == Segment::AtRisk || (st == Stage::Declining && f.orders >= 2)),
                red_carpet: seg == Segment::Champions || (rising && v.satisfaction >= 60),
            };
            (summary, r.known)
        })
        .collect();
    Ok((customers, buyers.len()))
}

/// The customers `filter` shows, sorted; and how many customers have orders.
fn select(
    conn: &Connection,
    exhibitor_id: i64,
    filter: &Filter,
    now: DateTime<Utc>,
) -> Result<(Vec<Valued>, usize)> {
    let (all, with_orders) = valued(conn, exhibitor_id, now)?;
    let mut shown: Vec<Valued> = all
        .into_iter()
        .filter(|(c, _)| match filter.which {
            Which::All => true,
            Which::AtRisk => c.at_risk,
            Which::RedCarpet => c.red_carpet,
        })
        .filter(|(c, _)| filter.stage.is_none_or(|s| c.stage == s))
        .filter(|(c, _)| filter.segment.is_none_or(|s| c.segment == s))
        .collect();
    if let Some(min) = filter.min_score {
        let scores = super::leads::scores(conn, exhibitor_id, now)?;
        shown.retain(|(c, _)| {
            c.lead_id
                .and_then(|l| scores.get(&l))
                .is_some_and(|s| *s >= min)
        });
    }
    match filter.order {
        Order::Value => shown.sort_by(|(a, _), (b, _)| {
            b.revenue
                .amount_minor
                .cmp(&a.revenue.amount_minor)
                .then(a.user_id.cmp(&b.user_id))
        }),
        Order::Recent => shown.sort_by(|(a, _), (b, _)| {
            b.last_contact_at
                .cmp(&a.last_contact_at)
                .then(a.user_id.cmp(&b.user_id))
        }),
        Order::Satisfaction => shown.sort_by(|(a, _), (b, _)| {
            a.satisfaction
                .cmp(&b.satisfaction)
                .then(a.user_id.cmp(&b.user_id))
        }),
    }
    Ok((shown, with_orders))
}

/// The customer with the name they let this exhibitor see: known from an order or a quote, or
/// a lead's while they share it (the latest decision, read now).
fn named(conn: &Connection, exhibitor_id: i64, (mut c, known): Valued) -> Result<CustomerSummary> {
    if known || shares::shares(conn, c.user_id, exhibitor_id)? {
        c.name = Some(data::name(conn, c.user_id)?);
    }
    Ok(c)
}

/// A page of the exhibitor's customers.
pub fn list(
    conn: &Connection,
    exhibitor_id: i64,
    filter: &Filter,
    (page, limit): (u32, u32),
    now: DateTime<Utc>,
) -> Result<CustomerList> {
    let (shown, with_orders) = select(conn, exhibitor_id, filter, now)?;
    let total = shown.len() as u64;
    let items = shown
        .into_iter()
        .skip(Page::<()>::offset(page, limit) as usize)
        .take(limit as usize)
        .map(|v| named(conn, exhibitor_id, v))
        .collect::<Result<_>>()?;
    Ok(CustomerList {
        customers: Page {
            items,
            page,
            limit,
            total,
        },
        with_orders: with_orders as u32,
        thin_sample: with_orders < THIN_SAMPLE,
    })
}

/// One customer, valued among the exhibitor's others (`None`: not its customer).
pub fn one(
    conn: &Connection,
    exhibitor_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<CustomerSummary>> {
    let (all, _) = valued(conn, exhibitor_id, now)?;
    all.into_iter()
        .find(|(c, _)| c.user_id == user_id)
        .map(|v| named(conn, exhibitor_id, v))
        .transpose()
}

/// A customer's standing with the exhibitor: `(account, stage, segment, lead)`.
pub type Standing = (i64, Stage, Segment, Option<i64>);

/// Each customer's standing (campaign audiences filter on it).
pub fn standing(conn: &Connection, exhibitor_id: i64, now: DateTime<Utc>) -> Result<Vec<Standing>> {
    let (all, _) = valued(conn, exhibitor_id, now)?;
    Ok(all
        .into_iter()
        .map(|(c, _)| (c.user_id, c.stage, c.segment, c.lead_id))
        .collect())
}

/// The accounts on the exhibitor's red-carpet list (its desk flags their tickets).
pub fn red_carpet(
    conn: &Connection,
    exhibitor_id: i64,
    now: DateTime<Utc>,
) -> Result<HashSet<i64>> {
    let (all, _) = valued(conn, exhibitor_id, now)?;
    Ok(all
        .into_iter()
        .filter(|(c, _)| c.red_carpet)
        .map(|(c, _)| c.user_id)
        .collect())
}

/// The customers `filter` shows as CSV (UTF-8 with a byte order mark, formula cells
/// neutralized): contact details only for those who share them at this moment. The export is in
/// the audit trail (who, how many rows), never the rows.
pub fn csv(
    conn: &Connection,
    (exhibitor_id, staff_id): (i64, i64),
    filter: &Filter,
    now: DateTime<Utc>,
) -> Result<String> {
    use crate::rules::csv::line;
    let (shown, _) = select(conn, exhibitor_id, filter, now)?;
    let mut out = String::from("\u{feff}");
    out.push_str(&line([
        "user_id",
        "name",
        "email",
        "phone",
        "company",
        "stage",
        "segment",
        "rfm",
        "satisfaction",
        "loyalty",
        "retained",
        "revenue",
        "orders",
        "last_order_at",
        "last_contact_at",
        "at_risk",
        "red_carpet",
    ]));
    let rows = shown.len();
    for v in shown {
        let c = named(conn, exhibitor_id, v)?;
        let contact = match shares::shares(conn, c.user_id, exhibitor_id)? {
            true => data::contact(conn, c.user_id)?,
            false => Default::default(),
        };
        let yes = |b: bool| if b { "yes" } else { "no" };
        let time = |t: &expocx_contract::Timestamp| DateTime::<Utc>::from(*t).to_rfc3339();
        out.push_str(&line([
            c.user_id.to_string().as_str(),
            c.name.as_deref().unwrap_or_default(),
            &contact.email,
            &contact.phone,
            &contact.company,
            c.stage.as_str(),
            c.segment.as_str(),
            &c.rfm
                .map(|r| format!("{}{}{}", r.r, r.f, r.m))
                .unwrap_or_default(),
            &c.satisfaction.to_string(),
            &c.loyalty.to_string(),
            yes(c.retained),
            &format!("{:.2}", c.revenue.amount_minor as f64 / 100.0),
            &c.orders.to_string(),
            &c.last_order_at.as_ref().map(time).unwrap_or_default(),
            &time(&c.last_contact_at),
            yes(c.at_risk),
            yes(c.red_carpet),
        ]));
    }
    let mut e = expocx_contract::AuditEvent::of(expocx_contract::AuditAction::CustomersExported);
    e.rows = Some(rows as u64);
    super::audit::record(conn, exhibitor_id, Some(staff_id), None, &e, now)?;
    Ok(out)
}
