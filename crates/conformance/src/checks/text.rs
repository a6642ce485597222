//! Localized text carries all three languages; money is integer minor units with a currency;
//! timestamps are RFC 3339 and calendar days `YYYY-MM-DD`.

use serde_json::Value;

use super::{on, shapes, Ctx, Recorder};

/// Every item of the list at `path` passes `f`.
fn each(r: &crate::client::Reply, f: impl Fn(&Value) -> Result<(), String>) -> Result<(), String> {
    r.expect_status(200)?;
    let items = match r.json.as_array() {
        Some(a) => a,
        None => shapes::page(&r.json)?,
    };
    if items.is_empty() {
        return Err("an empty list: nothing to check".into());
    }
    items.iter().try_for_each(f)
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let products = c.get("/products?limit=50", None).await;

    rec.record(
        "product_names_are_localized_in_zh_hans_zh_hant_and_en",
        "every product's `name` and `exhibitor_name` with `zh-Hans`, `zh-Hant`, `en`",
        on(products.clone(), |r| {
            each(r, |p| {
                shapes::localized(&p["name"], "`name`")?;
                shapes::localized(&p["exhibitor_name"], "`exhibitor_name`")
            })
        }),
    );

    rec.record(
        "prices_are_integer_minor_units_with_an_iso_4217_currency",
        "every product's `price` as {amount_minor: integer, currency: 3 capitals}",
        on(products.clone(), |r| {
            each(r, |p| shapes::money(&p["price"], "`price`"))
        }),
    );

    let first = products
        .ok()
        .and_then(|r| r.json["items"].get(0).map(|p| p["id"].clone()))
        .unwrap_or(Value::Null);
    let r = c.get(&format!("/products/{first}"), None).await;
    rec.record(
        "product_detail_text_is_localized",
        "GET /products/{id}: `name`, `description`, `category_name` in all three languages",
        on(r, |r| {
            r.expect_status(200)?;
            for member in ["name", "description", "category_name"] {
                shapes::localized(&r.json[member], &format!("`{member}`"))?;
            }
            shapes::money(&r.json["price"], "`price`")
        }),
    );

    let r = c.get("/categories", None).await;
    rec.record(
        "category_names_are_localized_in_zh_hans_zh_hant_and_en",
        "every category's `name` with `zh-Hans`, `zh-Hant`, `en`",
        on(r, |r| {
            each(r, |cat| shapes::localized(&cat["name"], "`name`"))
        }),
    );

    let r = c.get("/consent/policy", None).await;
    rec.record(
        "calendar_days_are_yyyy_mm_dd",
        "GET /consent/policy: `published_on` as YYYY-MM-DD",
        on(r, |r| {
            r.expect_status(200)?;
            shapes::day(&r.json["published_on"], "`published_on`")
        }),
    );

    let r = c.register("text").await;
    rec.record(
        "timestamps_are_rfc_3339",
        "a new session's `expires_at` in RFC 3339",
        r.and_then(|s| shapes::rfc3339(&s.json["expires_at"], "`expires_at`")),
    );
}
