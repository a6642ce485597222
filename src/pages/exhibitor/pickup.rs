//! Booth pickup: staff type (or scan) the code on the visitor's phone, see the order and its
//! items, and complete the handover with one tap. A code of another booth, an unknown code and
//! a code already used each say so.

use expocx_contract::StaffOrder;
use leptos::prelude::*;

use crate::api::{Api, ApiError, Tagged};
use crate::components::portal::{PortalNav, StaffOrderView, PICKUP};
use crate::i18n::lazy::error_message;
use crate::i18n::{tr3, use_i18n, Text3};

const CODE: Text3 = ["自提码", "自取碼", "Pickup code"];
const CODE_HINT: Text3 = [
    "扫描或输入顾客手机上的自提码（10 位字母数字）。",
    "掃描或輸入顧客手機上的自取碼（10 位英數字）。",
    "Scan or type the code on the visitor's phone (10 letters and digits).",
];
const FIND: Text3 = ["查找订单", "查找訂單", "Find order"];
const FINDING: Text3 = ["正在查找…", "正在查找…", "Looking it up…"];
const OTHER_BOOTH: Text3 = [
    "这个自提码属于其他展商的展位，请让顾客前往对应展位。",
    "這個自取碼屬於其他展商的展位，請讓顧客前往對應展位。",
    "This code is for another exhibitor's booth: send the visitor there.",
];
const UNKNOWN: Text3 = [
    "没有找到使用这个自提码的已付款订单，请核对后重试。",
    "沒有找到使用這個自取碼的已付款訂單，請核對後重試。",
    "No paid pickup order has this code. Check it and try again.",
];

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
        async move { api.pickup_lookup(&code).await }
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
            Some(Ok(o)) => found(o).into_any(),
            Some(Err(e)) => view! {
                <p class="panel error-text" role="alert">{move || message(&e, i18n.t(), i18n.lang.get())}</p>
            }.into_any(),
        }}
    }
}

fn found(o: Tagged<StaffOrder>) -> impl IntoView {
    view! { <StaffOrderView order=o /> }
}
