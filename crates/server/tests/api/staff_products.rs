//! The booth's own catalog and pickup slots over real HTTP and SQLite: a draft is the staff's
//! alone until published, texts in three languages are checked field by field, pictures are
//! read from their bytes, slots stay on the expo's days and never below what orders hold — and
//! another booth, a visitor and an anonymous caller get nowhere.

use crate::common;
use crate::common::{problem, send, slot, start, Api, PNG};
use expocx_contract::{
    CartView, ErrorCode, Exhibitor, ExhibitorSummary, FieldErrorCode, Page, PickupSlot,
    ProductSummary, StaffProduct,
};
use reqwest::{header, Method, StatusCode};
use serde_json::{json, Value};

fn draft(en: &str) -> Value {
    json!({
        "name": {"zh-Hans": "手冲壶", "zh-Hant": "手沖壺", "en": en},
        "description": {"zh-Hans": "细口", "zh-Hant": "細口", "en": "Gooseneck kettle"},
        "category_id": 1, "price_minor": 25_800, "stock": 12,
        "option_name": {"zh-Hans": "容量", "zh-Hant": "容量", "en": "Size"},
        "options": [
            {"id": "600ml", "label": {"zh-Hans": "600毫升", "zh-Hant": "600毫升", "en": "600 ml"}, "price_delta_minor": 0},
            {"id": "1l", "label": {"zh-Hans": "1升", "zh-Hant": "1升", "en": "1 l"}, "price_delta_minor": 4_000}
        ]
    })
}

async fn with_tag(r: reqwest::Response) -> (StaffProduct, String) {
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    (r.json().await.unwrap(), tag)
}

async fn storefront_finds(s: &common::TestServer, words: &str) -> Vec<i64> {
    let page: Page<ProductSummary> = s
        .anon()
        .ok(&format!("/api/v1/products?q={words}&limit=100"))
        .await;
    page.items.into_iter().map(|p| p.id).collect()
}

