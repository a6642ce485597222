//! Checkout: per exhibitor, pick up at the booth in a time slot or have it delivered; then one
//! order, placed with an `Idempotency-Key` that survives a double tap, a timeout and a reload.

use std::collections::BTreeMap;

use expocx_contract::{
    Address, CartView, ErrorCode, EventName, FieldError, FieldErrorCode, FulfilmentChoice,
    PickupSlot, PlaceOrder,
};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::api::{idempotency_key, key_for, Api, ApiError};
use crate::browser::focus::focus_first_error;
use crate::components::address::AddressFields;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, EmptyCart, Loaded};
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n};
use crate::state::{analytics, storage, use_cart, use_consent};

use crate::i18n::checkout::cart::{CART_CHANGED_TEXT, CART_TOTAL};
use crate::i18n::checkout::checkout::*;

/// One exhibitor's choice: delivery, or pickup (in a slot once chosen).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Choice {
    pub delivery: bool,
    pub slot: Option<i64>,
}

/// The order body from the visitor's choices, or the fields still to fill in.
pub fn build_order(
    view: &CartView,
    choices: &BTreeMap<i64, Choice>,
    address: &Address,
) -> Result<PlaceOrder, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut fulfilment = Vec::new();
    for g in &view.groups {
        let c = choices.get(&g.exhibitor_id).copied().unwrap_or_default();
        match (c.delivery, c.slot) {
            (true, _) => fulfilment.push(FulfilmentChoice::Delivery {
                exhibitor_id: g.exhibitor_id,
            }),
            (false, Some(slot_id)) => fulfilment.push(FulfilmentChoice::Pickup {
                exhibitor_id: g.exhibitor_id,
                slot_id,
            }),
            (false, None) => errors.push(FieldError::new(
                &format!("fulfilment.{}", g.exhibitor_id),
                FieldErrorCode::Required,
            )),
        }
    }
    let delivers = choices.values().any(|c| c.delivery);
    if delivers {
        errors.extend(address.validate("address."));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(PlaceOrder {
        cart: view.to_input(false),
        fulfilment,
        address: delivers.then(|| address.clone()),
        expected_total_minor: view.total.amount_minor,
    })
}

#[component]
pub fn CheckoutPage() -> impl IntoView {
    let cart = use_cart();
    let api = expect_context::<Api>();
    let consent = use_consent();
    cart.refresh();
    analytics::record(consent, &api, EventName::CheckoutStarted, None);
    view! {
        <h1>{tr3(&CHECKOUT_TITLE)}</h1>
        {move || match cart.saved.with(|s| s.view.clone()) {
            _ if cart.saved.with(|s| s.input.lines.is_empty()) => view! { <EmptyCart /> }.into_any(),
            None => view! { <BlockSkeleton /> }.into_any(),
            Some(v) if v.changed || v.item_count == 0 => view! {
                <section class="panel notice" role="alert">
                    <p>{tr3(&CART_CHANGED_TEXT)}</p>
                    <a href="/cart" class="btn btn-primary">{tr3(&CHECKOUT_REVIEW_CART)}</a>
                </section>
            }.into_any(),
            Some(v) => view! { <CheckoutForm view=v /> }.into_any(),
        }}
    }
}

