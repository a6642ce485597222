//! The reference backend over real HTTP, against a real temporary SQLite file with the demo data.

use crate::common::{answer, problem, send, start, PASSWORD};
use expocx_contract::{
    ErrorCode, Expo, FieldErrorCode, Page, Product, ProductSummary, Session, User,
};
use expocx_server::demo;
use reqwest::{header, Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn storefront_answers_demo_expo_with_halls_exhibitors_and_products() {
    let s = start().await;
    let anon = s.anon();
    let expo: Expo = anon.ok("/api/v1/expo").await;
    assert!(expo.halls.len() >= 2);
    assert!(expo.exhibitor_count >= 12);
    assert!(expo.product_count >= 150);
    assert!(!expo.name.zh_hant.is_empty() && !expo.name.en.is_empty());
    let cats: Vec<serde_json::Value> = anon.ok("/api/v1/categories").await;
    assert!(cats.len() >= 8);
    // The database file was created on first start, in WAL mode.
    assert!(s.db_path.exists());
    assert!(s.db_path.with_extension("db-wal").exists());
}

#[tokio::test]
async fn products_filter_sort_and_page_on_the_server() {
    let s = start().await;
    let anon = s.anon();
    let all: Page<ProductSummary> = anon.ok("/api/v1/products?limit=100&sort=price_asc").await;
    assert_eq!(all.items.len(), 100);
    assert!(all.total >= 150);
    let prices: Vec<i64> = all.items.iter().map(|p| p.price.amount_minor).collect();
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "sorted by price");

    let page2: Page<ProductSummary> = anon
        .ok("/api/v1/products?limit=100&sort=price_asc&page=2")
        .await;
    assert_eq!(page2.items.len() as u64, (all.total - 100).min(100));
    assert!(page2.items[0].price.amount_minor >= *prices.last().unwrap());

    let tea: Page<ProductSummary> = anon
        .ok("/api/v1/products?category=1&min_price=10000&max_price=30000&limit=100")
        .await;
    assert!(tea.total > 0);
    assert!(tea
        .items
        .iter()
        .all(|p| p.category_id == 1 && (10000..=30000).contains(&p.price.amount_minor)));

    // Search matches every language (the URL percent-encodes the Chinese characters).
    for words in ["龙井", "龍井", "longjing"] {
        let found: Page<ProductSummary> = anon.ok(&format!("/api/v1/products?q={words}")).await;
        assert!(found.total > 0, "{words}");
        assert!(found.items.iter().all(|p| p.name.en.contains("Longjing")));
    }
    // Wildcards are text, not patterns (`%25` is `%`).
    let none: Page<ProductSummary> = anon.ok("/api/v1/products?q=%25").await;
    assert_eq!(none.total, 0);
}

