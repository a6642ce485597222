//! One campaign (`/exhibitor/campaigns/:id`): what it is and who it is for, the steps it still
//! allows (edit, send, schedule, cancel), how far sending got (read again every 3 s while it
//! sends) and what it did against its holdout; and a new campaign's editor
//! (`/exhibitor/campaigns/new`), which opens the campaign's page once saved.

use expocx_contract::campaigns::{CampaignDraft, CampaignStatus};
use expocx_contract::{Category, Lang};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::campaign_edit::{reload, CampaignEditor, Notice, NoticeLine};
use super::campaign_results::{Progress, Results};
use super::campaign_steps::Steps;
use super::campaign_words::*;
use crate::api::{Api, TaggedCampaign};
use crate::components::amounts::yuan;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::{PortalNav, When};
use crate::components::resource::Res;
use crate::components::route::resource_by_id;
use crate::i18n::campaign_page::page::*;
use crate::i18n::campaigns::edit::{BUDGET, EDIT_TITLE, HOLDOUT, PER_MEMBER, WINDOW};
use crate::i18n::campaigns::list::{CAMPAIGNS, NEW_CAMPAIGN};
use crate::i18n::{fill, pick, tr3, use_i18n, Text};
use crate::state::watch::{later, watch};

/// How often a campaign that is sending is read again.
const POLL_MS: u32 = 3_000;

fn categories(api: Api) -> Res<Vec<Category>> {
    Res::new(move || async move { api.categories().await })
}

#[component]
fn Back() -> impl IntoView {
    view! { <p><a href=CAMPAIGNS_BASE>"← " {tr3(&CAMPAIGNS)}</a></p> }
}

#[component]
pub fn NewCampaignPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let navigate = use_navigate();
    let on_saved = Callback::new(move |c: TaggedCampaign| {
        navigate(
            &format!("{CAMPAIGNS_BASE}/{}", c.value.id),
            Default::default(),
        )
    });
    view! {
        <h1>{tr3(&NEW_CAMPAIGN)}</h1>
        <PortalNav />
        <Back />
        <Loaded resource=categories(api) fallback=|| view! { <BlockSkeleton /> }
            ok={move |list: Vec<Category>| view! { <CampaignEditor categories=list on_saved /> }} />
    }
}

#[component]
pub fn CampaignPage() -> impl IntoView {
    // Another exhibitor's campaign is a state of this page, not an error.
    let campaign = resource_by_id(|api, id| async move {
        match api.campaign(id).await {
            Err(e) if e.status() == Some(404) => Ok(None),
            other => other.map(Some),
        }
    });
    view! {
        <PortalNav />
        <Back />
        <Loaded resource=campaign page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|c: Option<TaggedCampaign>| match c {
                Some(c) => view! { <CampaignView c /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            }} />
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="panel empty">
            <h1>{tr3(&NOT_FOUND)}</h1>
            <p>{tr3(&NOT_YOURS)}</p>
            <a class="btn btn-primary" href=CAMPAIGNS_BASE>{tr3(&BACK)}</a>
        </section>
    }
}

/// Reads the campaign again every [`POLL_MS`] while it sends (or is due to start within a
/// minute: "Send now" answers `scheduled`, and the sender starts it within seconds); stops once
/// it is done or cancelled, or when the page is left.
fn poll_while_sending(api: Api, current: RwSignal<TaggedCampaign>, status: Memo<CampaignStatus>) {
    let polled = RwSignal::new(0u32);
    watch(move || {
        polled.track();
        let due = current.with(|c| {
            let soon = js_sys::Date::now() as i64 + 60_000;
            c.value
                .send_at
                .is_some_and(|t| t.timestamp_millis() <= soon)
        });
        let sending = match status.get() {
            CampaignStatus::Sending => true,
            CampaignStatus::Scheduled => due,
            _ => false,
        };
        if !sending {
            return;
        }
        let id = current.with_untracked(|c| c.value.id);
        later(POLL_MS, async move {
            // A failed read is tried again at the next tick.
            if let Ok(fresh) = api.campaign(id).await {
                current.set(fresh);
            }
            polled.update(|n| *n += 1);
        });
    });
}

#[component]
fn CampaignView(c: TaggedCampaign) -> impl IntoView {
    let api = expect_context::<Api>();
    let current = RwSignal::new(c);
    let editing = RwSignal::new(false);
    let notice = RwSignal::new(None::<Notice>);
    let cats = categories(api);
    let status = Memo::new(move |_| current.with(|c| c.value.status));
    poll_while_sending(api, current, status);
    let on_reload = Callback::new(move |()| {
        let id = current.with_untracked(|c| c.value.id);
        reload(api, id, notice, move |fresh| current.set(fresh));
    });
    let on_saved = Callback::new(move |c: TaggedCampaign| {
        current.set(c);
        editing.set(false);
        notice.set(Some(Notice::Saved));
    });
    let on_close = Callback::new(move |()| editing.set(false));
    let open = move || status.get().open();
    view! {
        <Head current />
        <NoticeLine notice on_reload=Some(on_reload) />
        <Show when=move || editing.get() && open()
            fallback=move || view! {
                <Facts current cats />
                <Show when=open><Steps current editing notice /></Show>
            }>
            <section class="panel" aria-labelledby="campaign-edit-h">
                <h2 id="campaign-edit-h">{tr3(&EDIT_TITLE)}</h2>
                <Loaded resource=cats fallback=|| view! { <BlockSkeleton /> }
                    ok={move |list: Vec<Category>| view! {
                        <CampaignEditor base=current categories=list on_saved on_close />
                    }} />
            </section>
        </Show>
        <Progress current />
        <Results current />
    }
}

