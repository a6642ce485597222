//! What one public page says about itself, built from the contract's types only: the head
//! (title, description, canonical URL, Open Graph and Twitter cards, hreflang alternates,
//! schema.org JSON-LD) and a readable snapshot of its content as semantic HTML with plain links.

use expocx_contract::{
    Exhibitor, ExhibitorSummary, Expo, HallMap, Lang, Page, Product, ProductQuery, ProductSummary,
};
use serde_json::{json, Value};

use super::body;
use super::text::{self, words};

/// A page's head and snapshot, in one language.
#[derive(Debug, Default)]
pub struct Described {
    pub title: String,
    pub text: String,
    /// Absolute, or empty.
    pub image: String,
    /// The path and query of the page (without `lang`), for the canonical and alternate URLs.
    pub here: String,
    pub json_ld: Option<Value>,
    /// The first screen as the app renders it (`body.rs`), painted before the WebAssembly.
    pub body: String,
    /// More for crawlers and browsers without JavaScript (`<noscript>`): a list's items.
    pub more: String,
    /// The API answers the first screen was built from, by the path the app reads them at: the
    /// app's first render uses them instead of asking again, so it shows the same at once.
    pub seed: Vec<(String, String)>,
}

/// The answer `value` as the API sends it, for the app's first read of `path`.
fn seed(path: String, value: &impl serde::Serialize) -> Vec<(String, String)> {
    serde_json::to_string(value)
        .map(|json| vec![(path, json)])
        .unwrap_or_default()
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An absolute URL of this site for a path the backend gave (`/media/…`), or the URL as it is.
pub fn absolute(origin: &str, url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") || url.is_empty() {
        url.to_string()
    } else {
        format!("{origin}/{}", url.trim_start_matches('/'))
    }
}

/// A schema.org thing: its type, name and description, and `more` of its fields.
fn ld(kind: &str, name: &str, description: &str, more: Value) -> Value {
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": kind,
        "name": name,
        "description": description,
    });
    if let (Some(o), Value::Object(m)) = (v.as_object_mut(), more) {
        o.extend(m);
    }
    v
}

fn price_text(p: &ProductSummary, lang: Lang) -> String {
    text::money(&p.price, lang)
}

/// The list items of products, as the app's cards say them (name, price, exhibitor, booth).
fn product_items(items: &[ProductSummary], lang: Lang) -> String {
    items
        .iter()
        .map(|p| {
            format!(
                "<li><a href=\"/products/{}\">{}</a> · {} · {} · {}</li>",
                p.id,
                esc(p.name.get(lang)),
                esc(&price_text(p, lang)),
                esc(p.exhibitor_name.get(lang)),
                esc(&p.booth)
            )
        })
        .collect()
}

fn exhibitor_items(items: &[ExhibitorSummary], lang: Lang) -> String {
    items
        .iter()
        .map(|e| {
            format!(
                "<li><a href=\"/exhibitors/{}\">{}</a> · {} · {}</li>",
                e.id,
                esc(e.name.get(lang)),
                esc(&text::hall_booth(&e.hall_code, &e.booth, lang)),
                esc(e.tagline.get(lang))
            )
        })
        .collect()
}

/// The home page: the expo as an `Event`.
pub fn home(expo: &Expo, origin: &str, lang: Lang) -> Described {
    let dates = text::dates(expo.starts_on, expo.ends_on, lang);
    let venue = expo.venue.get(lang);
    let w = words(lang);
    Described {
        title: expo.name.get(lang).to_string(),
        text: format!("{dates} · {venue}"),
        image: String::new(),
        here: "/".into(),
        json_ld: Some(ld(
            "Event",
            expo.name.get(lang),
            expo.tagline.get(lang),
            json!({
                "startDate": expo.starts_on.to_string(),
                "endDate": expo.ends_on.to_string(),
                "eventStatus": "https://schema.org/EventScheduled",
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "location": { "@type": "Place", "name": venue, "address": venue },
                "url": format!("{origin}/"),
            }),
        )),
        body: body::home(expo, lang),
        more: format!(
            "<p><a href=\"/products\">{}</a> · <a href=\"/exhibitors\">{}</a></p>",
            w.products, w.exhibitors
        ),
        seed: seed("/expo".into(), expo),
    }
}

