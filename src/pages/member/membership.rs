//! Membership: the tier and what it takes to reach the next, points with what expires soon,
//! what each tier gives (as the backend applies it), and the points ledger.

use expocx_contract::{Benefit, Membership, Page, PointsEntry, PointsKind, Tier, TierInfo};
use leptos::prelude::*;

use crate::components::resource::Res;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, Pager};
use crate::format;
use crate::i18n::member::membership::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// The tier's name.
pub fn tier_name(t: Tier) -> &'static Text {
    match t {
        Tier::Member => &MEMBER,
        Tier::Silver => &SILVER,
        Tier::Gold => &GOLD,
    }
}

#[component]
pub fn MembershipPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let membership = Res::new(move || async move { api.membership().await });
    view! {
        <section class="panel">
            <h1>{tr3(&TITLE)}</h1>
            <Loaded resource=membership page=true fallback=|| view! { <BlockSkeleton /> }
                ok={|m: Membership| view! { <Card m=m /> }}
            />
        </section>
        <Ledger />
    }
}

#[component]
fn Card(m: Membership) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let tier = m.tier;
    let spend = m.spend.clone();
    let spent = move || {
        fill(
            pick(&SPENT, lang()),
            &[("amount", &format::money(&spend, lang()))],
        )
    };
    let next = m.next.clone().map(|n| {
        let target = m.spend.amount_minor + n.missing.amount_minor;
        let text = move || {
            fill(
                pick(&TO_NEXT, lang()),
                &[
                    ("amount", &format::money(&n.missing, lang())),
                    ("tier", pick(tier_name(n.tier), lang())),
                ],
            )
        };
        let label = text.clone();
        view! {
            <progress max=target value=m.spend.amount_minor aria-label=label></progress>
            <p>{text}</p>
        }
    });
    let at_top = m.next.is_none();
    let expiring = m.expiring.clone().map(|e| {
        view! {
            <p class="notice" role="note">{move || fill(pick(&EXPIRING, lang()), &[
                ("points", &e.points.to_string()),
                ("date", &format::date_time(e.on, lang())),
            ])}</p>
        }
    });
    view! {
        <p class="tier">{tr3(tier_name(tier))}</p>
        <p>{spent}</p>
        {next}
        {at_top.then(|| view! { <p>{tr3(&AT_TOP)}</p> })}
        <dl class="facts">
            <dt>{tr3(&POINTS)}</dt>
            <dd class="points">{m.points}</dd>
        </dl>
        <Redeem points=m.spendable />
        {expiring}
        <h2>{tr3(&TIERS_TITLE)}</h2>
        <ul class="tiers">
            {m.tiers.into_iter().map(|t| { let mine = t.tier == tier; view! { <TierRow t=t mine=mine /> } }).collect_view()}
        </ul>
        <p class="muted">{tr3(&RULES)}</p>
    }
}

/// Spends points on a coupon: offered when there are enough, refused with the reason otherwise.
#[component]
fn Redeem(points: i64) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let outcome = RwSignal::new(None::<Result<(), crate::api::ApiError>>);
    let busy = RwSignal::new(false);
    let redeem = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = api.redeem_points().await.map(|_| ());
            busy.set(false);
            outcome.set(Some(r));
        });
    };
    let enough = points >= expocx_contract::REDEEM_POINTS;
    view! {
        <p>
            <button type="button" class="btn" on:click=redeem disabled=!enough
                aria-disabled=move || busy.get().then_some("true")>{tr3(&REDEEM)}</button>
            " "
            {(!enough).then(|| view! { <span class="muted">{tr3(&TOO_FEW)}</span> })}
        </p>
        <p role="status">
            {move || match outcome.get() {
                Some(Ok(())) => view! { {tr3(&REDEEMED)} " " <leptos_router::components::A href="/me/coupons">{tr3(&WALLET)}</leptos_router::components::A> }.into_any(),
                Some(Err(e)) => view! { {crate::i18n::lazy::error_message(&e, i18n.t())} }.into_any(),
                None => ().into_any(),
            }}
        </p>
    }
}

#[component]
fn TierRow(t: TierInfo, mine: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let from = t.from_spend.clone();
    view! {
        <li aria-current=mine.then_some("true")>
            <strong>{tr3(tier_name(t.tier))}</strong>
            {mine.then(|| tr3(&YOURS))}
            <br />
            <span class="muted">{move || fill(pick(&FROM_SPEND, lang()), &[("amount", &format::money(&from, lang()))])}</span>
            <ul>
                {t.benefits.into_iter().map(|b| match b {
                    Benefit::PointsRate { percent } => {
                        // Written from integers: a float formatter would cost every chunk its tables.
                        let per_yuan = expocx_contract::wire_score::decimal(f64::from(percent) / 100.0);
                        view! { <li>{move || fill(pick(&RATE, lang()), &[("points", &per_yuan)])}</li> }.into_any()
                    }
                    Benefit::CouponValidity { days } => {
                        let days = days.to_string();
                        view! { <li>{move || fill(pick(&COUPONS, lang()), &[("days", &days)])}</li> }.into_any()
                    }
                    Benefit::ServicePriority { respond_within_hours } => {
                        let hours = respond_within_hours.to_string();
                        view! { <li>{move || fill(pick(&SERVICE, lang()), &[("hours", &hours)])}</li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

fn entry_text(e: &PointsEntry) -> &'static Text {
    match e.kind {
        PointsKind::Earned => &EARNED,
        PointsKind::Expired => &EXPIRED,
        PointsKind::Reversed => &REVERSED,
        PointsKind::Spent => &SPENT_ON_COUPON,
        PointsKind::Unknown => &OTHER,
    }
}

#[component]
fn Ledger() -> impl IntoView {
    let api = expect_context::<Api>();
    let (ledger, on_page) = paged(move |p| async move { api.points(p).await });
    view! {
        <section class="panel" aria-labelledby="ledger-h">
            <h2 id="ledger-h">{tr3(&LEDGER_TITLE)}</h2>
            <Loaded resource=ledger fallback=|| view! { <BlockSkeleton /> }
                ok={move |p: Page<PointsEntry>| view! { <LedgerList page=p on_page=on_page /> }}
            />
        </section>
    }
}

#[component]
fn LedgerList(page: Page<PointsEntry>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    if page.items.is_empty() {
        return view! { <p class="empty">{tr3(&LEDGER_EMPTY)}</p> }.into_any();
    }
    let (current, pages) = (page.page, page.page_count());
    view! {
        <ul class="ledger">
            {page.items.into_iter().map(|e| {
                let text = entry_text(&e);
                let order = e.order_number.clone().unwrap_or_default();
                let (at, until) = (e.at, e.expires_at);
                let signed = if e.points > 0 { format!("+{}", e.points) } else { e.points.to_string() };
                view! {
                    <li>
                        <span>{move || fill(pick(text, lang()), &[("order", &order)])}</span>
                        <strong class="points">{signed}</strong>
                        <span class="muted">{move || format::date_time(at, lang())}
                            {until.map(|u| view! { " · " {move || fill(pick(&VALID_UNTIL, lang()), &[("date", &format::date_time(u, lang()))])} })}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
        <Pager current=current pages=pages on_page=on_page />
    }
    .into_any()
}
