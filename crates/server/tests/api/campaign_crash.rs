//! The campaign sender survives a crash: the server is killed (SIGKILL) while a 10,000-member
//! campaign sends, then started again on the same database. Every member is decided once, each
//! who was sent to has exactly one message per channel, none held out has any, and all are sent.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{answer, client, send, Api};
use expocx_contract::campaigns::{Campaign, CampaignStatus};
use expocx_contract::Session;
use reqwest::{Method, StatusCode};
use serde_json::json;

const BIN: &str = env!("CARGO_BIN_EXE_expocx-server");
const MEMBERS: i64 = 10_000;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The real server on `db`, listening on `port` once this returns.
fn serve(db: &std::path::Path, port: u16, seed: bool) -> Child {
    let mut cmd = Command::new(BIN);
    cmd.args(["--demo", "--port", &port.to_string(), "--db"])
        .arg(db)
        .arg("--dist")
        .arg(db.parent().unwrap())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if seed {
        cmd.args(["--campaign-members", &MEMBERS.to_string()]);
    }
    let child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

async fn campaign(staff: &Api, base: &str, id: i64) -> Campaign {
    let r = staff.get(&format!("{base}/{id}")).await;
    answer(r, StatusCode::OK).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_campaign_killed_mid_send_resumes_and_sends_each_member_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let port = free_port();
    let mut first = serve(&db, port, true);
    let base = format!("http://127.0.0.1:{port}");
    let anon = Api::new(&base);
    let r = anon
        .login("tea@demo.expocx.test", "exhibit-expo-2026")
        .await;
    let session: Session = answer(r, StatusCode::OK).await;
    let staff = Api::new(&base).with_token(&session.token);
    let body = json!({
        "name": "Crash test",
        "audience": {"cart_unpaid_hours": 0},
        "offer": {"message": {"zh-Hans": "", "zh-Hant": "", "en": "Back in stock"}},
        "channels": ["in_app", "sms"],
        "holdout_percent": 10,
        "per_member": 1,
        "window_days": 14
    });
    let r = staff.post("/api/v1/exhibitor/campaigns", &body).await;
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let c: Campaign = answer(r, StatusCode::CREATED).await;
    let path = "/api/v1/exhibitor/campaigns";
    let r = send(
        &staff,
        Method::POST,
        &format!("{path}/{}/schedule", c.id),
        Some(&tag),
        Some(json!({})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    // Kill it once some members are decided and some are not.
    let deadline = Instant::now() + Duration::from_secs(60);
    let before = loop {
        let now = campaign(&staff, path, c.id).await;
        if now.audience > 0 && now.pending < now.audience {
            break now;
        }
        assert!(Instant::now() < deadline, "sending did not start: {now:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    first.kill().unwrap();
    first.wait().unwrap();
    assert_eq!(before.audience, MEMBERS as u64);
    assert!(
        before.pending > 0,
        "killed before the end: {} pending",
        before.pending
    );

    let port = free_port();
    let mut second = serve(&db, port, false);
    let base = format!("http://127.0.0.1:{port}");
    let staff = Api::new(&base).with_token(&session.token);
    let deadline = Instant::now() + Duration::from_secs(120);
    let after = loop {
        let now = campaign(&staff, path, c.id).await;
        if now.status == CampaignStatus::Done {
            break now;
        }
        assert!(Instant::now() < deadline, "sending did not resume: {now:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!((after.audience, after.pending), (MEMBERS as u64, 0));

    let conn = rusqlite::Connection::open(&db).unwrap();
    let one = |sql: &str| -> i64 { conn.query_row(sql, [c.id], |r| r.get(0)).unwrap() };
    let twice = one(
        "SELECT COUNT(*) FROM (SELECT user_id, channel FROM outbox WHERE campaign_id = ?
         GROUP BY user_id, channel HAVING COUNT(*) > 1)",
    );
    assert_eq!(twice, 0, "no member got a message twice on a channel");
    let undecided =
        one("SELECT COUNT(*) FROM campaign_members WHERE campaign_id = ? AND outcome IS NULL");
    assert_eq!(undecided, 0);
    let held_with_mail = one(
        "SELECT COUNT(*) FROM campaign_members m JOIN outbox o ON o.campaign_id = m.campaign_id
         AND o.user_id = m.user_id WHERE m.campaign_id = ? AND m.held_out = 1",
    );
    assert_eq!(held_with_mail, 0, "the holdout got nothing");
    let not_held =
        one("SELECT COUNT(*) FROM campaign_members WHERE campaign_id = ? AND held_out = 0");
    let written = one("SELECT COUNT(DISTINCT user_id) FROM outbox WHERE campaign_id = ?");
    assert_eq!(
        written, not_held,
        "every member not held out has their message (or why not)"
    );
    // The seeded mix: three in four allow SMS or WeChat; those reached by SMS are queued once.
    let sms = one("SELECT COUNT(*) FROM outbox WHERE campaign_id = ? AND channel = 'sms' AND status IN ('queued', 'held')");
    assert!(sms > 0 && sms < not_held, "{sms} of {not_held}");
    let _ = client;
}
