//! Booth pickup: staff type (or scan) the code on the visitor's phone, see the order and its
//! items, and complete the handover with one tap. A code of another booth, an unknown code and
//! a code already used each say so.

use expocx_contract::StaffOrder;
use leptos::prelude::*;

use crate::api::{Api, ApiError, Tagged};
use crate::components::portal::{PortalNav, StaffOrderView};
use crate::i18n::lazy::error_message;
use crate::i18n::portal::pickup::*;
use crate::i18n::portal::portal::PICKUP;
use crate::i18n::{tr3, use_i18n};

fn message(e: &ApiError, m: &'static crate::i18n::Messages, lang: expocx_contract::Lang) -> String {
    match e.status() {
        Some(403) => crate::i18n::pick(&OTHER_BOOTH, lang).into(),
        Some(404) => crate::i18n::pick(&UNKNOWN, lang).into(),
        _ => error_message(e, m),
    }
}

#[component]
pub fn PickupDesk() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let find = Action::new_local(move |code: &String| {
        let code = code.clone();
        async move {
            let found = api.pickup_lookup(&code).await;
            found.map(|o| (o, code))
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked().trim().to_string();
        if !c.is_empty() {
            find.dispatch(c);
        }
    };
    let busy = find.pending();
    // A code read by the camera is looked up at once, and shown in the field.
    let scanned = Callback::new(move |c: String| {
        code.set(c.clone());
        find.dispatch(c);
    });
    view! {
        <h1>{tr3(&PICKUP)}</h1>
        <PortalNav />
        <section class="panel">
            <crate::components::camera_scan::CameraScan on_code=scanned />
        </section>
        <form class="panel" on:submit=on_submit>
            <div class="field">
                <label for="pickup-code">{tr3(&CODE)}</label>
                <input id="pickup-code" type="text" inputmode="text" autocomplete="off" autocapitalize="off"
                    spellcheck="false" maxlength="80" aria-describedby="pickup-hint" bind:value=code />
                <p id="pickup-hint" class="muted">{tr3(&CODE_HINT)}</p>
            </div>
            <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                {move || if busy.get() { tr3(&FINDING).into_any() } else { tr3(&FIND).into_any() }}
            </button>
        </form>
        {move || match find.value().get() {
            None => ().into_any(),
            Some(Ok((o, code))) => found(o, code).into_any(),
            Some(Err(e)) => view! {
                <p class="panel error-text" role="alert">{move || message(&e, i18n.t(), i18n.lang.get())}</p>
            }.into_any(),
        }}
    }
}

/// The order found, handed over with the code that found it (booth staff need it as proof).
fn found(o: Tagged<StaffOrder>, code: String) -> impl IntoView {
    view! { <StaffOrderView order=o pickup_code=code /> }
}
