//! A fair's crowd behind one address (the venue's Wi-Fi, a carrier's NAT, the TLS proxy):
//! everyone gets a device key and a recorded consent, and behind a trusted proxy each visitor's
//! forwarded address has its own limits while a spoofed header from anyone else changes nothing.

use crate::common::{client, start, start_opts, Api, Options};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn two_thousand_first_visits_from_one_address_all_record_their_consent() {
    let s = start().await;
    let policy: Value = s.anon().ok("/api/v1/consent/policy").await;
    let anon = s.anon();
    for i in 0..2_000 {
        let device = s.device().await;
        let body = json!({"policy_version": policy["version"], "channel": "prompt",
            "device_id": device, "decisions": [{"purpose": "analytics", "granted": true}]});
        let r = anon.put("/api/v1/consent", &body).await;
        assert_eq!(r.status(), StatusCode::OK, "visitor {i}");
    }
    let receipts: i64 = s
        .db()
        .query_row(
            "SELECT COUNT(DISTINCT device_id) FROM consent_receipts WHERE purpose = 'analytics'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(receipts, 2_000);
}

/// Quotes naming a coupon code, as if forwarded for `client`, until one is refused.
async fn quotes_until_refused(api: &Api, client: &str, tries: u32) -> Option<u32> {
    for i in 0..tries {
        let r = quote_as(api, client, i).await;
        if r == StatusCode::TOO_MANY_REQUESTS {
            return Some(i);
        }
        assert_eq!(r, StatusCode::OK);
    }
    None
}

async fn quote_as(api: &Api, client: &str, i: u32) -> StatusCode {
    api.request(Method::POST, "/api/v1/cart/quote")
        .header("x-forwarded-for", client)
        .json(&json!({"lines": [], "coupon": format!("CODE{i}")}))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_address_has_its_own_limit() {
    let s = start_opts(Options {
        trusted_proxies: vec!["127.0.0.0/8".into()],
        ..Default::default()
    })
    .await;
    let api = s.anon();
    // The client wrote the first entry itself; the proxy appended what it saw.
    let a = "6.6.6.6, 198.51.100.10";
    assert_eq!(quotes_until_refused(&api, a, 1_300).await, Some(1_200));
    assert_eq!(quote_as(&api, "198.51.100.11", 0).await, StatusCode::OK);
    // Changing the self-written entry does not give the first client a new bucket.
    let spoof = "7.7.7.7, 198.51.100.10";
    assert_eq!(
        quote_as(&api, spoof, 0).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_forwarded_header_from_an_untrusted_peer_is_ignored() {
    let s = start().await;
    let api = s.anon();
    assert_eq!(
        quotes_until_refused(&api, "198.51.100.10", 1_300).await,
        Some(1_200)
    );
    // Claiming another address changes nothing: the peer is the client.
    assert_eq!(
        quote_as(&api, "198.51.100.11", 0).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Operators see which limit refused.
    let metrics = client()
        .get(s.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let refused = metrics
        .lines()
        .find_map(|l| l.strip_prefix(r#"expocx_rate_limited_total{limit="coupon_address"} "#))
        .and_then(|n| n.parse::<u64>().ok());
    assert!(refused.is_some_and(|n| n >= 2), "{metrics}");
}
