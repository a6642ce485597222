//! The configuration editor's inputs: the minimum quantity, the option groups with their
//! options, the rules and the price breaks, each in its fieldset. Each input shows its own
//! error (its path in the model, as `validate()` and the server name it) through the product
//! form's labelled inputs.

use expocx_contract::configure::{BREAKS_MAX, GROUPS_MAX, OPTIONS_MAX, RULES_MAX};
use expocx_contract::Lang;
use leptos::prelude::*;

use super::draft::{BreakDraft, GroupDraft, OptionDraft, RuleDraft};
use super::form::{ConfigForm, GroupRow, OptionRow};
use crate::components::form::FormErrors;
use crate::components::product_form::{text, Input, TextFields};
use crate::i18n::product_config::product_config::*;
use crate::i18n::{field_message, fill, pick, tr3, use_i18n, Text};

pub use crate::browser::focus::focus_soon;

/// "Option group 2": a numbered legend.
fn numbered(t: &'static Text, n: usize) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || fill(pick(t, i18n.lang.get()), &[("n", &n.to_string())])
}

/// A field's error where no input of its own carries it (a whole group, rule or list).
#[component]
fn ErrorLine(errors: RwSignal<FormErrors>, field: String) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("{}-error", field.replace('.', "-"));
    view! {
        <p class="field-error" id=id>
            {move || errors.with(|e| e.field(&field)).map(|e| field_message(&e, i18n.t()))}
        </p>
    }
}

/// A choice between two answers, as a select (one of the model's two-way settings).
#[component]
fn Choose(
    id: String,
    label: &'static Text,
    value: RwSignal<bool>,
    no: &'static Text,
    yes: &'static Text,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{tr3(label)}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev) == "1")>
                <option value="0" selected=move || !value.get()>{tr3(no)}</option>
                <option value="1" selected=move || value.get()>{tr3(yes)}</option>
            </select>
        </div>
    }
}

/// One of the model's options, by code, for a rule.
#[component]
fn OptionSelect(
    id: String,
    label: &'static Text,
    value: RwSignal<String>,
    /// Every option's code and label, in the form's order.
    choices: Memo<Vec<(String, String)>>,
    error: String,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let described = format!("{}-error", error.replace('.', "-"));
    let options = move || {
        let current = value.get();
        let list = choices.get();
        // A code since renamed or removed stays shown, so the rule does not silently change.
        let gone = (!current.is_empty() && !list.iter().any(|(c, _)| *c == current))
            .then(|| fill(pick(&GONE, i18n.lang.get()), &[("id", &current)]));
        let gone = gone.map(|t| view! { <option value=current.clone() selected=true>{t}</option> });
        let known = list.into_iter().map(|(code, label)| {
            let selected = code == current;
            view! { <option value=code.clone() selected=selected>{format!("{label} ({code})")}</option> }
        });
        (gone, known.collect_view())
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr3(label)}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || errors.with(|e| e.field(&error).is_some()).then_some("true")
                aria-describedby=described>
                <option value="" selected=move || value.get().is_empty()>{tr3(&CHOOSE)}</option>
                {options}
            </select>
        </div>
    }
}

