//! Which page a path shows: the storefront's pages (first load) and the lazy ones, found by
//! two tables instead of `<Routes>`. leptos_router's route matching builds its machinery per
//! route type (~40 KB of code before wasm-opt for the storefront's seven routes); a page here
//! costs the first load one row. The router still owns the location, links and history.

use expocx_contract::Role;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use super::{Guard, LazyPage, Page};
use crate::components::guard::RequireAccount;
use crate::pages::not_found::NotFound;
use crate::pages::visitor::exhibitors::{ExhibitorList, ExhibitorPage};
use crate::pages::visitor::home::Home;
use crate::pages::visitor::product::ProductPage;
use crate::pages::visitor::products::ProductList;

/// The storefront's pages, in the first load.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Storefront {
    Home,
    Products,
    Product,
    Exhibitors,
    Exhibitor,
}

const STOREFRONT: &[(&str, Storefront)] = &[
    ("/", Storefront::Home),
    ("/products", Storefront::Products),
    ("/products/:id", Storefront::Product),
    ("/exhibitors", Storefront::Exhibitors),
    ("/exhibitors/:id", Storefront::Exhibitor),
];

/// What a path shows. The page stays mounted while only its id or query changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Screen {
    Storefront(Storefront),
    Lazy(Page),
    NotFound,
}

fn screen_at(path: &str) -> Screen {
    find(STOREFRONT, path)
        .map(Screen::Storefront)
        .or_else(|| page_at(path).map(Screen::Lazy))
        .unwrap_or(Screen::NotFound)
}

fn matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.split('/');
    let mut have = path.split('/');
    loop {
        match (want.next(), have.next()) {
            (None, None) => return true,
            // `:id`, `:token`: one segment, whatever its name.
            (Some(w), Some(seg)) if w.starts_with(':') && !seg.is_empty() => {}
            (Some(w), Some(h)) if w == h => {}
            _ => return false,
        }
    }
}

/// The row of `table` for `path` (a trailing slash is ignored); literal rows win over `:id`.
fn find<P: Copy>(table: &[(&str, P)], path: &str) -> Option<P> {
    let path = match path.strip_suffix('/') {
        Some(p) if !p.is_empty() => p,
        _ => path,
    };
    table
        .iter()
        .find(|(pattern, _)| !pattern.contains(':') && *pattern == path)
        .or_else(|| table.iter().find(|(pattern, _)| matches(pattern, path)))
        .map(|(_, page)| *page)
}

/// The lazy page at `path` (the page table's paths; literal ones win over `:id`).
pub fn page_at(path: &str) -> Option<Page> {
    find(super::PATHS, path)
}

