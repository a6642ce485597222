//! Portal home: the staff member's booth and its storefront presence.

use expocx_contract::Exhibitor;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{Api, ApiError};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::i18n::{fill, pick, tr3, use_i18n, Text3};
use crate::state::use_session;

// This area's own texts (zh-Hans, zh-Hant, en): in its chunk, not in the first load.
const PORTAL_TITLE: Text3 = ["展商后台", "展商後台", "Exhibitor portal"];
const PORTAL_YOUR_BOOTH: Text3 = ["你的展位", "你的展位", "Your booth"];
const PORTAL_PRODUCT_COUNT: Text3 = ["{n} 件在售商品", "{n} 件在售商品", "{n} products on sale"];
const PORTAL_VIEW_STOREFRONT: Text3 = ["查看店铺页", "查看店鋪頁", "View your storefront page"];

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
        <h1>{tr3(&PORTAL_TITLE)}</h1>
        <Loaded resource=exhibitor fallback=|| view! { <BlockSkeleton /> }
            ok={move |e: Exhibitor| {
                let name = e.summary.name.clone();
                let href = format!("/exhibitors/{}", e.summary.id);
                let booth = e.summary.booth.clone();
                let count = e.product_count;
                view! {
                    <section class="panel" aria-labelledby="booth-h">
                        <h2 id="booth-h">{tr3(&PORTAL_YOUR_BOOTH)}</h2>
                        <p class="greeting">{move || name.get(i18n.lang.get()).to_string()}</p>
                        <p class="booth">{move || fill(i18n.t().product_booth, &[("booth", &booth)])}</p>
                        <p>{move || fill(pick(&PORTAL_PRODUCT_COUNT, i18n.lang.get()), &[("n", &count.to_string())])}</p>
                        <A href=href attr:class="btn">{tr3(&PORTAL_VIEW_STOREFRONT)}</A>
                    </section>
                }
            }}
        />
    }
}
