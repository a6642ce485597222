//! The frame of every page: skip link, header with navigation and language, main content,
//! footer, and the phone's bottom navigation.

use expocx_contract::{Lang, Role};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::consent_prompt::ConsentPrompt;
use crate::i18n::{tr, tr_attr, use_i18n};
use crate::state::{storage, use_session, RuntimeConfig};

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{tr(|m| m.skip_to_content)}</a>
        <Header />
        <ConsentPrompt />
        <OfflineBanner />
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{tr(|m| m.footer_note)}</p>
            <p><a href="/privacy">{tr(|m| m.footer_privacy)}</a></p>
        </footer>
        <BottomNav />
    }
}

/// Navigation entries: (path, label, shown to whom).
fn nav_items(signed_in: bool, role: Option<Role>, portal: bool) -> Vec<(&'static str, NavLabel)> {
    let mut items = vec![
        ("/", NavLabel::Home),
        ("/products", NavLabel::Products),
        ("/exhibitors", NavLabel::Exhibitors),
    ];
    // Booth staff get their portal where shoppers get the cart: five entries fit a phone.
    if portal && role == Some(Role::Exhibitor) {
        items.push(("/exhibitor", NavLabel::Portal));
    } else {
        items.push(("/cart", NavLabel::Cart));
    }
    items.push(if signed_in {
        ("/me", NavLabel::Me)
    } else {
        ("/signin", NavLabel::SignIn)
    });
    items
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum NavLabel {
    Home,
    Products,
    Exhibitors,
    Cart,
    Portal,
    Me,
    SignIn,
}

impl NavLabel {
    fn text(self, m: &crate::i18n::Messages) -> &'static str {
        match self {
            NavLabel::Home => m.nav_home,
            NavLabel::Products => m.nav_products,
            NavLabel::Exhibitors => m.nav_exhibitors,
            NavLabel::Cart => m.nav_cart,
            NavLabel::Portal => m.nav_portal,
            NavLabel::Me => m.nav_me,
            NavLabel::SignIn => m.nav_signin,
        }
    }

    fn icon(self) -> &'static str {
        // Simple 24px outline icons drawn with one path each.
        match self {
            NavLabel::Home => "M3 11 12 4l9 7v9h-6v-6H9v6H3z",
            NavLabel::Products => "M4 7h16l-1 13H5zM9 7a3 3 0 0 1 6 0",
            NavLabel::Exhibitors => "M3 20V9l9-5 9 5v11M8 20v-6h8v6",
            NavLabel::Cart => "M3 4h2l2 11h11l2-8H6M9 20h.01M17 20h.01",
            NavLabel::Portal => "M4 4h16v12H4zM8 20h8M12 16v4",
            NavLabel::Me | NavLabel::SignIn => {
                "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0"
            }
        }
    }
}

/// Whether `current` is inside the section of `href`.
pub fn is_current(href: &str, current: &str) -> bool {
    if href == "/" {
        current == "/"
    } else {
        current == href || current.starts_with(&format!("{href}/"))
    }
}

fn use_nav() -> Signal<Vec<(&'static str, NavLabel)>> {
    let session = use_session();
    let portal = use_context::<RuntimeConfig>()
        .map(|c| c.features.exhibitor_portal)
        .unwrap_or(true);
    Signal::derive(move || nav_items(session.is_signed_in(), session.role(), portal))
}

