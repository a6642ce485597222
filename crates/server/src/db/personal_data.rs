//! Every table that holds personal data, in one list: export and erasure both walk it, so a
//! feature that adds such a table adds one entry here (a test fails if it is forgotten).

use std::collections::BTreeMap;

use rusqlite::types::ValueRef;
use rusqlite::{params_from_iter, Connection};
use serde_json::{Map, Value};

use super::Result;

/// What erasure does with a table's rows of the person.
pub enum Erase {
    Delete,
    /// Kept because the law requires it (orders); these columns are cleared.
    Anonymize(&'static [&'static str]),
}

pub struct PersonalTable {
    pub table: &'static str,
    /// Name of the section in the export.
    pub section: &'static str,
    pub user_column: &'static str,
    /// Rows recorded by the person's browser before or without signing in.
    pub device_column: Option<&'static str>,
    /// Secrets never exported (hashes).
    pub hidden: &'static [&'static str],
    pub erase: Erase,
}

/// Children before parents: erasure runs in this order.
pub const PERSONAL_TABLES: &[PersonalTable] = &[
    PersonalTable {
        table: "sessions",
        section: "sessions",
        user_column: "user_id",
        device_column: None,
        hidden: &["token_hash"],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "wechat_tickets",
        section: "sessions",
        user_column: "user_id",
        device_column: None,
        hidden: &["hash"],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "idempotency_keys",
        section: "request_log",
        user_column: "user_id",
        device_column: None,
        hidden: &["request_hash"],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "consent_receipts",
        section: "consent_receipts",
        user_column: "user_id",
        device_column: Some("device_id"),
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "analytics_events",
        section: "analytics_events",
        user_column: "user_id",
        device_column: Some("device_id"),
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "cart_lines",
        section: "cart",
        user_column: "user_id",
        device_column: None,
        hidden: &["seq"],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "carts",
        section: "cart_settings",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "addresses",
        section: "addresses",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "points_ledger",
        section: "points",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "notification_prefs",
        section: "notification_preferences",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "outbox",
        section: "messages",
        user_column: "user_id",
        device_column: None,
        hidden: &["batch"],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "photos",
        section: "photos",
        user_column: "user_id",
        device_column: None,
        hidden: &["data"],
        erase: Erase::Delete,
    },
    // Quotes (issue 24): the buyer's own words and company go with them; the quote stays for the
    // exhibitor, anonymized (its open ones were withdrawn first). Staff stay unnamed.
    PersonalTable {
        table: "quote_messages",
        section: "quote_messages",
        user_column: "member_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["text", "member_id"]),
    },
    PersonalTable {
        table: "quote_messages",
        section: "quote_replies_written",
        user_column: "staff_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["staff_id"]),
    },
    PersonalTable {
        table: "quote_revisions",
        section: "quote_revisions_written",
        user_column: "staff_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["staff_id"]),
    },
    PersonalTable {
        table: "quotes",
        section: "quotes_assigned",
        user_column: "assignee_id",
        device_column: None,
        hidden: &["buyer_id", "buyer_company"],
        erase: Erase::Anonymize(&["assignee_id"]),
    },
    PersonalTable {
        table: "quotes",
        section: "quotes",
        user_column: "buyer_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["buyer_company", "buyer_id"]),
    },
    // What staff did stays on the orders and tickets without naming the staff account.
    PersonalTable {
        table: "order_part_events",
        section: "order_steps_taken",
        user_column: "staff_user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["staff_user_id"]),
    },
    PersonalTable {
        table: "ticket_notes",
        section: "internal_notes_written",
        user_column: "staff_user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["staff_user_id"]),
    },
    PersonalTable {
        table: "tickets",
        section: "tickets_assigned",
        user_column: "assignee_user_id",
        device_column: None,
        // The member's own words are theirs, not the staff member's data.
        hidden: &["user_id", "subject", "rating_comment"],
        erase: Erase::Anonymize(&["assignee_user_id"]),
    },
    // Replies written by staff stay in the member's ticket without naming the staff account.
    PersonalTable {
        table: "ticket_messages",
        section: "service_replies_written",
        user_column: "staff_user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["staff_user_id"]),
    },
    PersonalTable {
        table: "ticket_messages",
        section: "ticket_messages",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "tickets",
        section: "tickets",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "return_events",
        section: "return_steps",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "return_lines",
        section: "return_lines",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "returns",
        section: "returns",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "coupons",
        section: "coupons",
        user_column: "owner_user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "badges",
        section: "badge",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    // Leads (issue 25): an exhibitor's lead on the visitor becomes anonymous (its notes and
    // answers were deleted first, `domain::leads::before_erasure`); staff stay unnamed.
    PersonalTable {
        table: "lead_notes",
        section: "lead_notes_written",
        user_column: "staff_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["staff_id"]),
    },
    PersonalTable {
        table: "leads",
        section: "leads_assigned",
        user_column: "assignee_id",
        device_column: None,
        hidden: &["user_id"],
        erase: Erase::Anonymize(&["assignee_id"]),
    },
    PersonalTable {
        table: "leads",
        section: "leads_scanned",
        user_column: "scanned_by",
        device_column: None,
        hidden: &["user_id"],
        erase: Erase::Anonymize(&["scanned_by"]),
    },
    PersonalTable {
        table: "leads",
        section: "leads",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["user_id"]),
    },
    PersonalTable {
        table: "share_requests",
        section: "contact_share_requests",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "badge_scans",
        section: "badge_scans",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    PersonalTable {
        table: "interest_profiles",
        section: "interest_profile",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    // Orders are kept for the bookkeeping the law requires, without the person: the account
    // link and the delivery address (name, phone) are cleared. Before `offers` (they refer to it).
    // The order's customer, copied onto each exhibitor's part for the dashboard's sums.
    PersonalTable {
        table: "order_parts",
        section: "order_parts",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["user_id"]),
    },
    PersonalTable {
        table: "orders",
        section: "orders",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["user_id", "address_json", "offer_id"]),
    },
    PersonalTable {
        table: "offers",
        section: "offers",
        user_column: "user_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Delete,
    },
    // The team's audit trail stays with the exhibitor; the person's name goes (`actor` and the
    // member an event is about are shown by their current name, none once erased).
    PersonalTable {
        table: "audit_events",
        section: "audit_events_done",
        user_column: "actor_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["actor_id"]),
    },
    PersonalTable {
        table: "audit_events",
        section: "audit_events_about",
        user_column: "subject_id",
        device_column: None,
        hidden: &[],
        erase: Erase::Anonymize(&["subject_id"]),
    },
    PersonalTable {
        table: "team_invites",
        section: "team_invites_sent",
        user_column: "created_by",
        device_column: None,
        hidden: &["token_hash"],
        erase: Erase::Anonymize(&["created_by"]),
    },
    PersonalTable {
        table: "team_invites",
        section: "team_invite_accepted",
        user_column: "accepted_by",
        device_column: None,
        hidden: &["token_hash"],
        erase: Erase::Anonymize(&["accepted_by"]),
    },
    PersonalTable {
        table: "users",
        section: "account",
        user_column: "id",
        device_column: None,
        hidden: &["password_hash"],
        erase: Erase::Delete,
    },
];

