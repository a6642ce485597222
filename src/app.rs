//! The root component: state in context, the frame, and the pages (found by `areas::paths`).

use expocx_contract::Lang;
use leptos::prelude::*;
use leptos_router::components::Router;

use crate::areas::paths::Screens;
use crate::components::layout::Shell;
use crate::i18n::{detect, I18n};
use crate::state::{
    analytics, storage, CartStore, ConsentStore, InterestStore, RuntimeConfig, SessionState,
};

fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut langs: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        langs.push(l);
    }
    langs
}

/// Keeps `<html lang>` in step with the chosen language (screen readers, fonts and
/// hyphenation depend on it).
fn sync_document_language(lang: Lang) {
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", lang.tag());
    }
}

/// The card of a page that does not describe itself (the expo's).
pub fn default_card(lang: Lang) -> crate::browser::card::Card {
    crate::browser::card::Card {
        title: format!(
            "ExpoCX · {}",
            crate::i18n::messages(lang).home_featured_products
        ),
        text: "ExpoCX · 展会商品、展商与展位自提 · Expo storefront with booth pickup".into(),
        image: String::new(),
    }
}

#[component]
pub fn App(#[prop(optional)] config: RuntimeConfig) -> impl IntoView {
    let lang = detect(
        storage::get(storage::KEY_LANG).as_deref(),
        &browser_languages(),
        config.default_locale.as_deref(),
    );
    let i18n = I18n {
        lang: RwSignal::new(lang),
    };
    crate::state::watch::watch(move || sync_document_language(i18n.lang.get()));
    provide_context(i18n);

    let session = SessionState::restore();
    let api = session.client(&config.api_base);
    session.revalidate(api);
    let consent = ConsentStore::restore(api, session);
    analytics::flush_on_page_hide(consent, api);
    let cart = CartStore::restore(api, session);
    let interests = InterestStore::restore(api, consent, session);
    crate::areas::prefetch_likely_areas(cart, session);
    provide_context(cart);
    provide_context(interests);
    provide_context(session);
    provide_context(consent);
    provide_context(api);
    provide_context(config);

    view! {
        <Router>
            <Shell>
                <Screens />
            </Shell>
        </Router>
    }
}
