//! The configurator's two halves: a fieldset per option group (options the rules close are
//! shown disabled, with the reason) and the live price, computed by the contract's own
//! `ConfigModel::price` so it is the figure the exhibitor's list would give.

use expocx_contract::configure::{
    Choice, ConfigModel, ConfigOption, ConfigPrice, Configuration, Conflict, OptionGroup,
};
use leptos::prelude::*;

use super::choices::{
    choose, clear_group, closed_text, conflict_text, delta_words, is_about, signed_money,
};
use crate::components::form::FormErrors;
use crate::components::quote::changes::lead_time;
use crate::format;
use crate::i18n::quotes::configure::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n};

/// The configuration's price, or why it has none.
pub type Priced = Result<ConfigPrice, Vec<Conflict>>;

/// The option groups; `shown` are the conflicts to say beside their group (after a send).
#[component]
pub fn OptionGroups(
    model: StoredValue<ConfigModel>,
    currency: String,
    chosen: RwSignal<Vec<String>>,
    shown: Signal<Vec<Conflict>>,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    let groups = model.with_value(|m| m.groups.clone());
    groups
        .into_iter()
        .map(|g| view! { <Group model group=g currency=currency.clone() chosen shown errors /> })
        .collect_view()
}

#[component]
fn Group(
    model: StoredValue<ConfigModel>,
    group: OptionGroup,
    currency: String,
    chosen: RwSignal<Vec<String>>,
    shown: Signal<Vec<Conflict>>,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let group = StoredValue::new(group);
    let (gid, required, one) =
        group.with_value(|g| (g.id.clone(), g.required, g.choice == Choice::One));
    let err_id = format!("choices.{gid}-error");
    let field = format!("choices.{gid}");
    let error = Memo::new(move |_| {
        let lang = i18n.lang.get();
        let local = shown.with(|cs| {
            model.with_value(|m| {
                cs.iter()
                    .find(|c| super::choices::conflict_field(m, c) == field)
                    .map(|c| conflict_text(m, c, lang))
            })
        });
        local.or_else(|| {
            errors.with(|e| {
                group
                    .with_value(|g| e.fields.iter().find(|f| is_about(g, &f.field)))
                    .map(|f| field_message(f, i18n.t()))
            })
        })
    });
    let none_checked =
        move || chosen.with(|c| group.with_value(|g| !g.options.iter().any(|o| c.contains(&o.id))));
    view! {
        <fieldset class="panel option-group" id=format!("choices.{gid}") aria-describedby=err_id.clone()
            aria-invalid=move || error.with(Option::is_some).then_some("true")>
            <legend>
                {move || group.with_value(|g| g.name.get(i18n.lang.get()).to_string())}
                {required.then(|| view! { " " <span class="required">{tr3(&REQUIRED)}</span> })}
            </legend>
            <div class="config-options">
                {(one && !required).then(|| view! {
                    <label class="config-option">
                        <input type="radio" name=format!("group-{gid}") value="" prop:checked=none_checked
                            on:change=move |_| chosen.update(|c| *c = group.with_value(|g| clear_group(g, c))) />
                        <span>{tr3(&NONE)}</span>
                    </label>
                })}
                {group.with_value(|g| g.options.clone()).into_iter().map(|o| view! {
                    <OptionChoice model option=o gid=gid.clone() one currency=currency.clone() chosen />
                }).collect_view()}
            </div>
            <p class="field-error" id=err_id.clone() role="alert">{move || error.get()}</p>
        </fieldset>
    }
}

