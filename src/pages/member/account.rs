//! The member center's account page.

use expocx_contract::Role;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::Api;
use crate::format;
use crate::i18n::{tr, use_i18n};
use crate::state::use_session;

#[component]
pub fn Account() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let api = expect_context::<Api>();
    // The guard of the member area takes the visitor home once the account is gone.
    let sign_out = move |_| session.sign_out(api.clone());
    view! {
        <section class="panel">
            <h1>{tr(|m| m.me_title)}</h1>
            {move || session.user.get().map(|u| {
                let since = u.created_at.date_naive();
                let role = u.role;
                view! {
                    <p class="greeting">{u.display_name.clone()}</p>
                    <dl class="facts">
                        <dt>{tr(|m| m.me_email)}</dt>
                        <dd>{u.email.clone()}</dd>
                        <dt>{tr(|m| m.me_role)}</dt>
                        <dd>{move || if role == Role::Exhibitor { i18n.t().role_exhibitor } else { i18n.t().role_visitor }}</dd>
                        <dt>{tr(|m| m.me_member_since)}</dt>
                        <dd>{move || format::date(since, i18n.lang.get())}</dd>
                    </dl>
                }
            })}
            <p><A href="/privacy">{tr(|m| m.privacy_title)}</A></p>
            <button type="button" class="btn" on:click=sign_out>{tr(|m| m.signout)}</button>
        </section>
    }
}
