//! The order confirmation: number, payment (test provider, or WeChat Pay inside WeChat), and
//! for booth pickup the QR code to show at the booth and where the booth is; its timeline,
//! cancelling and buying again.

mod actions;

use expocx_contract::{Order, OrderPart, OrderStatus, PaymentStart, PaymentStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::browser::wechat;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::hall_map::HallMapView;
use crate::components::qr::QrCode;
use crate::components::route::resource_by_id;
use crate::components::saved::SavedNote;
use crate::format;
use crate::i18n::checkout::cart::{CART_DISCOUNT, CART_TOTAL};
use crate::i18n::checkout::order::*;
use crate::i18n::lazy::error_message;
use crate::i18n::{fill, lazy, pick, tr3, use_i18n};

#[component]
pub fn OrderPage() -> impl IntoView {
    // A pickup still to collect is kept on the device: with no signal at the booth, its QR
    // code shows from the copy, saying when it was saved.
    let order = resource_by_id(|api, id| async move {
        crate::state::saved::or_saved(
            &format!("order.{id}"),
            api.get_text(&format!("/orders/{id}")).await,
            to_collect,
        )
    });
    let tz = crate::state::venue_time_zone();
    let reload = Callback::new(move |_: ()| order.refetch());
    // Waiting for WeChat Pay's word: outlives the order's views, which each answer replaces.
    let confirming = RwSignal::new(false);
    view! {
        <Loaded resource=order page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |(o, saved): (Order, Option<i64>)| view! {
                <SavedNote saved_at_ms=saved />
                <OrderView order=o tz=tz reload=reload confirming=confirming />
            }}
        />
    }
}

/// A paid order with a booth's part still to collect, its QR code known.
fn to_collect(o: &Order) -> bool {
    matches!(
        o.status,
        OrderStatus::Paid | OrderStatus::Confirmed | OrderStatus::ReadyForPickup
    ) && o
        .parts
        .iter()
        .any(|p| p.pickup_code.is_some() && p.cancelled.is_none())
}

#[component]
fn OrderView(
    order: Order,
    tz: Signal<String>,
    reload: Callback<()>,
    confirming: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = order.number.clone();
    let status = order.status;
    let paid = order.payment == PaymentStatus::Succeeded;
    if paid || status != OrderStatus::AwaitingPayment {
        // After this render, not during it: the payment panel this answer replaces still
        // watches the signal, and must be gone before it changes.
        request_animation_frame(move || {
            let _ = confirming.try_set(false);
        });
    }
    let declined = order.payment == PaymentStatus::Failed;
    let placed = order.placed_at;
    let pay_by = order.pay_by;
    let pickup = order.parts.iter().any(|p| p.method == "pickup");
    let timeline = order.timeline.clone();
    let actions = order.clone();
    view! {
        <section class="panel order-head">
            <h1>{move || if paid { pick(&ORDER_THANKS, i18n.lang.get()) } else { pick(&ORDER_PLACED_TITLE, i18n.lang.get()) }}</h1>
            <p class="order-number">{move || fill(pick(&lazy::ORDER_NUMBER, i18n.lang.get()), &[("number", &number)])}</p>
            <p><span class="badge">{tr3(lazy::order_status(status))}</span>
               " · " {move || format::date_time(placed, i18n.lang.get())}</p>
            {pay_by.map(|t| view! {
                <p class="order-pay-by">{move || fill(pick(&ORDER_PAY_BY, i18n.lang.get()), &[("time", &format::date_time(t, i18n.lang.get()))])}</p>
            })}
            {(status == OrderStatus::Expired).then(|| view! {
                <p class="order-expired" role="status">{tr3(&ORDER_EXPIRED_NOTE)}</p>
            })}
            <dl class="totals">
                {(order.discount.amount_minor > 0).then(|| view! {
                    <dt>{tr3(&CART_DISCOUNT)}</dt><dd>"−"<Price money=order.discount.clone() /></dd>
                })}
                <dt class="grand">{tr3(&CART_TOTAL)}</dt><dd class="grand"><Price money=order.total.clone() /></dd>
            </dl>
        </section>
        {(!paid && status == OrderStatus::AwaitingPayment).then(|| view! {
            <PaymentPanel order_id=order.id total=order.total.clone() declined=declined reload=reload confirming=confirming />
        })}
        {order.parts.into_iter().map(|p| view! { <PartView part=p tz=tz /> }).collect_view()}
        <actions::Timeline events=timeline pickup=pickup />
        <actions::OrderActions order=actions reload=reload />
        <p><a href="/me/orders">{tr3(&ORDER_ALL_ORDERS)}</a></p>
    }
}

