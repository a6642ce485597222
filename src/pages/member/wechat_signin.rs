//! Sign-in with WeChat, inside WeChat's browser only: the choice on the sign-in page (silent,
//! or sharing the WeChat name), and the page WeChat sends the visitor back to.

use expocx_contract::{Session, WechatExchange, WechatScope};
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
    // In a Mini Program's web-view the host signs in (WeChat's authorization pages are not
    // this site's and do not open there).
    (wechat::in_wechat() && !wechat::in_mini_program()).then(|| {
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

/// What a returning sign-in asks the backend: the session and where to go next, or nothing.
type Exchange = std::pin::Pin<Box<dyn std::future::Future<Output = Option<(Session, String)>>>>;

/// A sign-in coming back: `exchange` asks the backend for the session and where to go next; on
/// success the visitor goes on (this page replaced in the history), else sees `failed`.
fn returning(
    exchange: Exchange,
    failed: std::sync::Arc<dyn Fn() -> AnyView + Send + Sync>,
) -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let did_fail = RwSignal::new(false);
    spawn_local(async move {
        match exchange.await {
            Some((s, next)) => {
                crate::state::saved::keep_only(s.user.id);
                session.sign_in(s);
                navigate(
                    &next,
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                );
            }
            None => did_fail.set(true),
        }
    });
    view! {
        <section class="auth panel">
            <h1>{tr3(&WITH_WECHAT)}</h1>
            {move || if did_fail.get() {
                failed()
            } else {
                view! { <p role="status">{tr3(&SIGNING_IN)}</p> <BlockSkeleton /> }.into_any()
            }}
        </section>
    }
}

/// `/auth/wechat?code=…&state=…`: where WeChat sends the visitor back.
#[component]
pub fn WechatReturn() -> impl IntoView {
    let api = expect_context::<Api>();
    let (code, state) = use_query_map().with_untracked(|q| (q.get("code"), q.get("state")));
    let exchange = async move {
        let done = api
            .wechat_finish(&WechatExchange {
                code: code?,
                state: state?,
            })
            .await
            .ok()?;
        Some((done.session, done.next))
    };
    returning(
        Box::pin(exchange),
        std::sync::Arc::new(|| {
            view! {
                <p role="alert">{tr3(&FAILED)}</p>
                <a href="/signin" class="btn btn-primary">{tr3(&AGAIN)}</a>
            }
            .into_any()
        }),
    )
}

/// `/auth/mini?ticket=…&next=…`: the host Mini Program opened the page with a one-use ticket. It
/// leaves the address bar at once (replaced in the history), is exchanged for a session, and
/// the visitor goes on to where they were going. A used or expired ticket says so and leaves
/// them browsing.
#[component]
pub fn MiniReturn() -> impl IntoView {
    let api = expect_context::<Api>();
    let (ticket, next) = use_query_map().with_untracked(|q| (q.get("ticket"), q.get("next")));
    let next = crate::state::session::safe_next(next.as_deref());
    let query = format!("?next={}", expocx_contract::encode_query_value(&next));
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("/auth/mini{query}")),
        );
    }
    let go = next.clone();
    let exchange = async move {
        let s = api.wechat_mini_session(ticket?).await.ok()?;
        Some((s, go))
    };
    returning(
        Box::pin(exchange),
        std::sync::Arc::new(move || {
            view! {
                <p role="alert">{tr3(&MINI_FAILED)}</p>
                <a href=next.clone() class="btn btn-primary">{tr3(&KEEP_BROWSING)}</a>
                " "
                <a href=format!("/signin{query}") class="btn">{tr3(&AGAIN)}</a>
            }
            .into_any()
        }),
    )
}
