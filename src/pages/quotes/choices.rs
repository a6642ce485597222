//! The configurator's logic, apart from its view: choosing an option (one-choice groups swap),
//! and saying in words why a configuration has no price or an option is closed. The rules and
//! the price themselves are the contract's (`ConfigModel::closed`, `check`, `price`).

use expocx_contract::configure::{Choice, ConfigModel, Conflict, OptionGroup, PriceDelta};
use expocx_contract::{Lang, Money};

use crate::format;
use crate::i18n::quotes::configure::*;
use crate::i18n::{fill, pick};

fn group_of<'a>(model: &'a ConfigModel, option: &str) -> Option<&'a OptionGroup> {
    model
        .groups
        .iter()
        .find(|g| g.options.iter().any(|o| o.id == option))
}

/// `chosen` after the buyer turned `option` on or off: in a one-choice group, turning one on
/// turns the group's others off.
pub fn choose(model: &ConfigModel, chosen: &[String], option: &str, on: bool) -> Vec<String> {
    let mut out: Vec<String> = chosen.iter().filter(|c| *c != option).cloned().collect();
    if on {
        if let Some(g) = group_of(model, option).filter(|g| g.choice == Choice::One) {
            out.retain(|c| !g.options.iter().any(|o| &o.id == c));
        }
        out.push(option.to_string());
    }
    out
}

/// `chosen` without any option of `group` (an optional one-choice group's "none").
pub fn clear_group(group: &OptionGroup, chosen: &[String]) -> Vec<String> {
    chosen
        .iter()
        .filter(|c| !group.options.iter().any(|o| &o.id == *c))
        .cloned()
        .collect()
}

/// The form field a conflict belongs to: `quantity`, or `choices.<group id>`.
pub fn conflict_field(model: &ConfigModel, c: &Conflict) -> String {
    let group = match c {
        Conflict::Quantity { .. } => return "quantity".into(),
        Conflict::Required { group } | Conflict::OneOnly { group } => group.clone(),
        Conflict::Excludes { option, .. }
        | Conflict::Requires { option, .. }
        | Conflict::Unknown { option }
        | Conflict::Repeated { option } => {
            group_of(model, option).map_or_else(|| option.clone(), |g| g.id.clone())
        }
    };
    format!("choices.{group}")
}

/// Whether a field error (the server's `choices.<id>`, by group or by option) is about `group`.
pub fn is_about(group: &OptionGroup, field: &str) -> bool {
    field
        .strip_prefix("choices.")
        .is_some_and(|id| id == group.id || group.options.iter().any(|o| o.id == id))
}

fn label(model: &ConfigModel, id: &str, lang: Lang) -> String {
    let option = model
        .groups
        .iter()
        .flat_map(|g| &g.options)
        .find(|o| o.id == id);
    let group = model.groups.iter().find(|g| g.id == id);
    match (option, group) {
        (Some(o), _) => o.label.get(lang).to_string(),
        (None, Some(g)) => g.name.get(lang).to_string(),
        (None, None) => id.to_string(),
    }
}

