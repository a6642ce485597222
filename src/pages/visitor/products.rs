//! Product list: search, category filter, sort and paging, all done by the backend and kept
//! in the URL so a link or a reload shows the same list.

use expocx_contract::{Category, Page, ProductQuery, ProductSort, ProductSummary};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use crate::api::Api;
use crate::components::cards::ProductCard;
use crate::components::feedback::{CardsSkeleton, Loaded};
use crate::components::pager::{query_navigator, Pager};
use crate::i18n::{fill, tr, use_i18n, Messages};

/// The list query a URL asks for; unknown or bad values are ignored rather than failing.
/// `get` looks up one URL query parameter.
pub fn query_from_params(get: impl Fn(&str) -> Option<String>) -> ProductQuery {
    ProductQuery {
        q: get("q").filter(|q| !q.trim().is_empty()),
        category: get("category").and_then(|v| v.parse().ok()),
        exhibitor: get("exhibitor").and_then(|v| v.parse().ok()),
        sort: get("sort").and_then(|v| ProductSort::parse(&v)),
        page: get("page").and_then(|v| v.parse().ok()).filter(|p| *p > 0),
        ..Default::default()
    }
}

pub fn sort_label(s: ProductSort, m: &Messages) -> &'static str {
    match s {
        ProductSort::Featured => m.sort_featured,
        ProductSort::PriceAsc => m.sort_price_asc,
        ProductSort::PriceDesc => m.sort_price_desc,
        ProductSort::Newest => m.sort_newest,
        ProductSort::Name => m.sort_name,
    }
}

#[component]
pub fn ProductList() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(|p: &ParamsMap| query_from_params(|k| p.get(k))));
    let to = query_navigator("/products");
    // Changing a filter starts again at page 1; the URL is the single source of the query.
    let go = move |q: ProductQuery| to(q.to_query_string());
    let categories = { Res::new(move || async move { api.categories().await }) };
    let products = Res::new(move || {
        let q = query.get();
        async move { api.products(&q).await }
    });
    let go_cat = go.clone();
    let go_sort = go.clone();
    let go_page = go.clone();
    view! {
        <h1>
            {move || match query.with(|q| q.q.clone()) {
                Some(words) => fill(i18n.t().products_search_results, &[("q", &words)]),
                None => i18n.t().products_title.to_string(),
            }}
        </h1>
        <div class="filters">
            <label>
                <span>{tr(|m| m.filter_category)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    go_cat(ProductQuery { category: v.parse().ok(), page: None, ..query.get_untracked() });
                } prop:value=move || query.with(|q| q.category.map(|c| c.to_string()).unwrap_or_default())>
                    <option value="">{tr(|m| m.filter_all)}</option>
                    {move || categories.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|c: Category| {
                        let name = c.name.clone();
                        let selected = move || query.with(|q| q.category == Some(c.id));
                        view! { <option value=c.id.to_string() selected=selected>{move || name.get(i18n.lang.get()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                <span>{tr(|m| m.sort_label)}</span>
                <select on:change=move |ev| {
                    let sort = ProductSort::parse(&event_target_value(&ev));
                    go_sort(ProductQuery { sort, page: None, ..query.get_untracked() });
                } prop:value=move || query.with(|q| q.sort.unwrap_or_default().as_str())>
                    {ProductSort::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str()>{move || sort_label(s, i18n.t())}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <Loaded resource=products fallback=|| view! { <CardsSkeleton count=8 /> }
            ok={move |page: Page<ProductSummary>| {
                let go_page = go_page.clone();
                view! { <ResultPage page=page on_page=Callback::new(move |n: u32| go_page(ProductQuery { page: Some(n), ..query.get_untracked() })) /> }
            }}
        />
    }
}

#[component]
fn ResultPage(page: Page<ProductSummary>, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let total = page.total;
    if page.items.is_empty() {
        return view! {
            <section class="panel center empty">
                <h2>{tr(|m| m.products_empty)}</h2>
                <p>{tr(|m| m.products_empty_hint)}</p>
                <a class="btn" href="/products">{tr(|m| m.clear_filters)}</a>
            </section>
        }
        .into_any();
    }
    let (current, pages) = (page.page, page.page_count());
    view! {
        <h2 class="result-count" aria-live="polite">{move || fill(i18n.t().products_count, &[("n", &total.to_string())])}</h2>
        <div class="grid cards">
            {page.items.into_iter().map(|p| view! { <ProductCard product=p /> }).collect_view()}
        </div>
        <Pager current=current pages=pages on_page=on_page />
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_parameters_become_the_backend_query() {
        let url = [
            ("q", "茶"),
            ("category", "3"),
            ("sort", "price_desc"),
            ("page", "0"),
        ];
        let q = query_from_params(|k| {
            url.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        });
        assert_eq!(q.q.as_deref(), Some("茶"));
        assert_eq!(q.category, Some(3));
        assert_eq!(q.sort, Some(ProductSort::PriceDesc));
        assert_eq!(q.page, None, "page 0 is not a page");
        let bad = [("category", "tea"), ("sort", "cheapest")];
        let q = query_from_params(|k| {
            bad.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        });
        assert_eq!(q, ProductQuery::default());
    }
}
