//! `robots.txt` (the portal, the member center, cart and checkout are not for crawlers) and
//! `sitemap.xml` (the home page, the lists, every hall's exhibitors, every exhibitor and product).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use expocx_contract::{ExhibitorQuery, ExhibitorSummary, Hall};

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
    "/join/",
    "/privacy",
    "/exhibitor$",
    "/exhibitor/",
    "/api/",
];

/// `robots.txt` of the site at `origin`.
pub fn robots_txt(origin: &str) -> String {
    let mut body = String::from("User-agent: *\nAllow: /\n");
    for p in PRIVATE {
        body += &format!("Disallow: {p}\n");
    }
    body + &format!("Sitemap: {origin}/sitemap.xml\n")
}

pub async fn robots(State(site): State<Site>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        robots_txt(&site.origin),
    )
        .into_response()
}

/// A published product: its id, its exhibitor's, and when its page last changed (when known).
pub type Changed = (i64, i64, Option<DateTime<Utc>>);

/// The public pages of a catalog and when each last changed: a product when it did, an
/// exhibitor and a hall's list when their latest product did, the home page and the lists when
/// the catalog's latest product did (a backend that says nothing gives no `lastmod`).
pub fn public_paths(
    halls: &[Hall],
    exhibitors: &[ExhibitorSummary],
    products: &[Changed],
) -> Vec<(String, Option<DateTime<Utc>>)> {
    let latest = |of: &dyn Fn(i64) -> bool| {
        products
            .iter()
            .filter(|p| of(p.1))
            .filter_map(|p| p.2)
            .max()
    };
    let all = latest(&|_| true);
    let mut paths: Vec<_> = ["/", "/products", "/exhibitors"]
        .into_iter()
        .map(|p| (p.to_string(), all))
        .collect();
    for h in halls {
        let in_hall: Vec<i64> = exhibitors
            .iter()
            .filter(|e| e.hall_id == h.id)
            .map(|e| e.id)
            .collect();
        let at = latest(&|ex| in_hall.contains(&ex));
        paths.push((format!("/exhibitors?hall={}", h.id), at));
    }
    for e in exhibitors {
        paths.push((format!("/exhibitors/{}", e.id), latest(&|ex| ex == e.id)));
    }
    paths.extend(products.iter().map(|p| (format!("/products/{}", p.0), p.2)));
    paths
}

/// `sitemap.xml` listing `paths` of the site at `origin`, with when each last changed.
pub fn sitemap_xml(origin: &str, paths: &[(String, Option<DateTime<Utc>>)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (p, at) in paths {
        let lastmod = at
            .map(|t| format!("<lastmod>{}</lastmod>", t.format("%Y-%m-%dT%H:%M:%SZ")))
            .unwrap_or_default();
        xml += &format!(
            "  <url><loc>{}</loc>{lastmod}</url>\n",
            esc(&format!("{origin}{p}"))
        );
    }
    xml + "</urlset>\n"
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
                let query = ExhibitorQuery {
                    page: Some(n),
                    limit: Some(100),
                    ..Default::default()
                };
                q::exhibitors(c, &query)
            })?;
            let products: Vec<Changed> = q::products_changed(c)?
                .into_iter()
                .map(|(id, ex, at)| (id, ex, Some(at)))
                .collect();
            Ok((halls, exhibitors, products))
        })
        .await;
    let Ok((halls, exhibitors, products)) = found else {
        return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "try again").into_response();
    };
    let paths = public_paths(&halls, &exhibitors, &products);
    (
        [
            (header::CONTENT_TYPE, "application/xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=600"),
        ],
        sitemap_xml(&site.origin, &paths),
    )
        .into_response()
}
