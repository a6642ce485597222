//! Route guards: signed-out visitors go to sign-in and come back to where they were; a
//! visitor who just signed out goes home.

use expocx_contract::Role;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

use super::feedback::signin_href;
use crate::i18n::tr;
use crate::state::use_session;

/// Renders `children` for signed-in accounts (of `role`, when given).
#[component]
pub fn RequireAccount(role: Option<Role>, children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let loc = use_location();
    // Only who is signed in matters: a change of the account's name (profile saved) must not
    // remount the page under it and lose its state.
    let who = Memo::new(move |_| (session.is_signed_in(), session.signed_out(), session.role()));
    move || {
        let (signed_in, signed_out, current_role) = who.get();
        if !signed_in && signed_out {
            view! { <Redirect path="/" /> }.into_any()
        } else if !signed_in {
            let to = signin_href(&loc.pathname.get_untracked(), &loc.search.get_untracked());
            view! { <Redirect path=to /> }.into_any()
        } else if role.is_some() && current_role != role {
            view! {
                <section class="panel" role="alert">
                    <p>{tr(|m| m.portal_only_exhibitors)}</p>
                </section>
            }
            .into_any()
        } else {
            children().into_any()
        }
    }
}
