//! Public pages that carry their own content (issue 29): for the home page, a product, an
//! exhibitor and the two lists, `index.html` is answered with the page's own head (title,
//! description, canonical URL, Open Graph and Twitter cards, hreflang alternates, schema.org
//! JSON-LD) and a readable snapshot of its content in `<noscript>`, which link previews,
//! crawlers and browsers without JavaScript read. Built from the contract's types only. A page
//! that does not exist answers 404. Nothing depends on who asks: only the language does
//! (`?lang=`, else the app's `expocx_lang` cookie, else `Accept-Language`).

mod body;
mod head;
mod page;
pub mod prerender;
mod site;
pub mod text;

pub use page::{wasm_after_paint, SEED_READER};

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use expocx_contract::{ExhibitorQuery, Lang, ProductQuery};

use crate::db::catalog as q;
use crate::AppState;

/// How long a built page is answered again before it is built anew (a product's change also
/// empties the cache: `Pages::forget`).
const FRESH_FOR: Duration = Duration::from_secs(30);
/// At most this many built pages are kept (then the cache starts again).
const MAX_KEPT: usize = 2_000;

/// A built page: its HTML, and the same compressed with brotli at quality 11 (it is part of a
/// first load, like the precompressed `index.html.br`).
pub struct Html {
    html: String,
    br: Vec<u8>,
}

impl Html {
    fn new(html: String) -> Html {
        Html::compressed(html, 11)
    }

    /// `html` with its brotli copy at `quality` (0–11).
    fn compressed(html: String, quality: i32) -> Html {
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality,
            ..Default::default()
        };
        let _ = brotli::BrotliCompress(&mut html.as_bytes(), &mut br, &params);
        Html { html, br }
    }
}

/// A built page: when, its status, its HTML.
type Kept = (Instant, StatusCode, Arc<Html>);

/// Built pages by (path and query, language, whether the address chose it).
type Key = (String, Lang, bool);

#[derive(Default)]
pub struct Pages(Mutex<HashMap<Key, Kept>>);

impl Pages {
    /// Forgets every built page (a product or an exhibitor changed).
    pub fn forget(&self) {
        if let Ok(mut m) = self.0.lock() {
            m.clear();
        }
    }

    fn get(&self, key: &Key) -> Option<(StatusCode, Arc<Html>)> {
        let m = self.0.lock().ok()?;
        let (at, status, html) = m.get(key)?;
        (at.elapsed() < FRESH_FOR).then(|| (*status, html.clone()))
    }

    fn keep(&self, key: Key, status: StatusCode, html: Arc<Html>) {
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= MAX_KEPT {
                m.clear();
            }
            m.insert(key, (Instant::now(), status, html));
        }
    }
}

#[derive(Clone)]
struct Site {
    app: AppState,
    dist: PathBuf,
    /// `scheme://host[:port]` where browsers reach this site (`--public-url`).
    origin: Arc<str>,
}

/// The public pages, `robots.txt` and `sitemap.xml` (before the SPA's own files and shell).
pub fn router(app: AppState, dist: PathBuf, public_url: &str) -> Router {
    let site = Site {
        app,
        dist,
        origin: crate::wechat::origin_of(public_url).into(),
    };
    Router::new()
        .route("/", get(home))
        .route("/products", get(products))
        .route(
            "/products/{id}",
            get(|State(s), Path(id), u, h| one(s, id, u, h, product)),
        )
        .route("/exhibitors", get(exhibitors))
        .route(
            "/exhibitors/{id}",
            get(|State(s), Path(id), u, h| one(s, id, u, h, exhibitor)),
        )
        .route("/robots.txt", get(site::robots))
        .route("/sitemap.xml", get(site::sitemap))
        .with_state(site)
        .layer(tower_http::compression::CompressionLayer::new())
}

/// Whether the address chooses the language (`?lang=`).
fn lang_in_url(uri: &Uri) -> bool {
    uri.query()
        .unwrap_or_default()
        .split('&')
        .filter_map(|kv| kv.strip_prefix("lang="))
        .any(|l| Lang::from_tag(l).is_some())
}

/// The language of the answer: the link's, the app's choice, the browser's, else Simplified
/// Chinese.
fn lang_of(uri: &Uri, headers: &HeaderMap) -> Lang {
    let query = uri.query().unwrap_or_default();
    let from_query = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("lang="))
        .and_then(Lang::from_tag);
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix("expocx_lang="))
        .and_then(Lang::from_tag);
    let from_browser = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.split(',')
                .find_map(|l| Lang::from_tag(l.split(';').next().unwrap_or_default()))
        });
    from_query
        .or(from_cookie)
        .or(from_browser)
        .unwrap_or(Lang::ZhHans)
}

/// The page's path and query without `lang` (what the canonical and alternate URLs build on).
fn here(uri: &Uri) -> String {
    let kept: Vec<&str> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang="))
        .collect();
    if kept.is_empty() {
        uri.path().to_string()
    } else {
        format!("{}?{}", uri.path(), kept.join("&"))
    }
}

/// What a page is, when it exists.
type Built = Result<Option<head::Described>, crate::api::ApiError>;

