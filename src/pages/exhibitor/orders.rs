//! The exhibitor's orders: status, search and sort kept in the URL
//! (`/exhibitor/orders?status=paid&q=EX26&sort=pickup&page=2`), so back, reload and a shared
//! link show the same list; filtering, sorting and paging are done by the backend.

use expocx_contract::{
    Day, FulfilmentMethod, OrderStatus, Page, StaffOrder, StaffOrderQuery, StaffOrderRow,
    StaffOrderSort, Timestamp,
};
use leptos::prelude::*;

use crate::components::resource::Res;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::api::{Api, Tagged};
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::Pager;
use crate::components::portal::{CsvExport, PortalNav, StaffOrderView};
use crate::format;
use crate::i18n::portal::orders::*;
use crate::i18n::portal::portal::ORDERS;
use crate::i18n::{lazy, tr3, use_i18n, Text};

const STATUSES: [OrderStatus; 7] = [
    OrderStatus::Paid,
    OrderStatus::Confirmed,
    OrderStatus::ReadyForPickup,
    OrderStatus::Shipped,
    OrderStatus::Completed,
    OrderStatus::Cancelled,
    OrderStatus::AwaitingPayment,
];
const METHODS: [(FulfilmentMethod, &str, &Text); 2] = [
    (FulfilmentMethod::Pickup, "pickup", &METHOD_PICKUP),
    (FulfilmentMethod::Delivery, "delivery", &METHOD_DELIVERY),
];
const SORTS: [(StaffOrderSort, &str, &Text); 4] = [
    (StaffOrderSort::Newest, "newest", &NEWEST),
    (StaffOrderSort::Oldest, "oldest", &OLDEST),
    (StaffOrderSort::Amount, "amount", &AMOUNT),
    (StaffOrderSort::Pickup, "pickup", &SOONEST),
];

/// A status as the URL and the query name it (`ready_for_pickup`).
fn status_code(s: OrderStatus) -> String {
    expocx_contract::staff_orders::wire_name(&s)
}

/// The list a URL asks for; unknown values are left out.
fn from_query(get: impl Fn(&str) -> Option<String>) -> StaffOrderQuery {
    StaffOrderQuery {
        status: get("status").and_then(|s| STATUSES.into_iter().find(|x| status_code(*x) == s)),
        q: get("q").filter(|q| !q.trim().is_empty()),
        sort: get("sort").and_then(|s| SORTS.iter().find(|x| x.1 == s).map(|x| x.0)),
        page: get("page").and_then(|p| p.parse().ok()).filter(|p| *p > 1),
        method: get("method").and_then(|m| METHODS.iter().find(|x| x.1 == m).map(|x| x.0)),
        slot_id: get("slot_id")
            .and_then(|v| v.parse().ok())
            .filter(|v| *v > 0),
        day: get("day").and_then(|d| Day::parse(&d)),
        ..Default::default()
    }
}

fn href(q: &StaffOrderQuery) -> String {
    let qs = q.to_query_string();
    if qs.is_empty() {
        "/exhibitor/orders".into()
    } else {
        format!("/exhibitor/orders?{qs}")
    }
}