#[tokio::test]
async fn bad_queries_get_problem_details_never_500() {
    let s = start().await;
    let anon = s.anon();
    let r = anon.get("/api/v1/products?limit=500").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p = problem(r).await;
    assert_eq!(p.code, ErrorCode::ValidationFailed);
    assert_eq!(p.field("limit").unwrap().code, FieldErrorCode::OutOfRange);

    let r = anon.get("/api/v1/products?category=tea").await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(problem(r).await.code, ErrorCode::MalformedRequest);

    let r = anon
        .get("/api/v1/products?min_price=500&max_price=100")
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    for path in [
        "/api/v1/products/999999",
        "/api/v1/products/abc",
        "/api/v1/exhibitors/0",
        "/api/v1/nothing",
    ] {
        let r = anon.get(path).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(problem(r).await.code, ErrorCode::NotFound);
    }
    let r = anon
        .request(Method::POST, "/api/v1/auth/login")
        .header(header::CONTENT_TYPE, "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(problem(r).await.code, ErrorCode::MalformedRequest);
}

#[tokio::test]
async fn product_detail_carries_an_etag_and_answers_304_when_unchanged() {
    let s = start().await;
    let anon = s.anon();
    let r = anon.get("/api/v1/products/1").await;
    assert_eq!(r.status(), StatusCode::OK);
    let etag = r.headers()[header::ETAG].to_str().unwrap().to_string();
    let p: Product = r.json().await.unwrap();
    assert_eq!(p.summary.id, 1);
    assert!(!p.hall_code.is_empty());
    let r = anon
        .get_with("/api/v1/products/1", &[(header::IF_NONE_MATCH, &etag)])
        .await;
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn register_sign_in_current_user_and_sign_out() {
    let s = start().await;
    let anon = s.anon();
    let r = anon
        .post(
            "/api/v1/auth/register",
            &json!({"email": "Mei@Example.cn", "password": "expo-pass-1", "display_name": "小梅", "locale": "zh-Hant"}),
        )
        .await;
    let session: Session = answer(r, StatusCode::CREATED).await;
    assert_eq!(session.user.display_name, "小梅");
    assert!(*session.expires_at > chrono::Utc::now());
    let first = s.anon().with_token(&session.token);
    let me: User = first.ok("/api/v1/auth/me").await;
    assert_eq!(me.email, "Mei@Example.cn");

    // Same email in other case: taken.
    let r = anon
        .post(
            "/api/v1/auth/register",
            &json!({"email": "mei@example.cn", "password": "another-pass", "display_name": "x"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(problem(r).await.code, ErrorCode::EmailTaken);

    let r = anon.login("mei@example.cn", "wrong-pass").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(problem(r).await.code, ErrorCode::InvalidCredentials);

    let r = anon.login("mei@example.cn", "expo-pass-1").await;
    let again: Session = answer(r, StatusCode::OK).await;
    assert_ne!(again.token, session.token);

    let second = s.anon().with_token(&again.token);
    let r = send(&second, Method::POST, "/api/v1/auth/logout", None, None).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = second.get("/api/v1/auth/me").await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(problem(r).await.code, ErrorCode::Unauthorized);
    // The first session is unaffected.
    assert_eq!(first.get("/api/v1/auth/me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn tokens_and_passwords_are_stored_hashed() {
    let s = start().await;
    let session = s.anon().register("hash@example.cn").await;
    let conn = s.db();
    let (pw, tok): (String, String) = conn.query_row(
        "SELECT u.password_hash, s.token_hash FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.email = ?",
        ["hash@example.cn"], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert!(pw.starts_with("$argon2"));
    assert!(!pw.contains(PASSWORD));
    assert_ne!(tok, session.token);
    assert_eq!(tok.len(), 64);
}

#[tokio::test]
async fn registration_validates_every_field() {
    let s = start().await;
    let r = s
        .anon()
        .post(
            "/api/v1/auth/register",
            &json!({"email": "not-an-email", "password": "short", "display_name": ""}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p = problem(r).await;
    assert_eq!(p.field("email").unwrap().code, FieldErrorCode::InvalidEmail);
    assert_eq!(p.field("password").unwrap().limit, Some(8));
    assert_eq!(
        p.field("display_name").unwrap().code,
        FieldErrorCode::Required
    );
}

#[tokio::test]
async fn a_repeated_registration_with_the_same_key_signs_in_instead_of_failing() {
    let s = start().await;
    let anon = s.anon();
    let register = "/api/v1/auth/register";
    let body = json!({"email": "retry@example.cn", "password": PASSWORD, "display_name": "R"});
    let first: Session = answer(
        anon.post_keyed(register, "k-1", &body).await,
        StatusCode::CREATED,
    )
    .await;
    let again: Session = answer(
        anon.post_keyed(register, "k-1", &body).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(again.user.id, first.user.id);
    let other = json!({"email": "other@example.cn", "password": PASSWORD, "display_name": "R"});
    let r = anon.post_keyed(register, "k-1", &other).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem(r).await.code, ErrorCode::IdempotencyConflict);
    let n: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(*) FROM users WHERE email LIKE '%@example.cn'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn demo_accounts_sign_in_with_their_roles() {
    let s = start().await;
    let anon = s.anon();
    let r = anon
        .login(demo::VISITOR_EMAIL, demo::VISITOR_PASSWORD)
        .await;
    let v: Session = answer(r, StatusCode::OK).await;
    assert_eq!(v.user.role, expocx_contract::Role::Visitor);
    for email in demo::EXHIBITOR_EMAILS {
        let r = anon.login(email, demo::EXHIBITOR_PASSWORD).await;
        let e: Session = answer(r, StatusCode::OK).await;
        assert_eq!(e.user.role, expocx_contract::Role::Exhibitor);
        assert!(e.user.exhibitor_id.is_some());
    }
}

#[tokio::test]
async fn serves_the_spa_with_deep_links_caching_and_precompression() {
    let s = start().await;
    let anon = s.anon();
    // A page of the app (public pages carry their content: snapshot.rs).
    let r = anon.get("/orders/12").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store");
    assert!(r.text().await.unwrap().contains("<title>spa</title>"));
    let r = anon.get("/me").await;
    assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store");

    let r = anon.get("/app-0123456789abcdef_bg.wasm").await;
    assert_eq!(r.headers()[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(
        r.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );

    let script = "/app-0123456789abcdef.js";
    let r = anon
        .get_with(script, &[(header::ACCEPT_ENCODING, "br")])
        .await;
    assert_eq!(r.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(r.bytes().await.unwrap().as_ref(), b"brotli-bytes");
    let r = anon.get(script).await;
    assert!(r.headers().get(header::CONTENT_ENCODING).is_none());

    // index.html is part of every first load: sent precompressed to browsers that accept brotli
    // (the test client does not decompress).
    let r = anon
        .get_with("/cart", &[(header::ACCEPT_ENCODING, "gzip, deflate, br")])
        .await;
    assert_eq!(r.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store");
    assert_ne!(
        r.bytes().await.unwrap().as_ref(),
        b"<!doctype html><title>spa</title>"
    );
    let r = anon.get("/cart").await;
    assert!(r.headers().get(header::CONTENT_ENCODING).is_none());
    assert!(r.text().await.unwrap().contains("<title>spa</title>"));

    // A chunk that is not there is a 404 (a lazy area then offers a retry), never index.html.
    for missing in [
        "/pkg-0123456789abcdef/split_gone.wasm",
        "/gone-0123456789abcdef.js",
    ] {
        let r = anon.get(missing).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{missing}");
        assert!(!r.text().await.unwrap().contains("<title>spa</title>"));
    }

    assert_eq!(anon.get("/api/health").await.status(), StatusCode::OK);
    let r = anon.get("/media/products/3.svg").await;
    assert_eq!(r.headers()[header::CONTENT_TYPE], "image/svg+xml");
}

#[tokio::test]
async fn cors_allows_only_configured_origins() {
    let s = start().await;
    let anon = s.anon();
    let expo = "/api/v1/expo";
    let ok = anon
        .get_with(expo, &[(header::ORIGIN, "https://shop.example")])
        .await;
    assert_eq!(
        ok.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://shop.example"
    );
    let other = anon
        .get_with(expo, &[(header::ORIGIN, "https://evil.example")])
        .await;
    assert!(other
        .headers()
        .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
        .is_none());
}

#[tokio::test]
async fn api_answers_are_compressed_for_slow_phones() {
    let s = start().await;
    let r = s
        .anon()
        .get_with(
            "/api/v1/products?limit=50",
            &[(header::ACCEPT_ENCODING, "gzip")],
        )
        .await;
    assert_eq!(r.headers()[header::CONTENT_ENCODING], "gzip");
}
