//! Portal home: the staff member's booth and its storefront presence.

use expocx_contract::Exhibitor;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::i18n::{fill, tr, use_i18n};
use crate::state::use_session;

#[component]
pub fn Dashboard() -> impl IntoView {
    let api = expect_context::<Api>();
    let session = use_session();
    let i18n = use_i18n();
    let exhibitor = LocalResource::new(move || {
        let id = session
            .user
            .with(|u| u.as_ref().and_then(|u| u.exhibitor_id));
        async move {
            match id {
                Some(id) => api.exhibitor(id).await,
                None => Err(ApiError::not_found()),
            }
        }
    });
    view! {
        <h1>{tr(|m| m.portal_title)}</h1>
        <Loaded resource=exhibitor fallback=|| view! { <BlockSkeleton /> }
            ok={move |e: Exhibitor| {
                let name = e.summary.name.clone();
                let href = format!("/exhibitors/{}", e.summary.id);
                let booth = e.summary.booth.clone();
                let count = e.product_count;
                view! {
                    <section class="panel" aria-labelledby="booth-h">
                        <h2 id="booth-h">{tr(|m| m.portal_your_booth)}</h2>
                        <p class="greeting">{move || name.get(i18n.lang.get()).to_string()}</p>
                        <p class="booth">{move || fill(i18n.t().product_booth, &[("booth", &booth)])}</p>
                        <p>{move || fill(i18n.t().portal_product_count, &[("n", &count.to_string())])}</p>
                        <A href=href attr:class="btn">{tr(|m| m.portal_view_storefront)}</A>
                    </section>
                }
            }}
        />
    }
}