/// Answers a page: from the cache, or built by `build` in the visitor's language.
async fn answer<F, Fut>(site: Site, uri: Uri, headers: HeaderMap, build: F) -> Response
where
    F: FnOnce(Site, Lang, String) -> Fut,
    Fut: std::future::Future<Output = Built>,
{
    let lang = lang_of(&uri, &headers);
    let in_url = lang_in_url(&uri);
    let here = here(&uri);
    let key = (here.clone(), lang, in_url);
    let pages = site.app.pages.clone();
    let (status, html) = match pages.get(&key) {
        Some(hit) => hit,
        None => {
            let Ok(index) = tokio::fs::read_to_string(site.dist.join("index.html")).await else {
                return (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The app is not built yet: run scripts/run.sh.",
                )
                    .into_response();
            };
            let origin = site.origin.clone();
            let (status, html) = match build(site, lang, here.clone()).await {
                Ok(Some(d)) => (
                    StatusCode::OK,
                    page::inject(&index, &d, &origin, lang, in_url),
                ),
                // The app's own not-found page, with the status a crawler understands.
                Ok(None) => (StatusCode::NOT_FOUND, index),
                Err(_) => (StatusCode::OK, index),
            };
            let html = Arc::new(Html::new(html));
            if here.len() <= 300 {
                pages.keep(key, status, html.clone());
            }
            (status, html)
        }
    };
    let mut resp = if crate::spa::accepts_br(&headers) {
        let mut r = (status, html.br.clone()).into_response();
        r.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        r
    } else {
        (status, html.html.clone()).into_response()
    };
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // Browsers and webviews ask again every time (a new build must reach them); a CDN may keep
    // a public page for a minute.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        "cdn-cache-control",
        HeaderValue::from_static("public, max-age=60"),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("accept-encoding, accept-language, cookie"),
    );
    resp
}

async fn home(State(site): State<Site>, uri: Uri, headers: HeaderMap) -> Response {
    answer(site, uri, headers, |site, lang, _| async move {
        let origin = site.origin.clone();
        let expo = site.app.db.call(|c| q::expo(c)).await?;
        Ok(expo.map(|e| head::home(&e, &origin, lang)))
    })
    .await
}

/// What `one` builds a page from: the database, the id, the site's origin, the language.
type Find =
    fn(&mut rusqlite::Connection, i64, &str, Lang) -> crate::db::Result<Option<head::Described>>;

/// A page of one thing by its id (not a number, or unknown: 404), built on the database's
/// thread from what `find` reads.
async fn one(site: Site, id: String, uri: Uri, headers: HeaderMap, find: Find) -> Response {
    answer(site, uri, headers, move |site, lang, _| async move {
        let Ok(id) = id.parse::<i64>() else {
            return Ok(None);
        };
        let origin = site.origin.clone();
        Ok(site
            .app
            .db
            .call(move |c| find(c, id, &origin, lang))
            .await?)
    })
    .await
}

fn product(
    c: &mut rusqlite::Connection,
    id: i64,
    origin: &str,
    lang: Lang,
) -> crate::db::Result<Option<head::Described>> {
    Ok(q::product(c, id)?.map(|p| head::product(&p, origin, lang)))
}

fn exhibitor(
    c: &mut rusqlite::Connection,
    id: i64,
    origin: &str,
    lang: Lang,
) -> crate::db::Result<Option<head::Described>> {
    let Some(e) = q::exhibitor(c, id)? else {
        return Ok(None);
    };
    let items = q::products(c, &head::exhibitor_products(id))?;
    let map = crate::db::halls::hall_map(c, e.summary.hall_id)?;
    Ok(Some(head::exhibitor(
        &e,
        &items,
        map.as_ref(),
        origin,
        lang,
    )))
}

/// A list's query as the app writes it, for its first 24 items (bad values: unfiltered).
fn query_of<T: serde::de::DeserializeOwned + Default>(here: &str) -> T {
    let (path, query) = here.split_once('?').unwrap_or((here, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("limit="))
        .chain(["limit=24"])
        .collect();
    format!("{path}?{}", kept.join("&"))
        .parse::<Uri>()
        .ok()
        .and_then(|u| axum::extract::Query::<T>::try_from_uri(&u).ok())
        .map(|q| q.0)
        .unwrap_or_default()
}

/// A list page: its query from the address, read by `read`, its items shown by `show` under
/// `heading`.
async fn listing<Q, T>(
    (site, uri, headers): (Site, Uri, HeaderMap),
    read: fn(&rusqlite::Connection, &Q) -> crate::db::Result<expocx_contract::Page<T>>,
    show: fn(&expocx_contract::Page<T>, Lang) -> String,
    heading: fn(&Q, Lang) -> String,
) -> Response
where
    Q: serde::de::DeserializeOwned + Default + Send + 'static,
    T: Send + 'static,
{
    answer(site, uri, headers, move |site, lang, here| async move {
        let query: Q = query_of(&here);
        let title = heading(&query, lang);
        let page = site.app.db.call(move |c| read(c, &query)).await?;
        Ok(Some(head::list(&title, show(&page, lang), here, lang)))
    })
    .await
}

async fn products(State(site): State<Site>, uri: Uri, headers: HeaderMap) -> Response {
    let read = |c: &rusqlite::Connection, q: &ProductQuery| q::products(c, q);
    let heading = |q: &ProductQuery, lang| match &q.q {
        Some(words) => text::fill(text::words(lang).results, &[("q", words)]),
        None => text::words(lang).products.to_string(),
    };
    listing((site, uri, headers), read, head::product_list, heading).await
}

async fn exhibitors(State(site): State<Site>, uri: Uri, headers: HeaderMap) -> Response {
    let read = |c: &rusqlite::Connection, q: &ExhibitorQuery| q::exhibitors(c, q);
    let heading = |_: &ExhibitorQuery, lang| text::words(lang).exhibitors.to_string();
    listing((site, uri, headers), read, head::exhibitor_list, heading).await
}
