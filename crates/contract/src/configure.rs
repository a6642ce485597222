//! Configurable products for trade buyers (CPQ: configure, price, quote). A product may carry a
//! [`ConfigModel`]: option groups, each option's price difference (an amount or a percentage of
//! the unit price) and lead time, rules between options ("A excludes B", "C requires D"),
//! quantity price breaks and a minimum order quantity. One pure module: the SPA shows the live
//! price and which choices are closed and why; the backend, which alone decides the price, runs
//! the same code.

use serde::{Deserialize, Serialize};

use crate::{FieldError, FieldErrorCode, Localized};

/// At most this many option groups, options per group, rules and price breaks in a model.
pub const GROUPS_MAX: usize = 12;
pub const OPTIONS_MAX: usize = 24;
pub const RULES_MAX: usize = 48;
pub const BREAKS_MAX: usize = 8;
/// The most pieces one configuration may ask for.
pub const QUANTITY_MAX: u32 = 1_000_000;
/// An option's price difference is at most this many minor units either way, a percentage at
/// most ±500 %.
pub const DELTA_MAX_MINOR: i64 = 100_000_000;
pub const PERCENT_MAX_BP: i64 = 50_000;
/// A group's name or an option's label: at most this many characters in each language.
pub const NAME_MAX: usize = 80;

/// How many options of a group may be chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    One,
    Many,
}

/// What an option adds to the unit price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PriceDelta {
    /// Minor units per piece (may be negative).
    Amount { minor: i64 },
    /// Basis points of the unit price before options (1,000 = 10 %).
    Percent { basis_points: i64 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfigOption {
    /// Unique within the model.
    pub id: String,
    pub label: Localized,
    pub delta: PriceDelta,
    /// Working days this option needs before shipping.
    #[serde(default)]
    pub lead_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OptionGroup {
    pub id: String,
    pub name: Localized,
    pub choice: Choice,
    pub required: bool,
    pub options: Vec<ConfigOption>,
}

/// A rule between two options (by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConfigRule {
    /// `a` and `b` cannot be chosen together.
    Excludes { a: String, b: String },
    /// Choosing `a` needs `b` chosen too.
    Requires { a: String, b: String },
}

impl ConfigRule {
    pub fn excludes(a: &str, b: &str) -> ConfigRule {
        ConfigRule::Excludes {
            a: a.into(),
            b: b.into(),
        }
    }
    pub fn requires(a: &str, b: &str) -> ConfigRule {
        ConfigRule::Requires {
            a: a.into(),
            b: b.into(),
        }
    }
}

/// From `min_quantity` pieces on, the unit price before options is `unit_minor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceBreak {
    pub min_quantity: u32,
    pub unit_minor: i64,
}

/// A product's configuration model.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfigModel {
    pub groups: Vec<OptionGroup>,
    #[serde(default)]
    pub rules: Vec<ConfigRule>,
    /// Ascending by `min_quantity`; below the first, the product's own price applies.
    #[serde(default)]
    pub breaks: Vec<PriceBreak>,
    /// The fewest pieces one order or quote may ask for (at least 1).
    #[serde(default = "one")]
    pub min_quantity: u32,
}

fn one() -> u32 {
    1
}

/// What a buyer chose: option ids and a quantity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Configuration {
    pub choices: Vec<String>,
    pub quantity: u32,
}

/// Why a configuration cannot be priced, or why an option is closed now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Conflict {
    /// The group needs a choice.
    Required { group: String },
    /// The group takes one option only.
    OneOnly { group: String },
    /// `option` cannot go with the chosen `with`.
    Excludes { option: String, with: String },
    /// `option` needs `needs` chosen too.
    Requires { option: String, needs: String },
    /// No option has this id.
    Unknown { option: String },
    /// The option is chosen more than once.
    Repeated { option: String },
    /// Fewer pieces than the minimum order quantity (or none, or over the maximum).
    Quantity { min: u32, max: u32 },
}

/// The price of a configuration, as the backend will charge or quote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfigPrice {
    /// The unit price before options (the product's, or its price break's).
    pub base_minor: i64,
    /// Each chosen option's difference per piece, in the order chosen.
    pub deltas: Vec<(String, i64)>,
    pub unit_minor: i64,
    pub total_minor: i64,
    /// The longest lead time of the chosen options.
    pub lead_days: u32,
    /// The next price break, if any: from how many pieces, at which unit price before options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_break: Option<PriceBreak>,
}

