//! A lead's follow-up: status, rating, who follows it up and the answers to the exhibitor's
//! qualifying questions, saved against the version shown (`If-Match`). When a colleague
//! changed the lead meanwhile (`412`), their version is read and shown beside each field, what
//! was typed stays, and saving again applies it: nothing is overwritten unseen.

use expocx_contract::leads::{Lead, LeadAnswer, LeadEdit, LeadQuestion, LeadSettings, LeadStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::lead_answers::{Questions, Theirs};
use super::lead_words::status_text;
use crate::api::{Api, TaggedLead};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::{from_result, FormEnd, FormErrors, SelectField};
use crate::components::product_form::text;
use crate::components::resource::Res;
use crate::i18n::leads::followup::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

/// The follow-up fields of a lead, as compared to tell a colleague's change from one's own.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUp {
    pub status: LeadStatus,
    pub rating: Option<u8>,
    pub assignee: Option<i64>,
    /// By question id.
    pub answers: Vec<(String, String)>,
}

pub fn follow_up_of(lead: &Lead) -> FollowUp {
    let mut answers: Vec<(String, String)> = lead
        .answers
        .iter()
        .map(|a| (a.question.clone(), a.value.clone()))
        .collect();
    answers.sort();
    FollowUp {
        status: lead.summary.status,
        rating: lead.summary.rating,
        assignee: lead.summary.assignee.as_ref().map(|a| a.user_id),
        answers,
    }
}

