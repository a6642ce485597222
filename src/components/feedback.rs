//! Loading skeletons and error panels: every state of a page is designed.

use std::any::Any;
use std::rc::Rc;

use leptos::prelude::*;

use leptos_router::hooks::use_location;
use send_wrapper::SendWrapper;

use crate::api::ApiError;
use crate::components::resource::{value, Answer, Res};
use crate::i18n::{error_message, tr, use_i18n};

/// `/signin?next=<where the visitor is now>`, so signing in brings them back.
pub fn signin_href(path: &str, search: &str) -> String {
    let here = format!("{path}{search}");
    format!(
        "/signin?next={}",
        expocx_contract::encode_query_value(&here)
    )
}

/// A failed request, said in the visitor's language, with the action that can fix it.
#[component]
pub fn ErrorPanel(
    error: ApiError,
    #[prop(into)] on_retry: Callback<()>,
    /// The panel stands for the whole page: it carries the page's heading.
    #[prop(optional)]
    page: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let loc = use_location();
    let expired = error.is_session_expired();
    let not_found = error.status() == Some(404);
    let err = StoredValue::new(error);
    view! {
        <section class="panel error-panel" role="alert">
            {page.then(|| view! {
                <h1>{move || if not_found { i18n.t().notfound_title } else { i18n.t().err_title }}</h1>
            })}
            <p class="error-text">{move || err.with_value(|e| error_message(e, i18n.t()))}</p>
            {move || {
                if expired {
                    let href = signin_href(&loc.pathname.get(), &loc.search.get());
                    view! { <a href=href class="btn btn-primary">{i18n.t().signin_again}</a> }
                        .into_any()
                } else if not_found {
                    view! { <a href="/" class="btn">{i18n.t().notfound_home}</a> }.into_any()
                } else {
                    view! {
                        <button type="button" class="btn btn-primary" on:click=move |_| on_retry.run(())>
                            {i18n.t().retry}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// Grey placeholders in the shape of a grid of cards while they load.
#[component]
pub fn CardsSkeleton(#[prop(default = 6)] count: usize) -> impl IntoView {
    view! {
        <div class="grid cards" aria-busy="true">
            <span class="visually-hidden" role="status">{tr(|m| m.loading)}</span>
            {(0..count)
                .map(|_| {
                    view! {
                        <div class="card skeleton" aria-hidden="true">
                            <div class="sk-img"></div>
                            <div class="sk-line"></div>
                            <div class="sk-line short"></div>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The top of the home page while the expo loads: the same box as the static skeleton in
/// `index.html` and as the loaded hero with its halls (`.home-top`), so nothing moves.
#[component]
pub fn HomeTopSkeleton() -> impl IntoView {
    view! {
        <div class="home-top" aria-busy="true">
            <span class="visually-hidden" role="status">{tr(|m| m.loading)}</span>
            <div class="hero skeleton" aria-hidden="true">
                <div class="sk-line title"></div>
                <div class="sk-line"></div>
                <div class="sk-line short"></div>
            </div>
        </div>
    }
}

/// A placeholder block for a heading and a few lines.
#[component]
pub fn BlockSkeleton() -> impl IntoView {
    view! {
        <div class="panel skeleton" aria-busy="true">
            <span class="visually-hidden" role="status">{tr(|m| m.loading)}</span>
            <div class="sk-line title" aria-hidden="true"></div>
            <div class="sk-line" aria-hidden="true"></div>
            <div class="sk-line short" aria-hidden="true"></div>
        </div>
    }
}

/// Shows what `resource` loaded through `ok`, `fallback` while it loads, and an
/// [`ErrorPanel`] with retry when it failed. Keeps showing the previous content while a new
/// request (filter change, retry) is under way.
#[component]
pub fn Loaded<T, F, V>(
    resource: Res<T>,
    #[prop(into)] fallback: ViewFn,
    ok: F,
    /// The resource is the page's main content: a failure carries the page heading.
    #[prop(optional)]
    page: bool,
) -> impl IntoView
where
    T: Clone + 'static,
    F: Fn(T) -> V + 'static,
    V: IntoView + 'static,
{
    let ok: ShowAnswer = Rc::new(move |v| ok(value::<T>(v)).into_any());
    untyped_loaded(resource.inner, fallback, SendWrapper::new(ok), page)
}

/// How a section shows its loaded answer, whatever its type.
type ShowAnswer = Rc<dyn Fn(&Rc<dyn Any>) -> AnyView>;

/// The one `Transition` of every loaded section: its rendering code exists once, whatever
/// the sections show.
#[inline(never)]
fn untyped_loaded(
    resource: LocalResource<Answer>,
    fallback: ViewFn,
    ok: SendWrapper<ShowAnswer>,
    page: bool,
) -> AnyView {
    view! {
        <Transition fallback=move || fallback.run()>
            {move || {
                let ok = ok.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => ok(&value),
                        Err(error) => {
                            view! { <ErrorPanel error=error page=page on_retry=move |_| resource.refetch() /> }
                                .into_any()
                        }
                    }
                })
            }}
        </Transition>
    }
    .into_any()
}

/// Nothing in the cart, and the way to fill it.
#[component]
pub fn EmptyCart() -> impl IntoView {
    view! {
        <section class="panel empty">
            <p>{tr(|m| m.cart_empty)}</p>
            <a href="/products" class="btn btn-primary">{tr(|m| m.cart_browse)}</a>
        </section>
    }
}
