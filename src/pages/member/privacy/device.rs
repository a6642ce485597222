//! What this device keeps, listed in the privacy center, and a way to clear the offline copies:
//! the pickup codes and badge kept for a hall with no signal (`state::saved`) and the worker's
//! caches of pages and the public catalog. The cart stays: it is the visitor's own work.

use leptos::prelude::*;

use crate::i18n::privacy::device::*;
use crate::i18n::{fill, pick, tr3, use_i18n};
use crate::state::{saved, use_cart};

#[component]
pub fn DeviceData() -> impl IntoView {
    let i18n = use_i18n();
    let cart = use_cart();
    // The copies are read from storage; clearing bumps this so the list reads them again.
    let cleared = RwSignal::new(false);
    let names = Memo::new(move |_| {
        cleared.track();
        saved::names()
    });
    let pickups = move || names.with(|n| n.iter().filter(|n| n.starts_with("order.")).count());
    let badge = move || names.with(|n| n.iter().any(|n| n == "badge"));
    let clear = move |_| {
        saved::clear();
        cleared.set(true);
    };
    view! {
        <section aria-labelledby="device-h" class="panel">
            <h2 id="device-h">{tr3(&DEVICE_TITLE)}</h2>
            <ul class="device-data">
                <li>{move || fill(pick(&DEVICE_CART, i18n.lang.get()), &[("n", &cart.count().to_string())])}</li>
                <Show when=move || { pickups() > 0 }>
                    <li>{move || fill(pick(&DEVICE_PICKUPS, i18n.lang.get()), &[("n", &pickups().to_string())])}</li>
                </Show>
                <Show when=badge><li>{tr3(&DEVICE_BADGE)}</li></Show>
                <Show when=move || !cleared.get()><li>{tr3(&DEVICE_PAGES)}</li></Show>
            </ul>
            <Show when=move || cleared.get()
                fallback=move || view! { <button type="button" class="btn" on:click=clear>{tr3(&DEVICE_CLEAR)}</button> }>
                <p role="status">{tr3(&DEVICE_CLEARED)}</p>
            </Show>
        </section>
    }
}
