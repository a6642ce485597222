//! Accepting a quote: pick it up at the booth in a time slot, or have it delivered. Sent with
//! the quote's `ETag` (only the revision shown is accepted) and an `Idempotency-Key` a retry
//! sends again; the order it places opens next, where it is paid.

use expocx_contract::quotes::AcceptQuote;
use expocx_contract::{Address, FieldError, FieldErrorCode, FulfilmentChoice, PickupSlot};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api::key_for;
use crate::api::{idempotency_key, Api};
use crate::browser::focus::focus_first_error;
use crate::components::address::AddressFields;
use crate::components::cards::Price;
use crate::components::quote::changes::latest;
use crate::components::quote::steps::QuoteSteps;
use crate::components::resource::Res;
use crate::format;
use crate::i18n::quotes::quote::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n};

/// The body of an acceptance from the buyer's choices, or the fields still to fill in.
pub fn build_accept(
    exhibitor_id: i64,
    delivery: bool,
    slot: Option<i64>,
    address: &Address,
) -> Result<AcceptQuote, Vec<FieldError>> {
    let fulfilment = match (delivery, slot) {
        (true, _) => FulfilmentChoice::Delivery { exhibitor_id },
        (false, Some(slot_id)) => FulfilmentChoice::Pickup {
            exhibitor_id,
            slot_id,
        },
        (false, None) => return Err(vec![FieldError::new("slot", FieldErrorCode::Required)]),
    };
    if delivery {
        let errors = address.validate("address.");
        if !errors.is_empty() {
            return Err(errors);
        }
    }
    Ok(AcceptQuote {
        fulfilment,
        address: delivery.then(|| address.clone()),
    })
}

#[component]
pub fn AcceptForm(steps: QuoteSteps) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let exhibitor_id = steps.shown.with_untracked(|q| q.value.summary.exhibitor_id);
    let delivery = RwSignal::new(false);
    let slot = RwSignal::new(None::<i64>);
    let address = RwSignal::new(Address::default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let key_record = StoredValue::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = match build_accept(
            exhibitor_id,
            delivery.get_untracked(),
            slot.get_untracked(),
            &address.get_untracked(),
        ) {
            Ok(b) => b,
            Err(e) => {
                errors.set(e);
                focus_first_error();
                return;
            }
        };
        errors.set(Vec::new());
        let quote = steps.shown.get_untracked();
        // The version shown is part of what is accepted: after a reload, a new key.
        let tag = quote
            .etag
            .as_ref()
            .map(|t| t.as_str().to_string())
            .unwrap_or_default();
        let json = format!("{tag}{}", serde_json::to_string(&body).unwrap_or_default());
        let (key, record) =
            key_record.with_value(|r| key_for(&json, r.as_deref(), idempotency_key));
        key_record.set_value(Some(record));
        let api = steps.api();
        let navigate = navigate.clone();
        steps.run(
            Box::pin(async move { api.accept_quote(&quote, &body, &key).await }),
            &ACCEPTED,
            move |q| {
                if let Some(order) = q.order_id {
                    navigate(&format!("/orders/{order}"), NavigateOptions::default());
                }
            },
        );
    };
    let slot_error = move || {
        errors.with(|e| {
            e.iter()
                .find(|e| e.field == "slot")
                .map(|e| field_message(e, i18n.t()))
        })
    };
    let total = move || {
        steps
            .shown
            .with(|q| latest(&q.value.revisions).map(|r| (r.number, r.total.clone())))
    };
    view! {
        <form class="accept-form" on:submit=submit novalidate>
            <h3>{tr3(&ACCEPT_TITLE)}</h3>
            {move || total().map(|(n, money)| view! {
                <p>{move || fill(pick(&ACCEPT_WHAT, i18n.lang.get()), &[("n", &n.to_string())])} " " <strong><Price money /></strong></p>
            })}
            <fieldset class="fulfilment">
                <legend>{tr3(&HOW)}</legend>
                <div class="segmented">
                    <label><input type="radio" name="accept-method" value="pickup" prop:checked=move || !delivery.get()
                        on:change=move |_| delivery.set(false) />{tr3(&PICKUP)}</label>
                    <label><input type="radio" name="accept-method" value="delivery" prop:checked=move || delivery.get()
                        on:change=move |_| delivery.set(true) />{tr3(&DELIVERY)}</label>
                </div>
                <Show when=move || !delivery.get()>
                    <SlotSelect exhibitor_id chosen=slot />
                    <p class="field-error" id="slot-error" role="alert">{slot_error}</p>
                </Show>
            </fieldset>
            <Show when=move || delivery.get()>
                <AddressFields address errors />
            </Show>
            <button type="submit" class="btn btn-primary btn-block" aria-disabled=move || steps.busy.get().then_some("true")>
                {tr3(&ACCEPT)}
            </button>
        </form>
    }
}

/// The booth's pickup slots as one choice (full ones shown, not choosable).
#[component]
fn SlotSelect(exhibitor_id: i64, chosen: RwSignal<Option<i64>>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let tz = crate::state::venue_time_zone();
    let slots = Res::new(move || async move { api.pickup_slots(exhibitor_id).await });
    let options = move || {
        let lang = i18n.lang.get();
        let list: Vec<PickupSlot> = slots.get().and_then(Result::ok).unwrap_or_default();
        list.into_iter()
            .map(|s| {
                let when = format::time_range(s.starts_at, s.ends_at, lang, &tz.get());
                let room = if s.remaining == 0 {
                    pick(&SLOT_FULL, lang).to_string()
                } else {
                    fill(pick(&SLOT_LEFT, lang), &[("n", &s.remaining.to_string())])
                };
                view! {
                    <option value=s.id.to_string() disabled=s.remaining == 0 selected=chosen.get_untracked() == Some(s.id)>
                        {format!("{when} · {room}")}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for="slot">{tr3(&SLOT)}</label>
            <select id="slot" aria-describedby="slot-error"
                on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                <option value="">{tr3(&CHOOSE_SLOT)}</option>
                {options}
            </select>
            {move || matches!(slots.get(), Some(Err(_))).then(|| view! {
                <p class="form-error">{tr3(&NO_SLOTS)}</p>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pickup_needs_a_slot_and_delivery_needs_an_address() {
        let empty = Address::default();
        let fields = |r: Result<AcceptQuote, Vec<FieldError>>| {
            r.unwrap_err()
                .into_iter()
                .map(|e| e.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(build_accept(4, false, None, &empty)), ["slot"]);
        assert!(fields(build_accept(4, true, None, &empty))
            .iter()
            .all(|f| f.starts_with("address.")));
        let pickup = build_accept(4, false, Some(9), &empty).unwrap();
        assert_eq!(
            pickup.fulfilment,
            FulfilmentChoice::Pickup {
                exhibitor_id: 4,
                slot_id: 9
            }
        );
        assert!(pickup.address.is_none());
        let addr = Address {
            name: "Ada Lovelace".into(),
            phone: "+49 30 3038 0".into(),
            region: "Berlin".into(),
            street: "Messedamm 22".into(),
            postcode: "14055".into(),
        };
        let delivered = build_accept(4, true, Some(9), &addr).unwrap();
        assert_eq!(
            delivered.fulfilment,
            FulfilmentChoice::Delivery { exhibitor_id: 4 }
        );
        assert_eq!(delivered.address, Some(addr));
    }
}
