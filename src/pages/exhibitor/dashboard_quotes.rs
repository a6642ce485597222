//! The dashboard's quote desk figures (issue 24): the funnel of the period's quotes (asked →
//! quoted → accepted → ordered) as a chart with its table, the value of the quotes buyers may
//! accept now, the median time to a first answer and the win rate.

use expocx_contract::QuoteFigures;
use leptos::prelude::*;

use crate::components::cards::Price;
use crate::components::charts::{percent, Bar, FunnelChart};
use crate::i18n::portal::dashboard::{COUNT, RATE, STEP};
use crate::i18n::quote_desk::figures::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// "2 h 05 min" for a number of minutes.
pub fn duration_words(minutes: u32, template: &str) -> String {
    fill(
        template,
        &[
            ("h", &(minutes / 60).to_string()),
            ("m", &format!("{:02}", minutes % 60)),
        ],
    )
}

/// A funnel's steps (name, count, share of the step before) as a chart and its table.
#[component]
pub fn FunnelFigures(
    name: &'static Text,
    steps: Vec<(&'static Text, u32, Option<u32>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let bars: Vec<Bar> = steps
        .iter()
        .map(|(_, n, _)| Bar {
            label: String::new(),
            value: i64::from(*n),
        })
        .collect();
    view! {
        <FunnelChart name=Signal::derive(move || pick(name, i18n.lang.get()).to_string()) steps=bars />
        <table class="figures">
            <thead><tr><th scope="col">{tr3(&STEP)}</th><th scope="col">{tr3(&COUNT)}</th><th scope="col">{tr3(&RATE)}</th></tr></thead>
            <tbody>
                {steps.into_iter().map(|(name, n, rate)| view! {
                    <tr>
                        <th scope="row">{tr3(name)}</th>
                        <td>{n}</td>
                        <td>{rate.map_or_else(|| "–".to_string(), |r| format!("{r}%"))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn QuoteFunnel(q: QuoteFigures) -> impl IntoView {
    let i18n = use_i18n();
    let steps = vec![
        (&ASKED, q.requested, None),
        (&QUOTED, q.quoted, percent(q.quoted, q.requested)),
        (&ACCEPTED, q.accepted, percent(q.accepted, q.quoted)),
        (&ORDERED, q.ordered, percent(q.ordered, q.accepted)),
    ];
    let first = q.median_first_answer_minutes;
    view! {
        <section class="panel" aria-labelledby="quotes-h">
            <h2 id="quotes-h">{tr3(&TITLE)}</h2>
            <FunnelFigures name=&TITLE steps />
            <dl class="facts">
                <dt>{tr3(&PIPELINE)}</dt>
                <dd>{match q.pipeline {
                    Some(money) => view! { <Price money /> }.into_any(),
                    None => "–".into_any(),
                }}</dd>
                <dt>{tr3(&FIRST_ANSWER)}</dt>
                <dd>{move || first.map_or_else(|| "–".to_string(), |m| duration_words(m, pick(&MINUTES, i18n.lang.get())))}</dd>
                <dt>{tr3(&WIN_RATE)}</dt>
                <dd>{q.win_rate_bp.map_or_else(|| "–".to_string(), |bp| format!("{}%", (bp + 50) / 100))}</dd>
            </dl>
            <p class="muted">{tr3(&NOTE)}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_answer_time_reads_in_hours_and_minutes() {
        assert_eq!(duration_words(125, "{h} h {m} min"), "2 h 05 min");
        assert_eq!(duration_words(0, "{h} h {m} min"), "0 h 00 min");
        assert_eq!(duration_words(61, "{h} 小时 {m} 分钟"), "1 小时 01 分钟");
    }
}
