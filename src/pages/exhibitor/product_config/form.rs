//! The configuration editor's form: a signal per input, copied into a [`ConfigDraft`] to be
//! read, and filled from one (`fields.rs` shows it).

use leptos::prelude::*;

use super::draft::{texts, BreakDraft, ConfigDraft, GroupDraft, OptionDraft, RuleDraft};
use crate::components::product_form::Texts;

#[derive(Clone, Copy)]
pub(super) struct OptionRow {
    pub(super) key: usize,
    pub(super) id: RwSignal<String>,
    pub(super) label: Texts,
    pub(super) percent: RwSignal<bool>,
    pub(super) delta: RwSignal<String>,
    pub(super) lead: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub(super) struct GroupRow {
    pub(super) key: usize,
    pub(super) id: RwSignal<String>,
    pub(super) name: Texts,
    pub(super) many: RwSignal<bool>,
    pub(super) required: RwSignal<bool>,
    pub(super) options: RwSignal<Vec<OptionRow>>,
}

#[derive(Clone, Copy)]
pub(super) struct RuleRow {
    pub(super) key: usize,
    pub(super) requires: RwSignal<bool>,
    pub(super) a: RwSignal<String>,
    pub(super) b: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub(super) struct BreakRow {
    pub(super) key: usize,
    pub(super) min: RwSignal<String>,
    pub(super) unit: RwSignal<String>,
}

/// What staff typed, input by input.
#[derive(Clone, Copy)]
pub struct ConfigForm {
    pub(super) min_quantity: RwSignal<String>,
    pub(super) groups: RwSignal<Vec<GroupRow>>,
    pub(super) rules: RwSignal<Vec<RuleRow>>,
    pub(super) breaks: RwSignal<Vec<BreakRow>>,
    next_key: StoredValue<usize>,
}

fn texts_of(t: &[String; 3]) -> Texts {
    Texts(t.clone().map(RwSignal::new))
}

impl ConfigForm {
    pub fn new() -> Self {
        ConfigForm {
            min_quantity: RwSignal::new(String::new()),
            groups: RwSignal::new(Vec::new()),
            rules: RwSignal::new(Vec::new()),
            breaks: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(0),
        }
    }

    fn key(&self) -> usize {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }

    pub(super) fn option_row(&self, o: &OptionDraft) -> OptionRow {
        OptionRow {
            key: self.key(),
            id: RwSignal::new(o.id.clone()),
            label: texts_of(&o.label),
            percent: RwSignal::new(o.percent),
            delta: RwSignal::new(o.delta.clone()),
            lead: RwSignal::new(o.lead_days.clone()),
        }
    }

    pub(super) fn group_row(&self, g: &GroupDraft) -> GroupRow {
        GroupRow {
            key: self.key(),
            id: RwSignal::new(g.id.clone()),
            name: texts_of(&g.name),
            many: RwSignal::new(g.many),
            required: RwSignal::new(g.required),
            options: RwSignal::new(g.options.iter().map(|o| self.option_row(o)).collect()),
        }
    }

    pub(super) fn rule_row(&self, r: &RuleDraft) -> RuleRow {
        RuleRow {
            key: self.key(),
            requires: RwSignal::new(r.requires),
            a: RwSignal::new(r.a.clone()),
            b: RwSignal::new(r.b.clone()),
        }
    }

    pub(super) fn break_row(&self, b: &BreakDraft) -> BreakRow {
        BreakRow {
            key: self.key(),
            min: RwSignal::new(b.min_quantity.clone()),
            unit: RwSignal::new(b.unit.clone()),
        }
    }

    /// Shows `d` in the form, replacing what was there.
    pub fn fill(&self, d: &ConfigDraft) {
        self.min_quantity.set(d.min_quantity.clone());
        self.groups
            .set(d.groups.iter().map(|g| self.group_row(g)).collect());
        self.rules
            .set(d.rules.iter().map(|r| self.rule_row(r)).collect());
        self.breaks
            .set(d.breaks.iter().map(|b| self.break_row(b)).collect());
    }

    /// What is typed now (untracked).
    pub fn draft(&self) -> ConfigDraft {
        let option = |o: &OptionRow| OptionDraft {
            id: o.id.get_untracked(),
            label: texts(&o.label.get()),
            percent: o.percent.get_untracked(),
            delta: o.delta.get_untracked(),
            lead_days: o.lead.get_untracked(),
        };
        let group = |g: &GroupRow| GroupDraft {
            id: g.id.get_untracked(),
            name: texts(&g.name.get()),
            many: g.many.get_untracked(),
            required: g.required.get_untracked(),
            options: g
                .options
                .with_untracked(|os| os.iter().map(option).collect()),
        };
        ConfigDraft {
            min_quantity: self.min_quantity.get_untracked(),
            groups: self
                .groups
                .with_untracked(|gs| gs.iter().map(group).collect()),
            rules: self.rules.with_untracked(|rs| {
                rs.iter()
                    .map(|r| RuleDraft {
                        requires: r.requires.get_untracked(),
                        a: r.a.get_untracked(),
                        b: r.b.get_untracked(),
                    })
                    .collect()
            }),
            breaks: self.breaks.with_untracked(|bs| {
                bs.iter()
                    .map(|b| BreakDraft {
                        min_quantity: b.min.get_untracked(),
                        unit: b.unit.get_untracked(),
                    })
                    .collect()
            }),
        }
    }
}
