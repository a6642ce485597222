//! The public pages of any running backend, written into a folder for static hosting or a CDN
//! (`expocx-server prerender`): the same renderer as the reference backend's own answers, fed
//! by the contract's JSON over HTTP (`GET /expo`, `/products…`, `/exhibitors…`), never by a
//! database.
//!
//! The folder holds the built SPA, the shell for every other path (`shell.html`), each public
//! page in the default language at its own path (`products/12/index.html`) and in each language
//! under `lang/<tag>/` (`lang/en/products/12/index.html`, for `?lang=en`), with its brotli
//! copy beside it, and `robots.txt` and `sitemap.xml`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use expocx_contract::{
    Exhibitor, ExhibitorSummary, Expo, HallMap, Lang, Page, Product, ProductSummary, API_PREFIX,
};
use serde::de::DeserializeOwned;

use super::{head, page, site, text, Html};

/// What was written.
#[derive(Debug, Default)]
pub struct Written {
    pub pages: usize,
    pub bytes: u64,
}

/// Reads the contract's answers from a running backend.
struct Backend {
    http: reqwest::Client,
    api: String,
}

impl Backend {
    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, String> {
        Ok(self.get_dated(path).await?.0)
    }

    /// An answer and its `Last-Modified` date, when it has one.
    async fn get_dated<T: DeserializeOwned>(
        &self,
        path: &str,
    ) -> Result<(T, Option<DateTime<Utc>>), String> {
        let url = format!("{}{path}", self.api);
        let failed = |e: reqwest::Error| format!("{url}: {e}");
        let r = self.http.get(&url).send().await.map_err(failed)?;
        if !r.status().is_success() {
            return Err(format!("{url}: {}", r.status()));
        }
        let changed = r
            .headers()
            .get(reqwest::header::LAST_MODIFIED)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| DateTime::parse_from_rfc2822(v).ok())
            .map(|t| t.with_timezone(&Utc));
        Ok((r.json().await.map_err(failed)?, changed))
    }

    /// Every item of a list, 100 at a time.
    async fn all<T: DeserializeOwned>(&self, path: &str) -> Result<Vec<T>, String> {
        let mut all = Vec::new();
        for n in 1..=1_000u32 {
            let page: Page<T> = self.get(&format!("{path}?limit=100&page={n}")).await?;
            let done = page.items.is_empty() || n >= page.page_count();
            all.extend(page.items);
            if done {
                break;
            }
        }
        Ok(all)
    }
}

/// Writes `html` (and its brotli copy) as `index.html` of the folder for `path` under `dir`.
fn write_page(dir: &Path, path: &str, html: String) -> Result<u64, String> {
    // Quality 9: a catalog of 50,000 products is 150,000 pages; 11 would take an hour for a
    // few percent fewer bytes.
    let page = Html::compressed(html, 9);
    let dir = dir.join(path.trim_start_matches('/'));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let file = dir.join("index.html");
    std::fs::write(&file, &page.html).map_err(|e| format!("{}: {e}", file.display()))?;
    std::fs::write(dir.join("index.html.br"), &page.br).map_err(|e| e.to_string())?;
    Ok(page.html.len() as u64)
}

/// Copies the built SPA into `out` (its `index.html` becomes `shell.html`).
fn copy_dist(dist: &Path, out: &Path) -> Result<(), String> {
    let mut stack: Vec<PathBuf> = vec![dist.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let from = entry.map_err(|e| e.to_string())?.path();
            let rel = from.strip_prefix(dist).map_err(|e| e.to_string())?;
            let name = rel.to_string_lossy().replace("index.html", "shell.html");
            if from.is_dir() {
                std::fs::create_dir_all(out.join(rel)).map_err(|e| e.to_string())?;
                stack.push(from);
            } else {
                std::fs::copy(&from, out.join(name))
                    .map_err(|e| format!("{}: {e}", from.display()))?;
            }
        }
    }
    Ok(())
}