/// Why the configuration has no price, in words.
pub fn conflict_text(model: &ConfigModel, c: &Conflict, lang: Lang) -> String {
    let l = |id: &str| label(model, id, lang);
    match c {
        Conflict::Required { group } => fill(pick(&CHOOSE, lang), &[("group", &l(group))]),
        Conflict::OneOnly { group } => fill(pick(&ONE_ONLY, lang), &[("group", &l(group))]),
        Conflict::Excludes { option, with } => fill(
            pick(&EXCLUDES, lang),
            &[("option", &l(option)), ("with", &l(with))],
        ),
        Conflict::Requires { option, needs } => fill(
            pick(&REQUIRES, lang),
            &[("option", &l(option)), ("needs", &l(needs))],
        ),
        Conflict::Unknown { option } | Conflict::Repeated { option } => {
            fill(pick(&UNAVAILABLE, lang), &[("option", &l(option))])
        }
        Conflict::Quantity { min, max } => fill(
            pick(&QUANTITY_RANGE, lang),
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
    }
}

/// Why an option cannot be chosen now (the picker shows it closed, with this).
pub fn closed_text(model: &ConfigModel, c: &Conflict, lang: Lang) -> String {
    match c {
        Conflict::Excludes { with, .. } => fill(
            pick(&NOT_WITH, lang),
            &[("with", &label(model, with, lang))],
        ),
        other => conflict_text(model, other, lang),
    }
}

/// An amount with its sign, `+¥12.00` / `-¥5.00`.
pub fn signed_money(minor: i64, currency: &str, lang: Lang) -> String {
    let m = Money {
        amount_minor: minor,
        currency: currency.into(),
    };
    let words = format::money(&m, lang);
    if minor > 0 {
        format!("+{words}")
    } else {
        words
    }
}

/// What an option adds to the unit price, `+¥12.00` or `+10 %`; nothing when it adds nothing.
pub fn delta_words(delta: PriceDelta, currency: &str, lang: Lang) -> Option<String> {
    match delta {
        PriceDelta::Amount { minor: 0 } | PriceDelta::Percent { basis_points: 0 } => None,
        PriceDelta::Amount { minor } => Some(signed_money(minor, currency, lang)),
        PriceDelta::Percent { basis_points } => {
            let sign = if basis_points > 0 { "+" } else { "-" };
            let bp = basis_points.unsigned_abs();
            let frac = match bp % 100 {
                0 => String::new(),
                f if f % 10 == 0 => format!(".{}", f / 10),
                f => format!(".{f:02}"),
            };
            Some(format!("{sign}{}{frac} %", bp / 100))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::configure::{ConfigOption, ConfigRule};
    use expocx_contract::Localized;

    fn option(id: &str) -> ConfigOption {
        ConfigOption {
            id: id.into(),
            label: Localized::new(id, id, id),
            delta: PriceDelta::Amount { minor: 0 },
            lead_days: 0,
        }
    }

    fn model() -> ConfigModel {
        let group = |id: &str, choice, options: &[&str]| OptionGroup {
            id: id.into(),
            name: Localized::new(id, id, id),
            choice,
            required: true,
            options: options.iter().map(|o| option(o)).collect(),
        };
        ConfigModel {
            groups: vec![
                group("glaze", Choice::One, &["celadon", "white"]),
                group("extras", Choice::Many, &["gift_box", "logo"]),
            ],
            rules: vec![ConfigRule::excludes("white", "logo")],
            breaks: vec![],
            min_quantity: 50,
        }
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn one_choice_groups_swap_and_many_choice_groups_toggle() {
        let m = model();
        let c = choose(&m, &[], "celadon", true);
        let c = choose(&m, &c, "gift_box", true);
        let c = choose(&m, &c, "white", true);
        assert_eq!(c, ids(&["gift_box", "white"]));
        let c = choose(&m, &c, "logo", true);
        assert_eq!(c, ids(&["gift_box", "white", "logo"]));
        let c = choose(&m, &c, "gift_box", false);
        assert_eq!(c, ids(&["white", "logo"]));
        assert_eq!(clear_group(&m.groups[0], &c), ids(&["logo"]));
    }

    #[test]
    fn each_conflict_belongs_to_its_groups_field_and_is_said_in_words() {
        let m = model();
        let cfg = expocx_contract::configure::Configuration {
            choices: ids(&["white", "logo"]),
            quantity: 10,
        };
        let conflicts = m.check(&cfg);
        let fields: Vec<String> = conflicts.iter().map(|c| conflict_field(&m, c)).collect();
        assert_eq!(fields, ["quantity", "choices.glaze"]);
        let words: Vec<String> = conflicts
            .iter()
            .map(|c| conflict_text(&m, c, Lang::En))
            .collect();
        assert_eq!(words[0], "Ask for 50 to 1000000 pieces.");
        assert_eq!(words[1], "white cannot go with logo.");
        let closed = m.closed(&ids(&["white"]), "logo").unwrap();
        assert_eq!(
            closed_text(&m, &closed, Lang::En),
            "Not available with white"
        );
        assert!(is_about(&m.groups[1], "choices.logo"));
        assert!(is_about(&m.groups[1], "choices.extras"));
        assert!(!is_about(&m.groups[1], "choices.white"));
    }

    #[test]
    fn price_differences_read_with_their_sign() {
        let en = Lang::En;
        assert_eq!(
            delta_words(PriceDelta::Amount { minor: 0 }, "CNY", en),
            None
        );
        assert_eq!(
            delta_words(PriceDelta::Amount { minor: 1200 }, "CNY", en).unwrap(),
            "+CNY 12.00"
        );
        assert_eq!(
            delta_words(PriceDelta::Amount { minor: -500 }, "CNY", en).unwrap(),
            "CNY -5.00"
        );
        let pct = |bp| delta_words(PriceDelta::Percent { basis_points: bp }, "CNY", en);
        assert_eq!(pct(1000).unwrap(), "+10 %");
        assert_eq!(pct(-250).unwrap(), "-2.5 %");
        assert_eq!(pct(1205).unwrap(), "+12.05 %");
    }
}
