//! The lazily loaded areas of the app and their pages, declared once in [`pages!`]. In the
//! release build (cargo feature `split`) each area is its own WebAssembly chunk, fetched on
//! first navigation; in other builds the same functions are plain calls. A chunk that fails to
//! load (lost signal) shows a translated retry in place of the page: the failure is not cached,
//! so a retry fetches again, and nothing else is affected.

use leptos::prelude::*;

mod load;
pub mod paths;

pub use load::{prefetch_likely_areas, LazyPage};

/// Who may open a page.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Guard {
    Anyone,
    /// A signed-in account (visitor or staff).
    Account,
    /// Exhibitor staff.
    Staff,
}

/// Builds a page's view; the code it points to lives in the area's chunk.
pub type PageView = fn() -> AnyView;

/// The area's chunk could not be fetched or instantiated.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ChunkFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// Declares a split point: `$entry(page)` resolves a page of the area once its chunk is
/// loaded, `$preload()` only fetches the chunk.
#[rustfmt::skip]
macro_rules! split_point {
    ($module:ident, $entry:ident, $preload:ident, |$page:ident| $body:expr) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($module, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload))]
        fn $entry($page: Page) -> Result<PageView, ChunkFailed> {
            $body
        }

        #[cfg(not(feature = "split"))]
        async fn $entry($page: Page) -> Result<PageView, ChunkFailed> {
            $body
        }

        #[cfg(not(feature = "split"))]
        async fn $preload() -> Result<(), leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

