//! The order history: status groups as tabs and paging, both kept in the URL
//! (`/me/orders?status=to_pay&page=2`) so back, reload and a shared link show the same list.

use expocx_contract::{Order, OrderFilter, Page};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::Api;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::Pager;
use crate::format;
use crate::i18n::member::orders::*;
use crate::i18n::{fill, lazy, pick, tr, tr3, tr3_attr, use_i18n, Text};

fn label(f: Option<OrderFilter>) -> &'static Text {
    match f {
        None => &ALL,
        Some(OrderFilter::ToPay) => &TO_PAY,
        Some(OrderFilter::InProgress) => &IN_PROGRESS,
        Some(OrderFilter::Completed) => &COMPLETED,
        Some(OrderFilter::Cancelled) => &CANCELLED,
    }
}

/// The filter and page a URL asks for; unknown values show everything from page 1.
fn from_query(status: Option<String>, page: Option<String>) -> (Option<OrderFilter>, u32) {
    let filter = status.and_then(|s| OrderFilter::ALL.into_iter().find(|f| f.as_str() == s));
    let page = page.and_then(|p| p.parse().ok()).filter(|p| *p > 0);
    (filter, page.unwrap_or(1))
}

fn href(filter: Option<OrderFilter>, page: u32) -> String {
    let mut qs = Vec::new();
    if let Some(f) = filter {
        qs.push(format!("status={}", f.as_str()));
    }
    if page > 1 {
        qs.push(format!("page={page}"));
    }
    if qs.is_empty() {
        "/me/orders".into()
    } else {
        format!("/me/orders?{}", qs.join("&"))
    }
}

#[component]
pub fn OrderHistory() -> impl IntoView {
    let api = expect_context::<Api>();
    let query = use_query_map();
    let wanted = Memo::new(move |_| query.with(|q| from_query(q.get("status"), q.get("page"))));
    let orders = Res::new(move || {
        let (filter, page) = wanted.get();
        async move { api.orders(filter, page).await }
    });
    let navigate = use_navigate();
    let on_page = Callback::new(move |page: u32| {
        navigate(
            &href(wanted.get_untracked().0, page),
            NavigateOptions::default(),
        )
    });
    let tabs = std::iter::once(None).chain(OrderFilter::ALL.map(Some));
    view! {
        <section class="panel">
            <h1>{tr3(&lazy::ME_ORDERS)}</h1>
            <nav class="tabs" aria-label=tr3_attr(&FILTER_LABEL)>
                {tabs.map(|f| view! {
                    <a href=href(f, 1) aria-current=move || (wanted.get().0 == f).then_some("page")>
                        {tr3(label(f))}
                    </a>
                }).collect_view()}
            </nav>
            <Loaded resource=orders page=true fallback=|| view! { <BlockSkeleton /> }
                ok={move |page: Page<Order>| view! { <OrderList page=page on_page=on_page /> }}
            />
        </section>
    }
}

#[component]
fn OrderList(page: Page<Order>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    if page.items.is_empty() {
        return view! {
            <p class="empty">{tr3(&NONE_HERE)} " " <a href="/products">{tr(|m| m.nav_products)}</a></p>
        }
        .into_any();
    }
    let (current, pages) = (page.page, page.page_count());
    view! {
        <ul class="order-list">
            {page.items.into_iter().map(|o| {
                let status = o.status;
                let placed = o.placed_at;
                let count: u32 = o.parts.iter().flat_map(|p| &p.lines).map(|l| l.quantity).sum();
                let first = o.parts.first().and_then(|p| p.lines.first()).map(|l| l.name.clone());
                view! {
                    <li>
                        <a href=format!("/orders/{}", o.id)>{o.number.clone()}</a>
                        <span class="badge">{tr3(lazy::order_status(status))}</span>
                        <span class="muted">{move || format::date_time(placed, i18n.lang.get())}</span>
                        <span>{first.map(|n| move || n.get(i18n.lang.get()).to_string())}
                            " · " {move || fill(pick(&ITEMS, i18n.lang.get()), &[("n", &count.to_string())])}</span>
                        <Price money=o.total.clone() />
                    </li>
                }
            }).collect_view()}
        </ul>
        <Pager current=current pages=pages on_page=on_page />
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_names_the_filter_and_page() {
        for (status, page, want) in [
            (None, None, (None, 1)),
            (Some("to_pay"), Some("2"), (Some(OrderFilter::ToPay), 2)),
            (
                Some("cancelled"),
                Some("0"),
                (Some(OrderFilter::Cancelled), 1),
            ),
            (Some("<script>"), Some("x"), (None, 1)),
        ] {
            let got = from_query(status.map(Into::into), page.map(Into::into));
            assert_eq!(got, want, "{status:?} {page:?}");
            assert_eq!(
                from_query(
                    got.0.map(|f| f.as_str().to_string()),
                    Some(got.1.to_string())
                ),
                got
            );
        }
        assert_eq!(href(None, 1), "/me/orders");
        assert_eq!(
            href(Some(OrderFilter::InProgress), 3),
            "/me/orders?status=in_progress&page=3"
        );
    }
}
