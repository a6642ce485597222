//! What a browser needs of the API's HTTP: answers it will not sniff, and CORS for the SPA's
//! configured origin only (with the headers the SPA sends and the `ETag` it reads).

use reqwest::Method;

use super::{on, Ctx, Recorder};
use crate::client::Reply;

/// An origin no deployment configures.
const STRANGER: &str = "https://not-configured.conformance.invalid";

/// What the SPA sends on a write: its session, JSON, a precondition and an idempotency key.
const SENT: [&str; 4] = [
    "authorization",
    "content-type",
    "if-match",
    "idempotency-key",
];

/// Every value of the header `name`, joined by commas (a header may come more than once).
fn header(r: &Reply, name: &str) -> String {
    r.headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(", ")
}

fn listed(r: &Reply, name: &str, wanted: &str) -> bool {
    header(r, name)
        .split(',')
        .any(|h| h.trim().eq_ignore_ascii_case(wanted))
}

pub(crate) async fn run(ctx: &Ctx<'_>, rec: &mut Recorder) {
    let c = &ctx.client;

    let r = c.get("/products?limit=1", None).await;
    rec.record(
        "api_answers_are_not_sniffed",
        "GET /products: `X-Content-Type-Options: nosniff`",
        on(r, |r| match header(r, "x-content-type-options") {
            v if v.eq_ignore_ascii_case("nosniff") => Ok(()),
            v => Err(format!("`X-Content-Type-Options` is `{v}`: {}", r.brief())),
        }),
    );

    let preflight = |origin: &str| {
        c.req(Method::OPTIONS, "/orders")
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", &SENT.join(","))
            .send()
    };

    let r = preflight(STRANGER).await;
    let read = c
        .req(Method::GET, "/products?limit=1")
        .header("origin", STRANGER)
        .send()
        .await;
    rec.record(
        "cors_refuses_an_origin_not_configured",
        "a preflight and a read with `Origin` of an unknown site: no `Access-Control-Allow-Origin`",
        on(r, |r| {
            on(read, |read| {
                for (what, r) in [("preflight", r), ("read", read)] {
                    let allowed = header(r, "access-control-allow-origin");
                    if !allowed.is_empty() {
                        return Err(format!("the {what} allows `{allowed}`: {}", r.brief()));
                    }
                }
                Ok(())
            })
        }),
    );

    let Some(origin) = ctx
        .config
        .origin
        .as_deref()
        .map(|o| o.trim_end_matches('/'))
    else {
        rec.notes.push(
            "http: the CORS checks of the SPA's origin need --allowed-origin (the origin the SPA is served from)"
                .into(),
        );
        return;
    };
    let r = preflight(origin).await;
    rec.record(
        "cors_preflight_allows_the_spas_origin_and_what_it_sends",
        "OPTIONS /orders from the configured origin: 2xx, that origin allowed (not `*`), POST, and the headers authorization, content-type, if-match, idempotency-key",
        on(r, |r| {
            if !(200..300).contains(&r.status) {
                return Err(r.brief());
            }
            let allowed = header(r, "access-control-allow-origin");
            if allowed != origin {
                return Err(format!("`Access-Control-Allow-Origin` is `{allowed}`"));
            }
            if !listed(r, "access-control-allow-methods", "POST") {
                return Err("POST is not among the allowed methods".into());
            }
            // `*` allows any header but `Authorization`, which must be named.
            let any = listed(r, "access-control-allow-headers", "*");
            let allowed = |h: &&str| {
                listed(r, "access-control-allow-headers", h) || (any && *h != "authorization")
            };
            match SENT.iter().find(|h| !allowed(h)) {
                Some(h) => Err(format!(
                    "`{h}` is not allowed: `{}`",
                    header(r, "access-control-allow-headers")
                )),
                None => Ok(()),
            }
        }),
    );

    let r = c
        .req(Method::GET, "/products?limit=1")
        .header("origin", origin)
        .send()
        .await;
    rec.record(
        "cors_lets_the_spas_origin_read_the_etag",
        "GET from the configured origin: that origin allowed, `ETag` exposed, `Vary: Origin`",
        on(r, |r| {
            let allowed = header(r, "access-control-allow-origin");
            if allowed != origin {
                return Err(format!("`Access-Control-Allow-Origin` is `{allowed}`"));
            }
            if !listed(r, "access-control-expose-headers", "etag") {
                return Err(format!(
                    "`ETag` is not exposed: `{}`",
                    header(r, "access-control-expose-headers")
                ));
            }
            if !header(r, "vary").to_ascii_lowercase().contains("origin") {
                return Err(format!(
                    "`Vary` does not name Origin: `{}`",
                    header(r, "vary")
                ));
            }
            Ok(())
        }),
    );
}
