//! Public pages that carry their own content, read as a crawler or a link preview reads them
//! (no JavaScript): the head (title, card, canonical, alternates, JSON-LD) and the snapshot in
//! `<noscript>`, in the visitor's language; 404 for what does not exist; nothing personal.

use crate::common::{start, TestServer};
use expocx_contract::{Expo, Page, ProductSummary};
use reqwest::header::{self, HeaderName};
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The server with the repository's real `index.html` as its shell.
pub async fn server() -> TestServer {
    let s = start().await;
    let dist = s.db_path.parent().unwrap().parent().unwrap().join("dist");
    std::fs::write(
        dist.join("index.html"),
        include_str!("../../../../index.html"),
    )
    .unwrap();
    s
}

async fn html(s: &TestServer, path: &str, headers: &[(HeaderName, &str)]) -> (StatusCode, String) {
    let r = s.anon().get_with(path, headers).await;
    (r.status(), r.text().await.unwrap())
}

fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let a = html
        .find(from)
        .unwrap_or_else(|| panic!("{from} in the page"))
        + from.len();
    &html[a..a + html[a..].find(to).unwrap()]
}

fn json_ld(html: &str) -> Value {
    serde_json::from_str(between(
        html,
        "<script type=\"application/ld+json\">",
        "</script>",
    ))
    .unwrap()
}

fn meta(html: &str, key: &str) -> String {
    between(html, &format!("property=\"{key}\" content=\""), "\"").to_string()
}

async fn first_product(s: &TestServer) -> ProductSummary {
    let page: Page<ProductSummary> = s.anon().ok("/api/v1/products?limit=1").await;
    page.items.into_iter().next().unwrap()
}

#[tokio::test]
async fn a_product_page_carries_its_title_card_structured_data_and_content() {
    let s = server().await;
    let p = first_product(&s).await;
    let (status, page) = html(&s, &format!("/products/{}?lang=en", p.id), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\" data-snapshot>"));
    assert_eq!(between(&page, "<title>", "</title>"), p.name.en);
    assert_eq!(meta(&page, "og:title"), p.name.en);
    assert!(meta(&page, "og:description").contains(&p.exhibitor_name.en));
    assert!(meta(&page, "og:image").starts_with("https://shop.example/"));
    let url = format!("https://shop.example/products/{}", p.id);
    assert!(page.contains(&format!(
        "<link rel=\"canonical\" href=\"{url}?lang=en\" />"
    )));
    for lang in ["zh-Hans", "zh-Hant", "en"] {
        assert!(page.contains(&format!("hreflang=\"{lang}\" href=\"{url}?lang={lang}\"")));
    }
    assert!(page.contains(&format!("hreflang=\"x-default\" href=\"{url}\"")));
    // What search engines require of a Product and its Offer.
    let ld = json_ld(&page);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "Product");
    assert_eq!(ld["name"], p.name.en);
    assert!(ld["image"][0]
        .as_str()
        .unwrap()
        .starts_with("https://shop.example/"));
    let offer = &ld["offers"];
    assert_eq!(offer["@type"], "Offer");
    let price: f64 = offer["price"].as_str().unwrap().parse().unwrap();
    assert_eq!((price * 100.0).round() as i64, p.price.amount_minor);
    assert_eq!(offer["priceCurrency"], "CNY");
    assert_eq!(offer["availability"], "https://schema.org/InStock");
    assert_eq!(offer["seller"]["name"], p.exhibitor_name.en);
    // Painted in place of the skeleton, readable without JavaScript: name, price, picture,
    // exhibitor and booth.
    let snapshot = between(&page, "<main>", "</main>");
    assert!(!snapshot.contains("skeleton"));
    for said in [p.name.en.as_str(), &p.exhibitor_name.en, &p.booth, "CN¥"] {
        assert!(snapshot.contains(said), "{said} in {snapshot}");
    }
    assert!(snapshot.contains(&format!("<a href=\"/exhibitors/{}\">", p.exhibitor_id)));
    assert!(snapshot.contains(&format!(
        "<img class=\"product-image\" src=\"{}\"",
        p.image_url
    )));
    // The answer it was built from, for the app's first render, exactly as the API says it.
    let seed = between(
        &page,
        &format!(
            "<script type=\"application/json\" id=\"seed:/products/{}\">",
            p.id
        ),
        "</script>",
    );
    let api: Value = s.anon().ok(&format!("/api/v1/products/{}", p.id)).await;
    assert_eq!(serde_json::from_str::<Value>(seed).unwrap(), api);
}

