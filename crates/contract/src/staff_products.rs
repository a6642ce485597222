//! The exhibitor's own catalog and booth pickup slots, as the portal edits them. The rules are
//! here so that the portal's forms and the server refuse the same things with the same fields.

use serde::{Deserialize, Serialize};

use crate::Timestamp;
use crate::{FieldError, FieldErrorCode, Localized, Product, ProductOption};

pub const PRODUCT_NAME_MAX: usize = 80;
pub const PRODUCT_DESCRIPTION_MAX: usize = 2000;
pub const PRODUCT_OPTIONS_MAX: usize = 12;
pub const OPTION_LABEL_MAX: usize = 40;
pub const OPTION_ID_MAX: usize = 24;
pub const PRICE_MAX_MINOR: i64 = 100_000_000;
pub const STOCK_MAX: u32 = 1_000_000;
/// Products one exhibitor may have, published or not.
pub const PRODUCTS_PER_EXHIBITOR_MAX: u32 = 500;
/// Largest product image upload (JPEG, PNG or WebP).
pub const PRODUCT_IMAGE_MAX_BYTES: usize = 2 * 1024 * 1024;
pub const SLOT_CAPACITY_MAX: u32 = 500;
pub const SLOTS_PER_EXHIBITOR_MAX: u32 = 200;
/// Shortest and longest pickup slot, in minutes.
pub const SLOT_MINUTES_MIN: i64 = 15;
pub const SLOT_MINUTES_MAX: i64 = 240;

/// Body of `POST /api/v1/exhibitor/products`: a new product of the signed-in staff's booth.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductDraft {
    pub name: Localized,
    pub description: Localized,
    pub category_id: i64,
    pub price_minor: i64,
    pub stock: u32,
    /// What the options choose (e.g. "Weight"); required when there are options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_name: Option<Localized>,
    #[serde(default)]
    pub options: Vec<ProductOption>,
    /// Shown in the storefront at once; a draft (`false`) is seen by the booth's staff only.
    #[serde(default)]
    pub published: bool,
}

/// One product as the booth's staff see it: published or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffProduct {
    #[serde(flatten)]
    pub product: Product,
    pub published: bool,
}

/// Body of `POST /api/v1/exhibitor/pickup-slots`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotDraft {
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub capacity: u32,
}

/// Body of `PUT /api/v1/exhibitor/pickup-slots/{id}/capacity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotChange {
    /// At least the orders that hold the slot already.
    pub capacity: u32,
}

fn text(errors: &mut Vec<FieldError>, field: &str, l: &Localized, max: usize) {
    for (lang, s) in [
        ("zh-Hans", &l.zh_hans),
        ("zh-Hant", &l.zh_hant),
        ("en", &l.en),
    ] {
        let name = format!("{field}.{lang}");
        if s.trim().is_empty() {
            errors.push(FieldError::new(&name, FieldErrorCode::Required));
        } else if s.chars().count() > max {
            errors.push(FieldError::new(&name, FieldErrorCode::TooLong).with_limit(max as i64));
        }
    }
}

/// Price in range; every option's id well formed and unique, its label in three languages,
/// and its price never below zero.
fn price_and_options(
    errors: &mut Vec<FieldError>,
    price: i64,
    option_name: Option<&Localized>,
    options: &[ProductOption],
) {
    if !(0..=PRICE_MAX_MINOR).contains(&price) {
        errors.push(
            FieldError::new("price_minor", FieldErrorCode::OutOfRange).with_limit(PRICE_MAX_MINOR),
        );
    }
    if options.len() > PRODUCT_OPTIONS_MAX {
        errors.push(
            FieldError::new("options", FieldErrorCode::TooLong)
                .with_limit(PRODUCT_OPTIONS_MAX as i64),
        );
        return;
    }
    match option_name {
        Some(n) if !options.is_empty() => text(errors, "option_name", n, OPTION_LABEL_MAX),
        None if !options.is_empty() => {
            errors.push(FieldError::new("option_name", FieldErrorCode::Required))
        }
        _ => {}
    }
    for (i, o) in options.iter().enumerate() {
        let well_formed = !o.id.is_empty()
            && o.id.len() <= OPTION_ID_MAX
            && o.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            errors.push(FieldError::new(
                &format!("options.{i}.id"),
                FieldErrorCode::InvalidValue,
            ));
        } else if options[..i].iter().any(|p| p.id == o.id) {
            errors.push(FieldError::new(
                &format!("options.{i}.id"),
                FieldErrorCode::Duplicate,
            ));
        }
        text(
            errors,
            &format!("options.{i}.label"),
            &o.label,
            OPTION_LABEL_MAX,
        );
        if o.price_delta_minor.abs() > PRICE_MAX_MINOR || price + o.price_delta_minor < 0 {
            errors.push(FieldError::new(
                &format!("options.{i}.price_delta_minor"),
                FieldErrorCode::OutOfRange,
            ));
        }
    }
}

impl ProductDraft {
    /// Every field that is wrong, named as in the body; empty when the draft can be stored.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        text(&mut errors, "name", &self.name, PRODUCT_NAME_MAX);
        text(
            &mut errors,
            "description",
            &self.description,
            PRODUCT_DESCRIPTION_MAX,
        );
        price_and_options(
            &mut errors,
            self.price_minor,
            self.option_name.as_ref(),
            &self.options,
        );
        if self.stock > STOCK_MAX {
            errors.push(
                FieldError::new("stock", FieldErrorCode::OutOfRange).with_limit(STOCK_MAX as i64),
            );
        }
        errors
    }
}

