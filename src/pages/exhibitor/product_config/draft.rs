//! A product's configuration model as staff type it: text in every box, read into a
//! [`ConfigModel`] checked by the contract's own `validate()`. The errors it or the server
//! finds name a whole option or the price breaks; they are narrowed here to the box at fault
//! (the code, one language's label, the lead time, one break), so each shows beside its input.
//! No signals: the form copies itself into a draft and back.

use expocx_contract::configure::{
    Choice, ConfigModel, ConfigOption, ConfigRule, OptionGroup, PriceBreak, PriceDelta,
};
use expocx_contract::{FieldError, FieldErrorCode, Localized};

use super::errors::invalid;
use crate::components::amounts::{parse_delta, parse_price, parse_stock, signed_yuan, yuan};

/// The languages of a name, as the product form names their inputs.
pub const TAGS: [&str; 3] = ["zh-Hans", "zh-Hant", "en"];
/// The longest code of a group or an option (as `validate()` allows).
pub const ID_MAX: usize = 40;
/// The longest lead time of an option, in days.
pub const LEAD_MAX: u32 = 365;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OptionDraft {
    pub id: String,
    pub label: [String; 3],
    /// The difference is a percentage of the unit price (else an amount in yuan).
    pub percent: bool,
    /// Yuan, or per cent, with at most two decimals; may be negative.
    pub delta: String,
    pub lead_days: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupDraft {
    pub id: String,
    pub name: [String; 3],
    pub many: bool,
    pub required: bool,
    pub options: Vec<OptionDraft>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleDraft {
    /// `a` requires `b` (else `a` excludes `b`).
    pub requires: bool,
    pub a: String,
    pub b: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct BreakDraft {
    pub min_quantity: String,
    /// The unit price in yuan from that quantity on.
    pub unit: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConfigDraft {
    pub min_quantity: String,
    pub groups: Vec<GroupDraft>,
    pub rules: Vec<RuleDraft>,
    pub breaks: Vec<BreakDraft>,
}

pub fn texts(l: &Localized) -> [String; 3] {
    [l.zh_hans.clone(), l.zh_hant.clone(), l.en.clone()]
}

fn localized(t: &[String; 3]) -> Localized {
    let [zh_hans, zh_hant, en] = t.clone().map(|s| s.trim().to_string());
    Localized {
        zh_hans,
        zh_hant,
        en,
    }
}

impl OptionDraft {
    /// A new option: no price difference, no lead time.
    pub fn blank() -> Self {
        OptionDraft {
            delta: "0".into(),
            lead_days: "0".into(),
            ..Default::default()
        }
    }

    fn from_model(o: &ConfigOption) -> Self {
        let (percent, delta) = match o.delta {
            PriceDelta::Amount { minor } => (false, signed_yuan(minor)),
            // Basis points are hundredths of a per cent, as minor units are of a yuan.
            PriceDelta::Percent { basis_points } => (true, signed_yuan(basis_points)),
        };
        OptionDraft {
            id: o.id.clone(),
            label: texts(&o.label),
            percent,
            delta,
            lead_days: o.lead_days.to_string(),
        }
    }

    /// The difference in minor units or basis points, if it reads as a number.
    pub(super) fn delta_value(&self) -> Option<PriceDelta> {
        let n = parse_delta(&self.delta)?;
        Some(if self.percent {
            PriceDelta::Percent { basis_points: n }
        } else {
            PriceDelta::Amount { minor: n }
        })
    }
}

impl GroupDraft {
    /// A new group: one choice, required, with one blank option to fill in.
    pub fn blank() -> Self {
        GroupDraft {
            required: true,
            options: vec![OptionDraft::blank()],
            ..Default::default()
        }
    }
}

impl BreakDraft {
    pub(super) fn values(&self) -> (Option<u32>, Option<i64>) {
        (parse_stock(&self.min_quantity), parse_price(&self.unit))
    }
}

impl ConfigDraft {
    /// Where "Make configurable" starts: one required single-choice group.
    pub fn starter() -> Self {
        ConfigDraft {
            min_quantity: "1".into(),
            groups: vec![GroupDraft::blank()],
            ..Default::default()
        }
    }

    pub fn from_model(m: &ConfigModel) -> Self {
        let group = |g: &OptionGroup| GroupDraft {
            id: g.id.clone(),
            name: texts(&g.name),
            many: g.choice == Choice::Many,
            required: g.required,
            options: g.options.iter().map(OptionDraft::from_model).collect(),
        };
        let rule = |r: &ConfigRule| {
            let (requires, ConfigRule::Excludes { a, b } | ConfigRule::Requires { a, b }) =
                (matches!(r, ConfigRule::Requires { .. }), r);
            RuleDraft {
                requires,
                a: a.clone(),
                b: b.clone(),
            }
        };
        ConfigDraft {
            min_quantity: m.min_quantity.to_string(),
            groups: m.groups.iter().map(group).collect(),
            rules: m.rules.iter().map(rule).collect(),
            breaks: (m.breaks.iter())
                .map(|b| BreakDraft {
                    min_quantity: b.min_quantity.to_string(),
                    unit: yuan(b.unit_minor),
                })
                .collect(),
        }
    }

    /// The model as typed, or every field that is wrong: those that do not read as numbers,
    /// then what `validate()` finds, narrowed to the input at fault.
    pub fn read(&self) -> Result<ConfigModel, Vec<FieldError>> {
        let mut unreadable = Vec::new();
        let mut bad = |field: String| unreadable.push(invalid(&field));
        let min_quantity = parse_stock(&self.min_quantity).unwrap_or_else(|| {
            bad("config.min_quantity".into());
            1
        });
        let mut groups = Vec::new();
        for (gi, g) in self.groups.iter().enumerate() {
            let mut options = Vec::new();
            for (oi, o) in g.options.iter().enumerate() {
                let at = format!("config.groups.{gi}.options.{oi}");
                let delta = o.delta_value().unwrap_or_else(|| {
                    bad(format!("{at}.delta"));
                    PriceDelta::Amount { minor: 0 }
                });
                let lead_days = parse_stock(&o.lead_days).unwrap_or_else(|| {
                    bad(format!("{at}.lead_days"));
                    0
                });
                let (id, label) = (o.id.trim().to_string(), localized(&o.label));
                options.push(ConfigOption {
                    id,
                    label,
                    delta,
                    lead_days,
                });
            }
            groups.push(OptionGroup {
                id: g.id.trim().to_string(),
                name: localized(&g.name),
                choice: if g.many { Choice::Many } else { Choice::One },
                required: g.required,
                options,
            });
        }
        let mut breaks = Vec::new();
        for (bi, b) in self.breaks.iter().enumerate() {
            let (min, unit) = b.values();
            let at = format!("config.breaks.{bi}");
            breaks.push(PriceBreak {
                min_quantity: min.unwrap_or_else(|| {
                    bad(format!("{at}.min_quantity"));
                    1
                }),
                unit_minor: unit.unwrap_or_else(|| {
                    bad(format!("{at}.unit_minor"));
                    0
                }),
            });
        }
        let rules = (self.rules.iter())
            .map(|r| {
                let (a, b) = (r.a.trim(), r.b.trim());
                if r.requires {
                    ConfigRule::requires(a, b)
                } else {
                    ConfigRule::excludes(a, b)
                }
            })
            .collect();
        let model = ConfigModel {
            groups,
            rules,
            breaks,
            min_quantity,
        };
        // A number that does not read was taken as 0 or 1: what `validate()` says of it, or of
        // the list it is in (breaks no longer ascending), is moot.
        let moot = |e: &FieldError| {
            let within = format!("{}.", e.field);
            unreadable.iter().any(|u| {
                u.field == e.field
                    || (e.code == FieldErrorCode::InvalidValue && u.field.starts_with(&within))
            })
        };
        let mut checked = self.refine(model.validate());
        checked.retain(|e| !moot(e));
        unreadable.append(&mut checked);
        if unreadable.is_empty() {
            Ok(model)
        } else {
            Err(unreadable)
        }
    }
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
