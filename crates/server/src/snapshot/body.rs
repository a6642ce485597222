//! The first screen of a public page, painted before the WebAssembly arrives: the same
//! elements, classes and texts as the app's own first render of the page (`src/pages/visitor/`),
//! so the app takes over with nothing moving. `seo.test.mjs` compares the two in the three
//! languages, and measures the layout shift as the app takes over.

use expocx_contract::{Exhibitor, Expo, Lang, Product};

use super::head::esc;
use super::text::{self, fill, words};

/// The home page's top: the expo and its halls (`pages/visitor/home.rs`, `.home-top`).
pub fn home(expo: &Expo, lang: Lang) -> String {
    let w = words(lang);
    let halls: String = expo
        .halls
        .iter()
        .map(|h| {
            format!(
                "<li><a href=\"/exhibitors?hall={}\" class=\"hall\"><span class=\"hall-code\">{}</span>\
                 <span class=\"hall-name\">{}</span><span class=\"hall-theme\">{}</span></a></li>",
                h.id,
                esc(&h.code),
                esc(h.name.get(lang)),
                esc(h.theme.get(lang))
            )
        })
        .collect();
    let stats = fill(
        w.stats,
        &[
            ("exhibitors", &expo.exhibitor_count.to_string()),
            ("products", &expo.product_count.to_string()),
        ],
    );
    format!(
        "<div class=\"home-top\"><section class=\"hero\"><h1>{}</h1><p class=\"tagline\">{}</p>\
         <p class=\"hero-meta\">{} · {}</p><p class=\"hero-meta\">{}</p>\
         <form method=\"get\" action=\"/products\" class=\"search\" role=\"search\">\
         <label for=\"home-search\" class=\"visually-hidden\">{}</label>\
         <input id=\"home-search\" type=\"search\" name=\"q\" enterkeyhint=\"search\" placeholder=\"{}\" />\
         <button type=\"submit\" class=\"btn btn-primary\">{}</button></form></section>\
         <section aria-labelledby=\"halls-h\"><h2 id=\"halls-h\">{}</h2><ul class=\"halls\">{halls}</ul>\
         </section></div>",
        esc(expo.name.get(lang)),
        esc(expo.tagline.get(lang)),
        esc(&text::dates(expo.starts_on, expo.ends_on, lang)),
        esc(expo.venue.get(lang)),
        esc(&stats),
        w.search_label,
        w.search_placeholder,
        w.search,
        w.halls,
    )
}

/// Stock as a visitor reads it (the app's `stock_label`).
fn stock(n: u32, lang: Lang) -> String {
    let w = words(lang);
    match n {
        0 => w.sold_out.into(),
        1..=5 => fill(w.low_stock, &[("n", &n.to_string())]),
        _ => w.in_stock.into(),
    }
}

/// A product's detail (`pages/visitor/product.rs`, `.product-detail`).
pub fn product(p: &Product, lang: Lang) -> String {
    let w = words(lang);
    let s = &p.summary;
    let options = match (&p.option_name, p.options.is_empty()) {
        (Some(name), false) => {
            let chips: String = p
                .options
                .iter()
                .map(|o| {
                    format!(
                        "<label class=\"chip-option\"><input type=\"radio\" name=\"option\" value=\"{}\" />\
                         <span>{}</span></label>",
                        esc(&o.id),
                        esc(o.label.get(lang))
                    )
                })
                .collect();
            format!(
                "<fieldset class=\"options\" aria-describedby=\"option-hint\"><legend>{}</legend>{chips}\
                 <p id=\"option-hint\" class=\"field-error\" role=\"alert\"></p></fieldset>",
                esc(name.get(lang))
            )
        }
        _ => String::new(),
    };
    let pickup = fill(w.pickup, &[("booth", &s.booth), ("hall", &p.hall_code)]);
    format!(
        "<article class=\"product-detail\">\
         <img class=\"product-image\" src=\"{}\" alt=\"\" width=\"480\" height=\"480\" />\
         <div class=\"product-info\"><h1>{}</h1><p class=\"product-price\"><span class=\"price\">{}</span></p>\
         {options}<div class=\"sticky-bar add-bar\">\
         <button type=\"button\" class=\"btn btn-primary btn-block\"{}>{}</button></div>\
         <p class=\"toast\" role=\"status\" aria-live=\"polite\"></p>\
         <p class=\"{}\">{}</p><p class=\"pickup\">{}</p>\
         <dl class=\"facts\"><dt>{}</dt><dd><a href=\"/exhibitors/{}\">{}</a></dd>\
         <dt>{}</dt><dd><a href=\"/products?category={}\">{}</a></dd></dl>\
         <h2>{}</h2><p>{}</p></div></article>",
        esc(&s.image_url),
        esc(s.name.get(lang)),
        esc(&text::money(&s.price, lang)),
        if s.stock == 0 { " disabled" } else { "" },
        if s.stock == 0 { w.sold_out } else { w.add_to_cart },
        if s.stock == 0 { "stock out" } else { "stock" },
        esc(&stock(s.stock, lang)),
        esc(&pickup),
        w.sold_by,
        s.exhibitor_id,
        esc(s.exhibitor_name.get(lang)),
        w.category,
        s.category_id,
        esc(p.category_name.get(lang)),
        w.details,
        esc(p.description.get(lang)),
    )
}

/// An exhibitor's head and about (`pages/visitor/exhibitors.rs`, `.exhibitor-head`).
pub fn exhibitor(e: &Exhibitor, lang: Lang) -> String {
    let s = &e.summary;
    format!(
        "<header class=\"exhibitor-head\"><img src=\"{}\" alt=\"\" width=\"72\" height=\"72\" />\
         <div><h1>{}</h1><p class=\"tagline\">{}</p><p class=\"booth\">{}</p></div></header>\
         <section aria-labelledby=\"about-h\"><h2 id=\"about-h\">{}</h2><p>{}</p></section>",
        esc(&s.logo_url),
        esc(s.name.get(lang)),
        esc(s.tagline.get(lang)),
        esc(&text::hall_booth(&s.hall_code, &s.booth, lang)),
        words(lang).about,
        esc(e.description.get(lang)),
    )
}

/// A list's heading (`pages/visitor/products.rs`, `exhibitors.rs`).
pub fn heading(title: &str) -> String {
    format!("<h1>{}</h1>", esc(title))
}
