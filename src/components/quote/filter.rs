//! The quote lists' status tabs and page, kept in the URL (`?status=quoted&page=2`) so back,
//! reload and a shared link show the same list. Used by the buyer's list and the desk.

use expocx_contract::quotes::QuoteStatus;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::status_slug;
use crate::i18n::quote_common::{quote_common::BY_STATUS, FILTERS};
use crate::i18n::{tr3, tr3_attr};

/// The status a tab's query value names; anything else (none, unknown) is "all".
pub fn status_in_query(value: Option<&str>) -> Option<QuoteStatus> {
    let value = value?;
    FILTERS
        .iter()
        .filter_map(|(s, _)| *s)
        .find(|s| status_slug(*s) == value)
}

/// The list at `base` showing `status`, on `page` (no query for the defaults).
pub fn list_href(base: &str, status: Option<QuoteStatus>, page: u32) -> String {
    let mut q = Vec::new();
    if let Some(s) = status {
        q.push(format!("status={}", status_slug(s)));
    }
    if page > 1 {
        q.push(format!("page={page}"));
    }
    if q.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", q.join("&"))
    }
}

/// What the URL asks the list at `base` for (status and page), and the pager's callback.
pub fn list_query(base: &'static str) -> (Memo<(Option<QuoteStatus>, u32)>, Callback<u32>) {
    let query = use_query_map();
    let wanted = Memo::new(move |_| {
        query.with(|q| {
            let status = status_in_query(q.get("status").as_deref());
            let page = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
            (status, page)
        })
    });
    let navigate = use_navigate();
    let on_page = Callback::new(move |p| {
        let href = list_href(base, wanted.get_untracked().0, p);
        navigate(&href, NavigateOptions::default());
    });
    (wanted, on_page)
}

/// A tab per status filter, the current one marked.
#[component]
pub fn StatusTabs(base: &'static str, current: Memo<(Option<QuoteStatus>, u32)>) -> impl IntoView {
    view! {
        <nav class="tabs" aria-label=tr3_attr(&BY_STATUS)>
            {FILTERS.map(|(s, text)| view! {
                <a href=list_href(base, s, 1) aria-current=move || (current.get().0 == s).then_some("page")>{tr3(text)}</a>
            }).collect_view()}
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tab_names_its_status_in_the_url_and_back() {
        for (status, _) in FILTERS {
            let href = list_href("/me/quotes", status, 1);
            let value = href.split_once("status=").map(|(_, v)| v);
            assert_eq!(status_in_query(value), status, "{href}");
        }
        assert_eq!(list_href("/me/quotes", None, 1), "/me/quotes");
        assert_eq!(
            list_href("/exhibitor/quotes", Some(QuoteStatus::Quoted), 2),
            "/exhibitor/quotes?status=quoted&page=2"
        );
        assert_eq!(status_in_query(Some("bogus")), None, "unknown is all");
        assert_eq!(status_in_query(Some("")), None);
        assert_eq!(
            status_in_query(Some("withdrawn")),
            Some(QuoteStatus::Withdrawn)
        );
    }
}
