//! What the page on screen says about itself to whoever shows a link to it: the document's
//! title, its description and its picture (`og:*`, declared in `index.html`). WeChat's share
//! card (`public/wechat.js`) reads them; so do screen readers (the title) and link previews. A
//! public page describes itself once its data is here; every other page shows the default.

use std::cell::RefCell;
use std::rc::Rc;

use expocx_contract::Lang;
use leptos::prelude::*;
use leptos_router::location::Location;

/// One page's card, in one language.
pub struct Card {
    pub title: String,
    pub text: String,
    /// An absolute URL, or empty for none.
    pub image: String,
}

type Describe = Rc<dyn Fn(Lang) -> Card>;

thread_local! {
    /// The page (path and query) that described itself, and how (in any language).
    static PAGE: RefCell<Option<(String, Describe)>> = const { RefCell::new(None) };
}

#[derive(Clone)]
struct Described(RwSignal<u32>, Location);

fn here(loc: &Location) -> String {
    format!("{}?{}", loc.pathname.get(), loc.search.get())
}

/// The page on screen describes itself (its texts in the language asked for).
pub fn describe(card: impl Fn(Lang) -> Card + 'static) {
    if let Some(Described(n, loc)) = use_context() {
        PAGE.with(|p| *p.borrow_mut() = Some((untrack(|| here(&loc)), Rc::new(card))));
        n.update(|n| *n += 1);
    }
}

/// Keeps the document's card in step with the page, its data and the language: the page's own
/// card while it is on screen, else `default`.
pub fn follow(lang: RwSignal<Lang>, loc: Location, default: fn(Lang) -> Card) {
    let described = RwSignal::new(0u32);
    provide_context(Described(described, loc.clone()));
    crate::state::watch::watch(move || {
        described.track();
        let (lang, path) = (lang.get(), here(&loc));
        let own = PAGE.with(|p| {
            p.borrow()
                .as_ref()
                .filter(|(at, _)| *at == path)
                .map(|(_, f)| f.clone())
        });
        let card = own.map_or_else(|| default(lang), |f| f(lang));
        document().set_title(&card.title);
        // Absolute, as the server writes it (link previews want a whole URL).
        let image = match crate::api::media(&card.image) {
            path if path.starts_with('/') => {
                window().location().origin().unwrap_or_default() + &path
            }
            url => url,
        };
        for (key, value) in [
            ("description", &card.text),
            ("og:title", &card.title),
            ("og:description", &card.text),
            ("og:image", &image),
        ] {
            if let Ok(Some(m)) = document().query_selector(&format!("meta[data-card=\"{key}\"]")) {
                let _ = m.set_attribute("content", value);
            }
        }
    });
}
