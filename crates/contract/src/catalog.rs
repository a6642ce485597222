//! The expo, its halls, exhibitors, categories and products.

use serde::{Deserialize, Serialize};

use crate::Day;
use crate::{Localized, Money};

/// Answer of `GET /api/v1/expo`: the fair this deployment serves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Expo {
    pub id: i64,
    pub name: Localized,
    pub tagline: Localized,
    pub venue: Localized,
    /// First day, `YYYY-MM-DD`, in the venue's time zone.
    pub starts_on: Day,
    /// Last day (inclusive).
    pub ends_on: Day,
    /// IANA time zone of the venue, e.g. `Asia/Shanghai`.
    pub time_zone: String,
    pub halls: Vec<Hall>,
    pub exhibitor_count: u32,
    pub product_count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Hall {
    pub id: i64,
    /// Short code printed on signs, e.g. `H1`.
    pub code: String,
    pub name: Localized,
    pub theme: Localized,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Category {
    pub id: i64,
    pub slug: String,
    pub name: Localized,
    pub product_count: u32,
}

/// An exhibitor as shown in lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExhibitorSummary {
    pub id: i64,
    pub name: Localized,
    pub hall_id: i64,
    pub hall_code: String,
    /// Booth number within the hall, e.g. `H1-A07`.
    pub booth: String,
    pub tagline: Localized,
    pub logo_url: String,
    pub featured: bool,
}

/// Answer of `GET /api/v1/exhibitors/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Exhibitor {
    #[serde(flatten)]
    pub summary: ExhibitorSummary,
    pub description: Localized,
    pub category_ids: Vec<i64>,
    pub product_count: u32,
}

/// A product as shown in lists and cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductSummary {
    pub id: i64,
    pub name: Localized,
    pub price: Money,
    /// Units available; `0` means sold out.
    pub stock: u32,
    pub image_url: String,
    pub category_id: i64,
    pub exhibitor_id: i64,
    pub exhibitor_name: Localized,
    pub booth: String,
    pub featured: bool,
}

/// Answer of `GET /api/v1/products/{id}`. The response carries an `ETag`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Product {
    #[serde(flatten)]
    pub summary: ProductSummary,
    pub description: Localized,
    pub category_name: Localized,
    pub hall_code: String,
    /// Increases with every change; the `ETag` is derived from it.
    pub version: i64,
    /// What the options choose, e.g. "Weight"; absent when the product has no options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_name: Option<Localized>,
    /// When not empty, one option must be chosen to add the product to the cart.
    #[serde(default)]
    pub options: Vec<crate::ProductOption>,
    /// Trade buyers can configure it (`GET /products/{id}/configuration`), have it priced and
    /// ask for a quote. (The storefront does not read it: decoding it and a link on the product
    /// page cost the first load ~300 B; trade buyers find these products under "My quotes",
    /// `GET /products/configurable`.)
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub configurable: bool,
}

/// Body of `PATCH /api/v1/exhibitor/products/{id}` (send `If-Match` with the product's `ETag`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductUpdate {
    /// New price in minor units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_minor: Option<i64>,
    /// New number of units available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Localized>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// Shown in the storefront (`true`) or kept as a draft the booth's staff alone see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
    /// With `options`: what they choose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_name: Option<Localized>,
    /// The whole new list of options (empty: none). Cart lines holding an option that is
    /// gone become unavailable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<crate::ProductOption>>,
}

/// Order of `GET /api/v1/products`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProductSort {
    /// Featured first, then by name.
    #[default]
    Featured,
    PriceAsc,
    PriceDesc,
    Newest,
    Name,
}

impl ProductSort {
    pub const ALL: [ProductSort; 5] = [
        ProductSort::Featured,
        ProductSort::PriceAsc,
        ProductSort::PriceDesc,
        ProductSort::Newest,
        ProductSort::Name,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProductSort::Featured => "featured",
            ProductSort::PriceAsc => "price_asc",
            ProductSort::PriceDesc => "price_desc",
            ProductSort::Newest => "newest",
            ProductSort::Name => "name",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Query of `GET /api/v1/products`. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ProductQuery {
    /// Words to find in the name or description, in any language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibitor: Option<i64>,
    /// Lowest price in minor units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_price: Option<i64>,
    /// Highest price in minor units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_price: Option<i64>,
    /// Only featured products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<ProductSort>,
    /// 1-based page number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// Items per page, 1 to 100 (default 24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// Query of `GET /api/v1/exhibitors`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ExhibitorQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hall: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// Percent-encodes a query value (RFC 3986 unreserved characters are kept).
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub(crate) fn push_param(out: &mut Vec<String>, key: &str, value: Option<String>) {
    if let Some(v) = value {
        out.push(format!("{key}={}", encode_query_value(&v)));
    }
}

impl ProductQuery {
    /// The query string (without `?`) the SPA sends; empty fields are left out.
    pub fn to_query_string(&self) -> String {
        let mut p = Vec::new();
        push_param(&mut p, "q", self.q.clone().filter(|q| !q.trim().is_empty()));
        push_param(&mut p, "category", self.category.map(|v| v.to_string()));
        push_param(&mut p, "exhibitor", self.exhibitor.map(|v| v.to_string()));
        push_param(&mut p, "min_price", self.min_price.map(|v| v.to_string()));
        push_param(&mut p, "max_price", self.max_price.map(|v| v.to_string()));
        push_param(&mut p, "featured", self.featured.map(|v| v.to_string()));
        push_param(&mut p, "sort", self.sort.map(|v| v.as_str().to_string()));
        push_param(&mut p, "page", self.page.map(|v| v.to_string()));
        push_param(&mut p, "limit", self.limit.map(|v| v.to_string()));
        p.join("&")
    }
}

impl ExhibitorQuery {
    pub fn to_query_string(&self) -> String {
        let mut p = Vec::new();
        push_param(&mut p, "q", self.q.clone().filter(|q| !q.trim().is_empty()));
        push_param(&mut p, "hall", self.hall.map(|v| v.to_string()));
        push_param(&mut p, "category", self.category.map(|v| v.to_string()));
        push_param(&mut p, "featured", self.featured.map(|v| v.to_string()));
        push_param(&mut p, "page", self.page.map(|v| v.to_string()));
        push_param(&mut p, "limit", self.limit.map(|v| v.to_string()));
        p.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_string_leaves_out_empty_fields_and_encodes_words() {
        let q = ProductQuery {
            q: Some("茶 & tea".into()),
            category: Some(3),
            sort: Some(ProductSort::PriceAsc),
            page: Some(2),
            ..Default::default()
        };
        assert_eq!(
            q.to_query_string(),
            "q=%E8%8C%B6%20%26%20tea&category=3&sort=price_asc&page=2"
        );
        let blank = ProductQuery {
            q: Some("   ".into()),
            ..Default::default()
        };
        assert_eq!(blank.to_query_string(), "");
    }

    #[test]
    fn sort_names_round_trip() {
        for s in ProductSort::ALL {
            assert_eq!(ProductSort::parse(s.as_str()), Some(s));
            assert_eq!(
                serde_json::to_value(s).unwrap(),
                serde_json::Value::String(s.as_str().into())
            );
        }
        assert_eq!(ProductSort::parse("cheapest"), None);
    }
}
