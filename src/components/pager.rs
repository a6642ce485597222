//! Previous / next with the position, for any paged list.

use leptos::prelude::*;

use crate::components::resource::Res;

use crate::i18n::{fill, tr, tr_attr, use_i18n};

/// Goes to the list at `base` with the query string it is given (no `?` when empty): a list's
/// filters live in its URL, so back, reload and a shared link show the same list.
pub fn query_navigator(base: &'static str) -> impl Fn(String) + Clone {
    let navigate = leptos_router::hooks::use_navigate();
    move |qs: String| {
        let url = if qs.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{qs}")
        };
        navigate(&url, Default::default());
    }
}

#[component]
pub fn Pager(current: u32, pages: u32, on_page: Callback<u32>) -> impl IntoView {
    let i18n = use_i18n();
    (pages > 1).then(|| view! {
        <nav class="pager" aria-label=tr_attr(|m| m.pagination_label)>
            <button type="button" class="btn" disabled={current <= 1} on:click=move |_| on_page.run(current - 1)>
                {tr(|m| m.page_prev)}
            </button>
            <span>{move || fill(i18n.t().page_of, &[("page", &current.to_string()), ("pages", &pages.to_string())])}</span>
            <button type="button" class="btn" disabled={current >= pages} on:click=move |_| on_page.run(current + 1)>
                {tr(|m| m.page_next)}
            </button>
        </nav>
    })
}

/// One page of a list: `<ul class=class>` of what `row` makes of each item (its `<li>`), and
/// the [`Pager`]; what `empty` makes when the page has nothing.
pub fn paged_list<T, V>(
    page: expocx_contract::Page<T>,
    on_page: Callback<u32>,
    class: &'static str,
    empty: impl FnOnce() -> AnyView,
    row: impl FnMut(T) -> V,
) -> AnyView
where
    V: IntoView + 'static,
{
    if page.items.is_empty() {
        return empty();
    }
    let (current, pages) = (page.page, page.page_count());
    view! {
        <ul class=class>{page.items.into_iter().map(row).collect_view()}</ul>
        <Pager current=current pages=pages on_page=on_page />
    }
    .into_any()
}

/// A list loaded a page at a time by `fetch(page)`, and the [`Pager`]'s callback to move.
pub fn paged<T, Fut>(fetch: impl Fn(u32) -> Fut + 'static) -> (Res<T>, Callback<u32>)
where
    T: Clone + 'static,
    Fut: std::future::Future<Output = Result<T, crate::api::ApiError>> + 'static,
{
    let page = RwSignal::new(1u32);
    let list = Res::new(move || fetch(page.get()));
    (list, Callback::new(move |p| page.set(p)))
}
