//! The lead settings' inputs: a signal per input, rows added and removed with stable keys, read
//! into a [`SettingsDraft`]; each input shows its own error (its name in the contract).

use expocx_contract::leads::{LEAD_QUESTIONS_MAX, LEAD_RULES_MAX};
use leptos::prelude::*;

use super::lead_settings_draft::{QuestionDraft, RuleDraft, SettingsDraft, RULE_KINDS};
use crate::browser::focus::focus_soon;
use crate::components::form::{FormErrors, SelectField};
use crate::components::product_form::{text, Input};
use crate::i18n::leads::settings::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n, Text};

#[derive(Clone, Copy)]
pub struct QuestionRow {
    key: usize,
    id: RwSignal<String>,
    label: RwSignal<String>,
    /// `choice` or `text`.
    kind: RwSignal<String>,
    choices: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub struct RuleRow {
    key: usize,
    kind: RwSignal<String>,
    points: RwSignal<String>,
    at_least: RwSignal<String>,
    question: RwSignal<String>,
    value: RwSignal<String>,
}

/// What staff typed, input by input.
#[derive(Clone, Copy)]
pub struct SettingsForm {
    questions: RwSignal<Vec<QuestionRow>>,
    rules: RwSignal<Vec<RuleRow>>,
    threshold: RwSignal<String>,
    half_life: RwSignal<String>,
    next_key: StoredValue<usize>,
}

impl SettingsForm {
    pub fn new(d: &SettingsDraft) -> Self {
        let f = SettingsForm {
            questions: RwSignal::new(Vec::new()),
            rules: RwSignal::new(Vec::new()),
            threshold: RwSignal::new(d.threshold.clone()),
            half_life: RwSignal::new(d.half_life_days.clone()),
            next_key: StoredValue::new(0),
        };
        f.questions
            .set(d.questions.iter().map(|q| f.question_row(q)).collect());
        f.rules.set(d.rules.iter().map(|r| f.rule_row(r)).collect());
        f
    }

    fn key(&self) -> usize {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }

    fn question_row(&self, q: &QuestionDraft) -> QuestionRow {
        QuestionRow {
            key: self.key(),
            id: RwSignal::new(q.id.clone()),
            label: RwSignal::new(q.label.clone()),
            kind: RwSignal::new(if q.choice { "choice" } else { "text" }.to_string()),
            choices: RwSignal::new(q.choices.clone()),
        }
    }

    fn rule_row(&self, r: &RuleDraft) -> RuleRow {
        RuleRow {
            key: self.key(),
            kind: RwSignal::new(r.kind.clone()),
            points: RwSignal::new(r.points.clone()),
            at_least: RwSignal::new(r.at_least.clone()),
            question: RwSignal::new(r.question.clone()),
            value: RwSignal::new(r.value.clone()),
        }
    }

    /// What is typed now (untracked).
    pub fn draft(&self) -> SettingsDraft {
        SettingsDraft {
            questions: self.questions.with_untracked(|qs| {
                qs.iter()
                    .map(|q| QuestionDraft {
                        id: q.id.get_untracked(),
                        label: q.label.get_untracked(),
                        choice: q.kind.get_untracked() == "choice",
                        choices: q.choices.get_untracked(),
                    })
                    .collect()
            }),
            rules: self.rules.with_untracked(|rs| {
                rs.iter()
                    .map(|r| RuleDraft {
                        kind: r.kind.get_untracked(),
                        points: r.points.get_untracked(),
                        at_least: r.at_least.get_untracked(),
                        question: r.question.get_untracked(),
                        value: r.value.get_untracked(),
                    })
                    .collect()
            }),
            threshold: self.threshold.get_untracked(),
            half_life_days: self.half_life.get_untracked(),
        }
    }
}

/// The words of a rule's kind in the select.
fn kind_text(kind: &str) -> &'static Text {
    match kind {
        "viewed_products" => &KIND_VIEWED,
        "in_cart" => &KIND_IN_CART,
        "requested_quote" => &KIND_QUOTE,
        "trade_buyer" => &KIND_TRADE,
        "answered" => &KIND_ANSWERED,
        _ => &KIND_SCANNED,
    }
}

/// The error of `field`, for an input that shows it.
fn field_error(
    errors: RwSignal<FormErrors>,
    field: String,
) -> Signal<Option<expocx_contract::FieldError>> {
    Signal::derive(move || errors.with(|e| e.field(&field)))
}

/// An error with no input of its own (a whole list, a rule).
#[component]
fn ErrorLine(errors: RwSignal<FormErrors>, field: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error">{move || errors.with(|e| e.field(&field)).map(|e| field_message(&e, i18n.t()))}</p>
    }
}

