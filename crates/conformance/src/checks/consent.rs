//! Consent per purpose: the policy is readable, a choice is recorded for the account under the
//! current policy version (with a receipt), and a choice under another version is refused.

use reqwest::Method;
use serde_json::{json, Value};

use super::{on, problem, registered, shapes, Ctx, Recorder};
use crate::client::Reply;

/// Whether `state` has `purpose` decided as `granted`.
fn decided(state: &Value, purpose: &str, granted: bool) -> Result<(), String> {
    let found = state["decisions"]
        .as_array()
        .and_then(|ds| ds.iter().find(|d| d["purpose"] == purpose))
        .map(|d| d["granted"] == granted);
    match found {
        Some(true) => Ok(()),
        _ => Err(format!(
            "`{purpose}` is not {granted}: {}",
            shapes::short(state)
        )),
    }
}

fn choice(version: u64, analytics: bool) -> Value {
    json!({
        "policy_version": version,
        "channel": "privacy_center",
        "decisions": [
            {"purpose": "analytics", "granted": analytics},
            {"purpose": "personalization", "granted": false},
        ],
    })
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let r = c.get("/consent/policy", None).await;
    let mut version = 0;
    let read = rec.record(
        "policy_names_its_version_and_each_purpose",
        "GET /consent/policy: 200, integer `version`, `purposes` each with `id`, `required`, localized `title`",
        on(r, |r| {
            r.expect_status(200)?;
            version = r.json["version"].as_u64().ok_or("no integer `version`")?;
            let purposes = r.json["purposes"].as_array().filter(|p| !p.is_empty());
            for p in purposes.ok_or("no `purposes`")? {
                if !p["id"].is_string() || !p["required"].is_boolean() {
                    return Err(format!("a purpose without `id` or `required`: {}", shapes::short(p)));
                }
                shapes::localized(&p["title"], "a purpose's `title`")?;
            }
            Ok(())
        }),
    );
    let session = registered(ctx, rec, "register_a_visitor").await;
    let (true, Some(session)) = (read, session) else {
        return;
    };
    let token = session.token();
    let put = |body: Value| {
        c.req(Method::PUT, "/consent")
            .token(token)
            .json(body)
            .send()
    };

    let r = put(choice(version, true)).await;
    rec.record(
        "saving_a_choice_answers_the_recorded_state",
        "PUT /consent: 200 with `answered_version` = the policy's and the decisions made",
        on(r, |r: &Reply| {
            r.expect_status(200)?;
            if r.json["answered_version"] != version {
                return Err(format!("`answered_version` {}", r.json["answered_version"]));
            }
            decided(&r.json, "analytics", true)
        }),
    );

    let r = c.get("/consent", token).await;
    rec.record(
        "saved_choice_reads_back_for_the_account",
        "GET /consent: `analytics` granted, `personalization` refused",
        on(r, |r| {
            r.expect_status(200)?;
            decided(&r.json, "analytics", true)?;
            decided(&r.json, "personalization", false)
        }),
    );

    let r = c.get("/consent/receipts", token).await;
    rec.record(
        "each_change_leaves_a_receipt",
        "GET /consent/receipts: a receipt granting `analytics` with an RFC 3339 `recorded_at`",
        on(r, |r| {
            r.expect_status(200)?;
            let receipts = r.json.as_array().ok_or("not an array")?;
            let found = receipts
                .iter()
                .find(|x| x["purpose"] == "analytics" && x["granted"] == true);
            let receipt = found.ok_or_else(|| format!("no receipt: {}", r.brief()))?;
            shapes::rfc3339(&receipt["recorded_at"], "`recorded_at`")
        }),
    );

    let r = put(choice(version.saturating_sub(1), false)).await;
    rec.record(
        "choice_under_another_policy_version_answers_409_policy_outdated",
        "PUT /consent with an older `policy_version`: 409 problem `policy_outdated`",
        on(r, |r| problem(r, 409, "policy_outdated")),
    );
}
