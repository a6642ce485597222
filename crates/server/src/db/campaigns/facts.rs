//! What the guardrails read of a group of members, each fact one query for the whole group:
//! the audience's live count and each batch of the sender. A small group (`ids`, at most
//! `PROBE_MAX`) is looked up member by member through the indexes; a large one reads each
//! table's rows whole, which is cheaper than 100,000 lookups.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use expocx_contract::{purpose, Channel};
use rusqlite::{params, Connection};

use crate::db::{json, Result};

/// Groups up to this size are looked up member by member.
pub const PROBE_MAX: usize = 5_000;

/// The facts of one group of members, read together.
#[derive(Debug, Default)]
pub struct Facts {
    /// Visitor accounts that still exist.
    pub exists: HashSet<i64>,
    /// The marketing channels each allows now (the current policy answered, the purpose granted).
    pub consents: HashMap<i64, Vec<Channel>>,
    /// Stored preferences: the channels chosen for offers (bit `i` for `Channel::ALL[i]`) and
    /// the weekly cap.
    pub offers: HashMap<i64, (u8, u8)>,
    /// Offers (any exhibitor) in the last 7 days.
    pub week: HashMap<i64, u32>,
    /// Signed out everywhere and not signed in since.
    pub signed_out: HashSet<i64>,
    /// Ordered from the exhibitor in 24 h, or in a quote it is answering.
    pub strong: HashSet<i64>,
    /// Messages of the exhibitor's campaigns in the last 7 days.
    pub sent_before: HashMap<i64, u32>,
}

/// `FROM` clauses over the group: `?1` is the ids as a JSON array. `CROSS JOIN` keeps the ids
/// the outer loop (SQLite does not reorder it), so each is one index lookup.
fn source(bulk: bool, table: &str, key: &str) -> String {
    if bulk {
        format!("(SELECT ?1 AS value) j JOIN {table} ON 1")
    } else {
        format!("json_each(?1) j CROSS JOIN {table} ON {key} = j.value")
    }
}

