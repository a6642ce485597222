//! The demo's leads (issue 25), so the Leads page is not empty on first run: over the three
//! expo days each demo booth scanned a dozen visitors' badges; some shared their contact with
//! that booth (a receipt each), some declined, some were never asked back; staff followed up
//! on a few (status, rating, notes) and typed in two business cards. `seed` gives a booth
//! thousands (benchmarks).

use chrono::{DateTime, Duration, Utc};
use expocx_contract::leads::{LeadContact, LeadEdit, LeadStatus};
use expocx_contract::ConsentChannel;
use rusqlite::{params, Connection};

use crate::db::{leads, shares, Result};

/// (name, company, title, phone) of the demo's visitors met at the booths.
const PEOPLE: [(&str, &str, &str, &str); 12] = [
    ("张伟", "杭州茶源贸易", "采购经理", "13900001111"),
    (
        "Anna Schmidt",
        "Hanse Feinkost GmbH",
        "Category buyer",
        "+49 40 5550101",
    ),
    ("陳美玲", "台北生活選品", "店長", "0912345678"),
    ("Kenji Sato", "Kyoto Craft Co.", "Owner", "+81 75 5550199"),
    ("王芳", "", "", "13700002222"),
    (
        "Lucas Martin",
        "Maison Thé Paris",
        "Founder",
        "+33 1 5550 1234",
    ),
    ("刘洋", "上海礼品供应链", "商务总监", "13600003333"),
    ("Sofia Rossi", "", "", ""),
    ("李静", "成都茶馆连锁", "运营", "13500004444"),
    ("Omar Haddad", "Gulf Gifts LLC", "Buyer", "+971 4 5550 777"),
    ("赵磊", "", "", "13400005555"),
    (
        "Emma Wilson",
        "Wilson & Daughters Tea",
        "Director",
        "+44 20 5550 8888",
    ),
];

