//! What a member does with an order after placing it: follow its status timeline, cancel it
//! while the exhibitor has not confirmed it, and buy the same again.

use expocx_contract::{Order, OrderEvent, OrderStatus, PaymentStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api::{Api, ApiError};
use crate::format;
use crate::i18n::checkout::order_actions::*;
use crate::i18n::lazy::{self, error_message};
use crate::i18n::{tr3, use_i18n};
use crate::state::use_cart;

/// The statuses an order still goes through after `last`, for its fulfilment.
fn still_to_come(last: OrderStatus, pickup: bool) -> Vec<OrderStatus> {
    use OrderStatus::*;
    let path = [
        AwaitingPayment,
        Paid,
        if pickup { ReadyForPickup } else { Shipped },
        Completed,
    ];
    match path.iter().position(|s| *s == last) {
        Some(i) => path[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

#[component]
pub fn Timeline(events: Vec<OrderEvent>, pickup: bool) -> impl IntoView {
    let i18n = use_i18n();
    let last = events.last().map(|e| e.status);
    let upcoming = last.map_or_else(Vec::new, |l| still_to_come(l, pickup));
    let n = events.len();
    view! {
        <section class="panel" aria-labelledby="timeline-h">
            <h2 id="timeline-h">{tr3(&TIMELINE)}</h2>
            <ol class="timeline">
                {events.into_iter().enumerate().map(|(i, e)| view! {
                    <li class="done" aria-current=(i + 1 == n).then_some("step")>
                        <strong>{tr3(lazy::order_status(e.status))}</strong>
                        " " <span class="muted">{move || format::date_time(e.at, i18n.lang.get())}</span>
                    </li>
                }).collect_view()}
                {upcoming.into_iter().map(|s| view! {
                    <li class="upcoming">
                        {tr3(lazy::order_status(s))}
                        " " <span class="muted">{tr3(&NEXT)}</span>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Cancel (asks first; one request at a time) and buy again.
#[component]
pub fn OrderActions(order: Order, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let api = expect_context::<Api>();
    let cart = use_cart();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let id = order.id;
    let cancel = move |_| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        failure.set(None);
        spawn_local(async move {
            let result = api.cancel_order(id).await;
            pending.set(false);
            match result {
                Ok(_) => {
                    asking.set(false);
                    reload.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let lines: Vec<_> = order.parts.iter().flat_map(|p| p.lines.clone()).collect();
    // The lines go back at the price paid: the cart compares with today's and says what changed.
    let buy_again = move |_| {
        let lines = lines.clone();
        cart.change(move |c| {
            for l in lines {
                c.add(
                    l.product_id,
                    l.option_id,
                    l.unit_price.amount_minor,
                    l.quantity,
                );
            }
        });
        navigate("/cart", NavigateOptions::default());
    };
    let refunded = order.payment == PaymentStatus::Refunded;
    let can_cancel = order.can_cancel;
    // Paid and not cancelled: the backend checks the 30 days and quantities.
    let returnable = matches!(
        order.status,
        OrderStatus::Paid
            | OrderStatus::Confirmed
            | OrderStatus::ReadyForPickup
            | OrderStatus::Shipped
            | OrderStatus::Completed
    );
    view! {
        <section class="panel order-actions">
            {refunded.then(|| view! { <p role="status">{tr3(&REFUNDED)}</p> })}
            <button type="button" class="btn btn-block" on:click=buy_again>{tr3(&BUY_AGAIN)}</button>
            <a href=format!("/me/tickets/new?order={id}") class="btn btn-block">{tr3(&HELP)}</a>
            {returnable.then(|| view! {
                <a href=format!("/me/returns/new?order={id}") class="btn btn-block">{tr3(&RETURN)}</a>
            })}
            {can_cancel.then(|| view! {
                <Show when=move || asking.get() fallback=move || view! {
                    <button type="button" class="btn btn-block" on:click=move |_| asking.set(true)>{tr3(&CANCEL)}</button>
                }>
                    <div role="group" aria-labelledby="cancel-q" class="confirm">
                        <p id="cancel-q">{tr3(&CANCEL_SURE)}</p>
                        <button type="button" class="btn btn-danger" on:click=cancel
                            aria-disabled=move || pending.get().then_some("true")>{tr3(&CANCEL_YES)}</button>
                        " "
                        <button type="button" class="btn" on:click=move |_| asking.set(false)>{tr3(&CANCEL_NO)}</button>
                    </div>
                </Show>
            })}
            {move || failure.get().map(|e| view! { <p class="form-error" role="alert">{move || error_message(&e, i18n.t())}</p> })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrderStatus::*;

    #[test]
    fn the_timeline_shows_what_is_still_to_come() {
        for (last, pickup, want) in [
            (AwaitingPayment, true, vec![Paid, ReadyForPickup, Completed]),
            (Paid, false, vec![Shipped, Completed]),
            (ReadyForPickup, true, vec![Completed]),
            (Completed, true, vec![]),
            (Cancelled, true, vec![]),
            (Expired, false, vec![]),
        ] {
            assert_eq!(still_to_come(last, pickup), want, "{last:?}");
        }
    }
}