/// The one table of lazy pages. Each area is a chunk (`split_<module>.wasm`); each row is a page: its name, its path (`:id` is one segment, read with
/// `components::route`), who may open it, and its component under `crate::pages`. From it come
/// `Page`, `Area`, the path table, the guards and each area's entry, so a page is one row.
#[rustfmt::skip]
macro_rules! pages {
    ($(
        $(#[$area_doc:meta])*
        $area:ident ($module:ident, $entry:ident, $preload:ident) {
            $($page:ident $path:literal $guard:ident => $($component:ident)::+,)+
        }
    )+) => {
        /// The chunks, as the build names them (`split_<name>`).
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Area { $($(#[$area_doc])* $area),+ }

        /// A page that lives in a lazy area.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Page { $($($page),+),+ }

        impl Area {
            pub const ALL: &'static [Area] = &[$(Area::$area),+];

            /// The chunk's name (`split_<name>.wasm`, and `areas.json` of the build).
            pub fn name(self) -> &'static str {
                match self { $(Area::$area => stringify!($module)),+ }
            }
        }

        impl Page {
            pub const ALL: &'static [Page] = &[$($(Page::$page),+),+];

            pub fn area(self) -> Area {
                match self { $($(Page::$page)|+ => Area::$area),+ }
            }

            pub fn guard(self) -> Guard {
                match self { $($(Page::$page => Guard::$guard),+),+ }
            }

        }

        /// Where each page is found (`:id` is one segment).
        pub const PATHS: &[(&str, Page)] = &[$($(($path, Page::$page)),+),+];

        $(
            split_point!($module, $entry, $preload, |page| match page {
                $(Page::$page => Ok(|| view! { <crate::pages::$($component)::+ /> }.into_any()),)+
                // `load` asks each area only for its own pages.
                #[allow(unreachable_patterns)]
                _ => Err(ChunkFailed),
            });
        )+

        /// A page's view once its area's chunk and the areas' styles are both here (fetched
        /// side by side); either failing is a failed load.
        async fn load(page: Page) -> Result<PageView, ChunkFailed> {
            let styles = crate::components::area_style::area_styles();
            let view = match page.area() { $(Area::$area => $entry(page).await),+ }?;
            styles.await.map_err(|()| ChunkFailed)?;
            Ok(view)
        }

        /// Fetches an area's chunk and the areas' styles without showing anything
        /// (prefetching).
        pub async fn preload(area: Area) -> Result<(), ChunkFailed> {
            let styles = crate::components::area_style::area_styles();
            match area { $(Area::$area => $preload().await?),+ }
            styles.await.map_err(|()| ChunkFailed)
        }
    };
}

pages! {
    Checkout (checkout, checkout_entry, checkout_preload) {
        Cart "/cart" Anyone => visitor::cart::CartPage,
        Checkout "/checkout" Account => visitor::checkout::CheckoutPage,
        Order "/orders/:id" Account => visitor::order::OrderPage,
    }
    Member (member, member_entry, member_preload) {
        Account "/me" Account => member::account::Account,
        MyOrders "/me/orders" Account => member::orders::OrderHistory,
        Membership "/me/membership" Account => member::membership::MembershipPage,
        Notifications "/me/notifications" Account => member::notifications::NotificationsPage,
        Coupons "/me/coupons" Account => member::coupons::CouponWallet,
    }
    /// After-sales service and returns, and trade buyers' quotes: the member center's heaviest
    /// pages and its least visited, apart. (The quote pages in an area of their own cost every
    /// visitor's first load +867 B and every other area 2.7–8 KB as wasm-split re-cut the shared
    /// chunks; in `member` they cost every member opening their orders +115 KB.)
    Service (service, service_entry, service_preload) {
        Tickets "/me/tickets" Account => member::tickets::TicketList,
        Ticket "/me/tickets/:id" Account => member::tickets::TicketPage,
        NewTicket "/me/tickets/new" Account => member::tickets::NewTicketPage,
        Returns "/me/returns" Account => member::returns::ReturnList,
        Return "/me/returns/:id" Account => member::returns::ReturnPage,
        NewReturn "/me/returns/new" Account => member::returns::NewReturnPage,
        NewQuote "/quotes/new" Account => quotes::NewQuotePage,
        MyQuotes "/me/quotes" Account => quotes::MyQuotesPage,
        MyQuote "/me/quotes/:id" Account => quotes::MyQuotePage,
        QuotePrint "/me/quotes/:id/print" Account => quotes::QuotePrintPage,
    }
    /// Trade quotes, the buyer's side: configure, ask, compare revisions, accept, print.
    Auth (auth, auth_entry, auth_preload) {
        SignIn "/signin" Anyone => member::auth::SignIn,
        SignUp "/signup" Anyone => member::auth::SignUp,
        WechatReturn "/auth/wechat" Anyone => member::wechat_signin::WechatReturn,
        MiniReturn "/auth/mini" Anyone => member::wechat_signin::MiniReturn,
    }
    Privacy (privacy, privacy_entry, privacy_preload) {
        Privacy "/privacy" Anyone => member::privacy::PrivacyCenter,
        // A campaign message's "stop these" link: signed out too.
        StopOffers "/stop/:token" Anyone => member::privacy::stop::StopPage,
    }
    Exhibitor (exhibitor, exhibitor_entry, exhibitor_preload) {
        Dashboard "/exhibitor" Staff => exhibitor::dashboard::Dashboard,
        StaffOrders "/exhibitor/orders" Staff => exhibitor::orders::StaffOrders,
        StaffOrder "/exhibitor/orders/:id" Staff => exhibitor::order::StaffOrderPage,
        Pickup "/exhibitor/pickup" Staff => exhibitor::pickup::PickupDesk,
        StaffTickets "/exhibitor/tickets" Staff => exhibitor::tickets::StaffQueue,
        StaffTicket "/exhibitor/tickets/:id" Staff => exhibitor::tickets::StaffTicketPage,
        StaffReturns "/exhibitor/returns" Staff => exhibitor::returns::StaffReturns,
        StaffProducts "/exhibitor/products" Staff => exhibitor::products::StaffProducts,
        StaffProductNew "/exhibitor/products/new" Staff => exhibitor::product_edit::StaffProductNew,
        StaffProductEdit "/exhibitor/products/:id" Staff => exhibitor::product_edit::StaffProductEdit,
        StaffSlots "/exhibitor/slots" Staff => exhibitor::slots::StaffSlots,
        StaffTeam "/exhibitor/team" Staff => exhibitor::team::TeamPage,
        StaffAudit "/exhibitor/audit" Staff => exhibitor::audit::AuditPage,
        StaffQuotes "/exhibitor/quotes" Staff => exhibitor::quotes::QuoteDesk,
        StaffQuote "/exhibitor/quotes/:id" Staff => exhibitor::quote::StaffQuotePage,
        StaffLeads "/exhibitor/leads" Staff => exhibitor::leads::LeadsPage,
        // A lead, or (`settings`) the questions and scoring rules: one route keeps the first
        // load's route table smaller.
        StaffLead "/exhibitor/leads/:id" Staff => exhibitor::LeadOrSettings,
        StaffCustomers "/exhibitor/customers" Staff => exhibitor::customers::CustomersPage,
        StaffCustomer "/exhibitor/customers/:id" Staff => exhibitor::customer::CustomerPage,
        StaffCampaigns "/exhibitor/campaigns" Staff => exhibitor::campaigns::CampaignsPage,
        // A campaign, or (`new`) the editor of a new one: one route, as for leads.
        StaffCampaign "/exhibitor/campaigns/:id" Staff => exhibitor::CampaignOrNew,
        StaffProductConfig "/exhibitor/products/:id/configuration" Staff => exhibitor::product_config::ProductConfigPage,
        // Accepting an invite leads into the portal: its chunk is the one needed next.
        Join "/join/:id" Anyone => member::join::JoinPage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_belongs_to_one_area_and_every_area_has_a_page() {
        for area in Area::ALL {
            assert!(
                Page::ALL.iter().any(|p| p.area() == *area),
                "{area:?} has no page"
            );
        }
        assert_eq!(Page::Order.area(), Page::Checkout.area());
        assert_eq!(Page::SignUp.area(), Page::SignIn.area());
        assert_eq!(Page::NewReturn.area(), Page::Ticket.area());
        assert_ne!(Page::Ticket.area(), Page::Account.area());
        // The buyer's quote pages travel together, apart from the desk's.
        assert_eq!(Page::QuotePrint.area(), Page::MyQuote.area());
        assert_eq!(Page::NewQuote.area(), Page::MyQuotes.area());
        assert_eq!(Page::MyQuote.area(), Page::Ticket.area());
        assert_ne!(Page::MyQuote.area(), Page::Account.area());
        assert_eq!(Page::StaffQuotes.area(), Page::StaffOrders.area());
    }

    #[test]
    fn staff_pages_are_the_portals_and_only_the_cart_sign_in_privacy_and_stop_are_open() {
        for page in Page::ALL {
            let staff = page.area() == Area::Exhibitor && *page != Page::Join;
            assert_eq!(page.guard() == Guard::Staff, staff, "{page:?}");
        }
        let open: Vec<Page> = Page::ALL
            .iter()
            .copied()
            .filter(|p| p.guard() == Guard::Anyone)
            .collect();
        assert_eq!(
            open,
            [
                Page::Cart,
                Page::SignIn,
                Page::SignUp,
                Page::WechatReturn,
                Page::MiniReturn,
                Page::Privacy,
                Page::StopOffers,
                Page::Join
            ]
        );
    }

    /// Each area's entry answers for its own pages, so a row of the table is all a page needs.
    #[test]
    fn every_page_is_built_by_its_areas_entry() {
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            for page in Page::ALL {
                let built = futures_lite_block_on(load(*page));
                assert!(built.is_ok(), "{page:?} has no view in its area");
            }
        });
    }

    /// The futures here never wait (native builds call the areas directly).
    fn futures_lite_block_on<F: std::future::Future>(f: F) -> F::Output {
        use std::task::{Context, Poll, Waker};
        let mut f = std::pin::pin!(f);
        match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("an area's entry waited in a native build"),
        }
    }
}