#[tokio::test]
async fn a_new_product_is_a_draft_until_published_and_then_sold_at_once() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let booth = format!("/api/v1/exhibitors/{tea_id}");
    let counted = || async {
        let e: Exhibitor = s.anon().ok(&booth).await;
        let listed: Page<ExhibitorSummary> = s.anon().ok("/api/v1/exhibitors?limit=100").await;
        assert!(listed.items.iter().any(|x| x.id == tea_id));
        e.product_count
    };
    let before = counted().await;
    let r = tea
        .post("/api/v1/exhibitor/products", &draft("Swan kettle"))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let (p, tag) = with_tag(r).await;
    assert!(!p.published);
    assert_eq!(p.product.summary.exhibitor_id, tea_id);
    assert_eq!(p.product.options.len(), 2);
    let id = p.product.summary.id;

    // A draft: the storefront, its search and a cart know nothing of it.
    let path = format!("/api/v1/products/{id}");
    assert_eq!(s.anon().get(&path).await.status(), StatusCode::NOT_FOUND);
    assert!(!storefront_finds(&s, "swan").await.contains(&id));
    let ada = s.visitor("ada@example.cn").await;
    let line = json!({"lines": [{"product_id": id, "option_id": "1l", "quantity": 1}]});
    let cart: CartView = ada.quote(&line).await;
    assert!(cart.groups.is_empty(), "its name is not shown to a cart");
    assert_eq!(
        ada.put("/api/v1/cart", &line).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(counted().await, before, "a draft is not counted");
    let mine: Page<StaffProduct> = tea.ok("/api/v1/exhibitor/products?published=false").await;
    assert_eq!(mine.items[0].product.summary.id, id, "newest first");

    // Published, with its English name changed: found under the new name, sold with options.
    let r = send(
        &tea,
        Method::PATCH,
        &format!("/api/v1/exhibitor/products/{id}"),
        Some(&tag),
        Some(json!({"published": true, "name": {"zh-Hans": "天鹅壶", "zh-Hant": "天鵝壺", "en": "Heron kettle"}})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let (p, _) = with_tag(r).await;
    assert!(p.published);
    assert_eq!(s.anon().get(&path).await.status(), StatusCode::OK);
    assert_eq!(counted().await, before + 1);
    assert!(storefront_finds(&s, "heron").await.contains(&id));
    assert!(storefront_finds(&s, "%E5%A4%A9%E9%B9%85")
        .await
        .contains(&id));
    assert!(!storefront_finds(&s, "swan").await.contains(&id));
    let cart: CartView = ada.quote(&line).await;
    assert_eq!(cart.groups[0].lines[0].unit_price.amount_minor, 29_800);

    // The stale tag of the draft changes nothing.
    let r = send(
        &tea,
        Method::PATCH,
        &format!("/api/v1/exhibitor/products/{id}"),
        Some(&tag),
        Some(json!({"published": false})),
    )
    .await;
    assert_eq!(problem(r).await.code, ErrorCode::PreconditionFailed);
    assert_eq!(s.anon().get(&path).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_wrong_product_is_refused_field_by_field_and_nothing_is_stored() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let count = || -> i64 {
        s.db()
            .query_row(
                "SELECT COUNT(*) FROM products WHERE exhibitor_id = ?",
                [tea_id],
                |r| r.get(0),
            )
            .unwrap()
    };
    let before = count();
    let mut bad = draft("");
    bad["options"][1]["id"] = json!("600ml");
    bad["price_minor"] = json!(-5);
    let r = tea.post("/api/v1/exhibitor/products", &bad).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<(String, FieldErrorCode)> = problem(r)
        .await
        .errors
        .into_iter()
        .map(|e| (e.field, e.code))
        .collect();
    assert!(fields.contains(&("name.en".into(), FieldErrorCode::Required)));
    assert!(fields.contains(&("price_minor".into(), FieldErrorCode::OutOfRange)));
    assert!(fields.contains(&("options.1.id".into(), FieldErrorCode::Duplicate)));
    let mut unknown = draft("Kettle");
    unknown["category_id"] = json!(9_999);
    let r = tea.post("/api/v1/exhibitor/products", &unknown).await;
    assert_eq!(problem(r).await.errors[0].field, "category_id");
    assert_eq!(count(), before, "nothing stored");

    // A change that would price an option below zero is refused whole.
    let (p, tag) = with_tag(
        tea.post("/api/v1/exhibitor/products", &draft("Kettle"))
            .await,
    )
    .await;
    let r = send(
        &tea,
        Method::PATCH,
        &format!("/api/v1/exhibitor/products/{}", p.product.summary.id),
        Some(&tag),
        Some(json!({"price_minor": 100, "stock": 3, "options": [{"id": "x", "label": {"zh-Hans": "小", "zh-Hant": "小", "en": "S"}, "price_delta_minor": -200}], "option_name": {"zh-Hans": "a", "zh-Hant": "a", "en": "a"}})),
    )
    .await;
    assert_eq!(
        problem(r).await.errors[0].field,
        "options.0.price_delta_minor"
    );
    let (now, _) = with_tag(
        tea.get(&format!(
            "/api/v1/exhibitor/products/{}",
            p.product.summary.id
        ))
        .await,
    )
    .await;
    assert_eq!(now.product.summary.stock, 12, "nothing stored");
}

async fn upload(who: &Api, id: i64, bytes: &[u8]) -> reqwest::Response {
    who.request(
        Method::POST,
        &format!("/api/v1/exhibitor/products/{id}/image"),
    )
    .header(header::CONTENT_TYPE, "image/png")
    .body(bytes.to_vec())
    .send()
    .await
    .unwrap()
}

#[tokio::test]
async fn a_picture_is_read_from_its_bytes_and_replaces_the_generated_one() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let (p, _) = with_tag(
        tea.post("/api/v1/exhibitor/products", &draft("Kettle"))
            .await,
    )
    .await;
    let id = p.product.summary.id;
    assert!(p.product.summary.image_url.ends_with(".svg"));

    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>";
    let r = upload(&tea, id, svg).await;
    assert_eq!(problem(r).await.errors[0].field, "image");
    let r = upload(
        &tea,
        id,
        &vec![0xFF; expocx_contract::PRODUCT_IMAGE_MAX_BYTES + 10],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let (p, _) = with_tag(upload(&tea, id, PNG).await).await;
    let first = p.product.summary.image_url.clone();
    assert!(first.starts_with("/api/v1/product-images/"), "{first}");
    let r = s.anon().get(&first).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()[header::CONTENT_TYPE], "image/png");
    assert!(r.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("sandbox"));
    assert_eq!(r.bytes().await.unwrap().as_ref(), PNG);

    let (p, _) = with_tag(upload(&tea, id, PNG).await).await;
    assert_ne!(
        p.product.summary.image_url, first,
        "a new picture, a new address"
    );
    assert_eq!(s.anon().get(&first).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_product_taken_off_sale_leaves_the_carts_that_hold_it() {
    let s = start().await;
    let (tea, tea_id) = s.staff("tea").await;
    let (item, _, _) = s.item_of(tea_id);
    let line = json!({"lines": [{"product_id": item, "quantity": 1}]});
    let ada = s.visitor("ada@example.cn").await;
    assert_eq!(ada.quote(&line).await.groups.len(), 1);
    let (_, tag) = with_tag(tea.get(&format!("/api/v1/exhibitor/products/{item}")).await).await;
    let r = send(
        &tea,
        Method::PATCH,
        &format!("/api/v1/exhibitor/products/{item}"),
        Some(&tag),
        Some(json!({"published": false})),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let cart: CartView = ada.quote(&line).await;
    assert!(cart.groups.is_empty());
    assert_eq!(cart.removed, 1, "the visitor is told a line went");
}

#[tokio::test]
async fn nobody_else_sees_or_changes_a_booths_products_and_slots() {
    let s = start().await;
    let (tea, _) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let (p, tag) = with_tag(
        tea.post("/api/v1/exhibitor/products", &draft("Kettle"))
            .await,
    )
    .await;
    let id = p.product.summary.id;
    let r = tea
        .post("/api/v1/exhibitor/pickup-slots", &slot(6, 18, 19, 3))
        .await;
    let own: PickupSlot = r.json().await.unwrap();
    let product = format!("/api/v1/exhibitor/products/{id}");
    let slot_path = format!("/api/v1/exhibitor/pickup-slots/{}", own.id);
    let change = Some(json!({"capacity": 9}));
    let publish = Some(json!({"published": true}));

    assert_eq!(ceramics.get(&product).await.status(), StatusCode::NOT_FOUND);
    let r = send(
        &ceramics,
        Method::PATCH,
        &product,
        Some(&tag),
        publish.clone(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        upload(&ceramics, id, PNG).await.status(),
        StatusCode::NOT_FOUND
    );
    let r = send(
        &ceramics,
        Method::PUT,
        &format!("{slot_path}/capacity"),
        None,
        change.clone(),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = send(&ceramics, Method::DELETE, &slot_path, None, None).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let theirs: Page<StaffProduct> = ceramics.ok("/api/v1/exhibitor/products?limit=100").await;
    assert!(theirs.items.iter().all(|p| p.product.summary.id != id));
    let slots: Vec<PickupSlot> = ceramics.ok("/api/v1/exhibitor/pickup-slots").await;
    assert!(slots.iter().all(|s| s.id != own.id));

    let ada = s.visitor("ada@example.cn").await;
    for (who, want) in [
        (&ada, StatusCode::FORBIDDEN),
        (&s.anon(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(who.get("/api/v1/exhibitor/products").await.status(), want);
        assert_eq!(who.get(&product).await.status(), want);
        let r = who.post("/api/v1/exhibitor/products", &draft("X")).await;
        assert_eq!(r.status(), want);
        let r = send(who, Method::PATCH, &product, Some(&tag), publish.clone()).await;
        assert_eq!(r.status(), want);
        assert_eq!(upload(who, id, PNG).await.status(), want);
        assert_eq!(
            who.get("/api/v1/exhibitor/pickup-slots").await.status(),
            want
        );
        let r = who
            .post("/api/v1/exhibitor/pickup-slots", &slot(5, 18, 19, 3))
            .await;
        assert_eq!(r.status(), want);
        let r = send(
            who,
            Method::PUT,
            &format!("{slot_path}/capacity"),
            None,
            change.clone(),
        )
        .await;
        assert_eq!(r.status(), want);
        let r = send(who, Method::DELETE, &slot_path, None, None).await;
        assert_eq!(r.status(), want);
    }
    let (still, _) = with_tag(tea.get(&product).await).await;
    assert!(!still.published, "nothing changed");
    let slots: Vec<PickupSlot> = tea.ok("/api/v1/exhibitor/pickup-slots").await;
    assert_eq!(slots.iter().find(|s| s.id == own.id).unwrap().capacity, 3);
}
