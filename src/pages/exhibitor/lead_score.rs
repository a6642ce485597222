//! A lead's score explained: the total, whether it is qualified (and from how many points), a
//! line per rule that gave points, and what age took away. The rules are the exhibitor's own
//! (`/exhibitor/leads/settings`).

use expocx_contract::leads::{LeadScore, LeadSettings};
use leptos::prelude::*;

use super::lead_words::rule_line;
use crate::components::resource::Res;
use crate::i18n::leads::score::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

/// "−12 for age": what decay took, if anything.
pub fn decay_line(decayed: i32, lang: expocx_contract::Lang) -> Option<String> {
    (decayed > 0).then(|| fill(pick(&DECAYED, lang), &[("n", &decayed.to_string())]))
}

#[component]
pub fn ScoreView(score: LeadScore, settings: Res<LeadSettings>) -> impl IntoView {
    let i18n = use_i18n();
    let settings = move || settings.get().and_then(Result::ok);
    let (points, qualified, decayed) = (score.points, score.qualified, score.decayed);
    let verdict = move || {
        let lang = i18n.lang.get();
        match settings().map(|s| s.threshold) {
            Some(t) => {
                let text = if qualified {
                    &QUALIFIED_AT
                } else {
                    &NOT_YET_AT
                };
                fill(pick(text, lang), &[("n", &t.to_string())])
            }
            None => pick(if qualified { &QUALIFIED } else { &NOT_YET }, lang).to_string(),
        }
    };
    let parts = score.parts;
    let empty = parts.is_empty();
    let lines = move || {
        let lang = i18n.lang.get();
        let questions = settings().map(|s| s.questions).unwrap_or_default();
        parts
            .iter()
            .map(|p| view! { <li>{rule_line(&p.rule, p.points, &questions, lang)}</li> })
            .collect_view()
    };
    view! {
        <section class="panel lead-score-panel" aria-labelledby="lead-score-h">
            <h2 id="lead-score-h">{tr3(&SCORE)}</h2>
            <p class="points">{move || fill(pick(&TOTAL, i18n.lang.get()), &[("n", &points.to_string())])}</p>
            <p>
                {qualified.then(|| view! { <span class="badge badge-qualified">{tr3(&QUALIFIED)}</span> " " })}
                {verdict}
            </p>
            {if empty {
                view! { <p class="muted">{tr3(&NO_PARTS)}</p> }.into_any()
            } else {
                view! { <ul class="score-parts">{lines}</ul> }.into_any()
            }}
            {(decayed > 0).then(|| view! { <p class="muted">{move || decay_line(decayed, i18n.lang.get())}</p> })}
            <p class="hint">{tr3(&HOW)} " " <a href="/exhibitor/leads/settings">{tr3(&RULES_LINK)}</a></p>
        </section>
    }
}
