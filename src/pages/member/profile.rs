//! The member's profile, password and sessions. A failed save keeps what was typed.

use expocx_contract::{PasswordChange, Profile};
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::components::form::{field_error, send_if_valid, submit, Field, FormErrors};
use crate::i18n::lazy::error_message;
use crate::i18n::member::profile::*;
use crate::i18n::{lazy, pick, tr3, tr3_attr, use_i18n, Text};
use crate::state::use_session;

/// The outcome line under a form: saved, or what went wrong (announced either way).
#[component]
fn Outcome(errors: RwSignal<FormErrors>, done: RwSignal<bool>, ok: &'static Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="form-outcome" role="status">
            {move || match errors.get().general {
                Some(e) if errors.with(|f| f.fields.is_empty()) => error_message(&e, i18n.t()),
                _ if done.get() => pick(ok, i18n.lang.get()).to_string(),
                _ => String::new(),
            }}
        </p>
    }
}

#[component]
pub fn ProfileForm() -> impl IntoView {
    let api = expect_context::<Api>();
    let session = use_session();
    let i18n = use_i18n();
    let (name, phone, company, title) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let errors = RwSignal::new(FormErrors::default());
    let done = RwSignal::new(false);
    let fill = move |p: Profile| {
        name.set(p.display_name);
        phone.set(p.phone);
        company.set(p.company);
        title.set(p.job_title);
    };
    // Loaded once; the fields stay editable while it loads (nothing typed is overwritten late).
    leptos::task::spawn_local(async move {
        if let Ok(p) = api.profile().await {
            if name.with_untracked(String::is_empty) {
                fill(p);
            }
        }
    });
    let save = submit(
        errors,
        move |p: Profile| async move { api.save_profile(&p).await },
        move |r| {
            done.set(r.is_ok());
            if let Ok(p) = r {
                session.profile_saved(p.display_name.clone());
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        let p = Profile {
            display_name: name.get_untracked(),
            phone: phone.get_untracked(),
            company: company.get_untracked(),
            job_title: title.get_untracked(),
        };
        send_if_valid(errors, p.validate(), save, p);
    };
    let err = move |f: &'static str| field_error(errors, f);
    view! {
        <section class="panel" aria-labelledby="profile-h">
            <h2 id="profile-h">{tr3(&ACCOUNT_PROFILE_TITLE)}</h2>
            <form on:submit=on_submit novalidate>
                <Field id="display_name" kind="text" autocomplete="name" value=name
                    label=tr3_attr(&PROFILE_NAME) error=err("display_name") />
                <Field id="phone" kind="tel" autocomplete="tel" value=phone
                    label=tr3_attr(&PROFILE_PHONE) error=err("phone") />
                <Field id="company" kind="text" autocomplete="organization" value=company
                    label=tr3_attr(&PROFILE_COMPANY) error=err("company") />
                <Field id="job_title" kind="text" autocomplete="organization-title" value=title
                    label=tr3_attr(&PROFILE_JOB_TITLE) error=err("job_title") />
                <button type="submit" class="btn" disabled=move || save.pending().get()>
                    {move || if save.pending().get() { pick(&lazy::SUBMITTING, i18n.lang.get()) } else { pick(&FORM_SAVE, i18n.lang.get()) }}
                </button>
                <Outcome errors=errors done=done ok=&FORM_SAVED />
            </form>
        </section>
    }
}

#[component]
pub fn PasswordForm() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let errors = RwSignal::new(FormErrors::default());
    let done = RwSignal::new(false);
    let change = submit(
        errors,
        move |req: PasswordChange| async move { api.change_password(&req).await },
        move |r| {
            done.set(r.is_ok());
            if r.is_ok() {
                current.set(String::new());
                new.set(String::new());
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        let req = PasswordChange {
            current_password: current.get_untracked(),
            new_password: new.get_untracked(),
        };
        send_if_valid(errors, req.validate(), change, req);
    };
    let err = move |f: &'static str| field_error(errors, f);
    view! {
        <section class="panel" aria-labelledby="password-h">
            <h2 id="password-h">{tr3(&PASSWORD_TITLE)}</h2>
            <form on:submit=on_submit novalidate>
                <Field id="current_password" kind="password" autocomplete="current-password" value=current
                    label=tr3_attr(&PASSWORD_CURRENT) error=err("current_password") />
                <Field id="new_password" kind="password" autocomplete="new-password" value=new
                    label=tr3_attr(&PASSWORD_NEW) error=err("new_password")
                    hint=tr3_attr(&lazy::PASSWORD_HINT) />
                <button type="submit" class="btn" disabled=move || change.pending().get()>
                    {move || if change.pending().get() { pick(&lazy::SUBMITTING, i18n.lang.get()) } else { pick(&PASSWORD_TITLE, i18n.lang.get()) }}
                </button>
                <Outcome errors=errors done=done ok=&PASSWORD_CHANGED />
            </form>
        </section>
    }
}

/// Ends every session of the account (a lost phone), this one too.
#[component]
pub fn SignOutEverywhere() -> impl IntoView {
    let api = expect_context::<Api>();
    let session = use_session();
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<ApiError>);
    let all = Action::new_local(move |_: &()| async move { api.logout_all().await });
    crate::state::watch::watch(move || match all.value().get() {
        Some(Ok(())) => {
            crate::state::saved::clear();
            session.sign_out(api);
        }
        Some(Err(e)) => failed.set(Some(e)),
        None => {}
    });
    view! {
        <button type="button" class="btn" disabled=move || all.pending().get()
            on:click=move |_| { failed.set(None); all.dispatch(()); }>
            {tr3(&SIGNOUT_EVERYWHERE)}
        </button>
        <p class="form-error" role="alert">{move || failed.get().map(|e| error_message(&e, i18n.t()))}</p>
    }
}
