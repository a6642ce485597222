//! Sign-in with WeChat, inside WeChat's browser only: the choice on the sign-in page (silent,
//! or sharing the WeChat name), and the page WeChat sends the visitor back to.

use expocx_contract::{WechatExchange, WechatScope};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::{Api, ApiError};
use crate::browser::wechat;
use crate::components::feedback::BlockSkeleton;
use crate::i18n::auth::wechat_signin::*;
use crate::i18n::lazy::error_message;
use crate::i18n::{pick, tr3, use_i18n};
use crate::state::use_session;

/// On the sign-in page, inside WeChat only: both ways to sign in with WeChat.
#[component]
pub fn WechatChoice(next: Signal<String>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let failure = RwSignal::new(None::<ApiError>);
    let go = move |scope: WechatScope| {
        spawn_local(async move {
            match api.wechat_start(scope, &next.get_untracked()).await {
                Ok(start) => wechat::go_to(&start.authorize_url),
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    wechat::in_wechat().then(|| {
        view! {
            <div class="wechat-signin">
                <button type="button" class="btn btn-primary btn-block" on:click=move |_| go(WechatScope::Base)>{tr3(&WITH_WECHAT)}</button>
                <button type="button" class="btn btn-block" on:click=move |_| go(WechatScope::Userinfo)>{tr3(&WITH_NAME)}</button>
                <p class="form-error" role="alert">
                    {move || failure.get().map(|e| if e.status() == Some(404) { pick(&UNAVAILABLE, i18n.lang.get()).to_string() } else { error_message(&e, i18n.t()) })}
                </p>
                <p class="muted">{tr3(&OR)}</p>
            </div>
        }
    })
}

/// `/auth/wechat?code=…&state=…`: where WeChat sends the visitor back.
#[component]
pub fn WechatReturn() -> impl IntoView {
    let api = expect_context::<Api>();
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let failed = RwSignal::new(false);
    let (code, state) = query.with_untracked(|q| (q.get("code"), q.get("state")));
    spawn_local(async move {
        let (Some(code), Some(state)) = (code, state) else {
            failed.set(true);
            return;
        };
        match api.wechat_finish(&WechatExchange { code, state }).await {
            Ok(done) => {
                session.sign_in(done.session);
                navigate(
                    &done.next,
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                );
            }
            Err(_) => failed.set(true),
        }
    });
    view! {
        <section class="auth panel">
            <h1>{tr3(&WITH_WECHAT)}</h1>
            {move || if failed.get() {
                view! {
                    <p role="alert">{tr3(&FAILED)}</p>
                    <a href="/signin" class="btn btn-primary">{tr3(&AGAIN)}</a>
                }.into_any()
            } else {
                view! { <p role="status">{tr3(&SIGNING_IN)}</p> <BlockSkeleton /> }.into_any()
            }}
        </section>
    }
}
