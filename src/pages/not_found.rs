//! The page for links that lead nowhere.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel center">
            <h1>{move || i18n.t().notfound_title}</h1>
            <p>{move || i18n.t().notfound_body}</p>
            <A href="/" attr:class="btn btn-primary">{move || i18n.t().notfound_home}</A>
        </section>
    }
}