/// The exhibitor's staff: (owner, booth) user ids.
fn staff(conn: &Connection, exhibitor_id: i64) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT min(id), max(id) FROM users WHERE exhibitor_id = ? AND role = 'exhibitor'",
        [exhibitor_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

fn visitor(conn: &Connection, k: usize, hash: &str, at: DateTime<Utc>) -> Result<i64> {
    let (name, company, title, phone) = PEOPLE[k];
    conn.execute(
        "INSERT INTO users (email, password_hash, display_name, role, created_at, phone, company, job_title)
         VALUES (?, ?, ?, 'visitor', ?, ?, ?, ?)",
        params![format!("met-{k}@demo.expocx.test"), hash, name, at, phone, company, title],
    )?;
    let id = conn.last_insert_rowid();
    crate::domain::badges::renew(conn, id, at)?;
    Ok(id)
}

/// The demo booths' leads; `start` is the expo's first morning.
pub fn load(conn: &Connection, hash: &str, start: DateTime<Utc>) -> Result<()> {
    // The receipts of the visitors' decisions name the policy they were made under.
    crate::db::consent::ensure_policy(conn)?;
    let people: Vec<i64> = (0..PEOPLE.len())
        .map(|k| visitor(conn, k, hash, start - Duration::days(20)))
        .collect::<Result<_>>()?;
    let statuses = [
        LeadStatus::New,
        LeadStatus::Contacted,
        LeadStatus::Qualified,
        LeadStatus::New,
        LeadStatus::Won,
        LeadStatus::Lost,
    ];
    for exhibitor_id in [1_i64, 2] {
        let (owner, booth) = staff(conn, exhibitor_id)?;
        for (k, &user) in people.iter().enumerate() {
            // Each booth met most visitors; some twice, on another day.
            if (k + exhibitor_id as usize).is_multiple_of(5) {
                continue;
            }
            let at = start
                + Duration::days((k % 3) as i64)
                + Duration::hours(1 + (k as i64 * 3 + exhibitor_id) % 8)
                + Duration::minutes((k * 7) as i64 % 60);
            let id = leads::scanned(conn, exhibitor_id, user, booth, at)?;
            shares::ask(conn, user, exhibitor_id, at)?;
            if k % 4 == 1 {
                leads::scanned(conn, exhibitor_id, user, booth, at + Duration::days(1))?;
            }
            // Half shared with this booth, a few declined, the rest never answered.
            match (k + exhibitor_id as usize) % 4 {
                0 | 1 => shares::decide(
                    conn,
                    user,
                    exhibitor_id,
                    true,
                    ConsentChannel::Prompt,
                    at + Duration::minutes(3),
                )?,
                2 => shares::decide(
                    conn,
                    user,
                    exhibitor_id,
                    false,
                    ConsentChannel::Prompt,
                    at + Duration::minutes(5),
                )?,
                _ => {}
            }
            let status = statuses[(k + exhibitor_id as usize) % statuses.len()];
            if status != LeadStatus::New {
                let edit = LeadEdit {
                    status,
                    rating: Some(((k % 5) + 1) as u8),
                    assignee: Some(owner),
                    answers: Vec::new(),
                };
                let version: i64 =
                    conn.query_row("SELECT version FROM leads WHERE id = ?", [id], |r| r.get(0))?;
                leads::edit(
                    conn,
                    exhibitor_id,
                    id,
                    version,
                    &edit,
                    at + Duration::hours(2),
                )?;
                let note = match status {
                    LeadStatus::Won => "Ordered at the booth; wants the catalogue for next season.",
                    LeadStatus::Lost => "Prices too high for their market this year.",
                    _ => "Asked for samples and a price list by email.",
                };
                leads::note(conn, id, booth, note, at + Duration::minutes(10))?;
            }
        }
        let cards = [
            (
                "周建国",
                "宁波进出口有限公司",
                "经理",
                "zhou@nbie.example.cn",
            ),
            (
                "Maria Garcia",
                "Sabores de Oriente S.L.",
                "Buyer",
                "maria@sabores.example.es",
            ),
        ];
        for (i, (name, company, title, email)) in cards.into_iter().enumerate() {
            let c = LeadContact {
                name: name.into(),
                company: company.into(),
                title: title.into(),
                email: email.into(),
                phone: String::new(),
            };
            let at = start + Duration::days(i as i64 + 1) + Duration::hours(5);
            let id = leads::card(conn, exhibitor_id, booth, &c, at)?;
            leads::note(
                conn,
                id,
                booth,
                "Business card from the evening reception.",
                at,
            )?;
        }
    }
    Ok(())
}

/// Tops the leads of the demo exhibitor with staff account `staff_email` up to `count`: badge
/// leads of made-up visitors (a third sharing their contact) and business cards, over the expo
/// days (benchmarks of the lead list).
pub fn seed(conn: &mut Connection, staff_email: &str, count: i64) -> Result<()> {
    let tx = conn.transaction()?;
    let (exhibitor_id, staff_id): (i64, i64) = tx.query_row(
        "SELECT exhibitor_id, id FROM users WHERE email = ?",
        [staff_email],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let have: i64 = tx.query_row(
        "SELECT COUNT(*) FROM leads WHERE exhibitor_id = ?",
        [exhibitor_id],
        |r| r.get(0),
    )?;
    let start = Utc::now() - Duration::days(4);
    for i in have..count {
        let at = start + Duration::seconds((i * 13) % (3 * 86_400));
        if i % 4 == 3 {
            let c = LeadContact {
                name: format!("Card contact {i:05}"),
                company: format!("Company {}", i % 97),
                ..LeadContact::default()
            };
            leads::card(&tx, exhibitor_id, staff_id, &c, at)?;
            continue;
        }
        tx.execute(
            "INSERT INTO users (email, password_hash, display_name, role, created_at, company)
             VALUES (?, '!', ?, 'visitor', ?, ?)",
            params![
                format!("lead-{exhibitor_id}-{i}@example.cn"),
                format!("Lead visitor {i:05}"),
                at,
                if i % 2 == 0 { "Trade Co." } else { "" }
            ],
        )?;
        let user = tx.last_insert_rowid();
        leads::scanned(&tx, exhibitor_id, user, staff_id, at)?;
        shares::ask(&tx, user, exhibitor_id, at)?;
        if i % 3 == 0 {
            shares::decide(&tx, user, exhibitor_id, true, ConsentChannel::Prompt, at)?;
        }
    }
    tx.commit()?;
    Ok(())
}
