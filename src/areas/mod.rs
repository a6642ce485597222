//! The lazily loaded areas of the app. In the release build (cargo feature `split`) each area is
//! its own WebAssembly chunk, fetched on first navigation; in other builds the same functions
//! are plain calls. A chunk that fails to load (lost signal) shows a translated retry in place of
//! the page: the failure is not cached, so a retry fetches again, and nothing else is affected.

use leptos::prelude::*;

use crate::i18n::tr;

pub mod paths;

/// A page that lives in a lazy area.
#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Page {
    Checkout,
    Order,
    Account,
    MyOrders,
    Membership,
    Notifications,
    Tickets,
    Ticket,
    NewTicket,
    Returns,
    Return,
    NewReturn,
    Coupons,
    SignIn,
    SignUp,
    WechatReturn,
    Privacy,
    Dashboard,
    StaffOrders,
    StaffOrder,
    Pickup,
    StaffTickets,
    StaffTicket,
    StaffReturns,
    StaffProducts,
    StaffProductNew,
    StaffProductEdit,
    StaffSlots,
}

/// The chunks, as the build names them (`split_<name>`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Area {
    Checkout,
    Member,
    /// After-sales service and returns (the member center's heaviest pages, apart).
    Service,
    Auth,
    Privacy,
    Exhibitor,
}

impl Page {
    pub const ALL: [Page; 28] = [
        Page::Checkout,
        Page::Order,
        Page::Account,
        Page::MyOrders,
        Page::Membership,
        Page::Notifications,
        Page::Tickets,
        Page::Ticket,
        Page::NewTicket,
        Page::Returns,
        Page::Return,
        Page::NewReturn,
        Page::Coupons,
        Page::SignIn,
        Page::SignUp,
        Page::WechatReturn,
        Page::Privacy,
        Page::Dashboard,
        Page::StaffOrders,
        Page::StaffOrder,
        Page::Pickup,
        Page::StaffTickets,
        Page::StaffTicket,
        Page::StaffReturns,
        Page::StaffProducts,
        Page::StaffProductNew,
        Page::StaffProductEdit,
        Page::StaffSlots,
    ];

    /// The exhibitor portal's pages (exhibitor staff only).
    pub fn for_staff(self) -> bool {
        self.area() == Area::Exhibitor
    }

    pub fn area(self) -> Area {
        match self {
            Page::Checkout | Page::Order => Area::Checkout,
            Page::SignIn | Page::SignUp | Page::WechatReturn => Area::Auth,
            Page::Privacy => Area::Privacy,
            Page::Dashboard
            | Page::StaffOrders
            | Page::StaffOrder
            | Page::Pickup
            | Page::StaffTickets
            | Page::StaffTicket
            | Page::StaffReturns
            | Page::StaffProducts
            | Page::StaffProductNew
            | Page::StaffProductEdit
            | Page::StaffSlots => Area::Exhibitor,
            Page::Account
            | Page::MyOrders
            | Page::Membership
            | Page::Notifications
            | Page::Coupons => Area::Member,
            Page::Tickets
            | Page::Ticket
            | Page::NewTicket
            | Page::Returns
            | Page::Return
            | Page::NewReturn => Area::Service,
        }
    }
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

/// Declares an area: `$entry(page)` resolves a page of it once its chunk is loaded, and
/// `$preload()` only fetches the chunk (for prefetching when the browser is idle).
#[rustfmt::skip]
macro_rules! area {
    ($module:ident, $entry:ident, $preload:ident, |$page:ident| $body:expr) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($module, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload))]
        fn $entry($page: Page) -> Result<PageView, ChunkFailed> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        async fn $entry($page: Page) -> Result<PageView, ChunkFailed> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        async fn $preload() -> Result<(), leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

area!(
    checkout,
    checkout_entry,
    checkout_preload,
    |page| match page {
        Page::Order => || view! { <crate::pages::visitor::order::OrderPage /> }.into_any(),
        _ => || view! { <crate::pages::visitor::checkout::CheckoutPage /> }.into_any(),
    }
);

