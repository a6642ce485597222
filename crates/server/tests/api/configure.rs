//! Configurable products (issue 24) over HTTP: the demo teapot's model, prices the backend
//! decides with the contract's module (price breaks, a percentage, an exclusion, the minimum
//! quantity), and the exhibitor setting a model on its own product only.

use crate::common::{answer, problem, start, Api};
use expocx_contract::configure::{ConfigModel, ConfigPrice};
use expocx_contract::{ErrorCode, FieldErrorCode, Product};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn priced(api: &Api, id: i64, choices: &[&str], quantity: u32) -> reqwest::Response {
    api.post(
        &format!("/api/v1/products/{id}/configuration/price"),
        &json!({"choices": choices, "quantity": quantity}),
    )
    .await
}

#[tokio::test]
async fn the_backend_prices_a_configuration_by_the_products_model() {
    let s = start().await;
    let id: i64 = s
        .db()
        .query_row(
            "SELECT id FROM products WHERE name_json LIKE '%Ru ware teapot%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let anon = s.anon();
    let product: Product = anon.ok(&format!("/api/v1/products/{id}")).await;
    assert!(product.configurable);
    let list = product.summary.price.amount_minor;
    let model: ConfigModel = anon
        .ok(&format!("/api/v1/products/{id}/configuration"))
        .await;
    assert_eq!(model.min_quantity, 10);
    // 50 pieces reach the first break (90 %); crackle adds 15 % of that.
    let r = priced(&anon, id, &["crackle", "small"], 50).await;
    let p: ConfigPrice = answer(r, StatusCode::OK).await;
    let base = list * 90 / 100;
    assert_eq!(p.base_minor, base);
    assert_eq!(p.unit_minor, base + (base * 1_500 + 5_000) / 10_000);
    assert_eq!(p.total_minor, p.unit_minor * 50);
    assert_eq!(p.lead_days, 10);
    assert_eq!(p.next_break.map(|b| b.min_quantity), Some(200));
    // What the rules refuse is a 422 naming the choice or the quantity.
    let r = priced(&anon, id, &["crackle", "large"], 50).await;
    let e = problem(r).await;
    assert_eq!(e.code, ErrorCode::ValidationFailed);
    assert_eq!(e.errors[0].field, "choices.crackle");
    let e = problem(priced(&anon, id, &["celadon", "small"], 9).await).await;
    assert_eq!(
        (e.errors[0].field.as_str(), e.errors[0].limit),
        ("quantity", Some(10))
    );
    let e = problem(priced(&anon, id, &["small"], 10).await).await;
    assert_eq!(
        (e.errors[0].field.as_str(), e.errors[0].code),
        ("choices.glaze", FieldErrorCode::Required)
    );
    // The products a quote can be asked for: the teapot and the tea, no retail product.
    let listed: Vec<expocx_contract::ProductSummary> =
        anon.ok("/api/v1/products/configurable").await;
    let ids: Vec<i64> = listed.iter().map(|p| p.id).collect();
    assert!(ids.contains(&id));
    assert_eq!(listed.len(), 2, "{ids:?}");
    // A retail product has no model.
    let retail: i64 = s
        .db()
        .query_row(
            "SELECT id FROM products WHERE config_json IS NULL AND published = 1 LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let r = anon
        .get(&format!("/api/v1/products/{retail}/configuration"))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        priced(&anon, retail, &[], 1).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_exhibitor_sets_a_sound_model_on_its_own_product_only() {
    let s = start().await;
    let (tea, exhibitor) = s.staff("tea").await;
    let (ceramics, _) = s.staff("ceramics").await;
    let id: i64 = s
        .db()
        .query_row(
            "SELECT id FROM products WHERE exhibitor_id = ? AND config_json IS NULL AND published = 1 LIMIT 1",
            [exhibitor],
            |r| r.get(0),
        )
        .unwrap();
    let path = format!("/api/v1/exhibitor/products/{id}/configuration");
    let etag = || async {
        let r = tea.get(&format!("/api/v1/exhibitor/products/{id}")).await;
        r.headers()["etag"].to_str().unwrap().to_string()
    };
    let model = json!({
        "groups": [{"id": "pack", "name": {"zh-Hans": "包装", "zh-Hant": "包裝", "en": "Pack"}, "choice": "one", "required": true,
            "options": [{"id": "bag", "label": {"zh-Hans": "袋", "zh-Hant": "袋", "en": "Bag"}, "delta": {"kind": "amount", "minor": 0}}]}],
        "breaks": [{"min_quantity": 30, "unit_minor": 100}],
        "min_quantity": 3
    });
    let mut broken = model.clone();
    broken["rules"] = json!([{"kind": "excludes", "a": "bag", "b": "gold"}]);
    let send = |api: &Api, body: &serde_json::Value, tag: String| {
        api.request(Method::PUT, &path)
            .header("If-Match", tag)
            .json(body)
            .send()
    };
    // A broken model: 422 naming the rule, nothing stored.
    let r = send(&tea, &broken, etag().await).await.unwrap();
    let e = problem(r).await;
    assert_eq!(e.errors[0].field, "config.rules.0");
    let r = s
        .anon()
        .get(&format!("/api/v1/products/{id}/configuration"))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Another exhibitor: not found. Without If-Match: 428.
    let r = send(&ceramics, &model, etag().await).await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = tea
        .request(Method::PUT, &path)
        .json(&model)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 428);
    let r = send(&tea, &model, etag().await).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let stored: ConfigModel = s
        .anon()
        .ok(&format!("/api/v1/products/{id}/configuration"))
        .await;
    assert_eq!(stored.min_quantity, 3);
    let product: Product = s.anon().ok(&format!("/api/v1/products/{id}")).await;
    assert!(product.configurable);
    // Removed: a retail product again.
    let r = tea
        .request(Method::DELETE, &path)
        .header("If-Match", etag().await)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let product: Product = s.anon().ok(&format!("/api/v1/products/{id}")).await;
    assert!(!product.configurable);
}
