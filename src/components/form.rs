//! Form pieces shared by the areas: a labelled input or select with its inline, announced error,
//! and the errors of a submission (the form's own checks or the server's field errors).

use expocx_contract::FieldError;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::{field_message, use_i18n};

/// Field errors of a failed submission: the form's own checks or the server's answer.
#[derive(Clone, Default, PartialEq)]
pub struct FormErrors {
    pub fields: Vec<FieldError>,
    pub general: Option<ApiError>,
}

impl FormErrors {
    /// The form's own checks failed: these fields, nothing sent.
    pub fn local(fields: Vec<FieldError>) -> Self {
        FormErrors {
            fields,
            general: None,
        }
    }

    pub fn field(&self, name: &str) -> Option<FieldError> {
        self.fields.iter().find(|e| e.field == name).cloned()
    }
}

pub fn from_result<T>(r: &Result<T, ApiError>) -> FormErrors {
    match r {
        Ok(_) => FormErrors::default(),
        Err(e) => FormErrors {
            fields: e.problem().map(|p| p.errors.clone()).unwrap_or_default(),
            general: Some(e.clone()),
        },
    }
}

/// A form's submission: `send` sends the input; when the answer comes, the form shows its
/// field errors (or clears them) and `then` follows up (sign in, go on, refresh), in the action
/// itself rather than in an effect watching its value.
pub fn submit<I, O, Fut>(
    errors: RwSignal<FormErrors>,
    send: impl Fn(I) -> Fut + 'static,
    then: impl Fn(&Result<O, ApiError>) + 'static,
) -> Action<I, Result<O, ApiError>>
where
    I: Clone + Send + Sync + 'static,
    O: Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<O, ApiError>> + 'static,
{
    let then = std::rc::Rc::new(then);
    Action::new_local(move |input: &I| {
        let answer = send(input.clone());
        let then = then.clone();
        async move {
            let result = answer.await;
            errors.set(from_result(&result));
            then(&result);
            result
        }
    })
}

/// Sends `input` through `action`, unless the form's own checks found `fields` wrong: then
/// they are shown and nothing is sent.
pub fn send_checked<I, O>(
    errors: RwSignal<FormErrors>,
    action: Action<I, O>,
    input: I,
    fields: Vec<FieldError>,
) where
    I: Send + Sync + 'static,
    O: Send + Sync + 'static,
{
    if fields.is_empty() {
        action.dispatch(input);
    } else {
        errors.set(FormErrors::local(fields));
    }
}

/// The end of a form: what went wrong as a whole (announced), and the submit button, busy
/// while the form is being sent.
#[component]
pub fn FormEnd(
    errors: RwSignal<FormErrors>,
    pending: Signal<bool>,
    label: &'static crate::i18n::Text,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="form-error" role="alert">
            {move || errors.with(|e| e.general.as_ref().map(|g| crate::i18n::lazy::error_message(g, i18n.t())))}
        </p>
        <button type="submit" class="btn btn-primary btn-block" disabled=move || pending.get()>
            {move || crate::i18n::pick(if pending.get() { &crate::i18n::lazy::SUBMITTING } else { label }, i18n.lang.get())}
        </button>
    }
}

/// An input with its label and its inline error, wired for screen readers.
#[component]
pub fn Field(
    id: &'static str,
    label: Signal<&'static str>,
    #[prop(into)] kind: String,
    autocomplete: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<FieldError>>,
    #[prop(optional)] hint: Option<Signal<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = {
        let (err_id, hint_id) = (err_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(err_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input id=id name=id type=kind autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described />
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <p class="field-error" id=err_id>
                {move || error.get().map(|e| field_message(&e, i18n.t()))}
            </p>
        </div>
    }
}

/// Sends `input` with `action` when the form's own checks (`local`) pass, else shows them and
/// sends nothing.
pub fn send_if_valid<I, O>(
    errors: RwSignal<FormErrors>,
    local: Vec<FieldError>,
    action: Action<I, O>,
    input: I,
) where
    I: Send + Sync + 'static,
    O: Send + Sync + 'static,
{
    if local.is_empty() {
        action.dispatch(input);
    } else {
        errors.set(FormErrors::local(local));
    }
}

/// The error signal of one field, for `Field`.
pub fn field_error(
    errors: RwSignal<FormErrors>,
    field: &'static str,
) -> Signal<Option<FieldError>> {
    Signal::derive(move || errors.with(|e| e.field(field)))
}

/// A labelled select of `(value, words)` options with its announced error; `children` go
/// under it (a hint, another version of the value).
#[component]
pub fn SelectField(
    id: String,
    label: Signal<String>,
    value: RwSignal<String>,
    options: Signal<Vec<(String, String)>>,
    #[prop(optional)] error: Signal<Option<FieldError>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let err_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev)) aria-describedby=err_id.clone()
                aria-invalid=move || error.with(Option::is_some).then_some("true")>
                {move || options.get().into_iter().map(|(v, words)| {
                    let selected = value.get() == v;
                    view! { <option value=v selected=selected>{words}</option> }
                }).collect_view()}
            </select>
            {children.map(|c| c())}
            <p class="field-error" id=err_id>{move || error.get().map(|e| field_message(&e, i18n.t()))}</p>
        </div>
    }
}
