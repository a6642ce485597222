//! A customer seen whole by an exhibitor (issue 25, "customer 360"): their values, what they did
//! with this exhibitor (orders, quotes, tickets, returns, notes on their lead) and what they allow
//! it now. Nothing of what they did with other exhibitors, and contact details only while shared.

use chrono::{DateTime, Utc};
use expocx_contract::consent::purpose;
use expocx_contract::customers::{Customer, CustomerAllows};
use rusqlite::Connection;

use super::customers;
use crate::db::consent::{self, Subject};
use crate::db::{customers as data, leads, shares, Result};

/// The exhibitor's customer `user_id` (`None` for anyone who is not its customer).
pub fn customer(
    conn: &Connection,
    exhibitor_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Customer>> {
    let Some(summary) = customers::one(conn, exhibitor_id, user_id, now)? else {
        return Ok(None);
    };
    let contact = shares::shares(conn, user_id, exhibitor_id)?;
    let who = Subject::User(user_id);
    let marketing = [
        (purpose::MARKETING_SMS, "sms"),
        (purpose::MARKETING_EMAIL, "email"),
        (purpose::MARKETING_WECHAT, "wechat"),
    ];
    let state = consent::state(conn, &who)?;
    let allows = CustomerAllows {
        contact,
        analytics: state.allows(purpose::ANALYTICS),
        personalization: state.allows(purpose::PERSONALIZATION),
        marketing: marketing
            .iter()
            .filter(|(p, _)| state.allows(p))
            .map(|(_, c)| c.to_string())
            .collect(),
    };
    let notes = match summary.lead_id {
        Some(lead) => leads::notes(conn, lead)?,
        None => Vec::new(),
    };
    Ok(Some(Customer {
        contact: if contact {
            Some(data::contact(conn, user_id)?)
        } else {
            None
        },
        orders: data::orders(conn, exhibitor_id, user_id)?,
        quotes: data::quotes(conn, exhibitor_id, user_id, now)?,
        tickets: data::tickets(conn, exhibitor_id, user_id)?,
        returns: data::returns(conn, exhibitor_id, user_id)?,
        notes,
        allows,
        summary,
    }))
}
