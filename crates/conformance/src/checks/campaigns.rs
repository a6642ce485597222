//! Campaigns (issue 26): a draft is refused field by field without a condition; it changes only
//! with its `ETag` (`428` without, `412` stale); visitors get `403`, another exhibitor `404`; a
//! stop link no message carries is `404`, and works without a token.

use reqwest::Method;
use serde_json::{json, Value};

use super::staff::{sign_in, staff_of};
use super::{on, problem, registered, Ctx, Recorder};

fn draft(audience: Value) -> Value {
    json!({
        "name": "Conformance kit",
        "audience": audience,
        "offer": {"message": {"zh-Hans": "", "zh-Hant": "", "en": "Checked by the kit"}},
        "channels": ["in_app"],
        "holdout_percent": 10
    })
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    rec.record(
        "a_stop_link_no_message_carries_is_404_signed_out",
        "GET /stop/{32 hex digits} without a token: 404 problem `not_found`",
        on(
            c.get("/stop/0123456789abcdef0123456789abcdef", None).await,
            |r| problem(r, 404, "not_found"),
        ),
    );
    let Some((staff, _)) = staff_of(ctx, rec, "campaigns").await else {
        return;
    };
    rec.record(
        "a_campaign_without_a_condition_is_refused_by_field",
        "POST /exhibitor/campaigns with an empty `audience`: 422 `validation_failed` naming `audience`",
        on(
            c.req(Method::POST, "/exhibitor/campaigns")
                .token(staff.token())
                .json(draft(json!({})))
                .send()
                .await,
            |r| {
                problem(r, 422, "validation_failed")?;
                let named = r.json["errors"].as_array().into_iter().flatten().any(|e| e["field"] == "audience");
                named.then_some(()).ok_or_else(|| format!("no `audience` error: {}", r.brief()))
            },
        ),
    );
    let made = c
        .req(Method::POST, "/exhibitor/campaigns")
        .token(staff.token())
        .json(draft(json!({"cart_unpaid_hours": 240})))
        .send()
        .await;
    let (path, etag) = match &made {
        Ok(r) if r.status == 201 => (
            format!("/exhibitor/campaigns/{}", r.json["id"]),
            r.headers
                .get("etag")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string(),
        ),
        _ => (String::new(), String::new()),
    };
    rec.record(
        "a_campaign_draft_is_created_with_its_etag",
        "POST /exhibitor/campaigns: 201 `draft` with an `ETag`",
        on(made, |r| {
            r.expect_status(201)?;
            match (r.json["status"].as_str(), etag.is_empty()) {
                (Some("draft"), false) => Ok(()),
                _ => Err(format!("not a tagged draft: {}", r.brief())),
            }
        }),
    );
    let edit = |tag: Option<&str>| {
        let mut r = c.req(Method::PUT, &path).token(staff.token());
        if let Some(t) = tag {
            r = r.header("If-Match", t);
        }
        r.json(draft(json!({"cart_unpaid_hours": 48}))).send()
    };
    rec.record(
        "a_campaign_edit_needs_its_etag",
        "PUT /exhibitor/campaigns/{id} without If-Match: 428 precondition_failed",
        on(edit(None).await, |r| problem(r, 428, "precondition_failed")),
    );
    rec.record(
        "a_stale_campaign_edit_answers_412",
        "PUT with the draft's ETag: 200; again with the same (now stale) ETag: 412 precondition_failed",
        async {
            edit(Some(&etag)).await?.expect_status(200)?;
            problem(&edit(Some(&etag)).await?, 412, "precondition_failed")
        }
        .await,
    );
    if let Some(visitor) = registered(ctx, rec, "a_visitor_registers").await {
        rec.record(
            "visitors_get_403_on_campaigns",
            "GET /exhibitor/campaigns as a visitor: 403 problem `forbidden`",
            on(c.get("/exhibitor/campaigns", visitor.token()).await, |r| {
                problem(r, 403, "forbidden")
            }),
        );
    }
    let Some(second) = &ctx.config.second_staff else {
        return;
    };
    if let Ok((other, _)) = sign_in(c, second).await {
        rec.record(
            "another_exhibitor_gets_404_for_a_campaign",
            "GET /exhibitor/campaigns/{id} as the second exhibitor's staff: 404 problem `not_found`",
            on(c.get(&path, other.token()).await, |r| {
                problem(r, 404, "not_found")
            }),
        );
    }
}
