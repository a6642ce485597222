//! Membership: the tier and what it takes to reach the next, points with what expires soon,
//! what each tier gives (as the backend applies it), and the points ledger.

use expocx_contract::{Benefit, Membership, Page, PointsEntry, PointsKind, Tier, TierInfo};
use leptos::prelude::*;

use crate::components::resource::Res;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, Pager};
use crate::format;
use crate::i18n::{fill, pick, tr3, use_i18n, Text3};

const TITLE: Text3 = ["会员与积分", "會員與積分", "Membership and points"];
const SPENT: Text3 = [
    "过去 12 个月消费 {amount}",
    "過去 12 個月消費 {amount}",
    "Spent in the last 12 months: {amount}",
];
const TO_NEXT: Text3 = [
    "再消费 {amount} 即可升级为{tier}",
    "再消費 {amount} 即可升級為{tier}",
    "{amount} more to reach {tier}",
];
const AT_TOP: Text3 = [
    "你已是最高等级。",
    "你已是最高等級。",
    "You are at the top tier.",
];
const POINTS: Text3 = ["可用积分", "可用積分", "Points available"];
const EXPIRING: Text3 = [
    "{points} 积分将于 {date} 过期",
    "{points} 積分將於 {date} 過期",
    "{points} points expire on {date}",
];
const TIERS_TITLE: Text3 = ["各等级权益", "各等級權益", "What each tier gives"];
const FROM_SPEND: Text3 = [
    "12 个月消费满 {amount}",
    "12 個月消費滿 {amount}",
    "From {amount} spent in 12 months",
];
const RATE: Text3 = [
    "每消费 1 元得 {points} 积分",
    "每消費 1 元得 {points} 積分",
    "{points} points per yuan spent",
];
const SERVICE: Text3 = [
    "售后工单 {hours} 小时内首次答复",
    "售後工單 {hours} 小時內首次答覆",
    "Service tickets answered within {hours} hours",
];
const COUPONS: Text3 = [
    "个人优惠券有效 {days} 天",
    "個人優惠券有效 {days} 天",
    "Personal coupons valid for {days} days",
];
const YOURS: Text3 = ["（当前等级）", "（目前等級）", " (your tier)"];
const RULES: Text3 = [
    "等级按过去 12 个月已付款且未取消的订单计算；积分自获得起 12 个月有效，订单取消时扣回。",
    "等級按過去 12 個月已付款且未取消的訂單計算；積分自獲得起 12 個月有效，訂單取消時扣回。",
    "Your tier follows what you paid over the last 12 months (cancelled orders do not count). Points last 12 months from when you earn them and are taken back if the order is cancelled.",
];
const LEDGER_TITLE: Text3 = ["积分明细", "積分明細", "Points history"];
const LEDGER_EMPTY: Text3 = [
    "还没有积分。订单付款后即可获得。",
    "還沒有積分。訂單付款後即可獲得。",
    "No points yet. Paid orders earn them.",
];
const EARNED: Text3 = [
    "订单 {order} 获得",
    "訂單 {order} 獲得",
    "Earned with order {order}",
];
const EXPIRED: Text3 = ["过期", "過期", "Expired"];
const REVERSED: Text3 = [
    "订单 {order} 取消，扣回",
    "訂單 {order} 取消，扣回",
    "Taken back: order {order} cancelled",
];
const OTHER: Text3 = ["其他变动", "其他變動", "Other change"];
const WALLET: Text3 = ["我的优惠券", "我的優惠券", "My coupons"];
const SPENT_ON_COUPON: Text3 = ["兑换优惠券", "兌換優惠券", "Spent on a coupon"];
const REDEEM: Text3 = [
    "用 500 积分兑换 5 元优惠券",
    "用 500 積分兌換 5 元優惠券",
    "Get a ¥5 coupon for 500 points",
];
const REDEEMED: Text3 = [
    "兑换成功，优惠券已放入“我的优惠券”。",
    "兌換成功，優惠券已放入「我的優惠券」。",
    "Done: the coupon is in My coupons.",
];
const TOO_FEW: Text3 = [
    "可用积分满 500 才能兑换（展商确认订单后，积分才可使用）。",
    "可用積分滿 500 才能兌換（展商確認訂單後，積分才可使用）。",
    "You need 500 spendable points (points can be spent once the exhibitor confirms the order).",
];
const VALID_UNTIL: Text3 = ["有效期至 {date}", "有效期至 {date}", "Valid until {date}"];

/// The tier's name.
pub fn tier_name(t: Tier) -> &'static Text3 {
    const MEMBER: Text3 = ["普通会员", "普通會員", "Member"];
    const SILVER: Text3 = ["银卡会员", "銀卡會員", "Silver"];
    const GOLD: Text3 = ["金卡会员", "金卡會員", "Gold"];
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

fn entry_text(e: &PointsEntry) -> &'static Text3 {
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
