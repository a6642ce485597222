//! Accepting an invite to an exhibitor's team (`/join/<token>`, opened from the invite's mail or
//! its QR code): which team and role, then sign in or create an account and come back here, then
//! join. An account belongs to one exhibitor at most; a used, revoked or expired invite says so.

use expocx_contract::{ErrorCode, InvitePreview, InviteState};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, ErrorPanel};
use crate::components::resource::Res;
use crate::format;
use crate::i18n::lazy::error_message;
use crate::i18n::team::join::*;
use crate::i18n::team::role_name;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};
use crate::state::use_session;

/// What accepting can come to besides joining, in words.
fn refusal(e: &ApiError) -> Option<&'static Text> {
    match e.problem()?.code {
        ErrorCode::InviteGone => Some(&GONE),
        ErrorCode::AlreadyStaff => Some(&ALREADY),
        ErrorCode::NotFound => Some(&INVALID),
        _ => None,
    }
}

#[component]
pub fn JoinPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let token = crate::components::route::token_in_path();
    let preview = {
        let token = token.clone();
        Res::new(move || {
            let token = token.clone();
            async move { api.invite_preview(&token).await }
        })
    };
    view! {
        <section class="auth panel" aria-labelledby="join-h">
            <h1 id="join-h">{tr3(&TITLE)}</h1>
            {move || match preview.get() {
                None => view! { <BlockSkeleton /> }.into_any(),
                Some(Err(e)) if e.status() == Some(404) => view! { <p class="notice">{tr3(&INVALID)}</p> }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel error=e on_retry=move |_| preview.refetch() /> }.into_any(),
                Some(Ok(p)) => view! { <Offer preview=p token=token.clone() /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Offer(preview: InvitePreview, token: String) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let InvitePreview {
        exhibitor,
        booth,
        role,
        expires_at,
        state,
        ..
    } = preview;
    let offer = move || {
        let lang = i18n.lang.get();
        fill(
            pick(&OFFER, lang),
            &[
                ("exhibitor", exhibitor.get(lang)),
                ("booth", &booth),
                ("role", pick(role_name(role), lang)),
            ],
        )
    };
    let here = format!("/join/{token}");
    let next = expocx_contract::encode_query_value(&here);
    let accept = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        let (token, navigate) = (token.clone(), navigate.clone());
        spawn_local(async move {
            match api.accept_invite(&token).await {
                Ok(user) => {
                    session.account_changed(user);
                    navigate(
                        "/exhibitor",
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    );
                }
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let body = move || {
        if state != InviteState::Pending {
            return view! { <p class="notice" role="status">{tr3(&GONE)}</p> }.into_any();
        }
        match session.user() {
            None => view! {
                <p>{tr3(&SIGN_IN_FIRST)}</p>
                <div class="actions">
                    <a class="btn btn-primary" href=format!("/signup?next={next}")>{tr3(&CREATE)}</a>
                    <a class="btn" href=format!("/signin?next={next}")>{tr3(&SIGN_IN)}</a>
                </div>
            }.into_any(),
            Some(u) if u.exhibitor_id.is_some() => view! {
                <p class="notice" role="status">{tr3(&ALREADY)}</p>
                <a class="btn" href="/exhibitor">{tr3(&TO_PORTAL)}</a>
            }.into_any(),
            Some(u) => {
                let name = u.display_name.clone();
                view! {
                    <p class="muted">{move || fill(pick(&AS, i18n.lang.get()), &[("name", &name)])}</p>
                    <button type="button" class="btn btn-primary" disabled=move || busy.get() on:click=accept.clone()>
                        {move || pick(if busy.get() { &JOINING } else { &ACCEPT }, i18n.lang.get())}
                    </button>
                }.into_any()
            }
        }
    };
    view! {
        <p class="lead">{offer}</p>
        <p class="muted">{move || fill(pick(&VALID, i18n.lang.get()), &[("when", &format::date_time(expires_at, i18n.lang.get()))])}</p>
        {body}
        {move || failure.get().map(|e| view! {
            <p class="error-text" role="alert">{match refusal(&e) {
                Some(t) => pick(t, i18n.lang.get()).to_string(),
                None => error_message(&e, i18n.t()),
            }}</p>
        })}
    }
}
