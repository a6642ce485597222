//! One of the exhibitor's orders (`/exhibitor/orders/:id`), with the steps staff may take.

use leptos::prelude::*;

use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::{PortalNav, StaffOrderView};
use crate::components::route::resource_by_id;
use crate::i18n::portal::portal::{ORDERS, PORTAL_TITLE};
use crate::i18n::tr3;

#[component]
pub fn StaffOrderPage() -> impl IntoView {
    let order = resource_by_id(|api, id| async move { api.staff_order(id).await });
    view! {
        <h1>{tr3(&PORTAL_TITLE)}</h1>
        <PortalNav />
        <p><a href="/exhibitor/orders">"← " {tr3(&ORDERS)}</a></p>
        <Loaded resource=order page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |o| view! { <StaffOrderView order=o /> }}
        />
    }
}
