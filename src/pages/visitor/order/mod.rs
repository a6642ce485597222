//! The order confirmation: number, payment (test provider, or WeChat Pay inside WeChat), and
//! for booth pickup the QR code to show at the booth and where the booth is; its timeline,
//! cancelling and buying again.

mod actions;

use expocx_contract::{Order, OrderPart, OrderStatus, PaymentStart, PaymentStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{Api, ApiError};
use crate::browser::wechat;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::hall_map::HallMapView;
use crate::components::qr::QrCode;
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::{error_message, fill, order_status, tr, use_i18n};

#[component]
pub fn OrderPage() -> impl IntoView {
    let order = resource_by_id(|api, id| async move { api.order(id).await });
    let tz = super::venue_time_zone();
    let reload = Callback::new(move |_: ()| order.refetch());
    view! {
        <Loaded resource=order page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |o: Order| view! { <OrderView order=o tz=tz reload=reload /> }}
        />
    }
}

#[component]
fn OrderView(order: Order, tz: Signal<String>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let number = order.number.clone();
    let status = order.status;
    let paid = order.payment == PaymentStatus::Succeeded;
    let declined = order.payment == PaymentStatus::Failed;
    let placed = order.placed_at;
    let pay_by = order.pay_by;
    let pickup = order.parts.iter().any(|p| p.method == "pickup");
    let timeline = order.timeline.clone();
    let actions = order.clone();
    view! {
        <section class="panel order-head">
            <h1>{move || if paid { i18n.t().order_thanks } else { i18n.t().order_placed_title }}</h1>
            <p class="order-number">{move || fill(i18n.t().order_number, &[("number", &number)])}</p>
            <p><span class="badge">{move || order_status(status, i18n.t())}</span>
               " · " {move || format::date_time(placed, i18n.lang.get())}</p>
            {pay_by.map(|t| view! {
                <p class="order-pay-by">{move || fill(i18n.t().order_pay_by, &[("time", &format::date_time(t, i18n.lang.get()))])}</p>
            })}
            {(status == OrderStatus::Expired).then(|| view! {
                <p class="order-expired" role="status">{tr(|m| m.order_expired_note)}</p>
            })}
            <dl class="totals">
                {(order.discount.amount_minor > 0).then(|| view! {
                    <dt>{tr(|m| m.cart_discount)}</dt><dd>"−"<Price money=order.discount.clone() /></dd>
                })}
                <dt class="grand">{tr(|m| m.cart_total)}</dt><dd class="grand"><Price money=order.total.clone() /></dd>
            </dl>
        </section>
        {(!paid && status == OrderStatus::AwaitingPayment).then(|| view! {
            <PaymentPanel order_id=order.id total=order.total.clone() declined=declined reload=reload />
        })}
        {order.parts.into_iter().map(|p| view! { <PartView part=p tz=tz /> }).collect_view()}
        <actions::Timeline events=timeline pickup=pickup />
        <actions::OrderActions order=actions reload=reload />
        <p><A href="/me/orders">{tr(|m| m.order_all_orders)}</A></p>
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
            {if pickup {
                view! {
                    <p class="pickup">
                        {move || fill(i18n.t().order_pickup_at, &[("booth", &booth)])}
                        {slot.map(|s| view! { <br /><strong>{move || format::time_range(s.starts_at, s.ends_at, i18n.lang.get(), &tz.get())}</strong> })}
                    </p>
                    {match part.pickup_code {
                        Some(code) => view! {
                            <div class="pickup-code">
                                <QrCode text=code label=Signal::derive(move || fill(i18n.t().order_qr_label, &[("booth", &booth2)])) />
                                <p>{tr(|m| m.order_show_qr)}</p>
                            </div>
                        }.into_any(),
                        None => view! { <p class="muted">{tr(|m| m.order_qr_after_payment)}</p> }.into_any(),
                    }}
                    <h3>{move || fill(i18n.t().order_find_booth, &[("name", name2.get(i18n.lang.get()))])}</h3>
                    <HallMapView hall_id=hall highlight=ex />
                }.into_any()
            } else {
                view! { <p>{tr(|m| m.order_delivery)}</p> }.into_any()
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
) -> impl IntoView {
    let i18n = use_i18n();
    let api = expect_context::<Api>();
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let in_wechat = wechat::bridge().is_some();
    // One payment step at a time; the order's status then comes from the backend, never from
    // this page or the provider's client-side result.
    let pay = move |how: Pay| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        failure.set(None);
        spawn_local(async move {
            let provider = match how {
                Pay::Test { .. } => "test",
                Pay::Wechat => "wechat_jsapi",
            };
            let result = async {
                match (api.start_payment(order_id, provider).await?, how) {
                    (PaymentStart::Test { payment_id }, Pay::Test { succeed }) => {
                        api.complete_test_payment(&payment_id, succeed).await
                    }
                    (PaymentStart::WechatJsapi { params }, _) => {
                        if let Some(bridge) = wechat::bridge() {
                            wechat::pay(bridge, &params).await;
                        }
                        Ok(())
                    }
                    _ => Ok(()),
                }
            }
            .await;
            pending.set(false);
            match result {
                Ok(()) => reload.run(()),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let total_text = move || format::money(&total, i18n.lang.get());
    view! {
        <section class="panel payment" aria-labelledby="pay-h">
            <h2 id="pay-h">{tr(|m| m.pay_title)}</h2>
            {declined.then(|| view! { <p class="form-error" role="alert">{tr(|m| m.pay_declined)}</p> })}
            {in_wechat.then(|| view! {
                <button type="button" class="btn btn-primary btn-block" on:click=move |_| pay(Pay::Wechat)
                    aria-disabled=move || pending.get().then_some("true")>{tr(|m| m.pay_wechat)}</button>
            })}
            <div class="test-provider" role="group" aria-labelledby="test-pay-h">
                <h3 id="test-pay-h">{tr(|m| m.pay_test_title)}</h3>
                <p class="muted">{tr(|m| m.pay_test_note)}</p>
                <button type="button" class="btn btn-primary btn-block" on:click=move |_| pay(Pay::Test { succeed: true })
                    aria-disabled=move || pending.get().then_some("true")>
                    {move || if pending.get() { i18n.t().pay_paying.to_string() } else { fill(i18n.t().pay_test_pay, &[("amount", &total_text())]) }}
                </button>
                <button type="button" class="btn btn-block" on:click=move |_| pay(Pay::Test { succeed: false })
                    aria-disabled=move || pending.get().then_some("true")>{tr(|m| m.pay_test_decline)}</button>
            </div>
            {move || failure.get().map(|e| view! { <p class="form-error" role="alert">{move || error_message(&e, i18n.t())}</p> })}
        </section>
    }
}
