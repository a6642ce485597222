//! Consent, receipts, consent-checked events, export and erasure, over real HTTP and SQLite.

use crate::common::{answer, problem, start, Api};
use expocx_contract::{ConsentPolicy, ConsentReceipt, ConsentState, ErrorCode};
use reqwest::StatusCode;
use serde_json::{json, Value};

pub(crate) const CONSENT: &str = "/api/v1/consent";
pub(crate) const EVENTS: &str = "/api/v1/events";

pub(crate) async fn policy_version(api: &Api) -> u32 {
    api.ok::<ConsentPolicy>("/api/v1/consent/policy")
        .await
        .version
}

/// A decision answering the consent prompt under policy `version`, for `device` or the account.
pub(crate) fn prompt(version: u32, device: Option<&str>, decisions: Value) -> Value {
    let mut body = json!({"policy_version": version, "channel": "prompt", "decisions": decisions});
    if let Some(d) = device {
        body["device_id"] = json!(d);
    }
    body
}

pub(crate) fn event_body(device: &str) -> Value {
    json!({"device_id": device, "events": [{"name": "product_viewed", "product_id": 3, "at": "2026-12-03T02:00:00Z"}]})
}

#[tokio::test]
async fn policy_lists_separate_localized_purposes_with_retention() {
    let s = start().await;
    let p: ConsentPolicy = s.anon().ok("/api/v1/consent/policy").await;
    let ids: Vec<&str> = p.purposes.iter().map(|p| p.id.as_str()).collect();
    for id in [
        "necessary",
        "personalization",
        "analytics",
        "marketing_sms",
        "marketing_email",
        "marketing_wechat",
        "share_with_exhibitors",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    let necessary = &p.purposes[0];
    assert!(necessary.required);
    assert!(p.purposes.iter().filter(|p| p.required).count() == 1);
    assert!(p.purposes.iter().all(|p| p.retention_days > 0
        && !p.title.zh_hant.is_empty()
        && !p.data_categories.is_empty()));
    assert!(!p.changes.en.is_empty());
}

#[tokio::test]
async fn events_are_refused_and_not_stored_without_analytics_consent() {
    let s = start().await;
    let device = s.device().await;
    let anon = s.anon();
    let version = policy_version(&anon).await;
    let event = event_body(&device);
    let events = || anon.post(EVENTS, &event);
    // Nothing answered yet.
    let r = events().await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(problem(r).await.code, ErrorCode::ConsentRequired);

    // Rejected all.
    let decisions = json!([{"purpose": "analytics", "granted": false}, {"purpose": "personalization", "granted": false}]);
    let r = anon
        .put(CONSENT, &prompt(version, Some(&device), decisions))
        .await;
    let state: ConsentState = answer(r, StatusCode::OK).await;
    assert_eq!(state.answered_version, Some(version));
    assert!(!state.allows("analytics"));
    assert!(state.allows("necessary"), "strictly necessary is always on");
    assert_eq!(events().await.status(), StatusCode::FORBIDDEN);

    // Granted: stored.
    anon.consent(Some(&device), &[("analytics", true)]).await;
    assert_eq!(events().await.status(), StatusCode::ACCEPTED);

    // Withdrawn: refused again at once.
    anon.consent(Some(&device), &[("analytics", false)]).await;
    assert_eq!(events().await.status(), StatusCode::FORBIDDEN);

    let stored: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM analytics_events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 1, "only the event sent while consent was granted");

    // Every change is a receipt: the first answer covers every purpose, then one per change.
    let receipts: Vec<ConsentReceipt> = anon
        .ok(&format!("/api/v1/consent/receipts?device_id={device}"))
        .await;
    let analytics: Vec<bool> = receipts
        .iter()
        .rev()
        .filter(|r| r.purpose == "analytics")
        .map(|r| r.granted)
        .collect();
    assert_eq!(analytics, vec![false, true, false]);
    assert!(receipts
        .iter()
        .all(|r| r.id.starts_with("CR-") && r.policy_version == version));
}

