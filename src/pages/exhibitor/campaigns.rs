//! The exhibitor's campaigns (`/exhibitor/campaigns`), newest first, a page at a time (kept in
//! the URL as `?page=2`): each with its status, channels, audience, members reached and coupons
//! used; and the way to start a new one.

use expocx_contract::campaigns::CampaignSummary;
use expocx_contract::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::campaign_words::{channels_words, status_text, CAMPAIGNS_BASE};
use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{query_navigator, Pager};
use crate::components::portal::{Cell, PortalNav, PortalTable, When};
use crate::components::resource::Res;
use crate::format;
use crate::i18n::campaigns::list::*;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// The page a URL asks for (`?page=2`); anything else is the first.
fn page_in(query: Option<String>) -> u32 {
    query
        .and_then(|p| p.parse().ok())
        .filter(|p| *p > 1)
        .unwrap_or(1)
}

#[component]
pub fn CampaignsPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let query = use_query_map();
    let page = Memo::new(move |_| query.with(|q| page_in(q.get("page"))));
    let list = Res::new(move || {
        let page = page.get();
        async move { api.campaigns(page).await }
    });
    let go = query_navigator(CAMPAIGNS_BASE);
    let on_page = Callback::new(move |p: u32| {
        go(if p > 1 {
            format!("page={p}")
        } else {
            String::new()
        })
    });
    view! {
        <h1>{tr3(&CAMPAIGNS)}</h1>
        <PortalNav />
        <p class="actions">
            <a class="btn btn-primary" href=format!("{CAMPAIGNS_BASE}/new")>{tr3(&NEW_CAMPAIGN)}</a>
        </p>
        <Loaded resource=list fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<CampaignSummary>| view! { <CampaignTable page=p on_page /> }} />
    }
}

/// The columns after the campaign's name; on a phone each value carries its column's name.
static COLUMNS: [&Text; 6] = [
    &STATUS,
    &CHANNELS,
    &AUDIENCE,
    &REACHED,
    &REDEMPTIONS,
    &CREATED,
];

#[component]
fn CampaignTable(page: Page<CampaignSummary>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    if page.items.is_empty() {
        return view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any();
    }
    let (current, pages, total) = (page.page, page.page_count(), page.total);
    view! {
        <p class="muted" role="status">
            {move || fill(pick(&FOUND, i18n.lang.get()), &[("n", &format::count(total))])}
        </p>
        <PortalTable class="staff-orders customer-table campaign-table" first=&CAMPAIGN columns=&COLUMNS>
            {page.items.into_iter().map(|c| view! { <Row c /> }).collect_view()}
        </PortalTable>
        <Pager current pages on_page />
    }
    .into_any()
}

#[component]
fn Row(c: CampaignSummary) -> impl IntoView {
    let i18n = use_i18n();
    let [status, channels, audience, reached, redemptions, created] = COLUMNS;
    let chosen = c.channels.clone();
    view! {
        <tr>
            <th scope="row"><a href=format!("{CAMPAIGNS_BASE}/{}", c.id)>{c.name}</a></th>
            <Cell label=status>
                <span class=format!("badge campaign-status status-{}", c.status.as_str())>{tr3(status_text(c.status))}</span>
            </Cell>
            <Cell label=channels>{move || channels_words(&chosen, i18n.lang.get())}</Cell>
            <Cell label=audience>{format::count(c.audience)}</Cell>
            <Cell label=reached>{format::count(c.reached)}</Cell>
            <Cell label=redemptions>{format::count(c.redemptions)}</Cell>
            <Cell label=created><When at=c.created_at /></Cell>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_names_the_page() {
        assert_eq!(page_in(Some("3".into())), 3);
        for junk in [None, Some("1".into()), Some("0".into()), Some("x".into())] {
            assert_eq!(page_in(junk), 1);
        }
    }
}
