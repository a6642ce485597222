//! The desk's answer to a quote (the first revision, or a new one): per line a unit price or a
//! discount off its list price, then validity, terms, lead time and a note. Prefilled from the
//! latest revision (`quote_draft`); each line shows what its price comes to (the contract's
//! `unit_after`).

use expocx_contract::quotes::unit_after;
use expocx_contract::{Day, FieldError, Money};
use leptos::prelude::*;

use super::quote_draft::{build_answer, draft_from, line_price, AnswerDraft, LineDraft};
use crate::components::form::{Field, FormErrors};
use crate::components::quote::changes::latest;
use crate::components::quote::steps::{Outcome, QuoteSteps};
use crate::components::quote::times;
use crate::format;
use crate::i18n::quote_common::quote_common as common;
use crate::i18n::quote_desk::desk::*;
use crate::i18n::{field_message, fill, pick, tr3, tr3_attr, use_i18n};

#[component]
pub fn AnswerForm(steps: QuoteSteps, today: Day) -> impl IntoView {
    let i18n = use_i18n();
    let quote = steps.shown.get_untracked().value;
    let draft = draft_from(&quote, today);
    let next = move || {
        steps
            .shown
            .with(|q| latest(&q.value.revisions).map_or(1, |r| r.number + 1))
    };
    let lines = RwSignal::new(draft.lines);
    let [valid_until, payment, delivery, incoterm, lead, note] = [
        draft.valid_until,
        draft.payment_terms,
        draft.delivery_terms,
        draft.incoterm,
        draft.lead_days,
        draft.note,
    ]
    .map(RwSignal::new);
    // The form's own checks, else what the server said about the last answer sent.
    let local = RwSignal::new(FormErrors::default());
    let field = move |name: String| {
        Signal::derive(move || {
            local.with(|e| e.field(&name)).or_else(|| {
                steps.outcome.with(|o| match o {
                    Some(Outcome::Failed(e)) => e
                        .problem()
                        .and_then(|p| p.errors.iter().find(|f| f.field == name).cloned()),
                    _ => None,
                })
            })
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = AnswerDraft {
            lines: lines.get_untracked(),
            valid_until: valid_until.get_untracked(),
            payment_terms: payment.get_untracked(),
            delivery_terms: delivery.get_untracked(),
            incoterm: incoterm.get_untracked(),
            lead_days: lead.get_untracked(),
            note: note.get_untracked(),
        };
        match build_answer(&d, today) {
            Err(e) => {
                local.set(FormErrors::local(e));
                crate::browser::focus::focus_first_error();
            }
            Ok(answer) => {
                local.set(FormErrors::default());
                let (api, q) = (steps.api(), steps.shown.get_untracked());
                steps.run(
                    Box::pin(async move { api.answer_quote(&q, &answer).await }),
                    &ANSWERED,
                    |_| {},
                );
            }
        }
    };
    let note_error = field("note".into());
    view! {
        <form class="panel answer-form" on:submit=submit novalidate>
            <h2>{move || fill(pick(&ANSWER_TITLE, i18n.lang.get()), &[("n", &next().to_string())])}</h2>
            {quote.lines.iter().enumerate().map(|(i, l)| {
                let name = l.name.clone();
                let (list, quantity) = (l.list_unit.clone(), l.configuration.quantity);
                let err = field(format!("prices.{i}"));
                view! { <LinePriceInput i name list quantity lines err /> }
            }).collect_view()}
            <Field id="valid_until" label=tr3_attr(&common::VALID_UNTIL) kind="date" autocomplete="off" value=valid_until error=field("valid_until".into()) />
            <Field id="payment_terms" label=tr3_attr(&common::PAYMENT_TERMS) kind="text" autocomplete="off" value=payment error=field("payment_terms".into()) hint=tr3_attr(&PAYMENT_HINT) />
            <Field id="delivery_terms" label=tr3_attr(&common::DELIVERY_TERMS) kind="text" autocomplete="off" value=delivery error=field("delivery_terms".into()) />
            <Field id="incoterm" label=tr3_attr(&common::INCOTERM) kind="text" autocomplete="off" value=incoterm error=field("incoterm".into()) hint=tr3_attr(&INCOTERM_HINT) />
            <Field id="lead_days" label=tr3_attr(&LEAD_DAYS_LABEL) kind="number" autocomplete="off" value=lead error=field("lead_days".into()) />
            <div class="field">
                <label for="answer-note">{tr3(&NOTE_LABEL)}</label>
                <textarea id="answer-note" rows="3" maxlength="2000" bind:value=note></textarea>
                <p class="field-error">{move || note_error.get().map(|e| field_message(&e, i18n.t()))}</p>
            </div>
            <button type="submit" class="btn btn-primary btn-block" aria-disabled=move || steps.busy.get().then_some("true")>{tr3(&SEND_ANSWER)}</button>
        </form>
    }
}

/// One line's price: unit price or discount, the figure, and what it comes to.
#[component]
fn LinePriceInput(
    i: usize,
    name: expocx_contract::Localized,
    list: Money,
    quantity: u32,
    lines: RwSignal<Vec<LineDraft>>,
    err: Signal<Option<FieldError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = move || lines.with(|l| l.get(i).cloned().unwrap_or_default());
    let set = move |f: &dyn Fn(&mut LineDraft)| {
        lines.update(|l| {
            if let Some(d) = l.get_mut(i) {
                f(d)
            }
        })
    };
    let (kind_id, value_id, err_id) = (
        format!("kind-{i}"),
        format!("price-{i}"),
        format!("price-{i}-error"),
    );
    let list_minor = list.amount_minor;
    let currency = list.currency.clone();
    let comes_to = move || {
        let lang = i18n.lang.get();
        line_price(&draft()).map(|p| {
            let unit = Money {
                amount_minor: unit_after(list_minor, p),
                currency: currency.clone(),
            };
            let total = times(&unit, quantity);
            fill(
                pick(&COMES_TO, lang),
                &[
                    ("unit", &format::money(&unit, lang)),
                    ("total", &format::money(&total, lang)),
                    ("n", &quantity.to_string()),
                ],
            )
        })
    };
    let product = move || name.get(i18n.lang.get()).to_string();
    view! {
        <fieldset class="line-price">
            <legend>{product} " · " {move || fill(pick(&LIST_WAS, i18n.lang.get()), &[("price", &format::money(&list, i18n.lang.get())), ("n", &quantity.to_string())])}</legend>
            <div class="line-price-row">
                <div class="field">
                    <label for=kind_id.clone()>{tr3(&PRICE_KIND)}</label>
                    <select id=kind_id prop:value=move || if draft().discount { "discount" } else { "unit" }
                        on:change=move |ev| { let d = event_target_value(&ev) == "discount"; set(&|l| l.discount = d) }>
                        <option value="unit">{tr3(&KIND_UNIT)}</option>
                        <option value="discount">{tr3(&KIND_DISCOUNT)}</option>
                    </select>
                </div>
                <div class="field">
                    <label for=value_id.clone()>{move || pick(if draft().discount { &VALUE_DISCOUNT } else { &VALUE_UNIT }, i18n.lang.get())}</label>
                    <input id=value_id type="text" inputmode="decimal" autocomplete="off" prop:value=move || draft().value
                        on:input=move |ev| { let v = event_target_value(&ev); set(&|l| l.value = v.clone()) }
                        aria-invalid=move || err.with(Option::is_some).then_some("true") aria-describedby=err_id.clone() />
                </div>
            </div>
            <p class="hint" aria-live="polite">{comes_to}</p>
            <p class="field-error" id=err_id>{move || err.get().map(|e| field_message(&e, i18n.t()))}</p>
        </fieldset>
    }
}