/// The form's inputs (the section adds its notices and buttons).
#[component]
pub fn ConfigFields(form: ConfigForm, errors: RwSignal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let f = form;
    let choices = Memo::new(move |_| {
        let lang = match i18n.lang.get() {
            Lang::ZhHans => 0,
            Lang::ZhHant => 1,
            Lang::En => 2,
        };
        let mut all = Vec::new();
        for g in f.groups.get() {
            for o in g.options.get() {
                let code = o.id.get().trim().to_string();
                if !code.is_empty() {
                    all.push((code, o.label.0[lang].get()));
                }
            }
        }
        all
    });
    let add_group = move |_| {
        let row = f.group_row(&GroupDraft::blank());
        f.groups.update(|v| v.push(row));
        focus_soon(format!("#cfg-g{}-id", row.key));
    };
    let add_rule = move |_| {
        let row = f.rule_row(&RuleDraft::default());
        f.rules.update(|v| v.push(row));
        focus_soon(format!("#cfg-r{}-a", row.key));
    };
    let add_break = move |_| {
        let row = f.break_row(&BreakDraft::default());
        f.breaks.update(|v| v.push(row));
        focus_soon(format!("#cfg-b{}-min", row.key));
    };
    view! {
        <Input id="cfg-min-quantity".into() label=text(&MIN_QUANTITY) value=f.min_quantity errors
            field="config.min_quantity".into() inputmode="numeric" />
        <fieldset class="config-edit">
            <legend>{tr3(&GROUPS)}</legend>
            <p class="hint">{tr3(&LIMITS)}</p>
            <ErrorLine errors field="config.groups".into() />
            <For each=move || f.groups.get().into_iter().enumerate() key=|(i, g)| (*i, g.key) let((gi, g))>
                <GroupFields gi g form=f errors />
            </For>
            <button type="button" id="cfg-add-group" class="btn" on:click=add_group
                disabled=move || full(f.groups.with(Vec::len), GROUPS_MAX)>{tr3(&ADD_GROUP)}</button>
        </fieldset>
        <fieldset class="config-edit">
            <legend>{tr3(&RULES)}</legend>
            <p class="hint">{tr3(&RULES_HINT)}</p>
            <ErrorLine errors field="config.rules".into() />
            <For each=move || f.rules.get().into_iter().enumerate() key=|(i, r)| (*i, r.key) let((ri, r))>
                <fieldset class="config-item">
                    <legend>{numbered(&RULE, ri + 1)}</legend>
                    <div class="config-row">
                        <OptionSelect id=format!("cfg-r{}-a", r.key) label=&RULE_A value=r.a choices error=format!("config.rules.{ri}") errors />
                        <Choose id=format!("cfg-r{}-kind", r.key) label=&RULE_KIND value=r.requires no=&EXCLUDES yes=&REQUIRES />
                        <OptionSelect id=format!("cfg-r{}-b", r.key) label=&RULE_B value=r.b choices error=format!("config.rules.{ri}") errors />
                    </div>
                    <ErrorLine errors field=format!("config.rules.{ri}") />
                    <Remove label=&REMOVE_RULE then="#cfg-add-rule" errors
                        on_remove=move || f.rules.update(|v| v.retain(|x| x.key != r.key)) />
                </fieldset>
            </For>
            <button type="button" id="cfg-add-rule" class="btn" on:click=add_rule
                disabled=move || full(f.rules.with(Vec::len), RULES_MAX)>{tr3(&ADD_RULE)}</button>
        </fieldset>
        <fieldset class="config-edit">
            <legend>{tr3(&BREAKS)}</legend>
            <p class="hint">{tr3(&BREAKS_HINT)}</p>
            <ErrorLine errors field="config.breaks".into() />
            <For each=move || f.breaks.get().into_iter().enumerate() key=|(i, b)| (*i, b.key) let((bi, b))>
                <fieldset class="config-item">
                    <legend>{numbered(&BREAK, bi + 1)}</legend>
                    <div class="config-row">
                        <Input id=format!("cfg-b{}-min", b.key) label=text(&BREAK_FROM) value=b.min errors
                            field=format!("config.breaks.{bi}.min_quantity") inputmode="numeric" />
                        <Input id=format!("cfg-b{}-unit", b.key) label=text(&BREAK_UNIT) value=b.unit errors
                            field=format!("config.breaks.{bi}.unit_minor") inputmode="decimal" />
                    </div>
                    <Remove label=&REMOVE_BREAK then="#cfg-add-break" errors
                        on_remove=move || f.breaks.update(|v| v.retain(|x| x.key != b.key)) />
                </fieldset>
            </For>
            <button type="button" id="cfg-add-break" class="btn" on:click=add_break
                disabled=move || full(f.breaks.with(Vec::len), BREAKS_MAX)>{tr3(&ADD_BREAK)}</button>
        </fieldset>
    }
}

/// Whether a list has as many rows as the model allows.
fn full(rows: usize, max: usize) -> bool {
    rows >= max
}