fn pairs<T: rusqlite::types::FromSql>(
    conn: &Connection,
    sql: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<(i64, T)>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(args, |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The facts of members `ids` towards exhibitor `ex`, under consent policy `version`.
pub fn load(
    conn: &Connection,
    ex: i64,
    ids: &[i64],
    version: u32,
    now: DateTime<Utc>,
) -> Result<Facts> {
    let bulk = ids.len() > PROBE_MAX;
    let list = if bulk { String::new() } else { json(&ids) };
    let keep: HashSet<i64> = ids.iter().copied().collect();
    let mine = |v: Vec<(i64, i64)>| -> HashSet<i64> {
        v.into_iter()
            .map(|(u, _)| u)
            .filter(|u| keep.contains(u))
            .collect()
    };
    let week_ago = now - Duration::days(7);
    let users = source(bulk, "users u", "u.id");
    // A large group is an audience just read from visitors' rows (the count's): no lookup.
    let exists = if bulk {
        keep.clone()
    } else {
        mine(pairs(
            conn,
            &format!("SELECT u.id, 0 FROM {users} WHERE u.role = 'visitor'"),
            [&list],
        )?)
    };
    let signed_out = mine(pairs(
        conn,
        &format!(
            "SELECT u.id, 0 FROM {users} WHERE u.signed_out_at IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM sessions s WHERE s.user_id = u.id AND s.created_at > u.signed_out_at)"
        ),
        [&list],
    )?);
    // Decisions under an older policy allow nothing until the member answers the new one.
    let stale = mine(pairs(
        conn,
        &format!(
            "SELECT a.user_id, 0 FROM {} WHERE a.version <> ?2",
            source(bulk, "consent_answered a", "a.user_id")
        ),
        params![list, version],
    )?);
    let mut consents: HashMap<i64, Vec<Channel>> = HashMap::new();
    let granted: Vec<(i64, usize)> = pairs(
        conn,
        &format!(
            "SELECT n.user_id, CASE n.purpose WHEN ?2 THEN 1 WHEN ?3 THEN 2 ELSE 3 END FROM {}
             WHERE n.purpose IN (?2, ?3, ?4) AND n.granted = 1",
            source(bulk, "consent_now n", "n.user_id")
        ),
        params![
            list,
            purpose::MARKETING_SMS,
            purpose::MARKETING_EMAIL,
            purpose::MARKETING_WECHAT
        ],
    )?;
    for (u, i) in granted {
        if keep.contains(&u) && !stale.contains(&u) {
            consents.entry(u).or_default().push(Channel::ALL[i]);
        }
    }
    let mut offers = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT np.user_id, (instr(ifnull(np.offer_channels, ''), ',in_app,') > 0)
           + 2 * (instr(ifnull(np.offer_channels, ''), ',sms,') > 0)
           + 4 * (instr(ifnull(np.offer_channels, ''), ',email,') > 0)
           + 8 * (instr(ifnull(np.offer_channels, ''), ',wechat,') > 0),
           COALESCE(np.weekly_cap, 2)
         FROM {}",
        source(bulk, "notification_prefs np", "np.user_id")
    ))?;
    let rows = stmt.query_map([&list], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?)))?;
    for row in rows {
        let (u, chosen, cap): (i64, u8, u8) = row?;
        if keep.contains(&u) {
            offers.insert(u, (chosen, cap));
        }
    }
    let count = |v: Vec<(i64, u32)>| -> HashMap<i64, u32> {
        v.into_iter().filter(|(u, _)| keep.contains(u)).collect()
    };
    // Looked up per member through the member's own index, not the time-ordered ones.
    let hint = |t: &str, index: &str| {
        if bulk {
            t.to_string()
        } else {
            format!("{t} INDEXED BY {index}")
        }
    };
    let outbox = source(bulk, &hint("outbox o", "outbox_user"), "o.user_id");
    let week = count(pairs(
        conn,
        &format!(
            "SELECT o.user_id, COUNT(DISTINCT o.batch) FROM {outbox} WHERE o.kind = 'offers'
             AND o.created_at > ?2 AND o.status <> 'skipped' GROUP BY o.user_id"
        ),
        params![list, week_ago],
    )?);
    let sent_before = count(pairs(
        conn,
        &format!(
            "SELECT o.user_id, COUNT(DISTINCT o.batch) FROM {outbox} JOIN campaigns c ON c.id = o.campaign_id
             WHERE c.exhibitor_id = ?2 AND o.created_at > ?3 AND o.status <> 'skipped' GROUP BY o.user_id"
        ),
        params![list, ex, week_ago],
    )?);
    let strong = mine(pairs(
        conn,
        &format!(
            "SELECT op.user_id, 0 FROM {} WHERE op.exhibitor_id = ?2 AND op.placed_at > ?3
             UNION SELECT q.buyer_id, 0 FROM {} WHERE q.exhibitor_id = ?2 AND q.status = 'requested'",
            source(bulk, &hint("order_parts op", "order_parts_buyer"), "op.user_id"),
            source(bulk, "quotes q", "q.buyer_id")
        ),
        params![list, ex, now - Duration::hours(24)],
    )?);
    Ok(Facts {
        exists,
        consents,
        offers,
        week,
        signed_out,
        strong,
        sent_before,
    })
}

/// Members among `ids` who paid an order of `large` or more in the 7 days before `now`.
pub fn large_buyers(
    conn: &Connection,
    ids: &[i64],
    large: i64,
    now: DateTime<Utc>,
) -> Result<HashSet<i64>> {
    let rows: Vec<(i64, i64)> = pairs(
        conn,
        "SELECT DISTINCT o.user_id, 0 FROM json_each(?1) j CROSS JOIN orders o ON o.user_id = j.value
         WHERE o.placed_at > ?2 AND o.total_minor >= ?3
           AND o.status IN ('paid', 'confirmed', 'ready_for_pickup', 'shipped', 'completed')",
        params![json(&ids), now - Duration::days(7), large],
    )?;
    Ok(rows.into_iter().map(|(u, _)| u).collect())
}