/// The page at the current path: a storefront page, a lazy page behind its guard, or "not
/// found".
#[component]
pub fn Screens() -> impl IntoView {
    let loc = use_location();
    let screen = Memo::new(move |_| screen_at(&loc.pathname.get()));
    let lang = crate::i18n::use_i18n().lang;
    crate::browser::card::follow(lang, loc.clone(), crate::app::default_card);
    // A link to another path puts it in the address bar (and history) only when the page
    // that shows it is ready; `<Routes>` would say so, here it is said once the page is built.
    let browser = use_context::<BrowserUrl>();
    crate::state::watch::watch(move || {
        loc.pathname.track();
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
    });
    move || match screen.get() {
        Screen::Storefront(page) => match page {
            Storefront::Home => view! { <Home /> }.into_any(),
            Storefront::Products => view! { <ProductList /> }.into_any(),
            Storefront::Product => view! { <ProductPage /> }.into_any(),
            Storefront::Exhibitors => view! { <ExhibitorList /> }.into_any(),
            Storefront::Exhibitor => view! { <ExhibitorPage /> }.into_any(),
        },
        Screen::NotFound => view! { <NotFound /> }.into_any(),
        Screen::Lazy(page) => match page.guard() {
            Guard::Anyone => view! { <LazyPage page /> }.into_any(),
            guard => view! {
                <RequireAccount role=(guard == Guard::Staff).then_some(Role::Exhibitor)>
                    <LazyPage page />
                </RequireAccount>
            }
            .into_any(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lazy_page_is_found_at_its_own_path() {
        for (pattern, page) in super::super::PATHS {
            let path = pattern.replace(":id", "7");
            assert_eq!(page_at(&path), Some(*page), "{path}");
            let twice = super::super::PATHS.iter().filter(|(p, _)| p == pattern);
            assert_eq!(twice.count(), 1, "{pattern} is used twice");
        }
        assert_eq!(super::super::PATHS.len(), Page::ALL.len());
    }

    /// leptos_router's `use_params_map` finds nothing here (no `<Route>` matched): a page reads
    /// its `:id` with `components::route`.
    #[test]
    fn no_page_reads_route_params_the_router_never_set() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/pages");
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else {
                let code = std::fs::read_to_string(&path).unwrap();
                assert!(
                    !code.contains("use_params"),
                    "{} uses use_params",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn paths_find_their_pages() {
        let cases = [
            ("/me", Some(Page::Account)),
            ("/me/", Some(Page::Account)),
            ("/me/tickets", Some(Page::Tickets)),
            ("/me/tickets/new", Some(Page::NewTicket)),
            ("/me/tickets/12", Some(Page::Ticket)),
            ("/me/tickets/abc", Some(Page::Ticket)),
            ("/me/returns/new", Some(Page::NewReturn)),
            ("/me/returns/7", Some(Page::Return)),
            ("/orders/3", Some(Page::Order)),
            ("/orders", None),
            ("/orders/3/extra", None),
            ("/me/tickets//", None),
            ("/me/nowhere", None),
            ("/checkout", Some(Page::Checkout)),
            ("/exhibitor", Some(Page::Dashboard)),
            ("/exhibitor/orders", Some(Page::StaffOrders)),
            ("/exhibitor/orders/9", Some(Page::StaffOrder)),
            ("/exhibitor/pickup", Some(Page::Pickup)),
            ("/exhibitor/products/new", Some(Page::StaffProductNew)),
            ("/exhibitor/products/12", Some(Page::StaffProductEdit)),
            ("/quotes/new", Some(Page::NewQuote)),
            ("/quotes", None),
            ("/me/quotes", Some(Page::MyQuotes)),
            ("/me/quotes/4", Some(Page::MyQuote)),
            ("/me/quotes/4/print", Some(Page::QuotePrint)),
            ("/me/quotes/4/other", None),
            ("/exhibitor/quotes", Some(Page::StaffQuotes)),
            ("/exhibitor/quotes/4", Some(Page::StaffQuote)),
            ("/exhibitor/leads", Some(Page::StaffLeads)),
            ("/exhibitor/leads/settings", Some(Page::StaffLead)),
            ("/exhibitor/leads/12", Some(Page::StaffLead)),
            ("/exhibitor/leads/12/notes", None),
            ("/exhibitor/customers", Some(Page::StaffCustomers)),
            ("/exhibitor/customers/", Some(Page::StaffCustomers)),
            ("/exhibitor/customers/42", Some(Page::StaffCustomer)),
            ("/exhibitor/customers/42/orders", None),
            ("/exhibitor/campaigns", Some(Page::StaffCampaigns)),
            (
                "/stop/0123456789abcdef0123456789abcdef",
                Some(Page::StopOffers),
            ),
            ("/exhibitor/campaigns/", Some(Page::StaffCampaigns)),
            ("/exhibitor/campaigns/new", Some(Page::StaffCampaign)),
            ("/exhibitor/campaigns/7", Some(Page::StaffCampaign)),
            ("/exhibitor/campaigns/7/", Some(Page::StaffCampaign)),
            ("/exhibitor/campaigns/7/schedule", None),
            ("/", None),
            ("/nowhere", None),
        ];
        for (path, want) in cases {
            assert_eq!(page_at(path), want, "{path}");
        }
    }

    #[test]
    fn storefront_paths_come_first_and_keep_their_page_across_ids() {
        let cases = [
            ("/", Screen::Storefront(Storefront::Home)),
            ("/products", Screen::Storefront(Storefront::Products)),
            ("/products/", Screen::Storefront(Storefront::Products)),
            ("/products/12", Screen::Storefront(Storefront::Product)),
            ("/products/abc", Screen::Storefront(Storefront::Product)),
            ("/exhibitors", Screen::Storefront(Storefront::Exhibitors)),
            ("/exhibitors/3", Screen::Storefront(Storefront::Exhibitor)),
            ("/cart", Screen::Lazy(Page::Cart)),
            ("/checkout", Screen::Lazy(Page::Checkout)),
            ("/me/tickets/7", Screen::Lazy(Page::Ticket)),
            ("/products/12/more", Screen::NotFound),
            ("/cartx", Screen::NotFound),
        ];
        for (path, want) in cases {
            assert_eq!(screen_at(path), want, "{path}");
        }
    }
}
