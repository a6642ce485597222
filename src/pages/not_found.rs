//! The page for links that lead nowhere.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="panel center">
            <h1>{tr(|m| m.notfound_title)}</h1>
            <p>{tr(|m| m.notfound_body)}</p>
            <a href="/" class="btn btn-primary">{tr(|m| m.notfound_home)}</a>
        </section>
    }
}