/// Every input of the settings (the page adds its notices and the button).
#[component]
pub fn SettingsFields(form: SettingsForm, errors: RwSignal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let f = form;
    let numbered = move |t: &'static Text, n: usize| {
        move || fill(pick(t, i18n.lang.get()), &[("n", &n.to_string())])
    };
    let add_question = move |_| {
        let row = f.question_row(&QuestionDraft::default());
        f.questions.update(|v| v.push(row));
        focus_soon(format!("#lq-{}-id", row.key));
    };
    let add_rule = move |_| {
        let row = f.rule_row(&RuleDraft::default());
        f.rules.update(|v| v.push(row));
        focus_soon(format!("#lr-{}-kind", row.key));
    };
    // Positions change with a removal: the errors shown name positions, so they go.
    let removed = move |then: &'static str| {
        errors.set(FormErrors::default());
        focus_soon(then.into());
    };
    let answer_kinds = Signal::derive(move || {
        [("text", &KIND_TEXT), ("choice", &KIND_CHOICE)]
            .map(|(v, t)| (v.to_string(), pick(t, i18n.lang.get()).to_string()))
            .to_vec()
    });
    let rule_kinds = Signal::derive(move || {
        RULE_KINDS
            .map(|k| {
                (
                    k.to_string(),
                    pick(kind_text(k), i18n.lang.get()).to_string(),
                )
            })
            .to_vec()
    });
    let question_choices = Signal::derive(move || {
        let mut all = vec![(String::new(), pick(&CHOOSE, i18n.lang.get()).to_string())];
        for q in f.questions.get() {
            let id = q.id.get().trim().to_string();
            if !id.is_empty() {
                let label = q.label.get();
                all.push((id.clone(), if label.trim().is_empty() { id } else { label }));
            }
        }
        all
    });
    view! {
        <fieldset class="config-edit">
            <legend>{tr3(&QUESTIONS)}</legend>
            <p class="hint">{tr3(&QUESTIONS_HINT)}</p>
            <ErrorLine errors field="questions".into() />
            <For each=move || f.questions.get().into_iter().enumerate() key=|(i, q)| (*i, q.key) let((i, q))>
                <fieldset class="config-item">
                    <legend>{numbered(&QUESTION, i + 1)}</legend>
                    <div class="config-row">
                        <Input id=format!("lq-{}-id", q.key) label=text(&QUESTION_ID) value=q.id errors field=format!("questions.{i}.id") />
                        <Input id=format!("lq-{}-label", q.key) label=text(&QUESTION_LABEL) value=q.label errors field=format!("questions.{i}.label") />
                    </div>
                    <SelectField id=format!("lq-{}-kind", q.key) label=text(&ANSWER_KIND) value=q.kind options=answer_kinds />
                    <Show when=move || q.kind.get() == "choice">
                        <Input id=format!("lq-{}-choices", q.key) label=text(&CHOICES) value=q.choices errors
                            field=format!("questions.{i}.choices") multiline=true />
                    </Show>
                    <button type="button" class="btn btn-link" on:click=move |_| {
                        f.questions.update(|v| v.retain(|x| x.key != q.key));
                        removed("#lq-add");
                    }>{tr3(&REMOVE_QUESTION)}</button>
                </fieldset>
            </For>
            <button type="button" id="lq-add" class="btn" on:click=add_question
                disabled=move || { f.questions.with(Vec::len) >= LEAD_QUESTIONS_MAX }>{tr3(&ADD_QUESTION)}</button>
        </fieldset>
        <fieldset class="config-edit">
            <legend>{tr3(&RULES)}</legend>
            <p class="hint">{tr3(&RULES_HINT)}</p>
            <ErrorLine errors field="rules".into() />
            <For each=move || f.rules.get().into_iter().enumerate() key=|(i, r)| (*i, r.key) let((i, r))>
                <fieldset class="config-item">
                    <legend>{numbered(&RULE, i + 1)}</legend>
                    <div class="config-row">
                        <SelectField id=format!("lr-{}-kind", r.key) label=text(&RULE_KIND) value=r.kind options=rule_kinds />
                        <Input id=format!("lr-{}-points", r.key) label=text(&POINTS) value=r.points errors field=format!("rules.{i}.points") />
                        <Show when=move || r.kind.get() == "viewed_products">
                            <Input id=format!("lr-{}-at-least", r.key) label=text(&AT_LEAST) value=r.at_least errors
                                field=format!("rules.{i}.at_least") inputmode="numeric" />
                        </Show>
                    </div>
                    <Show when=move || r.kind.get() == "answered">
                        <div class="config-row">
                            <SelectField id=format!("lr-{}-question", r.key) label=text(&RULE_QUESTION) value=r.question
                                options=question_choices error=field_error(errors, format!("rules.{i}.question")) />
                            <Input id=format!("lr-{}-value", r.key) label=text(&RULE_VALUE) value=r.value errors field=format!("rules.{i}.value") />
                        </div>
                    </Show>
                    <ErrorLine errors field=format!("rules.{i}") />
                    <button type="button" class="btn btn-link" on:click=move |_| {
                        f.rules.update(|v| v.retain(|x| x.key != r.key));
                        removed("#lr-add");
                    }>{tr3(&REMOVE_RULE)}</button>
                </fieldset>
            </For>
            <button type="button" id="lr-add" class="btn" on:click=add_rule
                disabled=move || { f.rules.with(Vec::len) >= LEAD_RULES_MAX }>{tr3(&ADD_RULE)}</button>
        </fieldset>
        <div class="config-row">
            <Input id="lead-threshold".into() label=text(&THRESHOLD) value=f.threshold errors field="threshold".into() inputmode="numeric" />
            <Input id="lead-half-life".into() label=text(&HALF_LIFE) value=f.half_life errors field="half_life_days".into() inputmode="numeric" />
        </div>
    }
}
