//! `/stop/<token>`: the "stop these" link every campaign message carries. It works signed out:
//! it names who sent the offer and which channels it would stop, and one button withdraws those
//! marketing consents, showing the receipts as the privacy center does.

use expocx_contract::campaigns::{StopInfo, Stopped};
use expocx_contract::Channel;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, ErrorPanel};
use crate::components::resource::Res;
use crate::i18n::lazy::error_message;
use crate::i18n::privacy::stop::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

fn channel_name(c: Channel) -> &'static crate::i18n::Text {
    match c {
        Channel::Sms => &SMS,
        Channel::Email => &EMAIL,
        _ => &WECHAT,
    }
}

#[component]
pub fn StopPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let token = crate::components::route::token_in_path();
    let info = {
        let token = token.clone();
        Res::new(move || {
            let token = token.clone();
            async move { api.stop_info(&token).await }
        })
    };
    view! {
        <section class="auth panel" aria-labelledby="stop-h">
            <h1 id="stop-h">{tr3(&TITLE)}</h1>
            {move || match info.get() {
                None => view! { <BlockSkeleton /> }.into_any(),
                Some(Err(e)) if e.status() == Some(404) => view! {
                    <p class="notice">{tr3(&INVALID)}</p>
                    <a class="btn" href="/privacy">{tr3(&TO_PRIVACY)}</a>
                }.into_any(),
                Some(Err(e)) => view! { <ErrorPanel error=e on_retry=move |_| info.refetch() /> }.into_any(),
                Some(Ok(i)) => view! { <Stop info=i token=token.clone() /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Stop(info: StopInfo, token: String) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<Stopped>);
    let failure = RwSignal::new(None::<ApiError>);
    let StopInfo {
        exhibitor, stops, ..
    } = info;
    let names = {
        let stops = stops.clone();
        move || {
            let lang = i18n.lang.get();
            let sep = if lang == expocx_contract::Lang::En {
                ", "
            } else {
                "、"
            };
            stops
                .iter()
                .map(|c| pick(channel_name(*c), lang))
                .collect::<Vec<_>>()
                .join(sep)
        }
    };
    let stop = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        let token = token.clone();
        spawn_local(async move {
            match api.stop_offers(&token).await {
                Ok(s) => done.set(Some(s)),
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let from = move || {
        fill(
            pick(&FROM, i18n.lang.get()),
            &[("exhibitor", exhibitor.get(i18n.lang.get()))],
        )
    };
    let body = move || match done.get() {
        Some(s) if s.receipt_ids.is_empty() => {
            view! { <p class="notice" role="status">{tr3(&ALREADY)}</p> }.into_any()
        }
        Some(s) => {
            let ids = s.receipt_ids.join(", ");
            view! { <p class="notice" role="status">{move || fill(pick(&DONE, i18n.lang.get()), &[("ids", &ids)])}</p> }.into_any()
        }
        None if stops.is_empty() => {
            view! { <p class="notice" role="status">{tr3(&ALREADY)}</p> }.into_any()
        }
        None => {
            let names = names.clone();
            view! {
                <p>{move || fill(pick(&WILL_STOP, i18n.lang.get()), &[("channels", &names())])}</p>
                <button type="button" class="btn btn-primary" disabled=move || busy.get() on:click=stop.clone()>
                    {move || pick(if busy.get() { &STOPPING } else { &STOP }, i18n.lang.get())}
                </button>
            }.into_any()
        }
    };
    view! {
        <p>{from}</p>
        {body}
        {move || failure.get().map(|e| view! {
            <p class="error" role="alert">{move || error_message(&e, i18n.t())}</p>
        })}
        <p><a href="/privacy">{tr3(&TO_PRIVACY)}</a></p>
    }
}
