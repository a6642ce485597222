//! The pre-render command, run against the reference backend over HTTP, writes a folder that a
//! plain static file server serves with the same pages the backend answers itself.

use expocx_contract::{Lang, Page, ProductSummary};
use expocx_server::snapshot::prerender::prerender;
use reqwest::StatusCode;

/// A plain static file server for `dir` (directories answer their `index.html`).
async fn serve_folder(dir: std::path::PathBuf) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().fallback_service(tower_http::services::ServeDir::new(dir));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

async fn text(url: &str) -> (StatusCode, String) {
    let r = reqwest::get(url).await.unwrap();
    (r.status(), r.text().await.unwrap())
}

#[tokio::test]
async fn a_prerendered_folder_serves_the_same_pages_as_the_backend() {
    let s = crate::snapshot::server().await;
    let dist = s.db_path.parent().unwrap().parent().unwrap().join("dist");
    let out = tempfile::tempdir().unwrap();
    let written = prerender(
        &s.base,
        &dist,
        out.path(),
        "https://shop.example",
        Lang::ZhHans,
    )
    .await
    .unwrap();
    let page: Page<ProductSummary> = s.anon().ok("/api/v1/products?limit=1").await;
    let listed = page.total as usize;
    assert!(
        written.pages >= 3 * (3 + listed),
        "{written:?} for {listed} products"
    );
    let p = &page.items[0];
    let site = serve_folder(out.path().to_path_buf()).await;
    for (file, asked) in [
        ("/".to_string(), "/".to_string()),
        (
            format!("/products/{}/", p.id),
            format!("/products/{}", p.id),
        ),
        (
            format!("/lang/zh-Hans/products/{}/", p.id),
            format!("/products/{}?lang=zh-Hans", p.id),
        ),
        (
            format!("/lang/en/products/{}/", p.id),
            format!("/products/{}?lang=en", p.id),
        ),
        (
            format!("/lang/zh-Hant/exhibitors/{}/", p.exhibitor_id),
            format!("/exhibitors/{}?lang=zh-Hant", p.exhibitor_id),
        ),
        ("/lang/en/products/".into(), "/products?lang=en".into()),
    ] {
        let (status, from_folder) = text(&format!("{site}{file}")).await;
        assert_eq!(status, StatusCode::OK, "{file}");
        let (_, from_backend) = text(&s.url(&asked)).await;
        assert_eq!(from_folder, from_backend, "{file} and {asked}");
        assert!(from_folder.contains("data-snapshot"), "{file}");
    }
    // Every other path gets the plain shell; crawlers get the folder's own robots and sitemap.
    let (_, shell) = text(&format!("{site}/shell.html")).await;
    assert!(shell.contains("<title>ExpoCX</title>") && shell.contains("id=\"boot-page\""));
    let (_, sitemap) = text(&format!("{site}/sitemap.xml")).await;
    assert!(sitemap.contains(&format!(
        "<loc>https://shop.example/products/{}</loc><lastmod>2026-",
        p.id
    )));
    assert_eq!(
        sitemap.matches("<url>").count(),
        3 + listed + count_exhibitors(&s).await
    );
    let (_, robots) = text(&format!("{site}/robots.txt")).await;
    assert!(robots.contains("Disallow: /exhibitor/"));
}

async fn count_exhibitors(s: &crate::common::TestServer) -> usize {
    let page: Page<expocx_contract::ExhibitorSummary> =
        s.anon().ok("/api/v1/exhibitors?limit=1").await;
    page.total as usize
}
