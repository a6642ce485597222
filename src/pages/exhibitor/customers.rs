//! The exhibitor's customers (`/exhibitor/customers`): all of them, those at risk or those
//! given red-carpet service, by stage and segment, sorted; the list, filters and page kept in
//! the URL (`?list=at_risk&stage=stable&sort=recent&page=2`), so back, reload and a shared link
//! show the same list. Each customer valued; the CSV for those who may export.

use expocx_contract::customers::{CustomerList, CustomerSummary, Segment, Stage};
use expocx_contract::Capability;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::customer_words::*;
use crate::api::{customers_csv_path, Api, CustomerQuery, CustomerSet, CustomerSort};
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::Pager;
use crate::components::portal::{may, Cell, CsvExport, PortalNav, PortalTable, When};
use crate::components::resource::Res;
use crate::i18n::customers::list::*;
use crate::i18n::customers::words::{
    AT_RISK, LAST_CONTACT, LOYALTY, ORDERS, RED_CARPET, REVENUE, SATISFACTION,
};
use crate::i18n::{fill, pick, tr3, tr3_attr, use_i18n, Text};

fn href(q: &CustomerQuery) -> String {
    match q.to_query_string() {
        qs if qs.is_empty() => CUSTOMERS_BASE.to_string(),
        qs => format!("{CUSTOMERS_BASE}?{qs}"),
    }
}

#[component]
pub fn CustomersPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let query = use_query_map();
    let wanted = Memo::new(move |_| query.with(|q| CustomerQuery::from_query(|k| q.get(k))));
    let list = Res::new(move || {
        let q = wanted.get();
        async move { api.customers(&q).await }
    });
    let navigate = use_navigate();
    let go = Callback::new(move |q: CustomerQuery| navigate(&href(&q), NavigateOptions::default()));
    let on_page = Callback::new(move |page: u32| {
        go.run(CustomerQuery {
            page: Some(page),
            ..wanted.get_untracked()
        })
    });
    view! {
        <h1>{tr3(&CUSTOMERS)}</h1>
        <PortalNav />
        <ListTabs wanted />
        <Filters wanted go />
        {move || may(Capability::Export).then(|| view! {
            <p class="actions">
                <CsvExport file="customers.csv" path=Signal::derive(move || customers_csv_path(&wanted.get())) />
            </p>
        })}
        <details class="panel">
            <summary>{tr3(&STAGES_EXPLAINED)}</summary>
            <dl class="facts">
                {Stage::ALL.map(|s| view! { <dt>{tr3(stage_text(s))}</dt><dd>{tr3(stage_hint(s))}</dd> }).collect_view()}
            </dl>
        </details>
        <Loaded resource=list fallback=|| view! { <BlockSkeleton /> }
            ok={move |l: CustomerList| view! { <CustomerTable list=l wanted on_page /> }} />
    }
}

