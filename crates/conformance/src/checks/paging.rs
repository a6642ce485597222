//! Lists take `page` (1-based) and `limit` (1–100, default 24) and answer `items` with `total`.

use expocx_contract::{DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT};
use serde_json::Value;

use super::{names_field, on, shapes, Ctx, Recorder};

fn ids(items: &[Value]) -> Vec<Value> {
    items.iter().map(|i| i["id"].clone()).collect()
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;

    let r = c.get("/products?limit=3&page=1", None).await;
    let mut first = Vec::new();
    let mut total = 0;
    rec.record(
        "list_answers_items_total_page_and_limit",
        "GET /products?limit=3&page=1: 200 with `items` (at most 3), `total`, `page` 1, `limit` 3",
        on(r, |r| {
            r.expect_status(200)?;
            let items = shapes::page(&r.json)?;
            total = r.json["total"].as_u64().unwrap_or(0);
            first = ids(items);
            match (items.len() <= 3, r.json["page"] == 1, r.json["limit"] == 3) {
                (true, true, true) => Ok(()),
                _ => Err(format!("not the page asked for: {}", r.brief())),
            }
        }),
    );

    let r = c.get("/products?limit=3&page=2", None).await;
    rec.record(
        "pages_follow_each_other_without_overlap",
        "GET /products?limit=3&page=2: `page` 2, none of page 1's items",
        on(r, |r| {
            r.expect_status(200)?;
            let items = shapes::page(&r.json)?;
            if r.json["page"] != 2 {
                return Err(format!("`page` {}", r.json["page"]));
            }
            if total > 3 && items.is_empty() {
                return Err(format!("empty although `total` is {total}"));
            }
            match ids(items).iter().find(|id| first.contains(id)) {
                Some(id) => Err(format!("item {id} is on pages 1 and 2")),
                None => Ok(()),
            }
        }),
    );

    let r = c.get("/products", None).await;
    rec.record(
        "limit_defaults_to_24",
        &format!("GET /products: `limit` {DEFAULT_PAGE_LIMIT}"),
        on(r, |r| {
            r.expect_status(200)?;
            shapes::page(&r.json)?;
            if r.json["limit"] == DEFAULT_PAGE_LIMIT {
                Ok(())
            } else {
                Err(format!("`limit` {}", r.json["limit"]))
            }
        }),
    );

    for (check, query, field) in [
        (
            "limit_over_the_maximum_answers_422_naming_limit",
            format!("limit={}", MAX_PAGE_LIMIT + 1),
            "limit",
        ),
        (
            "limit_zero_answers_422_naming_limit",
            "limit=0".to_string(),
            "limit",
        ),
        (
            "page_zero_answers_422_naming_page",
            "page=0".to_string(),
            "page",
        ),
    ] {
        let r = c.get(&format!("/products?{query}"), None).await;
        rec.record(
            check,
            &format!("GET /products?{query}: 422 `validation_failed` naming `{field}`"),
            on(r, |r| names_field(r, field)),
        );
    }
}
