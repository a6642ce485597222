//! Requesting a return (`/me/returns/new?order=12`): how many of each line, a reason, details
//! and photos. A refused request keeps everything chosen and says why.

use expocx_contract::{
    ErrorCode, NewReturn, Order, OrderLine, Photo, ReturnLineInput, ReturnReason,
};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::photos::PhotoPicker;
use crate::i18n::lazy::error_message;
use crate::i18n::returns::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

#[component]
pub fn NewReturnPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let query = use_query_map();
    let order_id = query.with_untracked(|q| q.get("order").and_then(|v| v.parse::<i64>().ok()));
    let order = Res::new(move || async move {
        match order_id {
            Some(id) => api.order(id).await,
            None => Err(ApiError::not_found()),
        }
    });
    view! {
        <section class="panel">
            <h1>{tr3(&NEW_TITLE)}</h1>
            <Loaded resource=order page=true fallback=|| view! { <BlockSkeleton /> }
                ok={|o: Order| view! { <ReturnForm order=o /> }}
            />
        </section>
    }
}

#[component]
fn ReturnForm(order: Order) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    // Items a booth cancelled (and refunded) cannot be returned.
    let lines: Vec<OrderLine> = order
        .parts
        .iter()
        .filter(|p| p.cancelled.is_none())
        .flat_map(|p| p.lines.clone())
        .collect();
    let quantities: Vec<RwSignal<u32>> = lines.iter().map(|_| RwSignal::new(0)).collect();
    let reason = RwSignal::new("damaged".to_string());
    let text = RwSignal::new(String::new());
    let photos = RwSignal::new(Vec::<Photo>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let nothing = RwSignal::new(false);
    let send = Action::new_local(move |r: &NewReturn| {
        let r = r.clone();
        async move { api.request_return(&r).await }
    });
    let navigate = use_navigate();
    crate::state::watch::watch(move || match send.value().get() {
        Some(Ok(r)) => navigate(&format!("/me/returns/{}", r.id), NavigateOptions::default()),
        Some(Err(e)) => failure.set(Some(e)),
        None => {}
    });
    let chosen = {
        let (lines, quantities) = (lines.clone(), quantities.clone());
        move || {
            lines
                .iter()
                .zip(&quantities)
                .filter(|(_, q)| q.get_untracked() > 0)
                .map(|(l, q)| ReturnLineInput {
                    product_id: l.product_id,
                    option_id: l.option_id.clone(),
                    quantity: q.get_untracked(),
                })
                .collect::<Vec<_>>()
        }
    };
    let order_id = order.id;
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let lines = chosen();
        nothing.set(lines.is_empty());
        if lines.is_empty() {
            return;
        }
        send.dispatch(NewReturn {
            order_id,
            lines,
            reason: ReturnReason::ALL
                .into_iter()
                .find(|r| reason_slug(*r) == reason.get_untracked())
                .unwrap_or(ReturnReason::Other),
            text: text.get_untracked(),
            photo_ids: photos.get_untracked().into_iter().map(|p| p.id).collect(),
        });
    };
    let number = order.number.clone();
    view! {
        <p>{move || fill(pick(&FOR_ORDER, i18n.lang.get()), &[("number", &number)])}</p>
        <form on:submit=on_submit novalidate>
            <fieldset class="return-lines">
                <legend>{tr3(&WHICH)}</legend>
                {lines.into_iter().zip(quantities).enumerate().map(|(i, (l, q))| {
                    let id = format!("return-qty-{i}");
                    let name = l.name.clone();
                    let max = l.quantity;
                    let label = move || fill(pick(&QUANTITY, i18n.lang.get()), &[
                        ("name", name.get(i18n.lang.get())),
                        ("max", &max.to_string()),
                    ]);
                    view! {
                        <div class="field">
                            <label for=id.clone()>{label}</label>
                            <select id=id on:change=move |ev| q.set(event_target_value(&ev).parse().unwrap_or(0))>
                                {(0..=max).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="return-reason">{tr3(&REASON)}</label>
                <select id="return-reason" on:change=move |ev| reason.set(event_target_value(&ev))>
                    {ReturnReason::ALL.into_iter().map(|r| view! { <option value=reason_slug(r)>{tr3(crate::i18n::returns::reason(r))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="return-text">{tr3(&DETAILS)}</label>
                <textarea id="return-text" rows="3" maxlength="1000" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <PhotoPicker photos=photos id="return-photos" />
            <button type="submit" class="btn btn-primary btn-block">{tr3(&SEND)}</button>
            <p class="form-error" role="alert">
                {move || if nothing.get() {
                    Some(pick(&NOTHING, i18n.lang.get()).to_string())
                } else {
                    failure.get().map(|e| match e.problem().map(|p| p.code) {
                        Some(ErrorCode::WrongStatus | ErrorCode::ValidationFailed) => pick(&NOT_RETURNABLE, i18n.lang.get()).to_string(),
                        _ => error_message(&e, i18n.t()),
                    })
                }}
            </p>
        </form>
    }
}