#[component]
fn OptionChoice(
    model: StoredValue<ConfigModel>,
    option: ConfigOption,
    gid: String,
    one: bool,
    currency: String,
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = StoredValue::new(option.id.clone());
    let reason_id = format!("why-{}", option.id);
    let is_chosen = move || chosen.with(|c| id.with_value(|id| c.contains(id)));
    let closed = Memo::new(move |_| {
        chosen.with(|c| model.with_value(|m| id.with_value(|id| m.closed(c, id))))
    });
    let reason = move || {
        closed
            .get()
            .map(|c| model.with_value(|m| closed_text(m, &c, i18n.lang.get())))
    };
    let extra = move || {
        let lang = i18n.lang.get();
        let mut parts: Vec<String> = delta_words(option.delta, &currency, lang)
            .into_iter()
            .collect();
        if option.lead_days > 0 {
            parts.push(lead_time(option.lead_days, lang));
        }
        parts.join(" · ")
    };
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        chosen.update(|c| *c = model.with_value(|m| id.with_value(|id| choose(m, c, id, on))));
    };
    let label = option.label.clone();
    view! {
        <label class="config-option" class:closed=move || closed.get().is_some()>
            <input type=if one { "radio" } else { "checkbox" } name=format!("group-{gid}") value=option.id.clone()
                prop:checked=is_chosen on:change=toggle
                // A chosen option stays open, so it can still be taken back.
                disabled=move || closed.get().is_some() && !is_chosen()
                aria-describedby=reason_id.clone() />
            <span>{move || label.get(i18n.lang.get()).to_string()}</span>
            <span class="muted">{extra}</span>
            <span class="reason" id=reason_id>{reason}</span>
        </label>
    }
}

/// The live price: the unit price before options, each choice's difference, the unit price,
/// the total and the lead time, and what the next price break would make it.
#[component]
pub fn PricePanel(
    model: StoredValue<ConfigModel>,
    list_minor: i64,
    currency: String,
    cfg: Memo<Configuration>,
    priced: Memo<Priced>,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = StoredValue::new(currency);
    let money = move |minor: i64| {
        let m = expocx_contract::Money {
            amount_minor: minor,
            currency: currency.get_value(),
        };
        format::money(&m, i18n.lang.get())
    };
    let body = move || match priced.get() {
        Ok(p) => {
            let lang = i18n.lang.get();
            let label = |id: &str| {
                model.with_value(|m| {
                    m.groups
                        .iter()
                        .flat_map(|g| &g.options)
                        .find(|o| o.id == id)
                        .map_or_else(|| id.to_string(), |o| o.label.get(lang).to_string())
                })
            };
            // The next break's unit price with the same options, priced the same way.
            let next = p.next_break.map(|b| {
                let at = Configuration {
                    quantity: b.min_quantity,
                    ..cfg.get()
                };
                let unit = model
                    .with_value(|m| m.price(list_minor, &at))
                    .map_or(b.unit_minor, |n| n.unit_minor);
                fill(
                    pick(&NEXT_BREAK, lang),
                    &[("n", &b.min_quantity.to_string()), ("price", &money(unit))],
                )
            });
            view! {
                <dl class="totals">
                    <dt>{tr3(&BASE_UNIT)}</dt><dd>{money(p.base_minor)}</dd>
                    {p.deltas.into_iter().map(|(id, d)| view! {
                        <dt>{label(&id)}</dt><dd>{currency.with_value(|c| signed_money(d, c, lang))}</dd>
                    }).collect_view()}
                    <dt>{tr3(&UNIT_PRICE)}</dt><dd>{money(p.unit_minor)}</dd>
                    <dt>{tr3(&crate::i18n::quote_common::quote_common::QUANTITY)}</dt><dd>{cfg.get().quantity}</dd>
                    <dt class="grand">{tr3(&crate::i18n::quote_common::quote_common::TOTAL)}</dt>
                    <dd class="grand">{money(p.total_minor)}</dd>
                    <dt>{tr3(&crate::i18n::quote_common::quote_common::LEAD_TIME)}</dt><dd>{lead_time(p.lead_days, lang)}</dd>
                </dl>
                {next.map(|n| view! { <p class="next-break">{n}</p> })}
            }
            .into_any()
        }
        Err(conflicts) => {
            let lang = i18n.lang.get();
            view! {
                <p>{tr3(&TO_PRICE)}</p>
                <ul class="conflicts">
                    {conflicts.iter().map(|c| view! { <li>{model.with_value(|m| conflict_text(m, c, lang))}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel price-panel" aria-labelledby="price-h">
            <h2 id="price-h">{tr3(&LIVE_PRICE)}</h2>
            <div aria-live="polite">{body}</div>
            <p class="hint">{tr3(&INDICATIVE)}</p>
        </section>
    }
}
