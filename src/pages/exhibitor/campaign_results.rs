//! How far a campaign's sending got (what happened for each member), and what it did: the sent
//! group against the holdout, the incremental revenue and conversion lift with their 95 %
//! intervals, the cost of its coupons, and revenue per member by day as a chart with its table.

use expocx_contract::campaigns::{CampaignResults, CampaignStatus, GroupResult, Interval};
use expocx_contract::{Lang, Money};
use leptos::prelude::*;

use super::campaign_words::{bp_percent, outcome_text};
use crate::api::TaggedCampaign;
use crate::components::cards::Price;
use crate::components::charts::PairedBarChart;
use crate::format;
use crate::i18n::campaign_page::progress::*;
use crate::i18n::campaign_page::results::*;
use crate::i18n::campaigns::list::REDEMPTIONS;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

#[component]
pub fn Progress(current: RwSignal<TaggedCampaign>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let c = current.get().value;
        // A draft or a scheduled campaign has nothing to show yet.
        let started = !c.status.open() || c.audience > 0 || !c.outcomes.is_empty();
        started.then(|| {
            let sending = c.status == CampaignStatus::Sending;
            view! {
                <section class="panel" aria-labelledby="campaign-progress-h">
                    <h2 id="campaign-progress-h">{tr3(&PROGRESS)}</h2>
                    <ul class="tiles">
                        <li><span>{tr3(&AUDIENCE)}</span><strong>{format::count(c.audience)}</strong></li>
                        <li><span>{tr3(&PENDING)}</span><strong>{format::count(c.pending)}</strong></li>
                    </ul>
                    {sending.then(|| view! { <p class="muted">{tr3(&LIVE_HINT)}</p> })}
                    {if c.outcomes.is_empty() {
                        view! { <p class="empty">{tr3(&NO_OUTCOMES)}</p> }.into_any()
                    } else {
                        view! {
                            <table class="figures campaign-outcomes">
                                <caption class="visually-hidden">{tr3(&OUTCOMES)}</caption>
                                <thead><tr>
                                    <th scope="col">{tr3(&OUTCOMES)}</th>
                                    <th scope="col">{tr3(&MEMBERS)}</th>
                                </tr></thead>
                                <tbody>
                                    {c.outcomes.into_iter().map(|o| {
                                        let name = o.outcome.clone();
                                        view! {
                                            <tr>
                                                <th scope="row">{move || outcome_text(&name)
                                                    .map_or(name.clone(), |t| pick(t, i18n.lang.get()).to_string())}</th>
                                                <td>{format::count(o.members)}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    }}
                </section>
            }
        })
    }
}

#[component]
pub fn Results(current: RwSignal<TaggedCampaign>) -> impl IntoView {
    move || {
        current
            .with(|c| c.value.results.clone())
            .map(|r| view! { <ResultsView r /> })
    }
}

/// `value (95 % interval low to high)`, each figure as `show` writes it.
fn interval(i: &Interval, lang: Lang, show: impl Fn(i64) -> String) -> String {
    let (value, low, high) = (show(i.value), show(i.low), show(i.high));
    fill(
        pick(&INTERVAL, lang),
        &[("value", &value), ("low", &low), ("high", &high)],
    )
}

/// Incremental revenue in whole yuan: "¥1,234 (95 % interval ¥200 to ¥2,300)".
pub fn revenue_interval(i: &Interval, lang: Lang) -> String {
    interval(i, lang, format::whole_yuan)
}

/// Conversion lift in percentage points: "+1.2 pp (95 % interval −0.4 pp to +2.8 pp)".
pub fn lift_interval(i: &Interval, lang: Lang) -> String {
    interval(i, lang, |bp| {
        fill(pick(&POINTS, lang), &[("n", &bp_percent(bp, true))])
    })
}

fn percent(bp: i64, lang: Lang) -> String {
    fill(pick(&PERCENT, lang), &[("n", &bp_percent(bp, false))])
}

/// One measure of the two groups, side by side.
#[component]
fn GroupRow(label: &'static Text, sent: AnyView, holdout: AnyView) -> impl IntoView {
    view! { <tr><th scope="row">{tr3(label)}</th><td>{sent}</td><td>{holdout}</td></tr> }
}

fn money(m: &Money) -> AnyView {
    view! { <Price money=m.clone() /> }.into_any()
}

fn count(n: u64) -> AnyView {
    format::count(n).into_any()
}

#[component]
fn ResultsView(r: CampaignResults) -> impl IntoView {
    let i18n = use_i18n();
    let (s, h): (GroupResult, GroupResult) = (r.sent.clone(), r.holdout.clone());
    let conversion = move |bp: i64| (move || percent(bp, i18n.lang.get())).into_any();
    let (incremental, lift) = (r.incremental_revenue.clone(), r.conversion_lift_bp.clone());
    let roi = r.roi_percent;
    let pairs = r
        .days
        .iter()
        .map(|d| {
            let (a, b) = (&d.sent_revenue_per_member, &d.holdout_revenue_per_member);
            ((d.day + 1).to_string(), a.amount_minor, b.amount_minor)
        })
        .collect();
    let chart_name = Signal::derive(move || pick(&PER_DAY, i18n.lang.get()).to_string());
    view! {
        <section class="panel campaign-results" aria-labelledby="campaign-results-h">
            <h2 id="campaign-results-h">{tr3(&RESULTS)}</h2>
            {r.thin.then(|| view! { <p class="notice" role="note">{tr3(&THIN)}</p> })}
            <div class="table-scroll">
                <table class="figures campaign-groups">
                    <caption class="visually-hidden">{tr3(&GROUPS)}</caption>
                    <thead><tr>
                        <th scope="col">{tr3(&MEASURE)}</th>
                        <th scope="col">{tr3(&SENT_GROUP)}</th>
                        <th scope="col">{tr3(&HOLDOUT_GROUP)}</th>
                    </tr></thead>
                    <tbody>
                        <GroupRow label=&MEMBERS sent=count(s.members) holdout=count(h.members) />
                        <GroupRow label=&CONVERTED sent=count(s.converted) holdout=count(h.converted) />
                        <GroupRow label=&CONVERSION sent=conversion(s.conversion_bp) holdout=conversion(h.conversion_bp) />
                        <GroupRow label=&REVENUE sent=money(&s.revenue) holdout=money(&h.revenue) />
                        <GroupRow label=&REVENUE_PER_MEMBER sent=money(&s.revenue_per_member)
                            holdout=money(&h.revenue_per_member) />
                    </tbody>
                </table>
            </div>
            <dl class="facts campaign-lift">
                <dt>{tr3(&INCREMENTAL)}</dt>
                <dd>{move || revenue_interval(&incremental, i18n.lang.get())}</dd>
                <dt>{tr3(&LIFT)}</dt>
                <dd>{move || lift_interval(&lift, i18n.lang.get())}</dd>
                <dt>{tr3(&REDEMPTIONS)}</dt><dd>{format::count(r.redemptions)}</dd>
                <dt>{tr3(&DISCOUNT_COST)}</dt><dd><Price money=r.discount_cost.clone() /></dd>
                <dt>{tr3(&OUTSTANDING)}</dt><dd><Price money=r.outstanding.clone() /></dd>
                <dt>{tr3(&ROI)}</dt>
                <dd>{move || roi.map_or("—".to_string(), |n| fill(pick(&PERCENT, i18n.lang.get()), &[("n", &n.to_string())]))}</dd>
            </dl>
            <h3>{tr3(&PER_DAY)}</h3>
            <PairedBarChart name=chart_name pairs />
            <p class="chart-legend" aria-hidden="true">
                <span class="key key-first"></span>{tr3(&SENT_GROUP)}
                <span class="key key-second"></span>{tr3(&HOLDOUT_GROUP)}
            </p>
            <table class="figures campaign-days">
                <caption class="visually-hidden">{tr3(&PER_DAY)}</caption>
                <thead><tr>
                    <th scope="col">{tr3(&DAY)}</th>
                    <th scope="col">{tr3(&SENT_GROUP)}</th>
                    <th scope="col">{tr3(&HOLDOUT_GROUP)}</th>
                </tr></thead>
                <tbody>
                    {r.days.into_iter().map(|d| {
                        let n = (d.day + 1).to_string();
                        view! {
                            <tr>
                                <th scope="row">{move || fill(pick(&DAY_N, i18n.lang.get()), &[("n", &n)])}</th>
                                <td><Price money=d.sent_revenue_per_member /></td>
                                <td><Price money=d.holdout_revenue_per_member /></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates_read_with_their_intervals() {
        let revenue = Interval {
            value: 123_400,
            low: 20_000,
            high: 230_000,
        };
        assert_eq!(
            revenue_interval(&revenue, Lang::En),
            "¥1,234 (95 % interval ¥200 to ¥2,300)"
        );
        assert_eq!(
            revenue_interval(&revenue, Lang::ZhHant),
            "¥1,234（95% 區間：¥200 至 ¥2,300）"
        );
        let lift = Interval {
            value: 120,
            low: -40,
            high: 280,
        };
        assert_eq!(
            lift_interval(&lift, Lang::En),
            "+1.2 pp (95 % interval −0.4 pp to +2.8 pp)"
        );
        assert_eq!(percent(1234, Lang::En), "12.3 %");
        assert_eq!(percent(1234, Lang::ZhHans), "12.3%");
    }
}