impl ConfigModel {
    fn option(&self, id: &str) -> Option<(&OptionGroup, &ConfigOption)> {
        self.groups
            .iter()
            .find_map(|g| g.options.iter().find(|o| o.id == id).map(|o| (g, o)))
    }

    /// The model's own soundness, for the catalog editor and the server: sizes, unique ids,
    /// rules naming options that exist, breaks ascending with non-negative prices.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut bad = |field: &str, code: FieldErrorCode| errors.push(FieldError::new(field, code));
        if self.groups.len() > GROUPS_MAX {
            bad("config.groups", FieldErrorCode::TooLong);
        }
        let mut ids: Vec<&str> = Vec::new();
        let named = |t: &Localized| {
            [&t.zh_hans, &t.zh_hant, &t.en]
                .iter()
                .all(|s| !s.trim().is_empty() && s.chars().count() <= NAME_MAX)
        };
        for (gi, g) in self.groups.iter().enumerate() {
            if g.id.trim().is_empty() || g.id.len() > 40 || !named(&g.name) {
                bad(
                    &format!("config.groups.{gi}.name"),
                    FieldErrorCode::InvalidValue,
                );
            }
            if g.options.is_empty() || g.options.len() > OPTIONS_MAX {
                bad(
                    &format!("config.groups.{gi}.options"),
                    FieldErrorCode::OutOfRange,
                );
            }
            for (oi, o) in g.options.iter().enumerate() {
                let field = format!("config.groups.{gi}.options.{oi}");
                if o.id.trim().is_empty() || o.id.len() > 40 || !named(&o.label) {
                    bad(&format!("{field}.id"), FieldErrorCode::InvalidValue);
                } else if ids.contains(&o.id.as_str()) {
                    bad(&format!("{field}.id"), FieldErrorCode::Duplicate);
                }
                ids.push(&o.id);
                let in_range = match o.delta {
                    PriceDelta::Amount { minor } => minor.abs() <= DELTA_MAX_MINOR,
                    PriceDelta::Percent { basis_points } => basis_points.abs() <= PERCENT_MAX_BP,
                };
                if !in_range || o.lead_days > 365 {
                    bad(&format!("{field}.delta"), FieldErrorCode::OutOfRange);
                }
            }
        }
        if self.rules.len() > RULES_MAX {
            bad("config.rules", FieldErrorCode::TooLong);
        }
        for (ri, r) in self.rules.iter().enumerate() {
            let (ConfigRule::Excludes { a, b } | ConfigRule::Requires { a, b }) = r;
            if a == b || !ids.contains(&a.as_str()) || !ids.contains(&b.as_str()) {
                bad(&format!("config.rules.{ri}"), FieldErrorCode::InvalidValue);
            }
        }
        let ascending = self
            .breaks
            .windows(2)
            .all(|w| w[0].min_quantity < w[1].min_quantity);
        let sane = self.breaks.iter().all(|b| {
            (0..=DELTA_MAX_MINOR).contains(&b.unit_minor)
                && (1..=QUANTITY_MAX).contains(&b.min_quantity)
        });
        if self.breaks.len() > BREAKS_MAX || !ascending || !sane {
            bad("config.breaks", FieldErrorCode::InvalidValue);
        }
        if self.min_quantity == 0 || self.min_quantity > QUANTITY_MAX {
            bad("config.min_quantity", FieldErrorCode::OutOfRange);
        }
        errors
    }

    /// Why `option` cannot be added to `chosen` now (for the picker: the option is shown closed,
    /// with this reason), or `None` when it can. In a one-choice group, picking another option
    /// replaces the current one, so that is not a conflict.
    pub fn closed(&self, chosen: &[String], option: &str) -> Option<Conflict> {
        let (group, _) = self.option(option)?;
        let others: Vec<&String> = chosen
            .iter()
            .filter(|c| *c != option)
            .filter(|c| group.choice == Choice::Many || !group.options.iter().any(|o| &o.id == *c))
            .collect();
        self.rules.iter().find_map(|r| match r {
            ConfigRule::Excludes { a, b } if a == option && others.contains(&b) => {
                Some(Conflict::Excludes {
                    option: option.into(),
                    with: b.clone(),
                })
            }
            ConfigRule::Excludes { a, b } if b == option && others.contains(&a) => {
                Some(Conflict::Excludes {
                    option: option.into(),
                    with: a.clone(),
                })
            }
            _ => None,
        })
    }

    /// Every reason `cfg` cannot be priced; empty when it can.
    pub fn check(&self, cfg: &Configuration) -> Vec<Conflict> {
        let mut out = Vec::new();
        if cfg.quantity < self.min_quantity.max(1) || cfg.quantity > QUANTITY_MAX {
            out.push(Conflict::Quantity {
                min: self.min_quantity.max(1),
                max: QUANTITY_MAX,
            });
        }
        for (i, c) in cfg.choices.iter().enumerate() {
            if self.option(c).is_none() {
                out.push(Conflict::Unknown { option: c.clone() });
            } else if cfg.choices[..i].contains(c) {
                out.push(Conflict::Repeated { option: c.clone() });
            }
        }
        for g in &self.groups {
            let n = g
                .options
                .iter()
                .filter(|o| cfg.choices.contains(&o.id))
                .count();
            if g.required && n == 0 {
                out.push(Conflict::Required {
                    group: g.id.clone(),
                });
            }
            if g.choice == Choice::One && n > 1 {
                out.push(Conflict::OneOnly {
                    group: g.id.clone(),
                });
            }
        }
        for r in &self.rules {
            match r {
                ConfigRule::Excludes { a, b }
                    if cfg.choices.contains(a) && cfg.choices.contains(b) =>
                {
                    out.push(Conflict::Excludes {
                        option: a.clone(),
                        with: b.clone(),
                    })
                }
                ConfigRule::Requires { a, b }
                    if cfg.choices.contains(a) && !cfg.choices.contains(b) =>
                {
                    out.push(Conflict::Requires {
                        option: a.clone(),
                        needs: b.clone(),
                    })
                }
                _ => {}
            }
        }
        out
    }

    /// The unit price before options for `quantity`: the highest break reached, else `list_minor`.
    pub fn base_for(&self, list_minor: i64, quantity: u32) -> i64 {
        self.breaks
            .iter()
            .rev()
            .find(|b| quantity >= b.min_quantity)
            .map_or(list_minor, |b| b.unit_minor)
    }

    /// The price of `cfg` for a product listed at `list_minor` a piece, or why it has none.
    /// Percentages are of the unit price before options, rounded half away from zero to the
    /// minor unit; a unit price never goes below zero.
    pub fn price(
        &self,
        list_minor: i64,
        cfg: &Configuration,
    ) -> Result<ConfigPrice, Vec<Conflict>> {
        let conflicts = self.check(cfg);
        if !conflicts.is_empty() {
            return Err(conflicts);
        }
        let base = self.base_for(list_minor, cfg.quantity);
        let mut deltas = Vec::new();
        let mut lead_days = 0;
        for id in &cfg.choices {
            if let Some((_, o)) = self.option(id) {
                let d = match o.delta {
                    PriceDelta::Amount { minor } => minor,
                    PriceDelta::Percent { basis_points } => {
                        let raw = base as i128 * basis_points as i128;
                        let rounded = (raw.abs() + 5_000) / 10_000;
                        (rounded * raw.signum()) as i64
                    }
                };
                deltas.push((id.clone(), d));
                lead_days = lead_days.max(o.lead_days);
            }
        }
        let unit = deltas
            .iter()
            .fold(base, |sum, (_, d)| sum.saturating_add(*d))
            .max(0);
        Ok(ConfigPrice {
            base_minor: base,
            deltas,
            unit_minor: unit,
            total_minor: unit.saturating_mul(i64::from(cfg.quantity)),
            lead_days,
            next_break: self
                .breaks
                .iter()
                .find(|b| b.min_quantity > cfg.quantity)
                .copied(),
        })
    }
}

#[cfg(test)]
#[path = "configure_tests.rs"]
mod tests;