/// Removes a row. The errors shown name rows by position, which has just changed: they are
/// cleared (saving finds them again). Focus goes to the button that adds such rows.
#[component]
fn Remove(
    label: &'static Text,
    #[prop(into)] then: String,
    errors: RwSignal<FormErrors>,
    on_remove: impl Fn() + 'static,
) -> impl IntoView {
    let click = move |_| {
        on_remove();
        errors.set(FormErrors::default());
        focus_soon(then.clone());
    };
    view! { <button type="button" class="btn btn-link" on:click=click>{tr3(label)}</button> }
}

#[component]
fn GroupFields(
    gi: usize,
    g: GroupRow,
    form: ConfigForm,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    let at = format!("config.groups.{gi}");
    let add_id = format!("cfg-g{}-add", g.key);
    let add_option = move |_| {
        let row = form.option_row(&OptionDraft::blank());
        g.options.update(|v| v.push(row));
        focus_soon(format!("#cfg-o{}-id", row.key));
    };
    let options_at = at.clone();
    view! {
        <fieldset class="config-group">
            <legend>{numbered(&GROUP, gi + 1)}</legend>
            <div class="config-row">
                <Input id=format!("cfg-g{}-id", g.key) label=text(&CODE) value=g.id errors field=format!("{at}.id") />
                <Choose id=format!("cfg-g{}-choice", g.key) label=&CHOICE value=g.many no=&ONE yes=&MANY />
            </div>
            <TextFields legend=text(&GROUP_NAME) field=format!("{at}.name") texts=g.name errors />
            <ErrorLine errors field=format!("{at}.name") />
            <label class="switch">
                <input type="checkbox" prop:checked=move || g.required.get()
                    on:change=move |ev| g.required.set(event_target_checked(&ev)) />
                {tr3(&REQUIRED)}
            </label>
            <ErrorLine errors field=format!("{at}.options") />
            <For each=move || g.options.get().into_iter().enumerate() key=|(i, o)| (*i, o.key) let((oi, o))>
                <OptionFields at=format!("{options_at}.options.{oi}") n=oi + 1 o group=g errors />
            </For>
            <div class="config-actions">
                <button type="button" id=add_id class="btn" on:click=add_option
                    disabled=move || full(g.options.with(Vec::len), OPTIONS_MAX)>{tr3(&ADD_OPTION)}</button>
                <Remove label=&REMOVE_GROUP then="#cfg-add-group" errors
                    on_remove=move || form.groups.update(|v| v.retain(|x| x.key != g.key)) />
            </div>
        </fieldset>
    }
}

#[component]
fn OptionFields(
    at: String,
    n: usize,
    o: OptionRow,
    group: GroupRow,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let delta_label = Signal::derive(move || {
        let t = if o.percent.get() {
            &DELTA_PERCENT
        } else {
            &DELTA_YUAN
        };
        pick(t, i18n.lang.get()).to_string()
    });
    view! {
        <fieldset class="config-item">
            <legend>{numbered(&OPTION, n)}</legend>
            <Input id=format!("cfg-o{}-id", o.key) label=text(&CODE) value=o.id errors field=format!("{at}.id") />
            <TextFields legend=text(&LABEL) field=format!("{at}.label") texts=o.label errors />
            <div class="config-row">
                <Choose id=format!("cfg-o{}-kind", o.key) label=&DELTA_KIND value=o.percent no=&AMOUNT yes=&PERCENT />
                // No numeric keypad: a phone's lacks the minus sign a discount needs.
                <Input id=format!("cfg-o{}-delta", o.key) label=delta_label value=o.delta errors field=format!("{at}.delta") />
                <Input id=format!("cfg-o{}-lead", o.key) label=text(&LEAD_DAYS) value=o.lead errors
                    field=format!("{at}.lead_days") inputmode="numeric" />
            </div>
            <Remove label=&REMOVE_OPTION then=format!("#cfg-g{}-add", group.key) errors
                on_remove=move || group.options.update(|v| v.retain(|x| x.key != o.key)) />
        </fieldset>
    }
}
