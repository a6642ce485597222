//! Where the lazy pages are. The storefront's routes are `<Route>`s in the first load; every
//! lazy page is found by this table instead (one catch-all route), so a new page of a lazy
//! area costs the first load one row, not a route definition.

use expocx_contract::Role;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{LazyPage, Page};
use crate::components::guard::RequireAccount;
use crate::pages::not_found::NotFound;

/// Path patterns of the lazy pages; `:id` stands for one segment (the page checks it).
const PAGES: &[(&str, Page)] = &[
    ("/signin", Page::SignIn),
    ("/signup", Page::SignUp),
    ("/auth/wechat", Page::WechatReturn),
    ("/privacy", Page::Privacy),
    ("/checkout", Page::Checkout),
    ("/orders/:id", Page::Order),
    ("/me", Page::Account),
    ("/me/orders", Page::MyOrders),
    ("/me/membership", Page::Membership),
    ("/me/notifications", Page::Notifications),
    ("/me/coupons", Page::Coupons),
    ("/me/tickets", Page::Tickets),
    ("/me/tickets/new", Page::NewTicket),
    ("/me/tickets/:id", Page::Ticket),
    ("/me/returns", Page::Returns),
    ("/me/returns/new", Page::NewReturn),
    ("/me/returns/:id", Page::Return),
    ("/exhibitor", Page::Dashboard),
    ("/exhibitor/orders", Page::StaffOrders),
    ("/exhibitor/orders/:id", Page::StaffOrder),
    ("/exhibitor/pickup", Page::Pickup),
    ("/exhibitor/tickets", Page::StaffTickets),
    ("/exhibitor/tickets/:id", Page::StaffTicket),
    ("/exhibitor/returns", Page::StaffReturns),
    ("/exhibitor/products", Page::StaffProducts),
    ("/exhibitor/products/new", Page::StaffProductNew),
    ("/exhibitor/products/:id", Page::StaffProductEdit),
    ("/exhibitor/slots", Page::StaffSlots),
];

fn matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.split('/');
    let mut have = path.split('/');
    loop {
        match (want.next(), have.next()) {
            (None, None) => return true,
            (Some(":id"), Some(seg)) if !seg.is_empty() => {}
            (Some(w), Some(h)) if w == h => {}
            _ => return false,
        }
    }
}

/// The lazy page at `path` (a trailing slash is ignored); literal rows win over `:id`.
pub fn page_at(path: &str) -> Option<Page> {
    let path = match path.strip_suffix('/') {
        Some(p) if !p.is_empty() => p,
        _ => path,
    };
    PAGES
        .iter()
        .find(|(pattern, _)| !pattern.contains(':') && *pattern == path)
        .or_else(|| PAGES.iter().find(|(pattern, _)| matches(pattern, path)))
        .map(|(_, page)| *page)
}

/// Who may open a page: anyone, a signed-in account, or exhibitor staff. A page not named here
/// needs an account.
fn guard(page: Page) -> Option<Option<Role>> {
    if page.for_staff() {
        return Some(Some(Role::Exhibitor));
    }
    match page {
        Page::SignIn | Page::SignUp | Page::WechatReturn | Page::Privacy => None,
        _ => Some(None),
    }
}

/// The catch-all route: the lazy page at the current path behind its guard, or "not found".
#[component]
pub fn AreaRoute() -> impl IntoView {
    let loc = use_location();
    let page = Memo::new(move |_| page_at(&loc.pathname.get()));
    move || match page.get() {
        None => view! { <NotFound /> }.into_any(),
        Some(page) => match guard(page) {
            None => view! { <LazyPage page /> }.into_any(),
            Some(role) => view! {
                <RequireAccount role>
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
    fn every_lazy_page_has_one_path() {
        for page in Page::ALL {
            let rows = PAGES.iter().filter(|(_, p)| *p == page).count();
            assert_eq!(rows, 1, "{page:?}");
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
            ("/", None),
            ("/nowhere", None),
        ];
        for (path, want) in cases {
            assert_eq!(page_at(path), want, "{path}");
        }
    }

    #[test]
    fn staff_pages_need_an_exhibitor_and_member_pages_an_account() {
        assert_eq!(guard(Page::Dashboard), Some(Some(Role::Exhibitor)));
        assert_eq!(guard(Page::StaffOrder), Some(Some(Role::Exhibitor)));
        assert_eq!(guard(Page::Pickup), Some(Some(Role::Exhibitor)));
        assert_eq!(guard(Page::Ticket), Some(None));
        assert_eq!(guard(Page::Checkout), Some(None));
        assert_eq!(guard(Page::SignIn), None);
        assert_eq!(guard(Page::Privacy), None);
    }
}