#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let loc = use_location();
    view! {
        <header class="site-header">
            <a href="/" class="brand">
                <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
                    <rect width="32" height="32" rx="8" fill="currentColor" />
                    <path d="M9 22V10h12M9 16h9M9 22h12" stroke="#fff" stroke-width="3" fill="none" />
                </svg>
                <span>{tr(|m| m.brand)}</span>
            </a>
            <nav class="top-nav" aria-label=tr_attr(|m| m.nav_label)>
                <ul>
                    {move || {
                        nav.get()
                            .into_iter()
                            .map(|(href, label)| {
                                let current = move || {
                                    is_current(href, &loc.pathname.get()).then_some("page")
                                };
                                view! {
                                    <li>
                                        <a href=href aria-current=current>
                                            {move || label.text(i18n.t())}
                                            {(label == NavLabel::Cart).then(|| view! { <CartBadge /> })}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </nav>
            <LangSwitcher />
        </header>
    }
}

#[component]
fn BottomNav() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let loc = use_location();
    view! {
        <nav class="bottom-nav" aria-label=tr_attr(|m| m.nav_label)>
            {move || {
                nav.get()
                    .into_iter()
                    .map(|(href, label)| {
                        let current = move || is_current(href, &loc.pathname.get()).then_some("page");
                        view! {
                            <a href=href aria-current=current>
                                <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                                    <path d=label.icon() fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
                                </svg>
                                <span>{move || label.text(i18n.t())}</span>
                                {(label == NavLabel::Cart).then(|| view! { <CartBadge /> })}
                            </a>
                        }
                    })
                    .collect_view()
            }}
        </nav>
    }
}

/// Switches the language at once and remembers it on this device.
#[component]
pub fn LangSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            storage::set(storage::KEY_LANG, lang.tag());
            i18n.lang.set(lang);
        }
    };
    view! {
        <label class="lang-switch">
            <span class="visually-hidden">{tr(|m| m.lang_label)}</span>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <path d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="currentColor" stroke-width="1.6" />
            </svg>
            <select on:change=on_change prop:value=move || i18n.lang.get().tag()>
                <option value="zh-Hans" lang="zh-Hans">{tr(|m| m.lang_zh_hans)}</option>
                <option value="zh-Hant" lang="zh-Hant">{tr(|m| m.lang_zh_hant)}</option>
                <option value="en" lang="en">{tr(|m| m.lang_en)}</option>
            </select>
        </label>
    }
}

/// Says so when the phone has lost its signal (pages keep what they already show), and for a
/// few seconds when it is back.
#[component]
fn OfflineBanner() -> impl IntoView {
    let (online, back) = crate::browser::online::use_online();
    let i18n = use_i18n();
    // One closure, static attributes: the smallest code for a banner that is rarely shown.
    move || {
        let on = online.get();
        let t = i18n.t();
        (!on || back.get()).then(|| {
            view! {
                <p class=if on { "offline-banner back" } else { "offline-banner" } role="status">
                    {if on { t.back_online } else { t.offline }}
                </p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigation_fits_who_is_signed_in() {
        let anon: Vec<_> = nav_items(false, None, true)
            .into_iter()
            .map(|i| i.0)
            .collect();
        assert_eq!(anon, ["/", "/products", "/exhibitors", "/cart", "/signin"]);
        let visitor: Vec<_> = nav_items(true, Some(Role::Visitor), true)
            .into_iter()
            .map(|i| i.0)
            .collect();
        assert_eq!(visitor, ["/", "/products", "/exhibitors", "/cart", "/me"]);
        let staff: Vec<_> = nav_items(true, Some(Role::Exhibitor), true)
            .into_iter()
            .map(|i| i.0)
            .collect();
        assert_eq!(
            staff,
            ["/", "/products", "/exhibitors", "/exhibitor", "/me"]
        );
        let portal_off = nav_items(true, Some(Role::Exhibitor), false);
        assert!(!portal_off.iter().any(|i| i.0 == "/exhibitor"));
        assert!(portal_off.iter().any(|i| i.0 == "/cart"));
    }

    #[test]
    fn current_section_is_marked() {
        assert!(is_current("/", "/"));
        assert!(!is_current("/", "/products"));
        assert!(is_current("/products", "/products/12"));
        assert!(!is_current("/exhibitor", "/exhibitors/3"));
    }
}

/// The number of units in the cart, next to the cart link.
#[component]
fn CartBadge() -> impl IntoView {
    let cart = crate::state::use_cart();
    let i18n = use_i18n();
    move || {
        let n = cart.count();
        (n > 0).then(|| view! {
            <span class="count-badge" aria-label=move || crate::i18n::fill(i18n.t().nav_cart_count, &[("n", &n.to_string())])>{n}</span>
        })
    }
}
