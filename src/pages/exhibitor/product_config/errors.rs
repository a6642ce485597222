//! The errors of a configuration model, narrowed to the input at fault. `validate()` (and the
//! server, which runs it) names a whole option when its code or any of its labels is wrong,
//! the price breaks as a whole, one error for an option's price difference and lead time;
//! checked against what was typed, each becomes the error of the one box to fix.

use expocx_contract::configure::PriceDelta;
use expocx_contract::configure::{
    BREAKS_MAX, DELTA_MAX_MINOR, GROUPS_MAX, NAME_MAX, OPTIONS_MAX, PERCENT_MAX_BP, QUANTITY_MAX,
    RULES_MAX,
};
use expocx_contract::{FieldError, FieldErrorCode};

use super::draft::{ConfigDraft, OptionDraft, ID_MAX, LEAD_MAX, TAGS};
use crate::components::amounts::parse_stock;

impl ConfigDraft {
    /// `validate()`'s errors (or the server's, which are the same) narrowed, against what was
    /// typed, to the inputs at fault. An error that cannot be narrowed stays as it is.
    pub fn refine(&self, errors: Vec<FieldError>) -> Vec<FieldError> {
        let mut out = Vec::new();
        for e in errors {
            let narrowed = self.narrow(&e);
            if narrowed.is_empty() {
                out.push(e);
            } else {
                for n in narrowed {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
        }
        out
    }

    fn narrow(&self, e: &FieldError) -> Vec<FieldError> {
        let path: Vec<&str> = e.field.split('.').collect();
        let index = |i: usize| path.get(i).and_then(|s| s.parse::<usize>().ok());
        let (gi, oi) = (index(2).unwrap_or(0), index(4).unwrap_or(0));
        let group = self.groups.get(gi);
        let option = group.and_then(|g| g.options.get(oi));
        let (group_at, option_at) = (
            format!("config.groups.{gi}"),
            format!("config.groups.{gi}.options.{oi}"),
        );
        match (&path[..], e.code) {
            (["config", "groups"], FieldErrorCode::TooLong) => {
                vec![e.clone().with_limit(GROUPS_MAX as i64)]
            }
            (["config", "rules"], FieldErrorCode::TooLong) => {
                vec![e.clone().with_limit(RULES_MAX as i64)]
            }
            (["config", "groups", _, "name"], FieldErrorCode::InvalidValue) => {
                group.map_or(Vec::new(), |g| named(&group_at, &g.id, &g.name, "name"))
            }
            (["config", "groups", _, "options"], FieldErrorCode::OutOfRange) => match group {
                Some(g) if g.options.is_empty() => vec![required(&e.field)],
                Some(_) => vec![too_long(&e.field, OPTIONS_MAX)],
                None => Vec::new(),
            },
            (["config", "groups", _, "options", _, "id"], FieldErrorCode::InvalidValue) => {
                option.map_or(Vec::new(), |o| named(&option_at, &o.id, &o.label, "label"))
            }
            (["config", "groups", _, "options", _, "delta"], FieldErrorCode::OutOfRange) => {
                option.map_or(Vec::new(), |o| out_of_range(&option_at, o))
            }
            (["config", "breaks"], FieldErrorCode::InvalidValue) => self.break_errors(),
            _ => Vec::new(),
        }
    }

    fn break_errors(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if self.breaks.len() > BREAKS_MAX {
            out.push(too_long("config.breaks", BREAKS_MAX));
        }
        let mut before: Option<u32> = None;
        for (bi, b) in self.breaks.iter().enumerate() {
            let at = format!("config.breaks.{bi}");
            let (min, unit) = b.values();
            match min {
                Some(n) if !(1..=QUANTITY_MAX).contains(&n) => {
                    out.push(range(&format!("{at}.min_quantity")))
                }
                // Not above the break before: the quantities must go up.
                Some(n) if before.is_some_and(|p| n <= p) => {
                    out.push(invalid(&format!("{at}.min_quantity")))
                }
                _ => {}
            }
            if unit.is_some_and(|u| u > DELTA_MAX_MINOR) {
                out.push(range(&format!("{at}.unit_minor")));
            }
            before = min.or(before);
        }
        out
    }

    /// Every field the form shows an error beside; any other is shown above the buttons.
    pub fn placed(&self, field: &str) -> bool {
        let mut all = ["config.min_quantity", "config.groups", "config.rules"]
            .map(String::from)
            .to_vec();
        all.push("config.breaks".into());
        for (gi, g) in self.groups.iter().enumerate() {
            let at = format!("config.groups.{gi}");
            all.extend(["id", "name", "options"].map(|f| format!("{at}.{f}")));
            all.extend(TAGS.map(|t| format!("{at}.name.{t}")));
            for oi in 0..g.options.len() {
                let at = format!("{at}.options.{oi}");
                all.extend(["id", "delta", "lead_days"].map(|f| format!("{at}.{f}")));
                all.extend(TAGS.map(|t| format!("{at}.label.{t}")));
            }
        }
        all.extend((0..self.rules.len()).map(|ri| format!("config.rules.{ri}")));
        for bi in 0..self.breaks.len() {
            all.extend(["min_quantity", "unit_minor"].map(|f| format!("config.breaks.{bi}.{f}")));
        }
        all.iter().any(|f| f == field)
    }
}

pub(super) fn invalid(field: &str) -> FieldError {
    FieldError::new(field, FieldErrorCode::InvalidValue)
}

fn required(field: &str) -> FieldError {
    FieldError::new(field, FieldErrorCode::Required)
}

fn range(field: &str) -> FieldError {
    FieldError::new(field, FieldErrorCode::OutOfRange)
}

fn too_long(field: &str, max: usize) -> FieldError {
    FieldError::new(field, FieldErrorCode::TooLong).with_limit(max as i64)
}

/// What is wrong with a code and its name in three languages (`at` is the group or option).
fn named(at: &str, id: &str, name: &[String; 3], what: &str) -> Vec<FieldError> {
    let mut out = Vec::new();
    let id = id.trim();
    if id.is_empty() {
        out.push(required(&format!("{at}.id")));
    } else if id.len() > ID_MAX {
        out.push(too_long(&format!("{at}.id"), ID_MAX));
    }
    for (tag, text) in TAGS.iter().zip(name) {
        let field = format!("{at}.{what}.{tag}");
        if text.trim().is_empty() {
            out.push(required(&field));
        } else if text.trim().chars().count() > NAME_MAX {
            out.push(too_long(&field, NAME_MAX));
        }
    }
    out
}

/// Which of an option's price difference and lead time is out of range.
fn out_of_range(at: &str, o: &OptionDraft) -> Vec<FieldError> {
    let mut out = Vec::new();
    let in_range = match o.delta_value() {
        Some(PriceDelta::Amount { minor }) => minor.abs() <= DELTA_MAX_MINOR,
        Some(PriceDelta::Percent { basis_points }) => basis_points.abs() <= PERCENT_MAX_BP,
        None => true,
    };
    if !in_range {
        out.push(range(&format!("{at}.delta")));
    }
    if parse_stock(&o.lead_days).is_some_and(|d| d > LEAD_MAX) {
        out.push(range(&format!("{at}.lead_days")).with_limit(LEAD_MAX.into()));
    }
    out
}
