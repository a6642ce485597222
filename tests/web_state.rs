//! The session's and consent's decisions in a real browser, with its real local storage: a
//! "reload" is the store made again from what the browser kept. The backend is unreachable
//! here, as on a hall's weak signal: what a visitor decides must hold without it.

use expocx::state::consent::ConsentStore;
use expocx::state::session::SessionState;
use expocx::state::storage::{self, KEY_POLICY, KEY_TOKEN, KEY_USER};
use expocx_contract::{ConsentChannel, ConsentDecision, Session, User};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// One test at a time (the runner interleaves async tests, and they share one local storage).
struct Turn;

impl Drop for Turn {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

/// This test's turn, with nothing of an earlier test in storage; effects and tasks can run. Each
/// test's stores live on (their owner is never disposed): an earlier test's tasks, still
/// retrying against the dead network, must not find their signals gone.
async fn fresh() -> Turn {
    while BUSY.with(|b| b.replace(true)) {
        gloo_timers::future::TimeoutFuture::new(5).await;
    }
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // What an earlier test's stores had scheduled runs first, then storage starts empty.
    tick().await;
    storage::clear_all();
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);
    Turn
}

fn user(name: &str) -> User {
    serde_json::from_value(serde_json::json!({
        "id": 7, "email": "ana@example.com", "display_name": name, "role": "visitor",
        "created_at": "2026-12-01T08:00:00Z"
    }))
    .unwrap()
}

fn session(name: &str) -> Session {
    Session {
        token: "t0ken".into(),
        expires_at: user(name).created_at,
        user: user(name),
    }
}

/// Ana, signed in on this device.
async fn signed_in() -> SessionState {
    let s = SessionState::restore();
    s.sign_in(session("Ana"));
    tick().await;
    s
}

/// A port nothing listens on: every request fails as on a dead network.
const OFFLINE: &str = "http://127.0.0.1:9";

#[wasm_bindgen_test]
async fn a_signed_in_visitor_is_still_signed_in_after_a_reload() {
    let _turn = fresh().await;
    signed_in().await;
    let again = SessionState::restore();
    assert_eq!(again.user().map(|u| u.display_name), Some("Ana".into()));
    assert!(!again.expired() && !again.signed_out());
}

#[wasm_bindgen_test]
async fn signing_out_forgets_the_account_on_this_device_even_offline() {
    let _turn = fresh().await;
    let s = signed_in().await;
    s.sign_out(s.client(OFFLINE));
    tick().await;
    assert!(s.user().is_none() && s.signed_out());
    assert_eq!(storage::get(KEY_TOKEN), None);
    assert_eq!(storage::get(KEY_USER), None);
    assert!(SessionState::restore().user().is_none());
}

#[wasm_bindgen_test]
async fn an_account_kept_without_its_token_is_not_shown_as_signed_in() {
    let _turn = fresh().await;
    storage::set(KEY_USER, &serde_json::to_string(&user("Ana")).unwrap());
    assert!(SessionState::restore().user().is_none());
}

#[wasm_bindgen_test]
async fn a_saved_name_is_shown_at_once_and_after_a_reload() {
    let _turn = fresh().await;
    let s = SessionState::restore();
    s.sign_in(session("Ana"));
    s.profile_saved("Ana Lima".into());
    tick().await;
    assert_eq!(s.user().map(|u| u.display_name), Some("Ana Lima".into()));
    let again = SessionState::restore();
    assert_eq!(
        again.user().map(|u| u.display_name),
        Some("Ana Lima".into())
    );
}

#[wasm_bindgen_test]
async fn after_erasure_nothing_of_the_account_stays_signed_in() {
    let _turn = fresh().await;
    let s = signed_in().await;
    s.forget_after_erasure();
    tick().await;
    assert!(s.user().is_none());
    assert_eq!(storage::get(KEY_TOKEN), None);
    assert!(SessionState::restore().user().is_none());
}

fn policy_json() -> String {
    let text = |t: &str| serde_json::json!({ "zh-Hans": t, "zh-Hant": t, "en": t });
    let purpose = |id: &str, required: bool| {
        serde_json::json!({
            "id": id, "group": id, "title": text(id), "description": text(id),
            "data_categories": [], "retention_days": 30, "required": required, "since_version": 1
        })
    };
    serde_json::json!({
        "version": 3, "published_on": "2026-11-01", "changes": text("first"),
        "purposes": [purpose("necessary", true), purpose("analytics", false)]
    })
    .to_string()
}

/// A visitor on this device with the policy it saw last time, and no network.
fn consent_offline() -> ConsentStore {
    storage::set(KEY_POLICY, &policy_json());
    let session = SessionState::restore();
    ConsentStore::restore(session.client(OFFLINE), session)
}

#[wasm_bindgen_test]
async fn a_consent_choice_applies_at_once_and_survives_a_reload_before_it_is_recorded() {
    let _turn = fresh().await;
    let c = consent_offline();
    assert!(c.needs_prompt() && !c.allows("analytics"));
    c.decide(
        vec![ConsentDecision {
            purpose: "analytics".into(),
            granted: true,
        }],
        ConsentChannel::Prompt,
    );
    assert!(c.allows("analytics") && !c.needs_prompt());
    tick().await;
    assert!(!c.recorded(), "the backend could not be reached");
    let again = consent_offline();
    assert!(again.allows("analytics") && !again.needs_prompt());
    assert!(!again.recorded(), "still to be sent at the next chance");
}

#[wasm_bindgen_test]
async fn refusing_after_accepting_stops_at_once_without_the_network() {
    let _turn = fresh().await;
    let c = consent_offline();
    let choose = |granted| {
        c.decide(
            vec![ConsentDecision {
                purpose: "analytics".into(),
                granted,
            }],
            ConsentChannel::PrivacyCenter,
        )
    };
    choose(true);
    assert!(c.allows("analytics"));
    choose(false);
    assert!(!c.allows("analytics"));
    assert!(!consent_offline().allows("analytics"));
}