area!(member, member_entry, member_preload, |page| match page {
    Page::MyOrders => || view! { <crate::pages::member::orders::OrderHistory /> }.into_any(),
    Page::Membership => {
        || view! { <crate::pages::member::membership::MembershipPage /> }.into_any()
    }
    Page::Notifications => {
        || view! { <crate::pages::member::notifications::NotificationsPage /> }.into_any()
    }
    Page::Coupons => || view! { <crate::pages::member::coupons::CouponWallet /> }.into_any(),
    // Only the member area's pages reach here (`Page::area`); the account is its home.
    _ => || view! { <crate::pages::member::account::Account /> }.into_any(),
});

area!(service, service_entry, service_preload, |page| match page {
    Page::Ticket => || view! { <crate::pages::member::tickets::TicketPage /> }.into_any(),
    Page::NewTicket => || view! { <crate::pages::member::tickets::NewTicketPage /> }.into_any(),
    Page::Returns => || view! { <crate::pages::member::returns::ReturnList /> }.into_any(),
    Page::Return => || view! { <crate::pages::member::returns::ReturnPage /> }.into_any(),
    Page::NewReturn => || view! { <crate::pages::member::returns::NewReturnPage /> }.into_any(),
    // Only the service area's pages reach here; the list of requests is its home.
    _ => || view! { <crate::pages::member::tickets::TicketList /> }.into_any(),
});

area!(auth, auth_entry, auth_preload, |page| match page {
    Page::SignUp => || view! { <crate::pages::member::auth::SignUp /> }.into_any(),
    Page::WechatReturn => {
        || view! { <crate::pages::member::wechat_signin::WechatReturn /> }.into_any()
    }
    _ => || view! { <crate::pages::member::auth::SignIn /> }.into_any(),
});

area!(privacy, privacy_entry, privacy_preload, |_page| || {
    view! { <crate::pages::member::privacy::PrivacyCenter /> }.into_any()
});

area!(
    exhibitor,
    exhibitor_entry,
    exhibitor_preload,
    |page| match page {
        Page::StaffOrders =>
            || view! { <crate::pages::exhibitor::orders::StaffOrders /> }.into_any(),
        Page::StaffOrder =>
            || view! { <crate::pages::exhibitor::order::StaffOrderPage /> }.into_any(),
        Page::Pickup => || view! { <crate::pages::exhibitor::pickup::PickupDesk /> }.into_any(),
        Page::StaffTickets =>
            || view! { <crate::pages::exhibitor::tickets::StaffQueue /> }.into_any(),
        Page::StaffTicket => {
            || view! { <crate::pages::exhibitor::tickets::StaffTicketPage /> }.into_any()
        }
        Page::StaffReturns =>
            || view! { <crate::pages::exhibitor::returns::StaffReturns /> }.into_any(),
        Page::StaffProducts =>
            || view! { <crate::pages::exhibitor::products::StaffProducts /> }.into_any(),
        Page::StaffProductNew =>
            || view! { <crate::pages::exhibitor::product_edit::StaffProductNew /> }.into_any(),
        Page::StaffProductEdit =>
            || view! { <crate::pages::exhibitor::product_edit::StaffProductEdit /> }.into_any(),
        Page::StaffSlots => || view! { <crate::pages::exhibitor::slots::StaffSlots /> }.into_any(),
        // Every portal page needs its own arm above; only the dashboard falls through here.
        _ => || view! { <crate::pages::exhibitor::dashboard::Dashboard /> }.into_any(),
    }
);

/// A page's view once its area's chunk and the areas' styles are both here (fetched side by
/// side); either failing is a failed load.
async fn load(page: Page) -> Result<PageView, ChunkFailed> {
    let styles = crate::components::area_style::area_styles();
    let view = match page.area() {
        Area::Checkout => checkout_entry(page).await,
        Area::Member => member_entry(page).await,
        Area::Service => service_entry(page).await,
        Area::Auth => auth_entry(page).await,
        Area::Privacy => privacy_entry(page).await,
        Area::Exhibitor => exhibitor_entry(page).await,
    }?;
    styles.await.map_err(|()| ChunkFailed)?;
    Ok(view)
}

