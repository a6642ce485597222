//! Campaign audiences at scale (benchmarks and the crash test): `count` members, each with a
//! cart holding the tea booth's tea (a third of them untouched for two days), and a mix of
//! consents — SMS, WeChat, both (each chosen for offers too), or no marketing at all.

use chrono::{Duration, Utc};
use expocx_contract::purpose;
use rusqlite::{params, Connection, Result};

pub fn seed(conn: &mut Connection, staff_email: &str, count: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let exhibitor_id: i64 = tx.query_row(
        "SELECT exhibitor_id FROM users WHERE email = ?",
        [staff_email],
        |r| r.get(0),
    )?;
    let product: i64 = tx.query_row(
        "SELECT id FROM products WHERE exhibitor_id = ? ORDER BY id LIMIT 1",
        [exhibitor_id],
        |r| r.get(0),
    )?;
    let version: i64 = tx.query_row("SELECT MAX(version) FROM consent_policy", [], |r| r.get(0))?;
    let have: i64 = tx.query_row(
        "SELECT COUNT(*) FROM users WHERE email LIKE 'member-%@crowd.example.cn'",
        [],
        |r| r.get(0),
    )?;
    let now = Utc::now();
    for i in have..count {
        let at = now - Duration::hours(if i % 3 == 0 { 48 } else { 1 });
        tx.execute(
            "INSERT INTO users (email, password_hash, display_name, role, created_at)
             VALUES (?, '!', ?, 'visitor', ?)",
            params![
                format!("member-{i}@crowd.example.cn"),
                format!("Member {i:06}"),
                at
            ],
        )?;
        let user = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO carts (user_id, updated_at) VALUES (?, ?)",
            params![user, at],
        )?;
        tx.execute(
            "INSERT INTO cart_lines (user_id, product_id, quantity) VALUES (?, ?, 1)",
            params![user, product],
        )?;
        let (sms, wechat) = match i % 4 {
            0 => (true, false),
            1 => (false, true),
            2 => (true, true),
            _ => (false, false),
        };
        let decisions = [
            (purpose::NECESSARY, true),
            (purpose::MARKETING_SMS, sms),
            (purpose::MARKETING_WECHAT, wechat),
        ];
        for (p, granted) in decisions {
            tx.execute(
                "INSERT INTO consent_receipts (id, user_id, purpose, granted, policy_version, channel, recorded_at)
                 VALUES (?, ?, ?, ?, ?, 'prompt', ?)",
                params![format!("CR-M{user}-{p}"), user, p, granted, version, at],
            )?;
        }
        if sms || wechat {
            let mut offers = vec!["in_app"];
            offers.extend(sms.then_some("sms"));
            offers.extend(wechat.then_some("wechat"));
            tx.execute(
                "INSERT INTO notification_prefs (user_id, prefs_json, updated_at) VALUES (?, ?, ?)",
                params![user, prefs(&offers), at],
            )?;
        }
    }
    tx.commit()
}

/// Preferences choosing `offers` for offers, the defaults otherwise (no quiet hours, so a
/// benchmark's messages go out whatever its hour).
fn prefs(offers: &[&str]) -> String {
    let mut p = crate::rules::notify::default_prefs();
    p.quiet_hours = None;
    for k in &mut p.kinds {
        if k.kind == expocx_contract::MessageKind::Offers {
            k.channels = offers
                .iter()
                .filter_map(|c| serde_json::from_value(serde_json::json!(c)).ok())
                .collect();
        }
    }
    serde_json::to_string(&p).unwrap_or_default()
}
