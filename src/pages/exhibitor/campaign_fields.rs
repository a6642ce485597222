//! The campaign editor's inputs, each bound to one value of the form through a [`Lens`], with
//! its label, an optional hint, and its error (its own or the server's, by the field's wire
//! name) announced beside it.

use expocx_contract::Category;
use leptos::prelude::*;

use super::campaign_draft::{CampaignValues, Lens};
use crate::components::form::FormErrors;
use crate::i18n::{field_message, pick, tr3, use_i18n, Text};

/// The form's values and its errors, handed to every input.
#[derive(Clone, Copy)]
pub struct Form {
    pub values: RwSignal<CampaignValues>,
    pub errors: RwSignal<FormErrors>,
}

impl Form {
    pub fn read<T: Clone>(self, lens: Lens<T>) -> T {
        self.values.with(|v| (lens.get)(v).clone())
    }

    /// A yes/no of the form that notifies only when it changes: what it shows or hides is not
    /// rebuilt (losing focus) at each key typed elsewhere.
    pub fn flag(self, lens: Lens<bool>) -> Memo<bool> {
        Memo::new(move |_| self.read(lens))
    }

    pub fn write<T>(self, lens: Lens<T>, value: T) {
        self.values.update(|v| *(lens.set)(v) = value);
    }

    fn invalid(self, field: &'static str) -> Option<&'static str> {
        self.errors
            .with(|e| e.field(field).is_some())
            .then_some("true")
    }
}

/// The error of `field`, under its input (`id` for `aria-describedby`).
#[component]
pub fn ErrorLine(form: Form, field: &'static str, id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error" id=id>
            {move || form.errors.with(|e| e.field(field)).map(|e| field_message(&e, i18n.t()))}
        </p>
    }
}

/// What an input holds.
#[derive(Clone, Copy, Default, PartialEq)]
pub enum Kind {
    #[default]
    Line,
    /// A text of a few lines.
    Long,
    /// A whole number (empty allowed: not used). Typed as text, as staff type it: a number
    /// input would hide a half-typed value (`-`) and the form would then clear it.
    Whole,
    /// A whole number that may be below zero (the phone shows its full keyboard).
    Signed,
    /// Yuan, with at most two decimals.
    Yuan,
}

/// One input (or text area) with its label, hint and error.
#[component]
pub fn Entry(
    form: Form,
    id: &'static str,
    label: &'static Text,
    /// The field's name as the server names it.
    field: &'static str,
    lens: Lens<String>,
    #[prop(optional)] kind: Kind,
    #[prop(optional)] hint: Option<&'static Text>,
    #[prop(optional)] placeholder: &'static str,
    /// The longest text.
    #[prop(optional)]
    max: Option<i64>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let (hint_id, err_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described = match hint {
        Some(_) => format!("{hint_id} {err_id}"),
        None => err_id.clone(),
    };
    let value = move || form.read(lens);
    let on_input = move |ev| form.write(lens, event_target_value(&ev));
    let invalid = move || form.invalid(field);
    let placeholder = (!placeholder.is_empty()).then_some(placeholder);
    let input = if kind == Kind::Long {
        view! {
            <textarea id=id rows="3" maxlength=max prop:value=value on:input=on_input
                aria-invalid=invalid aria-describedby=described></textarea>
        }
        .into_any()
    } else {
        let mode = match kind {
            Kind::Whole => Some("numeric"),
            Kind::Yuan => Some("decimal"),
            _ => None,
        };
        view! {
            <input id=id type="text" inputmode=mode autocomplete="off" placeholder=placeholder
                maxlength=max aria-required=required.then_some("true") prop:value=value on:input=on_input
                aria-invalid=invalid aria-describedby=described />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{tr3(label)}</label>
            {input}
            {hint.map(|h| view! { <p class="hint" id=hint_id>{tr3(h)}</p> })}
            <ErrorLine form field id=err_id />
        </div>
    }
}

/// A group of checkboxes, one per option, bound to a row of flags.
#[component]
pub fn Checks(
    form: Form,
    id: &'static str,
    legend: &'static Text,
    field: &'static str,
    lens: Lens<Vec<bool>>,
    options: Vec<&'static Text>,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    view! {
        <fieldset class="campaign-checks" aria-describedby=err_id.clone()>
            <legend>{tr3(legend)}</legend>
            <div class="options">
                {options.into_iter().enumerate().map(|(i, text)| view! {
                    <label class="chip-option">
                        <input type="checkbox" name=id
                            prop:checked=move || form.values.with(|v| (lens.get)(v).get(i).copied().unwrap_or(false))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                form.values.update(|v| if let Some(flag) = (lens.set)(v).get_mut(i) {
                                    *flag = on;
                                });
                            } />
                        {tr3(text)}
                    </label>
                }).collect_view()}
            </div>
            <ErrorLine form field id=err_id.clone() />
        </fieldset>
    }
}

/// One checkbox with its label.
#[component]
pub fn Tick(form: Form, id: &'static str, label: &'static Text, lens: Lens<bool>) -> impl IntoView {
    view! {
        <div class="field checkbox">
            <input id=id type="checkbox" prop:checked=move || form.read(lens)
                on:change=move |ev| form.write(lens, event_target_checked(&ev)) />
            <label for=id>{tr3(label)}</label>
        </div>
    }
}

/// A select of the fair's categories, `none` (value empty) first.
#[component]
pub fn CategorySelect(
    form: Form,
    id: &'static str,
    label: &'static Text,
    none: &'static Text,
    lens: Lens<String>,
    categories: Vec<Category>,
    #[prop(optional)] hint: Option<&'static Text>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let selected = move |v: &str| form.values.with(|f| (lens.get)(f) == v);
    view! {
        <div class="field">
            <label for=id>{tr3(label)}</label>
            <select id=id on:change=move |ev| form.write(lens, event_target_value(&ev))
                aria-describedby=hint.map(|_| hint_id.clone())>
                <option value="" selected=move || selected("")>{tr3(none)}</option>
                {categories.into_iter().map(|c| {
                    let value = c.id.to_string();
                    let is = value.clone();
                    view! {
                        <option value=value selected=move || selected(&is)>
                            {move || c.name.get(i18n.lang.get()).to_string()}
                        </option>
                    }
                }).collect_view()}
            </select>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || pick(h, i18n.lang.get())}</p> })}
        </div>
    }
}
