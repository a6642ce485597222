//! Asking for a trade quote (`/quotes/new?product=12`): configure the product with its live
//! price, then say when and where the goods are needed. Sent with an `Idempotency-Key` that a
//! retry of the same request sends again, so a double tap or a timeout makes one quote. A
//! failed send keeps everything chosen and typed.

use expocx_contract::configure::{ConfigModel, Configuration, Conflict};
use expocx_contract::quotes::{NewQuote, Quote, QuoteLineRequest};
use expocx_contract::{Day, ErrorCode, Product};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::configurator::{OptionGroups, PricePanel, Priced};
use crate::api::key_for;
use crate::api::{idempotency_key, Api, ApiError};
use crate::browser::focus::focus_first_error;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::form::{field_error, submit, Field, FormErrors};
use crate::components::resource::Res;
use crate::i18n::lazy::{error_message, SUBMITTING};
use crate::i18n::quotes::configure::*;
use crate::i18n::{field_message, fill, pick, tr3, tr3_attr, use_i18n};

#[component]
pub fn NewQuotePage() -> impl IntoView {
    let api = expect_context::<Api>();
    let product_id = use_query_map().with_untracked(|q| {
        q.get("product")
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let loaded = Res::new(move || async move {
        let id = product_id.ok_or_else(ApiError::not_found)?;
        let product = api.product(id).await?;
        // A product without a configuration model is not offered for trade quotes.
        let model = match api.configuration(id).await {
            Ok(m) => Some(m),
            Err(e) if e.status() == Some(404) => None,
            Err(e) => return Err(e),
        };
        Ok((product, model))
    });
    view! {
        <Loaded resource=loaded page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|(product, model): (Product, Option<ConfigModel>)| match model {
                Some(model) => view! { <QuoteForm product model /> }.into_any(),
                None => view! {
                    <section class="panel">
                        <h1>{tr3(&TITLE)}</h1>
                        <p class="empty">{tr3(&NOT_OFFERED)}</p>
                        <a class="btn" href=format!("/products/{}", product.summary.id)>{tr3(&BACK_TO_PRODUCT)}</a>
                    </section>
                }.into_any(),
            }}
        />
    }
}

/// Today by the browser's clock (the earliest day the goods can be needed).
fn today() -> Day {
    Day::from(crate::browser::ticker::now().date_naive())
}

#[component]
fn QuoteForm(product: Product, model: ConfigModel) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let s = product.summary.clone();
    let (product_id, list_minor, currency) = (s.id, s.price.amount_minor, s.price.currency.clone());
    let min = model.min_quantity.max(1);
    let model = StoredValue::new(model);
    let chosen = RwSignal::new(Vec::<String>::new());
    let quantity = RwSignal::new(min.to_string());
    let (needed_by, region, message) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let errors = RwSignal::new(FormErrors::default());
    let tried = RwSignal::new(false);
    let cfg = Memo::new(move |_| Configuration {
        choices: chosen.get(),
        quantity: quantity.with(|q| q.trim().parse().unwrap_or(0)),
    });
    let priced: Memo<Priced> =
        Memo::new(move |_| model.with_value(|m| m.price(list_minor, &cfg.get())));
    // Beside their fields only once the buyer tried to send: not while still choosing.
    let shown = Signal::derive(move || {
        if tried.get() {
            priced.get().err().unwrap_or_default()
        } else {
            Vec::new()
        }
    });
    let key_record = StoredValue::new(None::<String>);
    let navigate = use_navigate();
    let send = submit(
        errors,
        move |(q, key): (NewQuote, String)| async move { api.request_quote(&q, &key).await },
        move |r: &Result<Quote, ApiError>| match r {
            Ok(q) => navigate(
                &format!("/me/quotes/{}", q.summary.id),
                NavigateOptions::default(),
            ),
            Err(_) => focus_first_error(),
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if send.pending().get_untracked() {
            return;
        }
        tried.set(true);
        let q = NewQuote {
            lines: vec![QuoteLineRequest {
                product_id,
                configuration: cfg.get_untracked(),
            }],
            needed_by: Day::parse(needed_by.get_untracked().trim()),
            region: region.get_untracked().trim().to_string(),
            message: message.get_untracked(),
        };
        let local = q.validate(today());
        if !local.is_empty() || priced.with_untracked(Result::is_err) {
            errors.set(FormErrors::local(local));
            focus_first_error();
            return;
        }
        let body = serde_json::to_string(&q).unwrap_or_default();
        let (key, record) = key_with(key_record, &body);
        key_record.set_value(Some(record));
        send.dispatch((q, key));
    };
    let quantity_error = Signal::derive(move || {
        let lang = i18n.lang.get();
        shown
            .with(|cs| {
                cs.iter()
                    .find(|c| matches!(c, Conflict::Quantity { .. }))
                    .map(|c| model.with_value(|m| super::choices::conflict_text(m, c, lang)))
            })
            .or_else(|| {
                errors
                    .with(|e| e.field("quantity"))
                    .map(|e| field_message(&e, i18n.t()))
            })
    });
    let name = s.name.clone();
    let seller = s.exhibitor_name.clone();
    let min_words = move || {
        fill(
            pick(&MIN_QUANTITY, i18n.lang.get()),
            &[("n", &min.to_string())],
        )
    };
    view! {
        <h1>{tr3(&TITLE)}</h1>
        <p class="lead">
            <a href=format!("/products/{product_id}")>{move || name.get(i18n.lang.get()).to_string()}</a>
            " · " {move || seller.get(i18n.lang.get()).to_string()}
        </p>
        <form class="quote-request" on:submit=on_submit novalidate>
            <div class="quote-config">
                <OptionGroups model currency=currency.clone() chosen shown errors />
                <div class="panel">
                    <div class="field">
                        <label for="quantity">{tr3(&QUANTITY_LABEL)}</label>
                        <input id="quantity" name="quantity" type="number" inputmode="numeric" min=min step="1"
                            prop:value=move || quantity.get() on:input=move |ev| quantity.set(event_target_value(&ev))
                            aria-invalid=move || quantity_error.with(Option::is_some).then_some("true")
                            aria-describedby="quantity-hint quantity-error" />
                        <p class="hint" id="quantity-hint">{min_words}</p>
                        <p class="field-error" id="quantity-error">{move || quantity_error.get()}</p>
                    </div>
                </div>
            </div>
            <PricePanel model list_minor currency cfg priced />
            <fieldset class="panel">
                <legend>{tr3(&DELIVERY)}</legend>
                <Field id="needed_by" label=tr3_attr(&NEEDED_BY_LABEL) kind="date" autocomplete="off" value=needed_by
                    error=field_error(errors, "needed_by") />
                <Field id="region" label=tr3_attr(&REGION_LABEL) kind="text" autocomplete="address-level1" value=region
                    error=field_error(errors, "region") hint=tr3_attr(&REGION_HINT) />
                <div class="field">
                    <label for="message">{tr3(&MESSAGE_LABEL)}</label>
                    <textarea id="message" rows="4" maxlength="2000" prop:value=move || message.get()
                        on:input=move |ev| message.set(event_target_value(&ev)) aria-describedby="message-error"></textarea>
                    <p id="message-error" class="field-error">{move || errors.with(|e| e.field("message")).map(|e| field_message(&e, i18n.t()))}</p>
                </div>
            </fieldset>
            <SendEnd errors pending=send.pending().into() />
        </form>
    }
}

/// The key for this request: the previous one while the body is the same (a retry), else new.
fn key_with(record: StoredValue<Option<String>>, body: &str) -> (String, String) {
    record.with_value(|r| key_for(body, r.as_deref(), idempotency_key))
}

/// What went wrong as a whole (a profile without a company gets the way to add one) and the
/// send button.
#[component]
fn SendEnd(errors: RwSignal<FormErrors>, pending: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let failure = move || {
        errors.with(|e| e.general.clone()).map(|g| match g.problem().map(|p| p.code) {
            Some(ErrorCode::TradeProfileRequired) => view! {
                <p class="form-error" role="alert">
                    {tr3(&NEED_COMPANY)} " " <a href="/me/profile">{tr3(&TO_PROFILE)}</a>
                </p>
            }
            .into_any(),
            Some(ErrorCode::ValidationFailed) => view! { <p class="form-error" role="alert">{tr3(&FIX_FIELDS)}</p> }.into_any(),
            _ => view! { <p class="form-error" role="alert">{move || error_message(&g, i18n.t())}</p> }.into_any(),
        })
    };
    view! {
        {failure}
        <div class="sticky-bar">
            <button type="submit" class="btn btn-primary btn-block" aria-disabled=move || pending.get().then_some("true")>
                {move || pick(if pending.get() { &SUBMITTING } else { &SEND }, i18n.lang.get())}
            </button>
        </div>
    }
}