#[component]
fn PartView(part: OrderPart, tz: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let name = part.exhibitor_name.clone();
    let name2 = part.exhibitor_name.clone();
    let booth = part.booth.clone();
    let booth2 = part.booth.clone();
    let pickup = part.method == "pickup";
    let slot = part.slot.clone();
    let hall = part.hall_id;
    let ex = part.exhibitor_id;
    view! {
        <section class="panel order-part">
            <h2>{move || name.get(i18n.lang.get()).to_string()}</h2>
            <ul class="order-lines">
                {part.lines.into_iter().map(|l| {
                    let n = l.name.clone();
                    let o = l.option_label.clone();
                    view! {
                        <li>
                            <span>{move || n.get(i18n.lang.get()).to_string()}
                                {o.map(|o| view! { " · " {move || o.get(i18n.lang.get()).to_string()} })}</span>
                            <span>"× "{l.quantity}</span>
                            <Price money=l.unit_price.clone() />
                        </li>
                    }
                }).collect_view()}
            </ul>
            {if let Some(c) = part.cancelled {
                view! {
                    <p class="error-text" role="status">{move || fill(pick(&PART_CANCELLED, i18n.lang.get()), &[
                        ("reason", &c.reason), ("amount", &format::money(&c.refund, i18n.lang.get()))])}</p>
                }.into_any()
            } else if pickup {
                view! {
                    <p class="pickup">
                        {move || fill(pick(&ORDER_PICKUP_AT, i18n.lang.get()), &[("booth", &booth)])}
                        {slot.map(|s| view! { <br /><strong>{move || format::time_range(s.starts_at, s.ends_at, i18n.lang.get(), &tz.get())}</strong> })}
                    </p>
                    {match part.pickup_code {
                        Some(code) => view! {
                            <div class="pickup-code">
                                <QrCode text=code label=Signal::derive(move || fill(pick(&ORDER_QR_LABEL, i18n.lang.get()), &[("booth", &booth2)])) />
                                <p>{tr3(&ORDER_SHOW_QR)}</p>
                            </div>
                        }.into_any(),
                        None => view! { <p class="muted">{tr3(&ORDER_QR_AFTER_PAYMENT)}</p> }.into_any(),
                    }}
                    <h3>{move || fill(pick(&ORDER_FIND_BOOTH, i18n.lang.get()), &[("name", name2.get(i18n.lang.get()))])}</h3>
                    <HallMapView hall_id=hall highlight=ex />
                }.into_any()
            } else {
                view! { <p>{tr3(&ORDER_DELIVERY)}</p> }.into_any()
            }}
        </section>
    }
}

/// How the visitor pays: the test provider (succeeding or declining), or WeChat Pay.
#[derive(Clone, Copy)]
enum Pay {
    Test { succeed: bool },
    Wechat,
}

#[component]
fn PaymentPanel(
    order_id: i64,
    total: expocx_contract::Money,
    declined: bool,
    reload: Callback<()>,
    confirming: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = expect_context::<Api>();
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let in_mini = wechat::in_mini_program();
    let in_wechat = in_mini || wechat::bridge().is_some();
    // One payment step at a time; the order's status then comes from the backend, never from
    // this page or the provider's client-side result.
    let pay = move |how: Pay| {
        if pending.get_untracked() || confirming.get_untracked() {
            return;
        }
        pending.set(true);
        failure.set(None);
        spawn_local(async move {
            let provider = match how {
                Pay::Test { .. } => "test",
                Pay::Wechat if in_mini => "wechat_mini_program",
                Pay::Wechat => "wechat_jsapi",
            };
            let result = async {
                match (api.start_payment(order_id, provider).await?, how) {
                    (PaymentStart::Test { payment_id }, Pay::Test { succeed }) => {
                        api.complete_test_payment(&payment_id, succeed).await
                    }
                    (PaymentStart::WechatJsapi { params }, _) => {
                        // In a Mini Program the host's pay page pays, over this page, and comes
                        // back to it: this page keeps asking meanwhile (up to 3 minutes).
                        let polls = if in_mini {
                            if !wechat::mini_pay(order_id, &params) {
                                return Err(ApiError::Network);
                            }
                            120
                        } else {
                            if let Some(bridge) = wechat::bridge() {
                                wechat::pay(bridge, &params).await;
                            }
                            20
                        };
                        // WeChat's own answer is not believed: the backend is asked until
                        // WeChat Pay's word has reached it (the page goes once it is paid).
                        let _ = confirming.try_set(true);
                        for _ in 0..polls {
                            reload.run(());
                            gloo_timers::future::TimeoutFuture::new(1_500).await;
                            if confirming.try_get_untracked() != Some(true) {
                                return Ok(());
                            }
                        }
                        let _ = confirming.try_set(false);
                        Ok(())
                    }
                    _ => Ok(()),
                }
            }
            .await;
            if pending.try_set(false).is_some() {
                return;
            }
            match result {
                Ok(()) => reload.run(()),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let total_text = move || format::money(&total, i18n.lang.get());
    view! {
        <section class="panel payment" aria-labelledby="pay-h">
            <h2 id="pay-h">{tr3(&PAY_TITLE)}</h2>
            {declined.then(|| view! { <p class="form-error" role="alert">{tr3(&PAY_DECLINED)}</p> })}
            {in_wechat.then(|| view! {
                <button type="button" class="btn btn-primary btn-block" on:click=move |_| pay(Pay::Wechat)
                    aria-disabled=move || (pending.get() || confirming.get()).then_some("true")>{tr3(&PAY_WECHAT)}</button>
            })}
            <div class="test-provider" role="group" aria-labelledby="test-pay-h">
                <h3 id="test-pay-h">{tr3(&PAY_TEST_TITLE)}</h3>
                <p class="muted">{tr3(&PAY_TEST_NOTE)}</p>
                <button type="button" class="btn btn-primary btn-block" on:click=move |_| pay(Pay::Test { succeed: true })
                    aria-disabled=move || pending.get().then_some("true")>
                    {move || if pending.get() { pick(&PAY_PAYING, i18n.lang.get()).to_string() } else { fill(pick(&PAY_TEST_PAY, i18n.lang.get()), &[("amount", &total_text())]) }}
                </button>
                <button type="button" class="btn btn-block" on:click=move |_| pay(Pay::Test { succeed: false })
                    aria-disabled=move || pending.get().then_some("true")>{tr3(&PAY_TEST_DECLINE)}</button>
            </div>
            {move || confirming.get().then(|| view! { <p class="notice" role="status">{tr3(&PAY_CONFIRMING)}</p> })}
            {move || failure.get().map(|e| view! { <p class="form-error" role="alert">{move || error_message(&e, i18n.t())}</p> })}
        </section>
    }
}
