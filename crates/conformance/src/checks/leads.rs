//! Leads (issue 25): a badge scan makes an anonymous lead, counted once per `Idempotency-Key`;
//! the visitor is asked and decides for this exhibitor alone, and the contact shows exactly
//! while shared; another exhibitor gets `404`, visitors `403`; a stale edit answers `412`.

use reqwest::Method;
use serde_json::{json, Value};

use super::staff::{sign_in, staff_of};
use super::{on, problem, registered, Ctx, Recorder};
use crate::client::{Client, Reply};

async fn scan(c: &Client, token: Option<&str>, key: &str, code: &str) -> Result<Reply, String> {
    c.req(Method::POST, "/exhibitor/badge-scans")
        .token(token)
        .header("Idempotency-Key", key)
        .json(json!({"code": code}))
        .send()
        .await
}

fn contact(lead: &Value) -> Option<&str> {
    lead["summary"]["contact"]["name"].as_str()
}

async fn share(
    c: &Client,
    token: Option<&str>,
    exhibitor: i64,
    yes: bool,
) -> Result<Reply, String> {
    c.req(Method::PUT, &format!("/me/contact-shares/{exhibitor}"))
        .token(token)
        .json(json!({"share": yes, "channel": "privacy_center"}))
        .send()
        .await
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let Some((staff, exhibitor)) = staff_of(ctx, rec, "leads").await else {
        return;
    };
    let Some(visitor) = registered(ctx, rec, "a_visitor_registers").await else {
        return;
    };
    let code = match c.get("/me/badge", visitor.token()).await {
        Ok(r) if r.status == 200 => r.json["code"].as_str().unwrap_or("").to_string(),
        _ => String::new(),
    };
    let key = crate::client::unique_email("scan-key");
    let mut lead = 0;
    let anonymous = rec.record(
        "a_badge_scan_makes_an_anonymous_lead",
        "GET /me/badge, then POST /exhibitor/badge-scans: 200 without `contact` and with a `lead_id` whose lead shows no contact",
        async {
            let r = scan(c, staff.token(), &key, &code).await?;
            r.expect_status(200)?;
            if !r.json["contact"].is_null() {
                return Err(format!("contact shown without consent: {}", r.brief()));
            }
            lead = r.json["lead_id"].as_i64().ok_or("no `lead_id`")?;
            let l = c.get(&format!("/exhibitor/leads/{lead}"), staff.token()).await?;
            l.expect_status(200)?;
            match contact(&l.json) {
                None => Ok(()),
                Some(n) => Err(format!("the lead names {n} without consent")),
            }
        }
        .await,
    );
    if !anonymous {
        return;
    }
    rec.record(
        "a_mistyped_badge_code_is_not_a_badge",
        "GET /exhibitor/badge-key: 200 `ES256` with a public key; POST /exhibitor/badge-scans with one character of the code changed: 404 `not_found` (its signature no longer matches)",
        async {
            let k = c.get("/exhibitor/badge-key", staff.token()).await?;
            k.expect_status(200)?;
            if k.json["alg"] != "ES256" || !k.json["public_key"].is_string() {
                return Err(format!("no key: {}", k.brief()));
            }
            let mut typo = code.clone().into_bytes();
            let at = "EXPOCX:BADGE:".len();
            typo[at] = if typo.get(at) == Some(&b'a') { b'b' } else { b'a' };
            let typo = String::from_utf8(typo).map_err(|e| e.to_string())?;
            let r = scan(c, staff.token(), &crate::client::unique_email("typo"), &typo).await?;
            problem(&r, 404, "not_found")
        }
        .await,
    );
    let me = c.get("/auth/me", visitor.token()).await.ok();
    let visitor_id = me.and_then(|r| r.json["id"].as_i64()).unwrap_or(0);
    rec.record(
        "a_scanned_visitor_is_a_customer_seen_only_by_the_exhibitor",
        "GET /exhibitor/customers/{visitor}: 200 for the exhibitor that scanned them (stage `exploring`, no contact); 403 for the visitor",
        async {
            let path = format!("/exhibitor/customers/{visitor_id}");
            let r = c.get(&path, staff.token()).await?;
            r.expect_status(200)?;
            if r.json["summary"]["stage"] != "exploring" || !r.json["contact"].is_null() {
                return Err(format!("not an anonymous exploring customer: {}", r.brief()));
            }
            problem(&c.get(&path, visitor.token()).await?, 403, "forbidden")
        }
        .await,
    );
    let path = format!("/exhibitor/leads/{lead}");
    rec.record(
        "a_scan_sent_twice_with_one_key_counts_once",
        "the same scan again with its Idempotency-Key: the same `lead_id`, and the lead's `scans` is 1",
        async {
            let r = scan(c, staff.token(), &key, &code).await?;
            r.expect_status(200)?;
            if r.json["lead_id"].as_i64() != Some(lead) {
                return Err(format!("another lead: {}", r.brief()));
            }
            let l = c.get(&path, staff.token()).await?;
            match l.json["summary"]["scans"].as_i64() {
                Some(1) => Ok(()),
                other => Err(format!("`scans` {other:?}")),
            }
        }
        .await,
    );
    rec.record(
        "sharing_with_the_exhibitor_shows_the_contact",
        "GET /me/contact-shares lists the exhibitor as `asked`; PUT /me/contact-shares/{exhibitor} share: 200 `shared` with a `receipt_id`; the lead then shows a contact",
        async {
            let asked = c.get("/me/contact-shares", visitor.token()).await?;
            asked.expect_status(200)?;
            let listed = asked.json.as_array().into_iter().flatten().any(|s| {
                s["exhibitor_id"].as_i64() == Some(exhibitor) && s["state"] == "asked"
            });
            if !listed {
                return Err(format!("not asked: {}", asked.brief()));
            }
            let r = share(c, visitor.token(), exhibitor, true).await?;
            r.expect_status(200)?;
            if r.json["state"] != "shared" || !r.json["receipt_id"].is_string() {
                return Err(format!("not shared with a receipt: {}", r.brief()));
            }
            let l = c.get(&path, staff.token()).await?;
            contact(&l.json).map(|_| ()).ok_or_else(|| "still anonymous".to_string())
        }
        .await,
    );
    rec.record(
        "withdrawing_hides_the_contact_at_once",
        "PUT /me/contact-shares/{exhibitor} share false: the lead shows no contact",
        async {
            share(c, visitor.token(), exhibitor, false)
                .await?
                .expect_status(200)?;
            let l = c.get(&path, staff.token()).await?;
            match contact(&l.json) {
                None => Ok(()),
                Some(n) => Err(format!("still shows {n}")),
            }
        }
        .await,
    );
    rec.record(
        "visitors_get_403_on_leads",
        "GET /exhibitor/leads as a visitor: 403 problem `forbidden`",
        on(c.get("/exhibitor/leads", visitor.token()).await, |r| {
            problem(r, 403, "forbidden")
        }),
    );
    let etag = match c.get(&path, staff.token()).await {
        Ok(r) => r
            .headers
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
        Err(_) => String::new(),
    };
    let edit = |tag: Option<&str>| {
        let mut r = c.req(Method::PUT, &path).token(staff.token());
        if let Some(t) = tag {
            r = r.header("If-Match", t);
        }
        r.json(json!({"status": "contacted", "answers": []})).send()
    };
    rec.record(
        "a_lead_edit_needs_its_etag",
        "PUT /exhibitor/leads/{id} without If-Match: 428 precondition_failed",
        on(edit(None).await, |r| problem(r, 428, "precondition_failed")),
    );
    rec.record(
        "a_stale_lead_edit_answers_412",
        "PUT with the lead's ETag: 200; again with the same (now stale) ETag: 412 precondition_failed",
        async {
            edit(Some(&etag)).await?.expect_status(200)?;
            let r = edit(Some(&etag)).await?;
            problem(&r, 412, "precondition_failed")
        }
        .await,
    );
    let Some(second) = &ctx.config.second_staff else {
        return;
    };
    if let Ok((other, _)) = sign_in(c, second).await {
        rec.record(
            "another_exhibitor_gets_404_for_a_lead",
            "GET /exhibitor/leads/{id} as the second exhibitor's staff: 404 problem `not_found`",
            on(c.get(&path, other.token()).await, |r| {
                problem(r, 404, "not_found")
            }),
        );
    }
}
