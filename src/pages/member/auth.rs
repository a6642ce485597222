//! Sign-in and sign-up forms. A failed request keeps what was typed; sign-up sends an
//! idempotency key so a retry after a timeout never creates a second account.

use expocx_contract::{Lang, LoginRequest, RegisterRequest};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::{idempotency_key, Api, ApiError};
use crate::components::form::{send_checked, submit, Field, FormEnd, FormErrors};
use crate::i18n::auth::sign_in::*;
use crate::i18n::{lazy, pick, tr3, use_i18n};
use crate::state::session::safe_next;
use crate::state::use_session;

/// The other form's address, coming back to the same place.
fn with_next(path: &str, next: &str) -> String {
    format!("{path}?next={}", expocx_contract::encode_query_value(next))
}

#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let api = expect_context::<Api>();
    let query = use_query_map();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(FormErrors::default());
    let next = move || safe_next(query.with(|q| q.get("next")).as_deref());
    let asked_to_sign_in = move || query.with(|q| q.get("next").is_some());

    let submit = submit(
        errors,
        move |req: LoginRequest| async move { api.login(&req).await },
        move |result| {
            if let Ok(s) = result {
                signed_in(session, s.clone(), &navigate, &untrack(next));
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = LoginRequest {
            email: email.get_untracked().trim().to_string(),
            password: password.get_untracked(),
        };
        let fields = req.validate();
        send_checked(errors, submit, req, fields);
    };
    let signup_href = move || with_next("/signup", &next());
    view! {
        <section class="auth panel">
            <h1>{tr3(&SIGNIN_TITLE)}</h1>
            {move || {
                if session.expired() {
                    Some(view! { <p class="notice" role="status">{pick(&SESSION_EXPIRED, i18n.lang.get())}</p> })
                } else if asked_to_sign_in() {
                    Some(view! { <p class="notice" role="status">{pick(&SIGNIN_REQUIRED, i18n.lang.get())}</p> })
                } else {
                    None
                }
            }}
            <super::wechat_signin::WechatChoice next=Signal::derive(next) />
            <form on:submit=on_submit novalidate>
                <Field id="email" kind="email" autocomplete="email" value=email
                    label=Signal::derive(move || pick(&FIELD_EMAIL, i18n.lang.get()))
                    error=Signal::derive(move || errors.with(|e| e.field("email"))) />
                <Field id="password" kind="password" autocomplete="current-password" value=password
                    label=Signal::derive(move || pick(&FIELD_PASSWORD, i18n.lang.get()))
                    error=Signal::derive(move || errors.with(|e| e.field("password"))) />
                <FormEnd errors=errors pending=submit.pending().into() label=&SIGNIN_SUBMIT />
            </form>
            <p class="switch-form">
                {tr3(&SIGNIN_NO_ACCOUNT)} " "
                <a href=signup_href>{tr3(&SIGNIN_CREATE)}</a>
            </p>
        </section>
    }
}

#[component]
pub fn SignUp() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let api = expect_context::<Api>();
    let query = use_query_map();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(FormErrors::default());
    // One key per form: resending after a timeout is the same registration.
    let key = StoredValue::new(idempotency_key());
    let next = move || safe_next(query.with(|q| q.get("next")).as_deref());

    let submit = submit(
        errors,
        move |req: RegisterRequest| {
            let key = key.get_value();
            async move { api.register(&req, &key).await }
        },
        move |result| {
            match result {
                Ok(s) => signed_in(session, s.clone(), &navigate, &untrack(next)),
                // A different body needs a different key; the same body may reuse it.
                Err(ApiError::Problem { status: 422, .. }) => key.set_value(idempotency_key()),
                Err(_) => {}
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let req = RegisterRequest {
            email: email.get_untracked().trim().to_string(),
            password: password.get_untracked(),
            display_name: name.get_untracked().trim().to_string(),
            locale: Some(i18n.lang.get_untracked()).filter(|l| Lang::ALL.contains(l)),
        };
        let fields = req.validate();
        send_checked(errors, submit, req, fields);
    };
    let signin_href = move || with_next("/signin", &next());
    view! {
        <section class="auth panel">
            <h1>{tr3(&SIGNUP_TITLE)}</h1>
            <form on:submit=on_submit novalidate>
                <Field id="display_name" kind="text" autocomplete="nickname" value=name
                    label=Signal::derive(move || pick(&FIELD_DISPLAY_NAME, i18n.lang.get()))
                    error=Signal::derive(move || errors.with(|e| e.field("display_name"))) />
                <Field id="email" kind="email" autocomplete="email" value=email
                    label=Signal::derive(move || pick(&FIELD_EMAIL, i18n.lang.get()))
                    error=Signal::derive(move || errors.with(|e| e.field("email"))) />
                <Field id="password" kind="password" autocomplete="new-password" value=password
                    label=Signal::derive(move || pick(&FIELD_PASSWORD, i18n.lang.get()))
                    hint=Signal::derive(move || pick(&lazy::PASSWORD_HINT, i18n.lang.get()))
                    error=Signal::derive(move || errors.with(|e| e.field("password"))) />
                <FormEnd errors=errors pending=submit.pending().into() label=&SIGNUP_SUBMIT />
            </form>
            <p class="switch-form">
                {tr3(&SIGNUP_HAVE_ACCOUNT)} " "
                <a href=signin_href>{tr3(&SIGNIN_SUBMIT)}</a>
            </p>
        </section>
    }
}

/// Signed in or up: the session starts and the visitor goes on to where they were headed.
fn signed_in(
    session: crate::state::SessionState,
    s: expocx_contract::Session,
    navigate: &impl Fn(&str, NavigateOptions),
    next: &str,
) {
    crate::state::saved::keep_only(s.user.id);
    session.sign_in(s);
    navigate(
        next,
        NavigateOptions {
            replace: true,
            ..Default::default()
        },
    );
}
