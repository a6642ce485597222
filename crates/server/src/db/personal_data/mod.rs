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

mod tables;

pub use tables::PERSONAL_TABLES;

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