/// Pre-renders every public page of the backend at `from` (its origin, e.g.
/// `https://api.expo.example`) into `out`, for the site at `public_url`, in every language
/// (`default` at the plain paths).
pub async fn prerender(
    from: &str,
    dist: &Path,
    out: &Path,
    public_url: &str,
    default: Lang,
) -> Result<Written, String> {
    let index = std::fs::read_to_string(dist.join("index.html")).map_err(|e| {
        format!(
            "{}: {e} (build the SPA first)",
            dist.join("index.html").display()
        )
    })?;
    let origin = crate::wechat::origin_of(public_url);
    let backend = Backend {
        http: reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .map_err(|e| e.to_string())?,
        api: format!("{}{API_PREFIX}", from.trim_end_matches('/')),
    };
    let expo: Expo = backend.get("/expo").await?;
    let exhibitors: Vec<ExhibitorSummary> = backend.all("/exhibitors").await?;
    let products: Vec<ProductSummary> = backend.all("/products").await?;
    let first_products: Page<ProductSummary> = backend.get("/products?limit=24").await?;
    let first_exhibitors: Page<ExhibitorSummary> = backend.get("/exhibitors?limit=24").await?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    copy_dist(dist, out)?;
    let mut written = Written::default();
    // Each page under `lang/<tag>/` (its address chose the language), and the default
    // language's at its plain path too (the visitor's choice did).
    let mut put = |path: &str, lang: Lang, d: head::Described| -> Result<(), String> {
        let chosen = page::inject(&index, &d, &origin, lang, true);
        written.bytes += write_page(&out.join("lang").join(lang.tag()), path, chosen)?;
        if lang == default {
            let plain = page::inject(&index, &d, &origin, lang, false);
            written.bytes += write_page(out, path, plain)?;
        }
        written.pages += 1;
        Ok(())
    };
    let langs = [Lang::ZhHans, Lang::ZhHant, Lang::En];
    for lang in langs {
        let w = text::words(lang);
        put("/", lang, head::home(&expo, &origin, lang))?;
        let items = head::product_list(&first_products, lang);
        put(
            "/products",
            lang,
            head::list(w.products, items, "/products".into(), lang),
        )?;
        let items = head::exhibitor_list(&first_exhibitors, lang);
        put(
            "/exhibitors",
            lang,
            head::list(w.exhibitors, items, "/exhibitors".into(), lang),
        )?;
    }
    for e in &exhibitors {
        let one: Exhibitor = backend.get(&format!("/exhibitors/{}", e.id)).await?;
        let query = head::exhibitor_products(e.id).to_query_string();
        let items: Page<ProductSummary> = backend.get(&format!("/products?{query}")).await?;
        let map: Option<HallMap> = backend.get(&format!("/halls/{}/map", e.hall_id)).await.ok();
        for lang in langs {
            let d = head::exhibitor(&one, &items, map.as_ref(), &origin, lang);
            put(&format!("/exhibitors/{}", e.id), lang, d)?;
        }
    }
    let mut changed: Vec<site::Changed> = Vec::with_capacity(products.len());
    for p in &products {
        let (one, at): (Product, _) = backend.get_dated(&format!("/products/{}", p.id)).await?;
        changed.push((p.id, p.exhibitor_id, at));
        for lang in langs {
            put(
                &format!("/products/{}", p.id),
                lang,
                head::product(&one, &origin, lang),
            )?;
        }
    }
    // Only what the folder itself answers: a hall's list is a query a static host ignores.
    let paths: Vec<_> = site::public_paths(&expo.halls, &exhibitors, &changed)
        .into_iter()
        .filter(|(p, _)| !p.contains('?'))
        .collect();
    let files = [
        ("robots.txt", site::robots_txt(&origin)),
        ("sitemap.xml", site::sitemap_xml(&origin, &paths)),
    ];
    for (name, text) in files {
        std::fs::write(out.join(name), text).map_err(|e| e.to_string())?;
    }
    Ok(written)
}