#[tokio::test]
async fn the_language_is_the_links_then_the_apps_choice_then_the_browsers() {
    let s = server().await;
    let p = first_product(&s).await;
    let path = format!("/products/{}", p.id);
    let lang_of = |page: &str| between(page, "<html lang=\"", "\"").to_string();
    let (_, page) = html(&s, &path, &[(header::ACCEPT_LANGUAGE, "zh-TW,zh;q=0.9")]).await;
    assert_eq!(lang_of(&page), "zh-Hant");
    assert_eq!(between(&page, "<title>", "</title>"), p.name.zh_hant);
    let chosen = [
        (header::ACCEPT_LANGUAGE, "zh-TW"),
        (header::COOKIE, "other=1; expocx_lang=en"),
    ];
    assert_eq!(lang_of(&html(&s, &path, &chosen).await.1), "en");
    let linked = format!("{path}?lang=zh-Hans");
    assert_eq!(lang_of(&html(&s, &linked, &chosen).await.1), "zh-Hans");
    assert_eq!(lang_of(&html(&s, &path, &[]).await.1), "zh-Hans");
}

#[tokio::test]
async fn what_does_not_exist_is_a_404_with_the_apps_shell() {
    let s = server().await;
    for path in ["/products/999999", "/products/abc", "/exhibitors/999999"] {
        let (status, page) = html(&s, path, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            page.contains("<div id=\"app\""),
            "the app says it is not found"
        );
        assert_eq!(between(&page, "<title>", "</title>"), "ExpoCX");
        assert!(!page.contains("application/ld+json"));
    }
}

#[tokio::test]
async fn a_public_page_is_the_same_for_everyone_and_private_pages_keep_the_shell() {
    let s = server().await;
    let p = first_product(&s).await;
    let path = format!("/products/{}", p.id);
    let token = s.anon().register("snap@example.com").await.token;
    let anonymous = html(&s, &path, &[]).await.1;
    let bearer = format!("Bearer {token}");
    let signed_in = html(
        &s,
        &path,
        &[
            (header::AUTHORIZATION, bearer.as_str()),
            (header::COOKIE, "session=x"),
        ],
    )
    .await
    .1;
    assert_eq!(anonymous, signed_in);
    assert!(!signed_in.contains("snap@example.com"));
    for private in [
        "/me/orders",
        "/cart",
        "/checkout",
        "/exhibitor",
        "/orders/1",
    ] {
        let r = s.anon().get(private).await;
        assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store", "{private}");
        let page = r.text().await.unwrap();
        assert_eq!(between(&page, "<title>", "</title>"), "ExpoCX", "{private}");
        assert!(!page.contains("application/ld+json"), "{private}");
    }
    // Part of a first load: compressed as the precompressed files are, for browsers that take it.
    let r = s
        .anon()
        .get_with(&path, &[(header::ACCEPT_ENCODING, "gzip, br")])
        .await;
    assert_eq!(r.headers()[header::CONTENT_ENCODING], "br");
    let mut plain = Vec::new();
    let br = r.bytes().await.unwrap();
    brotli::BrotliDecompress(&mut br.as_ref(), &mut plain).unwrap();
    assert_eq!(String::from_utf8(plain).unwrap(), anonymous);
    // Browsers ask again every time; a CDN may keep a public page for a minute.
    let r = s.anon().get(&path).await;
    assert_eq!(r.headers()[header::CACHE_CONTROL], "no-cache");
    assert_eq!(r.headers()["cdn-cache-control"], "public, max-age=60");
}

