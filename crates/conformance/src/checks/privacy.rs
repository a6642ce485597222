//! Privacy (issue 27): personal answers are neither cached nor sniffed; analytics events need the
//! analytics consent; the export holds what was stored; erasure leaves nothing to export and no
//! way to sign in.

use chrono::{DateTime, Utc};
use reqwest::Method;
use serde_json::json;

use super::{problem, registered, Ctx, Recorder};
use crate::client::PASSWORD;

fn now() -> DateTime<Utc> {
    std::time::SystemTime::now().into()
}

/// `method` on `path` with `body`, expecting 200.
async fn send(
    c: &crate::client::Client,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: serde_json::Value,
) -> Result<(), String> {
    let r = c.req(method, path).token(token).json(body).send().await?;
    r.expect_status(200)
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;
    let Some(me) = registered(ctx, rec, "a_visitor_registers").await else {
        return;
    };
    rec.record(
        "personal_answers_are_not_cached_or_sniffed",
        "GET /auth/me with a token: `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`",
        async {
            let r = c.get("/auth/me", me.token()).await?;
            r.expect_status(200)?;
            let header = |name: &str| {
                r.headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_ascii_lowercase()
            };
            if !header("cache-control").contains("no-store") {
                return Err(format!("Cache-Control {:?}", header("cache-control")));
            }
            match header("x-content-type-options").as_str() {
                "nosniff" => Ok(()),
                other => Err(format!("X-Content-Type-Options {other:?}")),
            }
        }
        .await,
    );
    rec.record(
        "events_without_analytics_consent_answer_403_consent_required",
        "POST /devices, then POST /events with a product view and no analytics consent: 403 `consent_required`",
        async {
            let d = c.post("/devices", None, json!({})).await?;
            d.expect_status(201)?;
            let device = d.json["device_id"].as_str().ok_or("no `device_id`")?;
            let p = c.get("/products?limit=1", None).await?;
            let product = p.json["items"][0]["id"].as_i64().ok_or("no product")?;
            let event = json!({"name": "product_viewed", "product_id": product, "at": now()});
            let body = json!({"device_id": device, "events": [event]});
            problem(&c.post("/events", me.token(), body).await?, 403, "consent_required")
        }
        .await,
    );
    let name = format!("Kit Export {}", now().timestamp_millis());
    rec.record(
        "the_export_holds_what_was_stored",
        "PUT /me/profile with a new name: 200; GET /me/export: 200 with that name in its `account` section",
        async {
            let body = json!({"display_name": name});
            send(c, Method::PUT, "/me/profile", me.token(), body).await?;
            let e = c.get("/me/export", me.token()).await?;
            e.expect_status(200)?;
            match e.json["sections"]["account"].to_string().contains(&name) {
                true => Ok(()),
                false => Err(format!("the name is not in the export: {}", e.brief())),
            }
        }
        .await,
    );
    let email = me.json["user"]["email"].as_str().unwrap_or("").to_string();
    rec.record(
        "erasure_leaves_nothing_and_no_way_in",
        "DELETE /me with the email and password: 200; then GET /me/export with the old token: 401; signing in: 401 `invalid_credentials`",
        async {
            let body = json!({"confirm_email": email, "password": PASSWORD});
            send(c, Method::DELETE, "/me", me.token(), body).await?;
            problem(&c.get("/me/export", me.token()).await?, 401, "unauthorized")?;
            let login = json!({"email": email, "password": PASSWORD});
            problem(
                &c.post("/auth/login", None, login).await?,
                401,
                "invalid_credentials",
            )
        }
        .await,
    );
}