/// A tab per list; each keeps the stage, segment and sort chosen.
#[component]
fn ListTabs(wanted: Memo<CustomerQuery>) -> impl IntoView {
    let names: [&'static Text; 3] = [&ALL, &AT_RISK, &RED_CARPET];
    view! {
        <nav class="tabs" aria-label=tr3_attr(&LISTS)>
            {CustomerSet::ALL.into_iter().zip(names).map(|(list, text)| view! {
                <a href=move || href(&CustomerQuery { list, page: None, ..wanted.get() })
                    aria-current=move || (wanted.get().list == list).then_some("page")>{tr3(text)}</a>
            }).collect_view()}
        </nav>
    }
}

#[component]
fn Filters(wanted: Memo<CustomerQuery>, go: Callback<CustomerQuery>) -> impl IntoView {
    // Choosing anew starts again at the first page.
    let with = move |change: &dyn Fn(&mut CustomerQuery)| {
        let mut q = CustomerQuery {
            page: None,
            ..wanted.get_untracked()
        };
        change(&mut q);
        go.run(q);
    };
    let stages = std::iter::once(("", &ANY_STAGE))
        .chain(Stage::ALL.map(|s| (s.as_str(), stage_text(s))))
        .collect();
    let segments = std::iter::once(("", &ANY_SEGMENT))
        .chain(Segment::ALL.map(|s| (s.as_str(), segment_text(s))))
        .collect();
    let sort_names: [&'static Text; 3] = [&SORT_VALUE, &SORT_RECENT, &SORT_SATISFACTION];
    let sorts = CustomerSort::ALL
        .map(CustomerSort::as_str)
        .into_iter()
        .zip(sort_names)
        .collect();
    view! {
        <div class="panel filters">
            <Choice id="customer-stage" label=&STAGE options=stages
                current=Signal::derive(move || wanted.get().stage.map_or("", Stage::as_str))
                on_pick=Callback::new(move |v: String| with(&|q| q.stage = Stage::ALL.into_iter().find(|s| s.as_str() == v))) />
            <Choice id="customer-segment" label=&SEGMENT options=segments
                current=Signal::derive(move || wanted.get().segment.map_or("", Segment::as_str))
                on_pick=Callback::new(move |v: String| with(&|q| q.segment = Segment::ALL.into_iter().find(|s| s.as_str() == v))) />
            <Choice id="customer-score" label=&SCORE options=vec![("", &SCORE_ANY), ("20", &SCORE_20), ("40", &SCORE_40), ("60", &SCORE_60)]
                current=Signal::derive(move || match wanted.get().min_score {
                    Some(20) => "20",
                    Some(40) => "40",
                    Some(60) => "60",
                    _ => "",
                })
                on_pick=Callback::new(move |v: String| with(&|q| q.min_score = v.parse().ok())) />
            <Choice id="customer-sort" label=&SORT options=sorts
                current=Signal::derive(move || wanted.get().sort.unwrap_or_default().as_str())
                on_pick=Callback::new(move |v: String| with(&|q| q.sort = CustomerSort::ALL.into_iter().find(|s| s.as_str() == v))) />
        </div>
    }
}

/// A labelled `<select>` of `(value, words)` options, `current` selected.
#[component]
fn Choice(
    id: &'static str,
    label: &'static Text,
    options: Vec<(&'static str, &'static Text)>,
    current: Signal<&'static str>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=id>{tr3(label)}</label>
            <select id=id on:change=move |ev| on_pick.run(event_target_value(&ev))>
                {options.into_iter().map(|(value, text)| view! {
                    <option value=value selected=move || current.get() == value>
                        {move || pick(text, i18n.lang.get())}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// What an empty list says: nobody yet, or nobody on this list or with these filters.
fn empty_text(q: &CustomerQuery) -> &'static Text {
    match q.list {
        _ if q.stage.is_some() || q.segment.is_some() || q.min_score.is_some() => &NONE_MATCH,
        CustomerSet::All => &NONE,
        CustomerSet::AtRisk => &NONE_AT_RISK,
        CustomerSet::RedCarpet => &NONE_RED_CARPET,
    }
}

/// The columns after the customer's name; on a phone each value carries its column's name.
static COLUMNS: [&Text; 7] = [
    &STAGE,
    &SEGMENT,
    &SATISFACTION,
    &LOYALTY,
    &REVENUE,
    &ORDERS,
    &LAST_CONTACT,
];

#[component]
fn CustomerTable(
    list: CustomerList,
    wanted: Memo<CustomerQuery>,
    on_page: Callback<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let page = list.customers;
    if page.items.is_empty() {
        let none = empty_text(&wanted.get_untracked());
        return view! { <p class="empty panel">{tr3(none)}</p> }.into_any();
    }
    let (current, pages, total) = (page.page, page.page_count(), page.total);
    view! {
        {list.thin_sample.then(|| view! { <p class="notice">{tr3(&THIN)}</p> })}
        <p class="muted" role="status">
            {move || fill(pick(&FOUND, i18n.lang.get()), &[("n", &total.to_string())])}
        </p>
        <PortalTable class="staff-orders customer-table" first=&CUSTOMER columns=&COLUMNS>
            {page.items.into_iter().map(|c| view! { <Row c /> }).collect_view()}
        </PortalTable>
        <Pager current pages on_page />
    }
    .into_any()
}

#[component]
fn Row(c: CustomerSummary) -> impl IntoView {
    let i18n = use_i18n();
    let name = c.name.clone();
    let [stage, segment, satisfaction, loyalty, revenue, orders, last] = COLUMNS;
    view! {
        <tr>
            <th scope="row">
                <a href=format!("{CUSTOMERS_BASE}/{}", c.user_id)>{move || who(name.as_deref(), i18n.lang.get())}</a>
                " " <CustomerBadges at_risk=c.at_risk red_carpet=c.red_carpet />
            </th>
            <Cell label=stage>{tr3(stage_text(c.stage))}</Cell>
            <Cell label=segment>
                {tr3(segment_text(c.segment))}
                {c.rfm.map(|rfm| view! { <br /><RfmScores rfm /> })}
            </Cell>
            <Cell label=satisfaction>{c.satisfaction}</Cell>
            <Cell label=loyalty>{c.loyalty}</Cell>
            <Cell label=revenue><Price money=c.revenue /></Cell>
            <Cell label=orders>{c.orders}</Cell>
            <Cell label=last><When at=c.last_contact_at /></Cell>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_keeps_the_list_and_an_empty_list_says_why() {
        let q = CustomerQuery {
            list: CustomerSet::AtRisk,
            sort: Some(CustomerSort::Recent),
            ..Default::default()
        };
        assert_eq!(href(&q), "/exhibitor/customers?list=at_risk&sort=recent");
        assert_eq!(href(&CustomerQuery::default()), CUSTOMERS_BASE);
        assert_eq!(empty_text(&q), &NONE_AT_RISK);
        assert_eq!(empty_text(&CustomerQuery::default()), &NONE);
        let filtered = CustomerQuery {
            stage: Some(Stage::Stable),
            ..q
        };
        assert_eq!(empty_text(&filtered), &NONE_MATCH);
    }
}