#[tokio::test]
async fn the_home_page_is_the_expo_as_an_event_and_lists_their_first_items() {
    let s = server().await;
    let expo: Expo = s.anon().ok("/api/v1/expo").await;
    let (_, page) = html(&s, "/?lang=en", &[]).await;
    assert_eq!(between(&page, "<title>", "</title>"), expo.name.en);
    let ld = json_ld(&page);
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["name"], expo.name.en);
    assert_eq!(ld["startDate"], expo.starts_on.to_string());
    assert_eq!(ld["endDate"], expo.ends_on.to_string());
    assert_eq!(ld["location"]["address"], expo.venue.en);
    let snapshot = between(&page, "<main>", "</main>");
    for h in &expo.halls {
        assert!(snapshot.contains(&format!(
            "<a href=\"/exhibitors?hall={}\" class=\"hall\">",
            h.id
        )));
    }
    // A list keeps its query in its canonical URL and shows its first items.
    let (status, page) = html(&s, "/products?category=1&lang=en", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("href=\"https://shop.example/products?category=1&amp;lang=en\""));
    let listed: Page<ProductSummary> = s.anon().ok("/api/v1/products?category=1&limit=24").await;
    let snapshot = between(&page, "<noscript>", "</noscript>");
    for p in &listed.items {
        assert!(snapshot.contains(&format!("<a href=\"/products/{}\">", p.id)));
    }
}

#[tokio::test]
async fn robots_keep_crawlers_out_of_private_pages_and_the_sitemap_lists_the_public_ones() {
    let s = server().await;
    let robots = s.anon().get("/robots.txt").await.text().await.unwrap();
    for line in [
        "Disallow: /me/",
        "Disallow: /exhibitor/",
        "Disallow: /checkout",
        "Sitemap: https://shop.example/sitemap.xml",
    ] {
        assert!(robots.lines().any(|l| l == line), "{line}");
    }
    // The portal is out, the exhibitors' pages are in.
    assert!(!robots
        .lines()
        .any(|l| l == "Disallow: /exhibitor" || l.starts_with("Disallow: /exhibitors")));
    let sitemap = s.anon().get("/sitemap.xml").await.text().await.unwrap();
    let expo: Expo = s.anon().ok("/api/v1/expo").await;
    let count = |prefix: &str| {
        sitemap
            .matches(&format!("<loc>https://shop.example/{prefix}"))
            .count()
    };
    assert_eq!(count("products/"), expo.product_count as usize);
    assert_eq!(count("exhibitors/"), expo.exhibitor_count as usize);
    assert!(sitemap.contains("<loc>https://shop.example/</loc>"));
}

#[tokio::test]
async fn a_product_changed_by_its_booth_shows_at_once() {
    let s = server().await;
    let (tea, tea_id) = s.staff("tea").await;
    let page: Page<ProductSummary> = s
        .anon()
        .ok(&format!("/api/v1/products?exhibitor={tea_id}&limit=1"))
        .await;
    let id = page.items[0].id;
    let path = format!("/products/{id}?lang=en");
    assert!(!html(&s, &path, &[]).await.1.contains("Renamed kettle"));
    let r = tea.get(&format!("/api/v1/exhibitor/products/{id}")).await;
    let tag = r.headers()["etag"].to_str().unwrap().to_string();
    let r = tea
        .request(
            reqwest::Method::PATCH,
            &format!("/api/v1/exhibitor/products/{id}"),
        )
        .header("if-match", tag)
        .json(&json!({"name": {"zh-Hans": "新壶", "zh-Hant": "新壺", "en": "Renamed kettle"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        between(&html(&s, &path, &[]).await.1, "<title>", "</title>"),
        "Renamed kettle"
    );
    // The change is its page's `lastmod`, and the product's `Last-Modified`.
    let r = s.anon().get(&format!("/api/v1/products/{id}")).await;
    let changed = r.headers()["last-modified"].to_str().unwrap().to_string();
    let changed = chrono::DateTime::parse_from_rfc2822(&changed)
        .unwrap()
        .to_utc();
    assert!(chrono::Utc::now() - changed < chrono::TimeDelta::seconds(60));
    let lastmod = changed.format("%Y-%m-%dT%H:%M:%SZ");
    let sitemap = s.anon().get("/sitemap.xml").await.text().await.unwrap();
    for page in [format!("products/{id}"), format!("exhibitors/{tea_id}")] {
        let url = format!("<loc>https://shop.example/{page}</loc><lastmod>{lastmod}</lastmod>");
        assert!(
            sitemap.contains(&url),
            "{url} in {}",
            &sitemap[sitemap.find(&format!("/{page}<")).unwrap_or(0)..][..120]
        );
    }
    // Another product of the demo keeps its own, older date.
    let other = s.anon().get("/api/v1/products/1").await;
    assert!(other.headers()["last-modified"]
        .to_str()
        .unwrap()
        .contains("2026"));
}