/// The name, the status in words, and the channels.
#[component]
fn Head(current: RwSignal<TaggedCampaign>) -> impl IntoView {
    let i18n = use_i18n();
    let status = move || current.with(|c| c.value.status);
    view! {
        <h1>{move || current.with(|c| c.value.draft.name.clone())}</h1>
        <p class="customer-marks">
            <span class=move || format!("badge campaign-status status-{}", status().as_str())>
                {move || pick(status_text(status()), i18n.lang.get())}
            </span>
            <span>{move || current.with(|c| channels_words(&c.value.draft.channels, i18n.lang.get()))}</span>
        </p>
    }
}

/// The coupon in words: "15 % off · on ¥100.00 or more · Tea only · valid 10 days".
fn coupon_words(d: &CampaignDraft, categories: &[Category], lang: Lang) -> String {
    let Some(c) = &d.offer.coupon else {
        return pick(&NO_COUPON, lang).to_string();
    };
    let say = |t: &Text, key: &str, value: String| fill(pick(t, lang), &[(key, &value)]);
    let mut parts = Vec::new();
    if let Some(p) = c.percent_off {
        parts.push(say(&PERCENT_OFF, "n", p.to_string()));
    }
    if let Some(a) = c.amount_off_minor {
        parts.push(say(&AMOUNT_OFF, "amount", format!("¥{}", yuan(a))));
    }
    if c.min_spend_minor > 0 {
        parts.push(say(
            &MIN_SPEND,
            "amount",
            format!("¥{}", yuan(c.min_spend_minor)),
        ));
    }
    if let Some(id) = c.category_id {
        parts.push(say(
            &IN_CATEGORY,
            "category",
            category_name(id, categories, lang),
        ));
    }
    parts.push(say(&VALID_FOR, "n", c.valid_days.to_string()));
    parts.join(" · ")
}

/// When, who, what and how: the campaign's facts.
#[component]
fn Facts(current: RwSignal<TaggedCampaign>, cats: Res<Vec<Category>>) -> impl IntoView {
    let i18n = use_i18n();
    // Names of the categories when they could be read; their numbers otherwise.
    let known = move || cats.get().and_then(Result::ok).unwrap_or_default();
    move || {
        let c = current.get().value;
        let d = c.draft.clone();
        let when = |label: &'static Text, at: Option<expocx_contract::Timestamp>| {
            at.map(|at| view! { <dt>{tr3(label)}</dt><dd><When at /></dd> })
        };
        let (audience, message) = (d.audience.clone(), d.offer.message.clone());
        let coupon = d.clone();
        view! {
            <section class="panel">
                <dl class="facts">
                    <dt>{tr3(&SEND_TIME)}</dt>
                    <dd>{match c.send_at {
                        Some(at) => view! { <When at /> }.into_any(),
                        None => tr3(&NOT_SCHEDULED).into_any(),
                    }}</dd>
                    {when(&STARTED, c.started_at)}
                    {when(&FINISHED, c.finished_at)}
                    <dt>{tr3(&CREATED)}</dt><dd><When at=c.created_at /></dd>
                    <dt>{tr3(&WHO)}</dt>
                    <dd><ul class="campaign-conditions">
                        {move || conditions(&audience, &known(), i18n.lang.get()).into_iter()
                            .map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul></dd>
                    <dt>{tr3(&MESSAGE)}</dt>
                    <dd class="message-text">{move || message.get(i18n.lang.get()).to_string()}</dd>
                    <dt>{tr3(&COUPON)}</dt>
                    <dd>{move || coupon_words(&coupon, &known(), i18n.lang.get())}</dd>
                    <dt>{tr3(&HOLDOUT)}</dt><dd>{d.holdout_percent}</dd>
                    <dt>{tr3(&PER_MEMBER)}</dt><dd>{d.per_member}</dd>
                    <dt>{tr3(&BUDGET)}</dt><dd>{format!("¥{}", yuan(d.budget_minor))}</dd>
                    <dt>{tr3(&WINDOW)}</dt><dd>{d.window_days}</dd>
                </dl>
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::campaigns::{AudienceFilter, CampaignOffer, CouponOffer};
    use expocx_contract::Localized;

    #[test]
    fn a_coupon_reads_as_its_terms() {
        let mut d = CampaignDraft {
            name: "Tea week".into(),
            audience: AudienceFilter::default(),
            offer: CampaignOffer {
                message: Localized::new("", "", "Hi"),
                coupon: None,
            },
            channels: vec![],
            holdout_percent: 10,
            per_member: 1,
            budget_minor: 0,
            window_days: 14,
        };
        assert_eq!(coupon_words(&d, &[], Lang::En), "None (a plain message)");
        d.offer.coupon = Some(CouponOffer {
            percent_off: Some(15),
            amount_off_minor: None,
            min_spend_minor: 10_000,
            category_id: Some(4),
            valid_days: 10,
        });
        assert_eq!(
            coupon_words(&d, &[], Lang::En),
            "15 % off · on ¥100.00 or more · category 4 only · valid 10 days"
        );
        assert_eq!(
            coupon_words(&d, &[], Lang::ZhHans),
            "减 15% · 满 ¥100.00 可用 · 限「类目 4」 · 有效 10 天"
        );
    }
}