#[tokio::test]
async fn a_decision_under_an_old_policy_is_refused_and_a_new_policy_reasks() {
    let s = start().await;
    let device = s.device().await;
    let anon = s.anon();
    let v = policy_version(&anon).await;
    let r = anon
        .put(CONSENT, &prompt(v - 1, Some(&device), json!([])))
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::PolicyOutdated);

    let analytics = json!([{"purpose": "analytics", "granted": true}]);
    anon.put(CONSENT, &prompt(v, Some(&device), analytics))
        .await;
    // The organizer publishes a new version: the old answer no longer allows anything.
    s.db().execute("INSERT INTO consent_policy (version, published_on, changes_json) VALUES (?, '2026-12-01', '{\"zh-Hans\":\"x\",\"zh-Hant\":\"x\",\"en\":\"x\"}')", [v + 1]).unwrap();
    let state: ConsentState = anon
        .ok(&format!("/api/v1/consent?device_id={device}"))
        .await;
    assert_eq!(state.policy_version, v + 1);
    assert_eq!(state.answered_version, Some(v));
    assert!(!state.allows("analytics"));
    let r = anon.post(EVENTS, &event_body(&device)).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn required_purposes_cannot_be_refused_and_unknown_ones_are_rejected() {
    let s = start().await;
    let device = s.device().await;
    let anon = s.anon();
    let v = policy_version(&anon).await;
    for decisions in [
        json!([{"purpose": "necessary", "granted": false}]),
        json!([{"purpose": "selling_data", "granted": true}]),
    ] {
        let r = anon
            .put(CONSENT, &prompt(v, Some(&device), decisions))
            .await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = anon.put(CONSENT, &prompt(v, None, json!([]))).await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "anonymous needs a device id"
    );
}

#[tokio::test]
async fn a_choice_recorded_late_keeps_the_time_it_was_made() {
    let s = start().await;
    let device = s.device().await;
    let anon = s.anon();
    let policy: Value = anon.ok("/api/v1/consent/policy").await;
    let late = |decided_at: chrono::DateTime<chrono::Utc>| {
        json!({"policy_version": policy["version"], "channel": "prompt", "device_id": device,
            "decided_at": decided_at, "decisions": [{"purpose": "analytics", "granted": true}]})
    };
    let now = chrono::Utc::now();
    // Too old to be the visitor's word any more, or from the future: refused, nothing stored.
    for when in [
        now - chrono::Duration::days(8),
        now + chrono::Duration::hours(1),
    ] {
        let r = anon.put("/api/v1/consent", &late(when)).await;
        let p = problem(r).await;
        assert_eq!(p.errors[0].field, "decided_at");
    }
    let none: Vec<ConsentReceipt> = anon
        .ok(&format!("/api/v1/consent/receipts?device_id={device}"))
        .await;
    assert!(none.is_empty());
    // Made two hours ago on the phone, recorded now: the receipt shows both.
    let made = now - chrono::Duration::hours(2);
    assert_eq!(
        anon.put("/api/v1/consent", &late(made)).await.status(),
        StatusCode::OK
    );
    let receipts: Vec<ConsentReceipt> = anon
        .ok(&format!("/api/v1/consent/receipts?device_id={device}"))
        .await;
    let analytics = receipts.iter().find(|r| r.purpose == "analytics").unwrap();
    let decided = chrono::DateTime::<chrono::Utc>::from(analytics.decided_at.unwrap());
    assert!((decided - made).num_milliseconds().abs() < 1);
    assert!(*analytics.recorded_at >= now);
}

/// A client newer than the backend may send events this contract gives no meaning yet: they
/// are kept with the rest rather than costing the whole batch; a name that is not one is refused.
#[tokio::test]
async fn an_unknown_event_name_is_stored_and_a_malformed_one_refused() {
    let s = start().await;
    let device = s.device().await;
    let c = crate::common::client();
    let version = policy_version(&s.anon()).await;
    c.put(s.url("/api/v1/consent"))
        .json(&json!({"policy_version": version, "channel": "prompt", "device_id": device, "decisions": [{"purpose": "analytics", "granted": true}]}))
        .send().await.unwrap();
    let send = |name: &str| {
        c.post(s.url("/api/v1/events"))
            .json(&json!({"device_id": device, "events": [{"name": name, "at": "2026-12-03T02:00:00Z"}]}))
            .send()
    };
    assert_eq!(
        send("search_used").await.unwrap().status(),
        StatusCode::ACCEPTED
    );
    for bad in ["Search-Used", "", &"a".repeat(41)] {
        let r = send(bad).await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
    }
    let names: Vec<String> = s
        .db()
        .prepare("SELECT name FROM analytics_events")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(names, ["search_used"]);
}
