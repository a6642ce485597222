//! The exhibitor's lead settings (`/exhibitor/leads/settings`): its qualifying questions, the
//! scoring rules, from how many points a lead is qualified and how fast points fade. Owners and
//! managers change them (every lead's score follows at once); booth staff read them. What was
//! typed stays in the form whatever the answer; each error shows beside its input.

use expocx_contract::leads::{LeadSettings, QuestionKind};
use expocx_contract::{Capability, FieldError};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::lead_settings_draft::SettingsDraft;
use super::lead_settings_form::{SettingsFields, SettingsForm};
use super::lead_words::rule_line;
use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::FormErrors;
use crate::components::portal::{may, PortalNav};
use crate::components::resource::Res;
use crate::i18n::lazy::{error_message, SUBMITTING};
use crate::i18n::leads::list::LEADS;
use crate::i18n::leads::settings::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n};

#[component]
pub fn LeadSettingsPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let settings = Res::new(move || async move { api.lead_settings().await });
    view! {
        <h1>{tr3(&TITLE)}</h1>
        <PortalNav />
        <p><a href="/exhibitor/leads">"← " {tr3(&LEADS)}</a></p>
        <p class="hint">{tr3(&INTRO)}</p>
        <Loaded resource=settings page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |s: LeadSettings| if may(Capability::LeadSettings) {
                view! { <Editor settings=s /> }.into_any()
            } else {
                view! { <ReadOnly settings=s /> }.into_any()
            }} />
    }
}

/// What the last save came to.
#[derive(Clone)]
enum Notice {
    Saved,
    /// Fields to fix; those listed have no input of their own to show beside.
    Fix(Vec<FieldError>),
    Failed(ApiError),
}

#[component]
fn Editor(settings: LeadSettings) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let form = SettingsForm::new(&SettingsDraft::from_settings(&settings));
    let errors = RwSignal::new(FormErrors::default());
    let notice = RwSignal::new(None::<Notice>);
    let busy = RwSignal::new(false);
    let show = move |fields: Vec<FieldError>, draft: &SettingsDraft| {
        let elsewhere = fields
            .iter()
            .filter(|e| !draft.placed(&e.field))
            .cloned()
            .collect();
        notice.set(Some(Notice::Fix(elsewhere)));
        errors.set(FormErrors::local(fields));
        crate::browser::focus::focus_first_error();
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let draft = form.draft();
        let settings = match draft.read() {
            Ok(s) => s,
            Err(fields) => return show(fields, &draft),
        };
        errors.set(FormErrors::default());
        notice.set(None);
        busy.set(true);
        spawn_local(async move {
            match api.save_lead_settings(&settings).await {
                Ok(_) => notice.set(Some(Notice::Saved)),
                Err(e) => {
                    let fields = e.problem().map(|p| p.errors.clone()).unwrap_or_default();
                    if fields.is_empty() {
                        notice.set(Some(Notice::Failed(e)));
                    } else {
                        show(super::lead_settings_draft::refine(fields), &draft);
                    }
                }
            }
            busy.set(false);
        });
    };
    let status = move || {
        notice.get().map(|n| match n {
            Notice::Saved => {
                view! { <p role="status" class="done-note">{tr3(&SAVED)}</p> }.into_any()
            }
            Notice::Fix(elsewhere) => view! {
                <div role="alert" class="form-error">
                    <p>{tr3(&FIX)}</p>
                    {elsewhere.into_iter().map(|e| {
                        let field = e.field.clone();
                        view! { <p>{field} ": " {move || field_message(&e, i18n.t())}</p> }
                    }).collect_view()}
                </div>
            }
            .into_any(),
            Notice::Failed(e) => view! {
                <p role="alert" class="form-error">{move || error_message(&e, i18n.t())}</p>
            }
            .into_any(),
        })
    };
    view! {
        <form class="panel trade-config lead-settings" on:submit=submit novalidate>
            <SettingsFields form errors />
            {status}
            <button type="submit" class="btn btn-primary btn-block" disabled=move || busy.get()>
                {move || pick(if busy.get() { &SUBMITTING } else { &SAVE }, i18n.lang.get())}
            </button>
        </form>
    }
}

/// The settings in words, for a role that may not change them.
#[component]
fn ReadOnly(settings: LeadSettings) -> impl IntoView {
    let i18n = use_i18n();
    let LeadSettings {
        questions,
        rules,
        threshold,
        half_life_days,
    } = settings;
    let asked = questions.clone();
    let rules_view = move || {
        let lang = i18n.lang.get();
        rules
            .iter()
            .map(|r| view! { <li>{rule_line(r, r.points(), &questions, lang)}</li> })
            .collect_view()
    };
    view! {
        <p class="notice">{tr3(&READ_ONLY)}</p>
        <section class="panel" aria-labelledby="lq-h">
            <h2 id="lq-h">{tr3(&QUESTIONS)}</h2>
            {if asked.is_empty() {
                view! { <p class="muted">{tr3(&NO_QUESTIONS)}</p> }.into_any()
            } else {
                view! {
                    <ul class="audit-list">
                        {asked.into_iter().map(|q| {
                            let choices = (q.kind == QuestionKind::Choice).then(|| q.choices.join(" · "));
                            view! { <li><p>{q.label}</p>{choices.map(|c| view! { <p class="muted">{c}</p> })}</li> }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="lr-h">
            <h2 id="lr-h">{tr3(&RULES)}</h2>
            <ul class="score-parts">{rules_view}</ul>
            <p>{move || fill(pick(&THRESHOLD_IS, i18n.lang.get()), &[("n", &threshold.to_string())])}</p>
            <p>{move || if half_life_days == 0 {
                pick(&NO_DECAY, i18n.lang.get()).to_string()
            } else {
                fill(pick(&HALF_LIFE_IS, i18n.lang.get()), &[("n", &half_life_days.to_string())])
            }}</p>
        </section>
    }
}