fn to_json(v: ValueRef) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::from(format!("<{} bytes>", b.len())),
    }
}

/// The rows of the person: by account, and the rows the browser recorded anonymously (by its
/// device key's hash) where the table has them. Never another account's rows through a device.
fn filter(
    t: &PersonalTable,
    user_id: i64,
    device_id: Option<&str>,
) -> (String, Vec<rusqlite::types::Value>) {
    match (t.device_column, device_id) {
        (Some(col), Some(d)) => (
            format!("({0} = ? OR ({col} = ? AND {0} IS NULL))", t.user_column),
            vec![user_id.into(), d.to_string().into()],
        ),
        _ => (format!("{} = ?", t.user_column), vec![user_id.into()]),
    }
}

/// Everything held about `user_id` (and what the device whose key hashes to `device_id`
/// recorded anonymously), by section.
pub fn export(
    conn: &Connection,
    user_id: i64,
    device_id: Option<&str>,
) -> Result<BTreeMap<String, Value>> {
    let mut out = BTreeMap::new();
    for t in PERSONAL_TABLES {
        let (cond, args) = filter(t, user_id, device_id);
        let mut stmt = conn.prepare(&format!("SELECT * FROM {} WHERE {cond}", t.table))?;
        let names: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut list = Vec::new();
        while let Some(row) = rows.next()? {
            let mut obj = Map::new();
            for (i, name) in names.iter().enumerate() {
                if !t.hidden.contains(&name.as_str()) {
                    obj.insert(name.clone(), to_json(row.get_ref(i)?));
                }
            }
            list.push(Value::Object(obj));
        }
        out.insert(t.section.to_string(), Value::Array(list));
    }
    Ok(out)
}

/// Rows per export section.
pub type RowCounts = BTreeMap<String, u64>;

/// Removes or anonymizes every row of the person, in one transaction. Returns counts per table:
/// (removed, anonymized).
pub fn erase(
    conn: &mut Connection,
    user_id: i64,
    device_id: Option<&str>,
) -> Result<(RowCounts, RowCounts)> {
    let tx = conn.transaction()?;
    let mut removed = BTreeMap::new();
    let mut anonymized = BTreeMap::new();
    for t in PERSONAL_TABLES {
        let (cond, args) = filter(t, user_id, device_id);
        match t.erase {
            Erase::Delete => {
                let n = tx.execute(
                    &format!("DELETE FROM {} WHERE {cond}", t.table),
                    params_from_iter(args.iter()),
                )?;
                removed.insert(t.section.to_string(), n as u64);
            }
            Erase::Anonymize(cols) => {
                let set = cols
                    .iter()
                    .map(|c| format!("{c} = NULL"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let n = tx.execute(
                    &format!("UPDATE {} SET {set} WHERE {cond}", t.table),
                    params_from_iter(args.iter()),
                )?;
                anonymized.insert(t.section.to_string(), n as u64);
            }
        }
    }
    if let Some(d) = device_id {
        tx.execute("DELETE FROM devices WHERE key_hash = ?", [d])?;
    }
    tx.commit()?;
    Ok((removed, anonymized))
}
