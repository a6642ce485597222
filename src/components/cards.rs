//! Cards for products and exhibitors, and prices.

use expocx_contract::{ExhibitorSummary, Money, ProductSummary};
use leptos::prelude::*;

use crate::format;
use crate::i18n::{fill, use_i18n};

/// A price in the visitor's language, with tabular figures.
#[component]
pub fn Price(money: Money) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="price">{move || format::money(&money, i18n.lang.get())}</span> }
}

/// Stock as a visitor reads it: sold out, only a few left, or in stock.
pub fn stock_label(stock: u32, m: &crate::i18n::Messages) -> String {
    match stock {
        0 => m.product_sold_out.into(),
        1..=5 => fill(m.product_low_stock, &[("n", &stock.to_string())]),
        _ => m.product_in_stock.into(),
    }
}

#[component]
pub fn ProductCard(product: ProductSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/products/{}", product.id);
    let name = product.name.clone();
    let ex_name = product.exhibitor_name.clone();
    let stock = product.stock;
    view! {
        <article class="card product-card">
            <a href=href class="card-link">
                <img src=crate::api::media(&product.image_url) alt="" width="240" height="240" loading="lazy" decoding="async" />
                <h3 class="card-title">{move || name.get(i18n.lang.get()).to_string()}</h3>
            </a>
            <p class="card-meta">{move || ex_name.get(i18n.lang.get()).to_string()}</p>
            <p class="card-foot">
                <Price money=product.price.clone() />
                <span class=move || if stock == 0 { "stock out" } else { "stock" }>
                    {move || stock_label(stock, i18n.t())}
                </span>
            </p>
        </article>
    }
}

#[component]
pub fn ExhibitorCard(exhibitor: ExhibitorSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/exhibitors/{}", exhibitor.id);
    let name = exhibitor.name.clone();
    let tagline = exhibitor.tagline.clone();
    let booth = exhibitor.booth.clone();
    view! {
        <article class="card exhibitor-card">
            <a href=href class="card-link">
                <img src=crate::api::media(&exhibitor.logo_url) alt="" width="48" height="48" loading="lazy" />
                <h3 class="card-title">{move || name.get(i18n.lang.get()).to_string()}</h3>
            </a>
            <p class="card-meta">{move || tagline.get(i18n.lang.get()).to_string()}</p>
            <p class="booth">{move || fill(i18n.t().product_booth, &[("booth", &booth)])}</p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::stock_label;
    use crate::i18n::messages;
    use expocx_contract::Lang;

    #[test]
    fn stock_reads_as_a_visitor_expects() {
        let m = messages(Lang::En);
        assert_eq!(stock_label(0, m), "Sold out");
        assert_eq!(stock_label(3, m), "Only 3 left");
        assert_eq!(stock_label(40, m), "In stock");
    }
}
