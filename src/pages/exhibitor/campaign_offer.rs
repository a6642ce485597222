//! The editor's offer (the message in each language, and a coupon if any) and how the campaign
//! is sent: its channels, holdout, frequency, discount budget and attribution window.

use expocx_contract::campaigns::{CAMPAIGN_MESSAGE_MAX, CAMPAIGN_NAME_MAX};
use expocx_contract::{Category, Channel};
use leptos::prelude::*;

use super::campaign_draft::lens;
use super::campaign_fields::{CategorySelect, Checks, Entry, ErrorLine, Form, Kind, Tick};
use super::campaign_words::channel_text;
use crate::i18n::campaigns::edit::*;
use crate::i18n::campaigns::list::CHANNELS;
use crate::i18n::campaigns::offer::*;
use crate::i18n::tr3;

/// The campaign's name, for the team only.
#[component]
pub fn NameField(form: Form) -> impl IntoView {
    view! {
        <div class="panel">
            <Entry form id="campaign-name" label=&NAME field="name" lens=lens!(name)
                max=CAMPAIGN_NAME_MAX as i64 hint=&NAME_HINT required=true />
        </div>
    }
}

#[component]
pub fn OfferFields(form: Form, categories: Vec<Category>) -> impl IntoView {
    let coupon = form.flag(lens!(coupon));
    let max = CAMPAIGN_MESSAGE_MAX as i64;
    view! {
        <fieldset class="panel campaign-offer">
            <legend>{tr3(&OFFER)}</legend>
            <fieldset class="langs" aria-describedby="offer-message-error">
                <legend>{tr3(&MESSAGE)}</legend>
                <Entry form id="offer-message-zh-Hans" label=&LANG_ZH_HANS field="offer.message.zh-Hans"
                    lens=lens!(message.zh_hans) kind=Kind::Long max />
                <Entry form id="offer-message-zh-Hant" label=&LANG_ZH_HANT field="offer.message.zh-Hant"
                    lens=lens!(message.zh_hant) kind=Kind::Long max />
                <Entry form id="offer-message-en" label=&LANG_EN field="offer.message.en"
                    lens=lens!(message.en) kind=Kind::Long max />
                <ErrorLine form field="offer.message" id="offer-message-error".into() />
            </fieldset>
            <Tick form id="offer-coupon" label=&COUPON lens=lens!(coupon) />
            {move || coupon.get().then(|| view! { <CouponFields form categories=categories.clone() /> })}
        </fieldset>
    }
}

/// Percent or amount off, the least to spend, a category, and how long it is valid.
#[component]
fn CouponFields(form: Form, categories: Vec<Category>) -> impl IntoView {
    let percent = form.flag(lens!(percent));
    let choose = move |by_percent: bool| form.write(lens!(percent), by_percent);
    view! {
        <fieldset class="campaign-coupon" aria-describedby="offer-coupon-error">
            <legend>{tr3(&DISCOUNT)}</legend>
            <div class="segmented">
                <label>
                    <input type="radio" name="coupon-kind" value="percent" prop:checked=move || percent.get()
                        on:change=move |_| choose(true) />
                    {tr3(&BY_PERCENT)}
                </label>
                <label>
                    <input type="radio" name="coupon-kind" value="amount" prop:checked=move || !percent.get()
                        on:change=move |_| choose(false) />
                    {tr3(&BY_AMOUNT)}
                </label>
            </div>
            {move || if percent.get() {
                view! {
                    <Entry form id="offer-percent-off" label=&PERCENT_OFF field="offer.coupon.percent_off"
                        lens=lens!(percent_off) kind=Kind::Whole placeholder="15" />
                }.into_any()
            } else {
                view! {
                    <Entry form id="offer-amount-off" label=&AMOUNT_OFF field="offer.coupon.amount_off_minor"
                        lens=lens!(amount_off) kind=Kind::Yuan placeholder="20" />
                }.into_any()
            }}
            <ErrorLine form field="offer.coupon" id="offer-coupon-error".into() />
        </fieldset>
        <div class="campaign-row">
            <Entry form id="offer-min-spend" label=&MIN_SPEND field="offer.coupon.min_spend_minor"
                lens=lens!(min_spend) kind=Kind::Yuan placeholder="0" />
            <CategorySelect form id="offer-category" label=&COUPON_CATEGORY none=&ALL_PRODUCTS
                lens=lens!(coupon_category) categories />
            <Entry form id="offer-valid-days" label=&VALID_DAYS field="offer.coupon.valid_days"
                lens=lens!(valid_days) kind=Kind::Whole hint=&VALID_HINT />
        </div>
    }
}

#[component]
pub fn SendingFields(form: Form) -> impl IntoView {
    view! {
        <fieldset class="panel campaign-sending">
            <legend>{tr3(&SENDING)}</legend>
            <Checks form id="campaign-channels" legend=&CHANNELS field="channels" lens=lens!(channels)
                options=Channel::ALL.map(channel_text).to_vec() />
            <div class="campaign-row">
                <Entry form id="campaign-holdout" label=&HOLDOUT field="holdout_percent" lens=lens!(holdout)
                    kind=Kind::Whole hint=&HOLDOUT_HINT />
                <Entry form id="campaign-per-member" label=&PER_MEMBER field="per_member"
                    lens=lens!(per_member) kind=Kind::Whole />
                <Entry form id="campaign-budget" label=&BUDGET field="budget_minor" lens=lens!(budget)
                    kind=Kind::Yuan hint=&BUDGET_HINT />
                <Entry form id="campaign-window" label=&WINDOW field="window_days" lens=lens!(window_days)
                    kind=Kind::Whole hint=&WINDOW_HINT />
            </div>
        </fieldset>
    }
}