/// The answer typed for `question`.
pub fn answer_of(answers: &[(String, String)], question: &str) -> String {
    answers
        .iter()
        .find(|(q, _)| q == question)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The edit to send from what is typed: the answers in the questions' order, blank ones left
/// out (an answer to a question the settings no longer have would be refused). Without the
/// questions (they could not be read) the answers go as they are, so none is lost.
pub fn edit_from(
    status: &str,
    rating: &str,
    assignee: &str,
    answers: &[(String, String)],
    questions: Option<&[LeadQuestion]>,
) -> LeadEdit {
    let ids: Vec<&str> = match questions {
        Some(qs) => qs.iter().map(|q| q.id.as_str()).collect(),
        None => answers.iter().map(|(q, _)| q.as_str()).collect(),
    };
    LeadEdit {
        status: LeadStatus::parse(status).unwrap_or(LeadStatus::New),
        rating: rating.parse().ok(),
        assignee: assignee.parse().ok(),
        answers: ids
            .into_iter()
            .filter_map(|id| {
                let value = answer_of(answers, id).trim().to_string();
                (!value.is_empty()).then(|| LeadAnswer {
                    question: id.to_string(),
                    value,
                })
            })
            .collect(),
    }
}

/// The team's names by id (empty when this role cannot read the team).
fn team(api: Api) -> Res<Vec<(i64, String)>> {
    Res::new(move || async move {
        Ok(api
            .staff_members()
            .await
            .map(|s| s.into_iter().map(|m| (m.id, m.name)).collect())
            .unwrap_or_default())
    })
}

#[component]
pub fn FollowUpForm(
    shown: RwSignal<TaggedLead>,
    /// Set when a colleague's version replaced the one the form started from.
    conflict: RwSignal<bool>,
    settings: Res<LeadSettings>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let start = follow_up_of(&shown.get_untracked().value);
    let status = RwSignal::new(start.status.as_str().to_string());
    let rating = RwSignal::new(start.rating.map(|r| r.to_string()).unwrap_or_default());
    let assignee = RwSignal::new(start.assignee.map(|a| a.to_string()).unwrap_or_default());
    let answers = RwSignal::new(start.answers);
    let errors = RwSignal::new(FormErrors::default());
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(false);
    // The question of each `answers.N` the server may name, as last sent.
    let sent = StoredValue::new(Vec::<String>::new());
    let theirs = Memo::new(move |_| shown.with(|l| follow_up_of(&l.value)));
    let names = team(api);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let questions = settings.get().and_then(Result::ok).map(|s| s.questions);
        let edit = answers.with_untracked(|a| {
            let (s, r, who) = (
                status.get_untracked(),
                rating.get_untracked(),
                assignee.get_untracked(),
            );
            edit_from(&s, &r, &who, a, questions.as_deref())
        });
        sent.set_value(edit.answers.iter().map(|a| a.question.clone()).collect());
        saved.set(false);
        let local = edit.validate();
        if !local.is_empty() {
            errors.set(FormErrors::local(local));
            return;
        }
        busy.set(true);
        let lead = shown.get_untracked();
        spawn_local(async move {
            let result = api.edit_lead(&lead, &edit).await;
            let shown_theirs = match &result {
                Ok(fresh) => {
                    shown.set(fresh.clone());
                    conflict.set(false);
                    saved.set(true);
                    false
                }
                // Their version comes in; what was typed stays for saving again.
                Err(e) if e.status() == Some(412) => match api.lead(lead.value.summary.id).await {
                    Ok(fresh) => {
                        shown.set(fresh);
                        conflict.set(true);
                        true
                    }
                    Err(_) => false,
                },
                Err(_) => false,
            };
            errors.set(if shown_theirs {
                FormErrors::default()
            } else {
                from_result(&result)
            });
            busy.set(false);
        });
    };
    let lang = move || i18n.lang.get();
    let statuses = Signal::derive(move || {
        LeadStatus::ALL
            .map(|s| {
                (
                    s.as_str().to_string(),
                    pick(status_text(s), lang()).to_string(),
                )
            })
            .to_vec()
    });
    let ratings = Signal::derive(move || {
        let stars = (1..=5u8).map(|n| {
            (
                n.to_string(),
                fill(pick(&STARS, lang()), &[("n", &n.to_string())]),
            )
        });
        std::iter::once((String::new(), pick(&NO_RATING, lang()).to_string()))
            .chain(stars)
            .collect()
    });
    // Everyone the lead may be handed to: the team, and whoever has it now or had it.
    let people = Signal::derive(move || {
        let mut list = vec![(String::new(), pick(&NO_ONE, lang()).to_string())];
        list.extend(
            names
                .get()
                .and_then(Result::ok)
                .unwrap_or_default()
                .into_iter()
                .map(|(id, n)| (id.to_string(), n)),
        );
        if let Some(a) = shown.with(|l| l.value.summary.assignee.clone()) {
            if !list.iter().any(|(i, _)| *i == a.user_id.to_string()) {
                list.push((a.user_id.to_string(), a.name));
            }
        }
        list
    });
    let error = |field: &'static str| Signal::derive(move || errors.with(|e| e.field(field)));
    let their_status = Signal::derive(move || theirs.with(|t| t.status.as_str().to_string()));
    let their_rating = Signal::derive(move || {
        theirs.with(|t| t.rating.map(|r| r.to_string()).unwrap_or_default())
    });
    let their_assignee = Signal::derive(move || {
        theirs.with(|t| t.assignee.map(|a| a.to_string()).unwrap_or_default())
    });
    view! {
        <form class="panel lead-followup" on:submit=on_submit novalidate aria-labelledby="lead-followup-h">
            <h2 id="lead-followup-h">{tr3(&TITLE)}</h2>
            {move || conflict.get().then(|| view! { <p class="form-error" role="alert">{tr3(&CONFLICT)}</p> })}
            <SelectField id="lead-status-edit".into() label=text(&STATUS) value=status options=statuses error=error("status")>
                <Theirs conflict theirs=their_status typed=status.into() options=statuses />
            </SelectField>
            <SelectField id="lead-rating".into() label=text(&RATING) value=rating options=ratings error=error("rating")>
                <Theirs conflict theirs=their_rating typed=rating.into() options=ratings />
            </SelectField>
            <SelectField id="lead-assignee".into() label=text(&ASSIGNEE) value=assignee options=people error=error("assignee")>
                <Theirs conflict theirs=their_assignee typed=assignee.into() options=people />
            </SelectField>
            <Loaded resource=settings fallback=|| view! { <BlockSkeleton /> }
                ok={move |s: LeadSettings| view! { <Questions questions=s.questions answers theirs conflict errors sent /> }} />
            <FormEnd errors pending=busy.into() label=&SAVE />
            <p role="status">{move || saved.get().then(|| tr3(&SAVED))}</p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::leads::QuestionKind;

    fn q(id: &str, kind: QuestionKind) -> LeadQuestion {
        LeadQuestion {
            id: id.into(),
            label: id.to_uppercase(),
            kind,
            choices: vec!["10k+".into(), "less".into()],
        }
    }

    #[test]
    fn the_edit_sends_what_is_typed_in_the_questions_order() {
        let questions = [
            q("budget", QuestionKind::Choice),
            q("role", QuestionKind::Text),
        ];
        let typed = vec![
            ("role".to_string(), " Buyer ".to_string()),
            ("gone".to_string(), "x".to_string()),
            ("budget".to_string(), "10k+".to_string()),
        ];
        let e = edit_from("contacted", "4", "12", &typed, Some(&questions[..]));
        assert_eq!(e.status, LeadStatus::Contacted);
        assert_eq!((e.rating, e.assignee), (Some(4), Some(12)));
        let sent: Vec<(&str, &str)> = e
            .answers
            .iter()
            .map(|a| (a.question.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(sent, [("budget", "10k+"), ("role", "Buyer")]);
        let none = edit_from(
            "won",
            "",
            "",
            &[("role".into(), "  ".into())],
            Some(&questions[..]),
        );
        assert_eq!((none.rating, none.assignee), (None, None));
        assert!(none.answers.is_empty(), "a blank answer is no answer");
        let unread = edit_from("won", "", "", &typed, None);
        assert_eq!(
            unread.answers.len(),
            3,
            "without the questions nothing is dropped"
        );
    }
}