#[component]
pub fn StaffOrders() -> impl IntoView {
    let api = expect_context::<Api>();
    let query = use_query_map();
    let wanted = Memo::new(move |_| query.with(|q| from_query(|k| q.get(k))));
    let orders = Res::new(move || {
        let q = wanted.get();
        async move { api.staff_orders(&q).await }
    });
    // On a wide screen an order opens beside the list (`?open=<id>`), so staff keep their place.
    let open =
        Memo::new(move |_| query.with(|q| q.get("open").and_then(|v| v.parse::<i64>().ok())));
    let detail = Res::new(move || {
        let id = open.get();
        async move {
            match id {
                Some(id) => api.staff_order(id).await.map(Some),
                None => Ok(None),
            }
        }
    });
    let refresh = Callback::new(move |()| orders.refetch());
    // What the day and slot filters offer: the expo's days and the booth's slots.
    let tz = crate::state::venue_time_zone();
    let expo = Res::new(move || async move { api.expo().await });
    let days = Signal::derive(move || {
        expo.get().and_then(Result::ok).map(|e| {
            e.starts_on
                .iter_days()
                .take_while(|d| *d <= *e.ends_on)
                .map(Day::from)
                .collect::<Vec<_>>()
        })
    });
    let slots = Res::new(move || async move { api.staff_slots().await });
    let navigate = use_navigate();
    let go =
        Callback::new(move |q: StaffOrderQuery| navigate(&href(&q), NavigateOptions::default()));
    let on_page = Callback::new(move |page: u32| {
        go.run(StaffOrderQuery {
            page: Some(page),
            ..wanted.get_untracked()
        })
    });
    let search = RwSignal::new(wanted.get_untracked().q.unwrap_or_default());
    let on_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = search.get_untracked();
        go.run(StaffOrderQuery {
            q: Some(q),
            page: None,
            ..wanted.get_untracked()
        });
    };
    let i18n = use_i18n();
    let label = move |t: &'static Text| move || crate::i18n::pick(t, i18n.lang.get());
    view! {
        <h1>{tr3(&ORDERS)}</h1>
        <PortalNav />
        <form class="panel filters" role="search" on:submit=on_search>
            <label class="field"><span>{tr3(&SEARCH)}</span>
                <input type="search" maxlength="64" bind:value=search />
            </label>
            <button type="submit" class="btn">{tr3(&FIND)}</button>
            <label class="field"><span>{tr3(&STATUS)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let status = STATUSES.into_iter().find(|s| status_code(*s) == v);
                    go.run(StaffOrderQuery { status, page: None, ..wanted.get_untracked() });
                }>
                    <option value="" selected=move || wanted.get().status.is_none()>{label(&ANY)}</option>
                    {STATUSES.map(|s| view! {
                        <option value=status_code(s) selected=move || wanted.get().status == Some(s)>
                            {label(lazy::order_status(s))}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field"><span>{tr3(&SORT)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let sort = SORTS.iter().find(|x| x.1 == v).map(|x| x.0);
                    go.run(StaffOrderQuery { sort, page: None, ..wanted.get_untracked() });
                }>
                    {SORTS.map(|(s, code, text)| view! {
                        <option value=code selected=move || wanted.get().sort.unwrap_or(StaffOrderSort::Newest) == s>
                            {label(text)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field"><span>{tr3(&METHOD)}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let method = METHODS.iter().find(|x| x.1 == v).map(|x| x.0);
                    go.run(StaffOrderQuery { method, page: None, ..wanted.get_untracked() });
                }>
                    <option value="" selected=move || wanted.get().method.is_none()>{label(&ANY)}</option>
                    {METHODS.map(|(m, code, text)| view! {
                        <option value=code selected=move || wanted.get().method == Some(m)>{label(text)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field"><span>{tr3(&DAY)}</span>
                <select on:change=move |ev| {
                    let day = Day::parse(&event_target_value(&ev));
                    go.run(StaffOrderQuery { day, page: None, ..wanted.get_untracked() });
                }>
                    <option value="" selected=move || wanted.get().day.is_none()>{label(&ANY)}</option>
                    {move || days.get().map(|days| days.into_iter().map(|d| view! {
                        <option value=d.to_string() selected=move || wanted.get().day == Some(d)>
                            {move || format::date(d, i18n.lang.get())}
                        </option>
                    }).collect_view())}
                </select>
            </label>
            <label class="field"><span>{tr3(&SLOT)}</span>
                <select on:change=move |ev| {
                    let slot_id = event_target_value(&ev).parse().ok();
                    go.run(StaffOrderQuery { slot_id, page: None, ..wanted.get_untracked() });
                }>
                    <option value="" selected=move || wanted.get().slot_id.is_none()>{label(&ANY)}</option>
                    {move || slots.get().and_then(Result::ok).map(|slots| slots.into_iter().map(|s| view! {
                        <option value=s.id.to_string() selected=move || wanted.get().slot_id == Some(s.id)>
                            {move || format::time_range(s.starts_at, s.ends_at, i18n.lang.get(), &tz.get())}
                        </option>
                    }).collect_view())}
                </select>
            </label>
        </form>
        <p class="actions">
            // The filtered list, every page of it.
            <CsvExport file="orders.csv" path=Signal::derive(move || {
                let q = StaffOrderQuery { page: None, ..wanted.get() };
                format!("/exhibitor/orders/export?{}", q.to_query_string())
            }) />
        </p>
        <div class=move || if open.get().is_some() { "orders-split open" } else { "orders-split" }>
            <div>
                <Loaded resource=orders page=true fallback=|| view! { <BlockSkeleton /> }
                    ok={move |page: Page<StaffOrderRow>| view! {
                        <OrderTable page=page on_page=on_page open=open list=wanted />
                    }}
                />
            </div>
            {move || open.get().map(|_| view! {
                <aside class="side-panel panel" aria-label=label(&OPEN_ORDER)>
                    <p><a href=move || href(&wanted.get())>{tr3(&CLOSE)}</a></p>
                    <Loaded resource=detail fallback=|| view! { <BlockSkeleton /> }
                        ok={move |o: Option<Tagged<StaffOrder>>| o.map(|o| view! { <StaffOrderView order=o on_change=refresh /> })}
                    />
                </aside>
            })}
        </div>
    }
}

/// Where an order's number leads: beside the list on a wide screen, else its own page.
fn order_href(list: &StaffOrderQuery, id: i64, wide: bool) -> String {
    if !wide {
        return format!("/exhibitor/orders/{id}");
    }
    let base = href(list);
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}open={id}")
}

/// When a pickup slot starts, by the venue's clock (`12月3日周四 10:00`).
fn slot_start(s: Timestamp, lang: expocx_contract::Lang, tz: &str) -> String {
    let (day, hours) = format::slot_parts(s, s, lang, tz);
    format!("{day} {}", hours.split('–').next().unwrap_or_default())
}

#[component]
fn OrderTable(
    page: Page<StaffOrderRow>,
    on_page: Callback<u32>,
    open: Memo<Option<i64>>,
    list: Memo<StaffOrderQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    let wide = crate::browser::viewport::at_least(1100.0);
    let tz = crate::state::venue_time_zone();
    if page.items.is_empty() {
        return view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any();
    }
    let (current, pages, total) = (page.page, page.page_count(), page.total);
    view! {
        <p class="muted" role="status">
            {move || crate::i18n::fill(crate::i18n::pick(&FOUND, i18n.lang.get()), &[("n", &total.to_string())])}
        </p>
        <table class="staff-orders">
            <thead><tr>
                <th scope="col">{tr3(&NUMBER)}</th>
                <th scope="col">{tr3(&STATUS)}</th>
                <th scope="col">{tr3(&CUSTOMER)}</th>
                <th scope="col">{tr3(&ITEMS)}</th>
                <th scope="col">{tr3(&WHEN)}</th>
                <th scope="col">{tr3(&AMOUNT_COL)}</th>
            </tr></thead>
            <tbody>
                {page.items.into_iter().map(|r| {
                    let (placed, slot, id) = (r.placed_at, r.slot_starts_at, r.id);
                    let link = order_href(&list.get_untracked(), id, wide);
                    view! {
                        <tr aria-current=move || (open.get() == Some(id)).then_some("true")>
                            <th scope="row"><a href=link>{r.number.clone()}</a></th>
                            <td><span class="badge">{tr3(lazy::order_status(r.status))}</span></td>
                            <td>{r.customer.clone()}</td>
                            <td>{move || crate::i18n::fill(crate::i18n::pick(&PIECES, i18n.lang.get()), &[("n", &r.items.to_string())])}</td>
                            <td>
                                {move || format::date_time(placed, i18n.lang.get())}
                                {slot.map(|s| view! { <br /><strong>{move || slot_start(s, i18n.lang.get(), &tz.get())}</strong> })}
                            </td>
                            <td><Price money=r.amount.clone() /></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <Pager current=current pages=pages on_page=on_page />
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_names_the_list_and_survives_a_round_trip() {
        let q = from_query(|k| match k {
            "status" => Some("ready_for_pickup".into()),
            "q" => Some("EX26".into()),
            "sort" => Some("pickup".into()),
            "page" => Some("3".into()),
            "method" => Some("delivery".into()),
            "slot_id" => Some("12".into()),
            "day" => Some("2026-12-04".into()),
            _ => None,
        });
        assert_eq!(q.method, Some(FulfilmentMethod::Delivery));
        assert_eq!((q.slot_id, q.day), (Some(12), Day::parse("2026-12-04")));
        assert_eq!(q.status, Some(OrderStatus::ReadyForPickup));
        assert_eq!(q.sort, Some(StaffOrderSort::Pickup));
        assert_eq!(q.page, Some(3));
        assert_eq!(
            href(&q),
            "/exhibitor/orders?status=ready_for_pickup&method=delivery&q=EX26&slot_id=12&day=2026-12-04&sort=pickup&page=3"
        );
        for bad in ["2026-13-01", "2026-12", "2026-12-04-1", "x"] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        let junk = from_query(|k| match k {
            "status" => Some("nonsense".into()),
            "page" => Some("-1".into()),
            "q" => Some("  ".into()),
            "method" => Some("drone".into()),
            "slot_id" => Some("0".into()),
            "day" => Some("tomorrow".into()),
            _ => None,
        });
        assert_eq!(junk, StaffOrderQuery::default());
        assert_eq!(href(&junk), "/exhibitor/orders");
    }
}