#[component]
fn CheckoutForm(view: CartView) -> impl IntoView {
    let i18n = use_i18n();
    let api = expect_context::<Api>();
    let cart = use_cart();
    let consent = use_consent();
    let navigate = use_navigate();
    let tz = crate::state::venue_time_zone();
    let choices = RwSignal::new(BTreeMap::<i64, Choice>::new());
    let address = RwSignal::new(Address::default());
    let field_errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
    let slots_revision = RwSignal::new(0u32);
    let view_v = StoredValue::new(view.clone());
    let delivers = move || choices.with(|c| c.values().any(|c| c.delivery));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return; // a double tap sends nothing twice
        }
        let order = view_v
            .with_value(|v| build_order(v, &choices.get_untracked(), &address.get_untracked()));
        let order = match order {
            Ok(o) => o,
            Err(errors) => {
                field_errors.set(errors);
                focus_first_error();
                return;
            }
        };
        field_errors.set(Vec::new());
        failure.set(None);
        let body = serde_json::to_string(&order).unwrap_or_default();
        let stored = storage::get(storage::KEY_CHECKOUT);
        let (key, record) = key_for(&body, stored.as_deref(), idempotency_key);
        // Kept before sending: a reload mid-request re-sends the same key.
        storage::set(storage::KEY_CHECKOUT, &record);
        pending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api.place_order(&order, &key).await;
            pending.set(false);
            match result {
                Ok(placed) => {
                    storage::remove(storage::KEY_CHECKOUT);
                    cart.clear_after_order();
                    analytics::record(consent, &api, EventName::OrderPlaced, None);
                    // The order takes the checkout's place: back leads to where the visitor
                    // was before checking out, not to an emptied checkout.
                    let replace = leptos_router::NavigateOptions {
                        replace: true,
                        ..Default::default()
                    };
                    navigate(&format!("/orders/{}", placed.id), replace);
                }
                Err(e) => {
                    match e.problem().map(|p| p.code) {
                        Some(ErrorCode::ValidationFailed) => {
                            field_errors
                                .set(e.problem().map(|p| p.errors.clone()).unwrap_or_default());
                            focus_first_error();
                        }
                        Some(ErrorCode::CartChanged) => cart.refresh(),
                        Some(ErrorCode::SlotFull) => slots_revision.update(|r| *r += 1),
                        _ => {}
                    }
                    failure.set(Some(e));
                }
            }
        });
    };

    let error_for = move |field: String| {
        Signal::derive(move || {
            field_errors.with(|errs| {
                errs.iter()
                    .find(|e| e.field == field)
                    .map(|e| field_message(e, i18n.t()))
            })
        })
    };
    let total = view.total.clone();
    view! {
        <form class="checkout" on:submit=submit novalidate>
            {view.groups.iter().map(|g| {
                let ex = g.exhibitor_id;
                let name = g.exhibitor_name.clone();
                let booth = g.booth.clone();
                let err = error_for(format!("fulfilment.{ex}"));
                let is_delivery = move || choices.with(|c| c.get(&ex).is_some_and(|c| c.delivery));
                let set_delivery = move |d: bool| choices.update(|c| c.entry(ex).or_default().delivery = d);
                let units: u32 = g.lines.iter().map(|l| l.quantity).sum();
                view! {
                    <fieldset class="panel fulfilment" id=format!("fulfilment.{ex}")>
                        <legend>
                            {move || name.get(i18n.lang.get()).to_string()}
                            <span class="muted">{move || fill(pick(&CHECKOUT_PART_META, i18n.lang.get()), &[
                                ("booth", &booth), ("n", &units.to_string())])}</span>
                        </legend>
                        <div class="segmented" role="radiogroup">
                            <label><input type="radio" name=format!("method-{ex}") value="pickup"
                                prop:checked=move || !is_delivery() on:change=move |_| set_delivery(false) />
                                {tr3(&CHECKOUT_PICKUP)}</label>
                            <label><input type="radio" name=format!("method-{ex}") value="delivery"
                                prop:checked=is_delivery on:change=move |_| set_delivery(true) />
                                {tr3(&CHECKOUT_DELIVERY)}</label>
                        </div>
                        <Show when=move || !is_delivery()>
                            <SlotPicker exhibitor_id=ex choices=choices tz=tz revision=slots_revision />
                        </Show>
                        {move || err.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                    </fieldset>
                }
            }).collect_view()}
            <Show when=delivers>
                <AddressFields address=address errors=field_errors />
            </Show>
            <section class="panel summary">
                <dl class="totals">
                    <dt class="grand">{tr3(&CART_TOTAL)}</dt>
                    <dd class="grand"><Price money=total.clone() /></dd>
                </dl>
                {move || failure.get().map(|e| {
                    let code = e.problem().map(|p| p.code);
                    let text = move || match code {
                        Some(ErrorCode::CartChanged) => pick(&crate::i18n::lazy::CHECKOUT_CART_CHANGED, i18n.lang.get()).to_string(),
                        Some(ErrorCode::SlotFull) => pick(&crate::i18n::lazy::CHECKOUT_SLOT_FULL, i18n.lang.get()).to_string(),
                        Some(ErrorCode::ValidationFailed) => pick(&CHECKOUT_FIX_FIELDS, i18n.lang.get()).to_string(),
                        _ if e.is_transient() => format!("{} {}", error_message(&e, i18n.t()), pick(&CHECKOUT_SAFE_RETRY, i18n.lang.get())),
                        _ => error_message(&e, i18n.t()),
                    };
                    view! { <p class="form-error" role="alert">{text}</p> }
                })}
            </section>
            <div class="sticky-bar">
                <button type="submit" class="btn btn-primary btn-block" aria-disabled=move || pending.get().then_some("true")>
                    {move || if pending.get() { pick(&CHECKOUT_PLACING, i18n.lang.get()) } else { pick(&CHECKOUT_PLACE, i18n.lang.get()) }}
                </button>
            </div>
        </form>
    }
}

