//! Wire types of the ExpoCX HTTP+JSON contract, shared by the SPA and the reference backend.
//!
//! # Conventions
//! - Every body is JSON (`application/json`); the API lives under `/api/v1/`.
//! - Timestamps are RFC 3339 in UTC (`2026-11-22T09:30:00Z`); calendar days are `YYYY-MM-DD`.
//! - Money is an integer amount of minor units plus an ISO 4217 currency code ([`Money`]).
//! - Localized text is a map with the keys `zh-Hans`, `zh-Hant` and `en` ([`Localized`]).
//! - Errors are RFC 9457 `application/problem+json` ([`Problem`]) with a stable machine `code`
//!   ([`ErrorCode`]) and, for validation failures, per-field messages ([`FieldError`]).
//!   Clients translate by `code`; `title`/`detail` are for developers.
//! - Auth: `Authorization: Bearer <token>`; tokens are opaque, random, stored hashed by the
//!   server and expire ([`Session::expires_at`]). Roles are `visitor` and `exhibitor`; an
//!   exhibitor account belongs to exactly one exhibitor.
//! - Lists take `page` (1-based) and `limit` and answer a [`Page`] with the `total`.
//! - Writes that must not repeat (placing an order, registering) accept an `Idempotency-Key`
//!   header: the same key with the same body answers the first response again.
//! - Exhibitor-side resources carry an `ETag` ([`ETag`], opaque); updates send it back unchanged
//!   in `If-Match` and get `412` with code `precondition_failed` when someone else changed the
//!   resource first.
//! - CORS origins are configured on the server, so the SPA can be hosted apart from the API.

pub mod auth;
pub mod campaign_results;
pub mod campaigns;
pub mod catalog;
pub mod commerce;
pub mod configure;
pub mod consent;
pub mod customers;
pub mod dashboard;
pub mod etag;
pub mod halving;
pub mod interest;
pub mod leads;
pub mod member;
pub mod membership;
pub mod notify;
pub mod orders;
pub mod problem;
pub mod quotes;
pub mod returns;
pub mod service;
#[cfg(feature = "sqlite")]
mod sqlite;
pub mod staff_orders;
pub mod staff_products;
pub mod staff_tickets;
pub mod team;
pub mod team_admin;
pub mod wire_score;
pub mod wire_time;

pub use auth::*;
pub use catalog::*;
pub use commerce::*;
pub use consent::*;
pub use dashboard::*;
pub use etag::ETag;
pub use member::*;
pub use membership::*;
pub use notify::*;
pub use orders::*;
pub use problem::*;
pub use returns::*;
pub use service::*;
pub use staff_orders::*;
pub use staff_products::*;
pub use staff_tickets::*;
pub use team::{Capability, StaffRole};
pub use team_admin::*;
pub use wire_time::{Day, Timestamp};

#[cfg(all(feature = "sqlite", target_arch = "wasm32"))]
compile_error!("the `sqlite` feature is the backend's: rusqlite must not reach the WebAssembly");

use serde::{Deserialize, Serialize};

/// The path prefix of every API endpoint of this version of the contract.
pub const API_PREFIX: &str = "/api/v1";

/// A language the product speaks. The wire tag is the BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Lang {
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    /// The BCP 47 tag used on the wire, in `<html lang>` and for `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// Parses a tag as browsers report it (`zh-CN`, `zh-TW`, `zh-Hant-HK`, `en-GB`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        if t.starts_with("zh") {
            let traditional = ["hant", "-tw", "-hk", "-mo"].iter().any(|m| t.contains(m));
            Some(if traditional {
                Lang::ZhHant
            } else {
                Lang::ZhHans
            })
        } else if t == "en" || t.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// Text in the three languages of the product.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Localized {
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    pub en: String,
}

impl Localized {
    pub fn new(zh_hans: &str, zh_hant: &str, en: &str) -> Self {
        Localized {
            zh_hans: zh_hans.into(),
            zh_hant: zh_hant.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to another language when a translation is missing.
    pub fn get(&self, lang: Lang) -> &str {
        let pick = match lang {
            Lang::ZhHans => [&self.zh_hans, &self.zh_hant, &self.en],
            Lang::ZhHant => [&self.zh_hant, &self.zh_hans, &self.en],
            Lang::En => [&self.en, &self.zh_hans, &self.zh_hant],
        };
        pick.into_iter().find(|s| !s.is_empty()).map_or("", |s| s)
    }
}

/// An amount of money: integer minor units (fen, cents) and an ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    /// Amount in minor units, e.g. `12900` for ¥129.00.
    pub amount_minor: i64,
    /// ISO 4217 code, e.g. `CNY`.
    pub currency: String,
}

impl Money {
    pub fn cny(amount_minor: i64) -> Self {
        Money {
            amount_minor,
            currency: "CNY".into(),
        }
    }

    /// Number of minor-unit digits of the currency (ISO 4217 exponent).
    pub fn exponent(&self) -> u32 {
        match self.currency.as_str() {
            "JPY" | "KRW" | "TWD" | "VND" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" => 3,
            _ => 2,
        }
    }

    /// The amount in major units, for display formatting only (never for arithmetic).
    pub fn major(&self) -> f64 {
        self.amount_minor as f64 / 10f64.powi(self.exponent() as i32)
    }
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Number of items matching the query over all pages.
    pub total: u64,
    /// The 1-based page number answered.
    pub page: u32,
    /// Maximum items per page.
    pub limit: u32,
}

impl<T> Page<T> {
    pub fn new(items: Vec<T>, total: u64, page: u32, limit: u32) -> Self {
        Page {
            items,
            total,
            page,
            limit,
        }
    }

    /// How many items come before `page` (1-based) at `limit` per page.
    pub fn offset(page: u32, limit: u32) -> u64 {
        u64::from(page.saturating_sub(1)) * u64::from(limit)
    }

    /// Number of pages for `total` items.
    pub fn page_count(&self) -> u32 {
        if self.limit == 0 {
            return 0;
        }
        self.total.div_ceil(self.limit as u64) as u32
    }

    pub fn has_next(&self) -> bool {
        self.page < self.page_count()
    }
}

/// Paging bounds shared by every list endpoint.
pub const MAX_PAGE_LIMIT: u32 = 100;
pub const DEFAULT_PAGE_LIMIT: u32 = 24;

/// Answer of `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_uses_wire_language_tags_and_falls_back() {
        let l = Localized::new("展会", "", "Expo");
        let json = serde_json::to_value(&l).unwrap();
        assert_eq!(json["zh-Hans"], "展会");
        assert_eq!(json["en"], "Expo");
        // Traditional missing: show Simplified rather than nothing.
        assert_eq!(l.get(Lang::ZhHant), "展会");
        assert_eq!(l.get(Lang::En), "Expo");
    }

    #[test]
    fn browser_language_tags_map_to_product_languages() {
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag("english"), None);
    }

    #[test]
    fn money_serializes_minor_units_and_knows_currency_exponents() {
        let m = Money::cny(12900);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"amount_minor":12900,"currency":"CNY"}"#
        );
        assert_eq!(m.major(), 129.0);
        let yen = Money {
            amount_minor: 500,
            currency: "JPY".into(),
        };
        assert_eq!(yen.major(), 500.0);
    }

    #[test]
    fn page_counts_pages_and_knows_when_there_is_more() {
        let p: Page<u8> = Page {
            items: vec![],
            total: 49,
            page: 2,
            limit: 24,
        };
        assert_eq!(p.page_count(), 3);
        assert!(p.has_next());
        let last = Page { page: 3, ..p };
        assert!(!last.has_next());
    }
}