/// A product: `Product` with its `Offer` (price, currency, availability, seller).
pub fn product(p: &Product, origin: &str, lang: Lang) -> Described {
    let s = &p.summary;
    let image = absolute(origin, &s.image_url);
    let price = price_text(s, lang);
    let seller = s.exhibitor_name.get(lang);
    let url = format!("{origin}/products/{}", s.id);
    let major = format!(
        "{}.{:0width$}",
        s.price.amount_minor / 10i64.pow(s.price.exponent()),
        s.price.amount_minor % 10i64.pow(s.price.exponent()),
        width = s.price.exponent() as usize
    );
    Described {
        title: s.name.get(lang).to_string(),
        text: format!("{price} · {seller}"),
        image: image.clone(),
        here: format!("/products/{}", s.id),
        json_ld: Some(ld(
            "Product",
            s.name.get(lang),
            p.description.get(lang),
            json!({
                "image": [image],
                "sku": s.id.to_string(),
                "category": p.category_name.get(lang),
                "url": url,
                "offers": {
                    "@type": "Offer",
                    "url": url,
                    "price": major.trim_end_matches('.'),
                    "priceCurrency": s.price.currency,
                    "availability": if s.stock > 0 { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
                    "seller": { "@type": "Organization", "name": seller, "url": format!("{origin}/exhibitors/{}", s.exhibitor_id) },
                },
            }),
        )),
        body: body::product(p, lang),
        more: String::new(),
        seed: seed(format!("/products/{}", s.id), p),
    }
}

/// The first page of an exhibitor's products, as the app asks for it.
pub fn exhibitor_products(id: i64) -> ProductQuery {
    ProductQuery {
        exhibitor: Some(id),
        page: Some(1),
        limit: Some(12),
        ..Default::default()
    }
}

/// An exhibitor: an `Organization` at its booth, with its first products (and the floor plan
/// of its hall, for the app's first render).
pub fn exhibitor(
    e: &Exhibitor,
    products: &Page<ProductSummary>,
    map: Option<&HallMap>,
    origin: &str,
    lang: Lang,
) -> Described {
    let s = &e.summary;
    let place = text::hall_booth(&s.hall_code, &s.booth, lang);
    let logo = absolute(origin, &s.logo_url);
    Described {
        title: s.name.get(lang).to_string(),
        text: format!("{place} · {}", s.tagline.get(lang)),
        image: logo.clone(),
        here: format!("/exhibitors/{}", s.id),
        json_ld: Some(ld(
            "Organization",
            s.name.get(lang),
            e.description.get(lang),
            json!({
                "logo": logo,
                "url": format!("{origin}/exhibitors/{}", s.id),
                "location": { "@type": "Place", "name": place },
            }),
        )),
        body: body::exhibitor(e, lang),
        more: format!("<ul>{}</ul>", product_items(&products.items, lang)),
        seed: [
            seed(format!("/exhibitors/{}", s.id), e),
            seed(
                format!("/products?{}", exhibitor_products(s.id).to_query_string()),
                products,
            ),
            map.map(|m| seed(format!("/halls/{}/map", s.hall_id), m))
                .unwrap_or_default(),
        ]
        .concat(),
    }
}

/// A list (its query kept in `here`) titled `heading`: its first items (`<li>`s).
pub fn list(heading: &str, items: String, here: String, lang: Lang) -> Described {
    let w = words(lang);
    Described {
        title: w.default_title.into(),
        text: w.default_text.into(),
        here,
        body: body::heading(heading),
        more: format!("<ul>{items}</ul>"),
        ..Default::default()
    }
}

/// The products of a list, as `<li>`s.
pub fn product_list(page: &Page<ProductSummary>, lang: Lang) -> String {
    product_items(&page.items, lang)
}

/// The exhibitors of a list, as `<li>`s.
pub fn exhibitor_list(page: &Page<ExhibitorSummary>, lang: Lang) -> String {
    exhibitor_items(&page.items, lang)
}
