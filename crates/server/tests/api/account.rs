//! The member's account over real HTTP and SQLite: profile, address book, password change and
//! signing out everywhere — each also tried by a second account.

use crate::common;
use crate::common::{problem, start, PASSWORD};
use expocx_contract::{FieldErrorCode, Profile, SavedAddress, MAX_ADDRESSES};
use reqwest::StatusCode;
use serde_json::{json, Value};

fn address(name: &str, default: bool) -> Value {
    json!({"address": {"name": name, "phone": "13800000000", "region": "上海市 浦东新区",
        "street": "世博大道 1500 号", "postcode": "200120"}, "is_default": default})
}

#[tokio::test]
async fn the_profile_is_saved_trimmed_and_checked() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let p: Profile = ada.ok("/api/v1/me/profile").await;
    assert_eq!(p.display_name, "Shopper");
    let body = json!({"display_name": " Ada <b>L</b> ", "phone": "+86 138 0000 0000", "company": "Tea Co.", "job_title": "Buyer"});
    let saved: Profile = ada
        .put("/api/v1/me/profile", &body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(saved.display_name, "Ada <b>L</b>");
    let me: Value = ada.ok("/api/v1/auth/me").await;
    assert_eq!(
        me["display_name"], "Ada <b>L</b>",
        "the session's account shows it too"
    );
    let r = ada
        .put(
            "/api/v1/me/profile",
            &json!({"display_name": "", "phone": "call me"}),
        )
        .await;
    let fields: Vec<String> = problem(r)
        .await
        .errors
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["display_name", "phone"]);
    let still: Profile = ada.ok("/api/v1/me/profile").await;
    assert_eq!(still.company, "Tea Co.", "a refused change stores nothing");
}

#[tokio::test]
async fn the_address_book_keeps_one_default_and_is_private() {
    let s = start().await;
    let ada = s.visitor("ada@example.cn").await;
    let first: SavedAddress = ada
        .post("/api/v1/me/addresses", &address("Home", false))
        .await
        .json()
        .await
        .unwrap();
    assert!(first.is_default, "the first address is the default");
    let work: SavedAddress = ada
        .post("/api/v1/me/addresses", &address("Work", true))
        .await
        .json()
        .await
        .unwrap();
    let list: Vec<SavedAddress> = ada.ok("/api/v1/me/addresses").await;
    assert_eq!(
        list.iter()
            .map(|a| (a.address.name.as_str(), a.is_default))
            .collect::<Vec<_>>(),
        [("Work", true), ("Home", false)]
    );
    // Another account cannot read, change or delete them: 404, nothing leaked or changed.
    let eve = s.visitor("eve@example.cn").await;
    let theirs: Vec<SavedAddress> = eve.ok("/api/v1/me/addresses").await;
    assert!(theirs.is_empty());
    let path = format!("/api/v1/me/addresses/{}", work.id);
    assert_eq!(
        eve.put(&path, &address("Mine now", true)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        eve.delete(&path, &json!({})).await.status(),
        StatusCode::NOT_FOUND
    );
    let edited: SavedAddress = ada
        .put(&path, &address("Office", true))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(edited.address.name, "Office");
    // Deleting the default makes the oldest left the default.
    assert_eq!(
        ada.delete(&path, &json!({})).await.status(),
        StatusCode::NO_CONTENT
    );
    let list: Vec<SavedAddress> = ada.ok("/api/v1/me/addresses").await;
    assert_eq!(
        (list.len(), list[0].id, list[0].is_default),
        (1, first.id, true)
    );
    let r = ada
        .post(
            "/api/v1/me/addresses",
            &json!({"address": {"name": "", "phone": "1", "region": "", "street": ""}}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Export carries the book; erasure removes it.
    let export: Value = ada.ok("/api/v1/me/export").await;
    assert_eq!(export["sections"]["addresses"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_address_book_is_bounded() {
    let s = start().await;
    let ada = s.visitor("many@example.cn").await;
    for i in 0..MAX_ADDRESSES {
        let r = ada
            .post("/api/v1/me/addresses", &address(&format!("A{i}"), false))
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
    }
    let r = ada
        .post("/api/v1/me/addresses", &address("One too many", false))
        .await;
    let p = problem(r).await;
    assert_eq!(
        (p.errors[0].field.as_str(), p.errors[0].code),
        ("addresses", FieldErrorCode::TooLong)
    );
    let n: i64 = s
        .db()
        .query_row("SELECT COUNT(*) FROM addresses", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n as usize, MAX_ADDRESSES);
}

/// The same account signed in a second time (another device).
async fn second_session(s: &common::TestServer, email: &str) -> common::Api {
    let session: Value = s.anon().login(email, PASSWORD).await.json().await.unwrap();
    s.anon().with_token(session["token"].as_str().unwrap())
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let s = start().await;
    let here = s.visitor("pw@example.cn").await;
    let elsewhere = second_session(&s, "pw@example.cn").await;
    let r = here
        .post(
            "/api/v1/me/password",
            &json!({"current_password": "wrong", "new_password": "new-pass-2026"}),
        )
        .await;
    assert_eq!(problem(r).await.errors[0].field, "current_password");
    assert_eq!(
        elsewhere.get("/api/v1/auth/me").await.status(),
        StatusCode::OK
    );
    let r = here
        .post(
            "/api/v1/me/password",
            &json!({"current_password": PASSWORD, "new_password": "new-pass-2026"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        here.get("/api/v1/auth/me").await.status(),
        StatusCode::OK,
        "this session stays"
    );
    assert_eq!(
        elsewhere.get("/api/v1/auth/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.anon().login("pw@example.cn", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.anon()
            .login("pw@example.cn", "new-pass-2026")
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_account_only() {
    let s = start().await;
    let phone = s.visitor("all@example.cn").await;
    let laptop = second_session(&s, "all@example.cn").await;
    let other = s.visitor("other@example.cn").await;
    assert_eq!(
        laptop
            .post("/api/v1/auth/logout-all", &json!({}))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        phone.get("/api/v1/auth/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        laptop.get("/api/v1/auth/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(other.get("/api/v1/auth/me").await.status(), StatusCode::OK);
}