/// Fetches an area's chunk and the areas' styles without showing anything (prefetching).
pub async fn preload(area: Area) -> Result<(), ChunkFailed> {
    let styles = crate::components::area_style::area_styles();
    match area {
        Area::Checkout => checkout_preload().await,
        Area::Member => member_preload().await,
        Area::Service => service_preload().await,
        Area::Auth => auth_preload().await,
        Area::Privacy => privacy_preload().await,
        Area::Exhibitor => exhibitor_preload().await,
    }?;
    styles.await.map_err(|()| ChunkFailed)
}

/// Fetches the areas a visitor is likely to open next, once the browser is idle after the
/// first paint: checkout (and sign-in, for a visitor who is not signed in) once the cart has
/// lines, the portal for exhibitor staff. Each area at most once; a failure is left for the
/// page to retry.
pub fn prefetch_likely_areas(cart: crate::state::CartStore, session: crate::state::SessionState) {
    let asked = StoredValue::new(Vec::<Area>::new());
    crate::state::watch::watch(move || {
        let mut likely = Vec::new();
        if cart.count() > 0 {
            likely.push(Area::Checkout);
            if !session.is_signed_in() {
                likely.push(Area::Auth);
            }
        }
        if session.role() == Some(expocx_contract::Role::Exhibitor) {
            likely.push(Area::Exhibitor);
        }
        likely.retain(|a| !asked.with_value(|v| v.contains(a)));
        if likely.is_empty() {
            return;
        }
        asked.update_value(|v| v.extend(&likely));
        crate::browser::idle::when_idle(move || {
            for area in likely {
                leptos::task::spawn_local(async move {
                    let _ = preload(area).await;
                });
            }
        });
    });
}

thread_local! {
    /// Pages whose chunk is already here: shown at once on the next visit, without a
    /// loading frame.
    static READY: std::cell::RefCell<Vec<(Page, PageView)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn ready(page: Page) -> Option<PageView> {
    READY.with(|r| r.borrow().iter().find(|(p, _)| *p == page).map(|(_, v)| *v))
}

/// A page of a lazy area: loads its chunk, shows a skeleton meanwhile, and a retry when the
/// chunk could not be fetched.
#[component]
pub fn LazyPage(page: Page) -> impl IntoView {
    let state = RwSignal::new(ready(page).map(Ok));
    let fetch = move || {
        state.set(None);
        leptos::task::spawn_local(async move {
            let result = load(page).await;
            if let Ok(view) = result {
                READY.with(|r| r.borrow_mut().push((page, view)));
            }
            // The visitor may have left the page meanwhile.
            let _ = state.try_set(Some(result));
        });
    };
    if state.get_untracked().is_none() {
        fetch();
    }
    move || match state.get() {
        Some(Ok(make)) => untrack(make),
        Some(Err(ChunkFailed)) => view! { <ChunkError on_retry=fetch /> }.into_any(),
        None => view! { <crate::components::feedback::BlockSkeleton /> }.into_any(),
    }
}

#[component]
fn ChunkError(on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <section class="panel error-panel" role="alert">
            <h1>{tr(|m| m.err_title)}</h1>
            <p class="error-text">{tr(|m| m.chunk_failed)}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| on_retry()>
                {tr(|m| m.retry)}
            </button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_belongs_to_one_area_and_every_area_has_a_page() {
        let areas: Vec<Area> = Page::ALL.iter().map(|p| p.area()).collect();
        for area in [
            Area::Checkout,
            Area::Member,
            Area::Service,
            Area::Auth,
            Area::Privacy,
            Area::Exhibitor,
        ] {
            assert!(areas.contains(&area), "{area:?} has no page");
        }
        assert_eq!(Page::Order.area(), Page::Checkout.area());
        assert_eq!(Page::SignUp.area(), Page::SignIn.area());
        assert_eq!(Page::NewReturn.area(), Page::Ticket.area());
        assert_ne!(Page::Ticket.area(), Page::Account.area());
    }
}