#[component]
fn SlotPicker(
    exhibitor_id: i64,
    choices: RwSignal<BTreeMap<i64, Choice>>,
    tz: Signal<String>,
    revision: RwSignal<u32>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let slots = Res::new(move || {
        revision.track();
        async move { api.pickup_slots(exhibitor_id).await }
    });
    let chosen = move || choices.with(|c| c.get(&exhibitor_id).and_then(|c| c.slot));
    view! {
        <Loaded resource=slots fallback=|| view! { <BlockSkeleton /> }
            ok={move |list: Vec<PickupSlot>| {
                // Slots grouped under their day, so a phone shows days, not a long list.
                // (By the venue's calendar day, whatever language is shown.)
                let zone = tz.get_untracked();
                let mut days: Vec<(String, Vec<PickupSlot>)> = Vec::new();
                for s in list {
                    let day = format::slot_parts(s.starts_at, s.ends_at, expocx_contract::Lang::En, &zone).0;
                    match days.iter_mut().find(|(d, _)| *d == day) {
                        Some((_, v)) => v.push(s),
                        None => days.push((day, vec![s])),
                    }
                }
                view! {
                    <div class="slots-by-day" role="radiogroup" aria-label=move || pick(&CHECKOUT_SLOT_LABEL, i18n.lang.get())>
                        {days.into_iter().map(|(_, slots)| {
                            let first = slots[0].clone();
                            let day = move || format::slot_parts(first.starts_at, first.ends_at, i18n.lang.get(), &tz.get()).0;
                            view! {
                                <div class="slot-day">
                                    <p class="slot-day-name">{day}</p>
                                    <div class="slots">
                                        {slots.into_iter().map(|s| {
                                            let id = s.id;
                                            let full = s.remaining == 0;
                                            let hours = move || format::slot_parts(s.starts_at, s.ends_at, i18n.lang.get(), &tz.get()).1;
                                            let when = move || format::time_range(s.starts_at, s.ends_at, i18n.lang.get(), &tz.get());
                                            view! {
                                                <label class=if full { "slot full" } else { "slot" }>
                                                    <input type="radio" name=format!("slot-{exhibitor_id}") value=id.to_string()
                                                        disabled=full prop:checked=move || chosen() == Some(id)
                                                        aria-label=when
                                                        on:change=move |_| choices.update(|c| c.entry(exhibitor_id).or_default().slot = Some(id)) />
                                                    <span>{hours}</span>
                                                    <span class="muted">{move || if full {
                                                        pick(&CHECKOUT_SLOT_FULL_SHORT, i18n.lang.get()).to_string()
                                                    } else {
                                                        fill(pick(&CHECKOUT_SLOT_LEFT, i18n.lang.get()), &[("n", &s.remaining.to_string())])
                                                    }}</span>
                                                </label>
                                            }
                                        }).collect_view()}
                                    </div>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                }
            }}
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::{CartGroup, Localized, Money};

    fn view(exhibitors: &[i64]) -> CartView {
        CartView {
            groups: exhibitors
                .iter()
                .map(|&e| CartGroup {
                    exhibitor_id: e,
                    exhibitor_name: Localized::default(),
                    booth: "H1-A01".into(),
                    hall_id: 1,
                    lines: vec![],
                    subtotal: Money::cny(1000),
                })
                .collect(),
            coupon_code: None,
            coupon: None,
            offer: None,
            subtotal: Money::cny(2000),
            discount: Money::cny(0),
            total: Money::cny(2000),
            item_count: 2,
            changed: false,
            removed: 0,
        }
    }

    #[test]
    fn every_exhibitor_needs_a_slot_or_delivery_and_delivery_needs_an_address() {
        let v = view(&[1, 2]);
        let mut choices = BTreeMap::new();
        choices.insert(
            1,
            Choice {
                delivery: false,
                slot: Some(9),
            },
        );
        let err = build_order(&v, &choices, &Address::default()).unwrap_err();
        assert_eq!(err[0].field, "fulfilment.2");
        choices.insert(
            2,
            Choice {
                delivery: true,
                slot: None,
            },
        );
        let err = build_order(&v, &choices, &Address::default()).unwrap_err();
        assert!(err.iter().all(|e| e.field.starts_with("address.")));
        let addr = Address {
            name: "李雷".into(),
            phone: "13800138000".into(),
            region: "上海市".into(),
            street: "世博大道 1 号".into(),
            postcode: String::new(),
        };
        let order = build_order(&v, &choices, &addr).unwrap();
        assert_eq!(order.fulfilment.len(), 2);
        assert_eq!(order.expected_total_minor, 2000);
        assert!(order.address.is_some());
        // Pickup only: the address is not sent.
        choices.insert(
            2,
            Choice {
                delivery: false,
                slot: Some(3),
            },
        );
        assert!(build_order(&v, &choices, &addr).unwrap().address.is_none());
    }

    #[test]
    fn the_same_order_keeps_its_key_and_a_changed_one_gets_a_new_key() {
        let (k1, rec) = key_for("{\"a\":1}", None, || "key-1".into());
        assert_eq!(k1, "key-1");
        let (k2, _) = key_for("{\"a\":1}", Some(&rec), || "key-2".into());
        assert_eq!(k2, "key-1", "a retry or reload re-sends the same key");
        let (k3, _) = key_for("{\"a\":2}", Some(&rec), || "key-3".into());
        assert_eq!(k3, "key-3");
    }
}