impl crate::ProductUpdate {
    /// The fields present, checked as a draft checks them; `current` fills what is absent
    /// (a new option list is checked against the price it will have).
    pub fn validate(&self, current: &Product) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if let Some(n) = &self.name {
            text(&mut errors, "name", n, PRODUCT_NAME_MAX);
        }
        if let Some(d) = &self.description {
            text(&mut errors, "description", d, PRODUCT_DESCRIPTION_MAX);
        }
        let price = self
            .price_minor
            .unwrap_or(current.summary.price.amount_minor);
        let (option_name, options) = match &self.options {
            Some(o) => (self.option_name.as_ref(), o.as_slice()),
            None => (current.option_name.as_ref(), current.options.as_slice()),
        };
        price_and_options(&mut errors, price, option_name, options);
        if self.stock.is_some_and(|s| s > STOCK_MAX) {
            errors.push(
                FieldError::new("stock", FieldErrorCode::OutOfRange).with_limit(STOCK_MAX as i64),
            );
        }
        errors
    }
}

impl SlotDraft {
    /// Length and capacity; the expo's days and overlaps are checked by the server.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let minutes = (self.ends_at - self.starts_at).num_minutes();
        if !(SLOT_MINUTES_MIN..=SLOT_MINUTES_MAX).contains(&minutes) {
            errors.push(
                FieldError::new("ends_at", FieldErrorCode::OutOfRange).with_limit(SLOT_MINUTES_MAX),
            );
        }
        if !(1..=SLOT_CAPACITY_MAX).contains(&self.capacity) {
            errors.push(
                FieldError::new("capacity", FieldErrorCode::OutOfRange)
                    .with_limit(SLOT_CAPACITY_MAX as i64),
            );
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(id: &str, delta: i64) -> ProductOption {
        ProductOption {
            id: id.into(),
            label: Localized::new("小", "小", "Small"),
            price_delta_minor: delta,
        }
    }

    fn draft() -> ProductDraft {
        ProductDraft {
            name: Localized::new("龙井", "龍井", "Longjing"),
            description: Localized::new("明前", "明前", "Early picked"),
            category_id: 1,
            price_minor: 12_900,
            stock: 10,
            ..Default::default()
        }
    }

    fn fields(errors: Vec<FieldError>) -> Vec<(String, FieldErrorCode)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_draft_is_refused_field_by_field() {
        use FieldErrorCode::*;
        let long = "字".repeat(PRODUCT_NAME_MAX + 1);
        let cases: Vec<(ProductDraft, Vec<(&str, FieldErrorCode)>)> = vec![
            (draft(), vec![]),
            (
                ProductDraft {
                    name: Localized::new("龙井", " ", &long),
                    ..draft()
                },
                vec![("name.zh-Hant", Required), ("name.en", TooLong)],
            ),
            (
                ProductDraft {
                    price_minor: -1,
                    stock: STOCK_MAX + 1,
                    ..draft()
                },
                vec![("price_minor", OutOfRange), ("stock", OutOfRange)],
            ),
            (
                ProductDraft {
                    options: vec![option("250g", 0)],
                    ..draft()
                },
                vec![("option_name", Required)],
            ),
            (
                ProductDraft {
                    option_name: Some(Localized::new("重量", "重量", "Weight")),
                    options: vec![
                        option("250g", 0),
                        option("250g", 100),
                        option("Big Box", 0),
                        option("cheap", -20_000),
                    ],
                    ..draft()
                },
                vec![
                    ("options.1.id", Duplicate),
                    ("options.2.id", InvalidValue),
                    ("options.3.price_delta_minor", OutOfRange),
                ],
            ),
            (
                ProductDraft {
                    option_name: Some(Localized::new("重量", "重量", "Weight")),
                    options: (0..13).map(|i| option(&format!("o{i}"), 0)).collect(),
                    ..draft()
                },
                vec![("options", TooLong)],
            ),
        ];
        for (d, want) in cases {
            let want: Vec<_> = want.into_iter().map(|(f, c)| (f.to_string(), c)).collect();
            assert_eq!(fields(d.validate()), want, "{d:?}");
        }
    }

    #[test]
    fn a_slot_is_fifteen_minutes_to_four_hours_for_one_to_five_hundred() {
        let at =
            |m: i64| Timestamp::from(chrono::DateTime::UNIX_EPOCH + chrono::Duration::minutes(m));
        for (minutes, capacity, want) in [
            (30, 10, vec![]),
            (15, 1, vec![]),
            (240, 500, vec![]),
            (14, 10, vec!["ends_at"]),
            (-30, 10, vec!["ends_at"]),
            (241, 10, vec!["ends_at"]),
            (30, 0, vec!["capacity"]),
            (30, 501, vec!["capacity"]),
        ] {
            let s = SlotDraft {
                starts_at: at(600),
                ends_at: at(600 + minutes),
                capacity,
            };
            let got: Vec<String> = s.validate().into_iter().map(|e| e.field).collect();
            assert_eq!(got, want, "{minutes} min for {capacity}");
        }
    }
}
