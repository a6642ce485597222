//! The follow-up's answers to the exhibitor's qualifying questions (a list for a choice, a line
//! for a text), and the line under a field that says a colleague's version of it.

use expocx_contract::leads::{LeadQuestion, QuestionKind};
use leptos::prelude::*;

use super::lead_followup::{answer_of, FollowUp};
use crate::components::form::{FormErrors, SelectField};
use crate::i18n::leads::followup::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n};

/// "Their version: …" under a field a colleague set otherwise (after a `412`).
#[component]
pub fn Theirs(
    conflict: RwSignal<bool>,
    /// Their value, and the one typed now.
    theirs: Signal<String>,
    typed: Signal<String>,
    /// The words of each value (a select's options); another value is said as it is.
    #[prop(optional)]
    options: Option<Signal<Vec<(String, String)>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let value = theirs.get();
        (conflict.get() && value != typed.get()).then(|| {
            let lang = i18n.lang.get();
            let listed = options.and_then(|o| {
                o.with(|o| o.iter().find(|(v, _)| *v == value).map(|(_, w)| w.clone()))
            });
            let words = listed.unwrap_or_else(|| {
                if value.is_empty() {
                    pick(&NO_ANSWER, lang).to_string()
                } else {
                    value.clone()
                }
            });
            let line = fill(pick(&THEIRS, lang), &[("value", &words)]);
            view! { <p class="hint their-version">{line}</p> }
        })
    }
}

/// One input per qualifying question.
#[component]
pub fn Questions(
    questions: Vec<LeadQuestion>,
    /// By question id, as typed.
    answers: RwSignal<Vec<(String, String)>>,
    theirs: Memo<FollowUp>,
    conflict: RwSignal<bool>,
    errors: RwSignal<FormErrors>,
    /// The question of each `answers.N` the server may name, as last sent.
    sent: StoredValue<Vec<String>>,
) -> impl IntoView {
    if questions.is_empty() {
        return ().into_any();
    }
    view! {
        <fieldset class="lead-questions">
            <legend>{tr3(&QUESTIONS)}</legend>
            {questions.into_iter().enumerate().map(|(i, q)| view! {
                <Answer i q answers theirs conflict errors sent />
            }).collect_view()}
        </fieldset>
    }
    .into_any()
}

#[component]
fn Answer(
    i: usize,
    q: LeadQuestion,
    answers: RwSignal<Vec<(String, String)>>,
    theirs: Memo<FollowUp>,
    conflict: RwSignal<bool>,
    errors: RwSignal<FormErrors>,
    sent: StoredValue<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("lead-q-{i}");
    let err_id = format!("{id}-error");
    // The answer typed, as a signal of its own that writes through to the list.
    let value = RwSignal::new(answers.with_untracked(|a| answer_of(a, &q.id)));
    let qid = q.id.clone();
    crate::state::watch::watch(move || {
        let v = value.get();
        answers.update(|a| {
            a.retain(|(k, _)| *k != qid);
            a.push((qid.clone(), v));
        });
    });
    let qid = q.id.clone();
    let their = Signal::derive(move || theirs.with(|t| answer_of(&t.answers, &qid)));
    let qid = q.id.clone();
    let error = Signal::derive(move || {
        let at = sent.with_value(|s| s.iter().position(|x| *x == qid))?;
        errors.with(|e| e.field(&format!("answers.{at}")))
    });
    let label = q.label.clone();
    if q.kind == QuestionKind::Choice {
        let mut choices = q.choices.clone();
        // An answer no longer among the choices stays shown, so it is not changed unseen.
        let typed = value.get_untracked();
        if !typed.is_empty() && !choices.contains(&typed) {
            choices.push(typed);
        }
        let options = Signal::derive(move || {
            let none = (String::new(), pick(&NO_ANSWER, i18n.lang.get()).to_string());
            std::iter::once(none)
                .chain(choices.iter().map(|c| (c.clone(), c.clone())))
                .collect()
        });
        return view! {
            <SelectField id label=Signal::stored(label) value options error>
                <Theirs conflict theirs=their typed=value.into() options />
            </SelectField>
        }
        .into_any();
    }
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" maxlength="200" autocomplete="off" bind:value=value
                aria-describedby=err_id.clone() aria-invalid=move || error.with(Option::is_some).then_some("true") />
            <Theirs conflict theirs=their typed=value.into() />
            <p class="field-error" id=err_id>{move || error.get().map(|e| field_message(&e, i18n.t()))}</p>
        </div>
    }
    .into_any()
}
