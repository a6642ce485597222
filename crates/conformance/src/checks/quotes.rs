//! Trade quotes (issue 24): the products a quote can be asked for, a trade buyer's request made
//! once per `Idempotency-Key`, nobody else's to read, the profile's company required, accepting
//! only with the quote's `ETag` and only once quoted, and a declined quote closed for good.

use expocx_contract::configure::{ConfigModel, Configuration};
use reqwest::Method;
use serde_json::{json, Value};

use super::{on, problem, registered, Ctx, Recorder};
use crate::client::{Client, Reply};

/// A configuration the model accepts: in each group the first option still open (required
/// groups only), at the minimum quantity.
fn valid_configuration(model: &ConfigModel) -> Configuration {
    let mut choices: Vec<String> = Vec::new();
    for g in model.groups.iter().filter(|g| g.required) {
        if let Some(o) = g
            .options
            .iter()
            .find(|o| model.closed(&choices, &o.id).is_none())
        {
            choices.push(o.id.clone());
        }
    }
    Configuration {
        choices,
        quantity: model.min_quantity.max(1),
    }
}

async fn ask(c: &Client, token: Option<&str>, key: &str, body: &Value) -> Result<Reply, String> {
    c.req(Method::POST, "/quotes")
        .token(token)
        .header("Idempotency-Key", key)
        .json(body.clone())
        .send()
        .await
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let mut product: Option<(i64, ConfigModel)> = None;
    let listed = rec.record(
        "configurable_products_are_listed_with_their_model",
        "GET /products/configurable: 200, an array; the first one's GET /products/{id}/configuration is a model",
        async {
            let r = c.get("/products/configurable", None).await?;
            r.expect_status(200)?;
            let Some(first) = r.json.as_array().and_then(|a| a.first()).cloned() else {
                return Err("no configurable product: the quote checks need one".into());
            };
            let id = first["id"].as_i64().ok_or("a product without `id`")?;
            let m = c.get(&format!("/products/{id}/configuration"), None).await?;
            m.expect_status(200)?;
            let model: ConfigModel = serde_json::from_value(m.json.clone())
                .map_err(|e| format!("not a configuration model ({e}): {}", m.brief()))?;
            product = Some((id, model));
            Ok(())
        }
        .await,
    );
    let (Some((id, model)), true) = (product, listed) else {
        return;
    };
    let body = json!({"lines": [{"product_id": id, "configuration": valid_configuration(&model)}],
                      "region": "Conformance"});
    let Some(plain) = registered(ctx, rec, "a_visitor_registers").await else {
        return;
    };
    rec.record(
        "a_quote_needs_a_trade_profile",
        "POST /quotes by a visitor whose profile names no company: 409 trade_profile_required",
        on(
            ask(c, plain.token(), "conformance-plain", &body).await,
            |r| problem(r, 409, "trade_profile_required"),
        ),
    );
    let Some(buyer) = registered(ctx, rec, "a_trade_buyer_registers").await else {
        return;
    };
    let profile = json!({"display_name": "Conformance Buyer", "company": "Conformance GmbH", "job_title": "Buyer"});
    let profiled = c
        .req(Method::PUT, "/me/profile")
        .token(buyer.token())
        .json(profile)
        .send()
        .await;
    if profiled.map(|r| r.status) != Ok(200) {
        rec.notes
            .push("quotes: skipped (PUT /me/profile did not answer 200)".into());
        return;
    }
    let key = crate::client::unique_email("quote-key");
    let mut quote_id = 0;
    let mut etag = String::new();
    let once = rec.record(
        "a_quote_is_asked_once_per_idempotency_key",
        "POST /quotes twice with one Idempotency-Key: 201 then 200 with the same `id`, status `requested`, and an `ETag`",
        async {
            let first = ask(c, buyer.token(), &key, &body).await?;
            first.expect_status(201)?;
            let again = ask(c, buyer.token(), &key, &body).await?;
            again.expect_status(200)?;
            quote_id = first.json["id"].as_i64().ok_or("no `id`")?;
            if again.json["id"].as_i64() != Some(quote_id) {
                return Err(format!("a second quote: {} then {}", quote_id, again.json["id"]));
            }
            if first.json["status"] != "requested" {
                return Err(format!("status {}", first.json["status"]));
            }
            etag = first.headers.get("etag").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            if etag.is_empty() { Err("no `ETag`".into()) } else { Ok(()) }
        }
        .await,
    );
    if !once {
        return;
    }
    let path = format!("/quotes/{quote_id}");
    if let Some(other) = registered(ctx, rec, "a_second_visitor_registers").await {
        rec.record(
            "another_visitor_gets_404_for_a_quote",
            "GET /quotes/{id} of someone else's quote: 404 not_found",
            on(c.get(&path, other.token()).await, |r| {
                problem(r, 404, "not_found")
            }),
        );
    }
    let accept = json!({"fulfilment": {"method": "delivery", "exhibitor_id": 0}});
    rec.record(
        "accepting_needs_the_quotes_etag",
        "POST /quotes/{id}/accept without If-Match: 428 precondition_failed",
        on(
            c.post(&format!("{path}/accept"), buyer.token(), accept.clone())
                .await,
            |r| problem(r, 428, "precondition_failed"),
        ),
    );
    let tagged = |m: Method, p: String, b: Value| {
        c.req(m, &p)
            .token(buyer.token())
            .header("If-Match", &etag)
            .json(b)
            .send()
    };
    rec.record(
        "a_quote_not_answered_cannot_be_accepted",
        "POST /quotes/{id}/accept with its ETag before any answer: 409 (nothing quoted yet)",
        on(
            tagged(Method::POST, format!("{path}/accept"), accept).await,
            |r| r.expect_status(409),
        ),
    );
    let declined = rec.record(
        "the_buyer_declines_and_nothing_more_is_open",
        "POST /quotes/{id}/decline with its ETag: 200, status `declined`, `actions` empty",
        on(
            tagged(Method::POST, format!("{path}/decline"), json!({})).await,
            |r| {
                r.expect_status(200)?;
                let empty = r.json["actions"].as_array().is_some_and(Vec::is_empty);
                if r.json["status"] == "declined" && empty {
                    Ok(())
                } else {
                    Err(format!(
                        "status {} actions {}",
                        r.json["status"], r.json["actions"]
                    ))
                }
            },
        ),
    );
    if declined {
        rec.record(
            "a_declined_quote_is_closed",
            "POST /quotes/{id}/messages on a declined quote: 409 quote_closed",
            on(
                c.post(
                    &format!("{path}/messages"),
                    buyer.token(),
                    json!({"text": "still there?"}),
                )
                .await,
                |r| problem(r, 409, "quote_closed"),
            ),
        );
    }
}
