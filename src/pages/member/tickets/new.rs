//! Asking for help: about an order (`/me/tickets/new?order=12`, its exhibitor chosen when the
//! order has several) or in general. A failed send keeps everything typed and chosen.

use expocx_contract::{NewTicket, Order, Photo, TicketCategory};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::Api;
use crate::components::form::{field_error, send_if_valid, submit, Field, FormErrors};
use crate::components::photos::PhotoPicker;
use crate::i18n::lazy::error_message;
use crate::i18n::tickets::*;
use crate::i18n::{fill, pick, tr3, tr3_attr, use_i18n};

#[component]
pub fn NewTicketPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let query = use_query_map();
    let order_id = query.with_untracked(|q| q.get("order").and_then(|v| v.parse::<i64>().ok()));
    let order = RwSignal::new(None::<Order>);
    if let Some(id) = order_id {
        leptos::task::spawn_local(async move {
            if let Ok(o) = api.order(id).await {
                order.set(Some(o));
            }
        });
    }
    let exhibitor = RwSignal::new(String::new());
    let category = RwSignal::new("product_issue".to_string());
    let subject = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let photos = RwSignal::new(Vec::<Photo>::new());
    let errors = RwSignal::new(FormErrors::default());
    let navigate = use_navigate();
    let send = submit(
        errors,
        move |t: NewTicket| async move { api.open_ticket(&t).await },
        move |r| {
            if let Ok(t) = r {
                navigate(
                    &format!("/me/tickets/{}", t.summary.id),
                    NavigateOptions::default(),
                );
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = NewTicket {
            order_id,
            exhibitor_id: exhibitor.get_untracked().parse().ok(),
            category: TicketCategory::ALL
                .into_iter()
                .find(|c| category_slug(*c) == category.get_untracked())
                .unwrap_or(TicketCategory::Other),
            subject: subject.get_untracked(),
            text: text.get_untracked(),
            photo_ids: photos.get_untracked().into_iter().map(|p| p.id).collect(),
        };
        send_if_valid(errors, t.validate(), send, t);
    };
    view! {
        <section class="panel">
            <h1>{tr3(&NEW_TITLE)}</h1>
            {move || order.get().map(|o| {
                let number = o.number.clone();
                let several = o.parts.len() > 1;
                view! {
                    <p>{move || fill(pick(&ABOUT_ORDER, i18n.lang.get()), &[("number", &number)])}</p>
                    {several.then(|| view! {
                        <div class="field">
                            <label for="ticket-exhibitor">{tr3(&EXHIBITOR)}</label>
                            <select id="ticket-exhibitor" on:change=move |ev| exhibitor.set(event_target_value(&ev))>
                                <option value="">"—"</option>
                                {o.parts.iter().map(|p| {
                                    let name = p.exhibitor_name.clone();
                                    view! { <option value=p.exhibitor_id.to_string()>{move || name.get(i18n.lang.get()).to_string()}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                }
            })}
            <form on:submit=on_submit novalidate>
                <div class="field">
                    <label for="ticket-category">{tr3(&CATEGORY)}</label>
                    <select id="ticket-category" prop:value=move || category.get() on:change=move |ev| category.set(event_target_value(&ev))>
                        {TicketCategory::ALL.into_iter().map(|c| view! { <option value=category_slug(c)>{tr3(crate::i18n::tickets::category(c))}</option> }).collect_view()}
                    </select>
                </div>
                <Field id="subject" label=tr3_attr(&SUBJECT) kind="text" autocomplete="off" value=subject error=field_error(errors, "subject") />
                <div class="field">
                    <label for="text">{tr3(&TEXT)}</label>
                    <textarea id="text" rows="5" maxlength="2000" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        aria-invalid=move || errors.with(|e| e.field("text").is_some()).then_some("true")
                        aria-describedby="text-error"></textarea>
                    <p id="text-error" class="field-error">{move || errors.with(|e| e.field("text")).map(|e| crate::i18n::field_message(&e, i18n.t()))}</p>
                </div>
                <PhotoPicker photos=photos id="ticket-photos" />
                <button type="submit" class="btn btn-primary btn-block">{tr3(&SEND)}</button>
                <p class="form-error" role="alert">{move || errors.get().general.filter(|_| errors.with(|e| e.fields.is_empty())).map(|e| error_message(&e, i18n.t()))}</p>
            </form>
        </section>
    }
}
