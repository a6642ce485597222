//! `robots.txt` (the portal, the member center, cart and checkout are not for crawlers) and
//! `sitemap.xml` (the home page, the lists, every hall's exhibitors, every exhibitor and product).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use expocx_contract::{ExhibitorQuery, ProductQuery};

use super::head::esc;
use super::Site;
use crate::db::catalog as q;

/// Pages no crawler should index: personal, transactional or staff-only.
const PRIVATE: &[&str] = &[
    "/me$",
    "/me/",
    "/orders/",
    "/cart",
    "/checkout",
    "/signin",
    "/signup",
    "/auth/",
    "/privacy",
    "/exhibitor$",
    "/exhibitor/",
    "/api/",
];

pub async fn robots(State(site): State<Site>) -> Response {
    let mut body = String::from("User-agent: *\nAllow: /\n");
    for p in PRIVATE {
        body += &format!("Disallow: {p}\n");
    }
    body += &format!("Sitemap: {}/sitemap.xml\n", site.origin);
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// Every page of a list, walked through (the catalog's own paging, 100 at a time).
fn all<T>(
    mut page_of: impl FnMut(u32) -> crate::db::Result<expocx_contract::Page<T>>,
) -> crate::db::Result<Vec<T>> {
    let mut all = Vec::new();
    for n in 1.. {
        let page = page_of(n)?;
        let done = page.items.is_empty() || n >= page.page_count();
        all.extend(page.items);
        if done || n >= 1_000 {
            break;
        }
    }
    Ok(all)
}

pub async fn sitemap(State(site): State<Site>) -> Response {
    let found = site
        .app
        .db
        .call(|c| {
            let halls = q::halls(c)?;
            let exhibitors = all(|n| {
                q::exhibitors(
                    c,
                    &ExhibitorQuery {
                        page: Some(n),
                        limit: Some(100),
                        ..Default::default()
                    },
                )
            })?;
            let products = all(|n| {
                q::products(
                    c,
                    &ProductQuery {
                        page: Some(n),
                        limit: Some(100),
                        ..Default::default()
                    },
                )
            })?;
            Ok((halls, exhibitors, products))
        })
        .await;
    let Ok((halls, exhibitors, products)) = found else {
        return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "try again").into_response();
    };
    let mut paths = vec!["/".to_string(), "/products".into(), "/exhibitors".into()];
    paths.extend(halls.iter().map(|h| format!("/exhibitors?hall={}", h.id)));
    paths.extend(exhibitors.iter().map(|e| format!("/exhibitors/{}", e.id)));
    paths.extend(products.iter().map(|p| format!("/products/{}", p.id)));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in paths {
        xml += &format!(
            "  <url><loc>{}</loc></url>\n",
            esc(&format!("{}{p}", site.origin))
        );
    }
    xml += "</urlset>\n";
    (
        [
            (header::CONTENT_TYPE, "application/xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=600"),
        ],
        xml,
    )
        .into_response()
}
