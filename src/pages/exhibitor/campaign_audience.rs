//! The editor's audience: who the campaign is for, condition by condition, and the live count
//! of the members it matches, asked again 400 ms after the last change (only the latest answer
//! is shown; a failure says so and keeps the form).

use expocx_contract::campaigns::{Audience, AudienceFilter};
use expocx_contract::customers::{Segment, Stage};
use expocx_contract::leads::LeadStatus;
use expocx_contract::{Category, Channel};
use leptos::prelude::*;

use super::campaign_draft::{lens, TIERS};
use super::campaign_fields::{CategorySelect, Checks, Entry, ErrorLine, Form, Kind, Tick};
use super::campaign_words::audience_line;
use super::customer_words::{segment_text, stage_text};
use super::lead_words::{status_text, tier_text};
use crate::api::{Api, ApiError};
use crate::i18n::campaigns::audience::*;
use crate::i18n::{pick, tr3, use_i18n, Text};
use crate::state::watch::{later, watch};

/// How long the audience must stay unchanged before it is counted.
const SETTLE_MS: u32 = 400;

#[component]
pub fn AudienceFields(form: Form, categories: Vec<Category>) -> impl IntoView {
    let bought = form.flag(lens!(bought));
    let bought_in = categories.clone();
    view! {
        <fieldset class="panel campaign-audience" aria-describedby="campaign-audience-error">
            <legend>{tr3(&AUDIENCE)}</legend>
            <p class="hint">{tr3(&AUDIENCE_HINT)}</p>
            <Checks form id="audience-stages" legend=&STAGES field="audience.stages" lens=lens!(stages)
                options=Stage::ALL.map(stage_text).to_vec() />
            <Checks form id="audience-segments" legend=&SEGMENTS field="audience.segments" lens=lens!(segments)
                options=Segment::ALL.map(segment_text).to_vec() />
            <Checks form id="audience-leads" legend=&LEAD_STATUSES field="audience.lead_statuses"
                lens=lens!(lead_statuses) options=LeadStatus::ALL.map(status_text).to_vec() />
            <Checks form id="audience-tiers" legend=&TIERS_LABEL field="audience.tiers" lens=lens!(tiers)
                options=TIERS.map(tier_text).to_vec() />
            <div class="campaign-row">
                <Entry form id="audience-min-score" label=&MIN_SCORE field="audience.min_lead_score"
                    lens=lens!(min_lead_score) kind=Kind::Signed placeholder="40" />
                <CategorySelect form id="audience-interest" label=&INTEREST none=&ANY
                    lens=lens!(interest_category) categories hint=&INTEREST_HINT />
                <Entry form id="audience-cart-hours" label=&CART_HOURS field="audience.cart_unpaid_hours"
                    lens=lens!(cart_hours) kind=Kind::Whole placeholder="24" />
                <Entry form id="audience-quote-days" label=&QUOTE_DAYS field="audience.quote_waiting_days"
                    lens=lens!(quote_days) kind=Kind::Whole placeholder="7" />
            </div>
            <Tick form id="audience-bought" label=&BOUGHT lens=lens!(bought) />
            {move || bought.get().then(|| view! {
                <div class="campaign-row campaign-nested">
                    <CategorySelect form id="audience-bought-category" label=&BOUGHT_CATEGORY none=&ANY
                        lens=lens!(bought_category) categories=bought_in.clone() />
                    <Entry form id="audience-not-in-days" label=&NOT_IN_DAYS field="audience.bought.not_in_days"
                        lens=lens!(bought_not_in_days) kind=Kind::Whole placeholder="30" />
                </div>
            })}
            <ErrorLine form field="audience" id="campaign-audience-error".into() />
            <LiveCount form />
        </fieldset>
    }
}

/// The tiers' legend (`TIERS` is the list of tiers).
const TIERS_LABEL: Text = crate::i18n::campaigns::audience::TIERS;

/// What the live count says.
#[derive(Clone, PartialEq)]
enum Live {
    NoCondition,
    /// A number of the audience cannot be read (or the server refused it).
    Unreadable,
    /// The first count is under way.
    Counting,
    Counted(Audience),
    Failed,
}

/// The members the audience matches now, with the channels chosen; announced politely.
#[component]
fn LiveCount(form: Form) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let filter = Memo::new(move |_| form.values.with(|v| v.audience().ok()));
    let chosen = Memo::new(move |_| {
        form.values.with(|v| {
            let flags = v.channels.iter();
            Channel::ALL
                .into_iter()
                .zip(flags)
                .filter(|(_, on)| **on)
                .map(|(c, _)| c)
                .collect::<Vec<_>>()
        })
    });
    let live = RwSignal::new(Live::Counting);
    let busy = RwSignal::new(false);
    watch(move || {
        let wanted: Option<AudienceFilter> = filter.get();
        match wanted {
            None => settle(live, busy, Live::Unreadable),
            Some(f) if f.is_empty() => settle(live, busy, Live::NoCondition),
            Some(f) => {
                busy.set(true);
                // Cancelled by the next change (this effect running again) or by leaving.
                later(SETTLE_MS, async move {
                    let answer = match api.campaign_audience(&f).await {
                        Ok(a) => Live::Counted(a),
                        Err(ApiError::Aborted) => return,
                        Err(e) if e.status() == Some(422) => Live::Unreadable,
                        Err(_) => Live::Failed,
                    };
                    settle(live, busy, answer);
                });
            }
        }
    });
    let words = move || {
        let lang = i18n.lang.get();
        let text = |t: &'static Text| pick(t, lang).to_string();
        match live.get() {
            Live::NoCondition => text(&COUNT_NONE),
            Live::Unreadable => text(&COUNT_UNREADABLE),
            Live::Counting => text(&COUNTING),
            Live::Failed => text(&COUNT_FAILED),
            Live::Counted(a) => chosen.with(|c| audience_line(&a, c, lang)),
        }
    };
    view! {
        <div class="audience-live">
            <p class="muted">{tr3(&LIVE)}</p>
            <p id="audience-count" class="audience-count" role="status" aria-live="polite"
                aria-busy=move || busy.get().then_some("true") class:counting=move || busy.get()
                class:error-text=move || live.with(|l| *l == Live::Failed)>
                {words}
            </p>
        </div>
    }
}

fn settle(live: RwSignal<Live>, busy: RwSignal<bool>, now: Live) {
    busy.set(false);
    live.set(now);
}
