//! Pieces of the exhibitor portal that several of its pages show: the portal's navigation, a
//! CSV export, and one order with the steps staff may take on it. Only the portal's chunk uses
//! them.

use expocx_contract::{Capability, OrderStatus, StaffOrder, StaffOrderStep};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::api::{Api, ApiError, Tagged};
use crate::components::cards::Price;
use crate::format;
use crate::i18n::lazy::{self, error_message};
use crate::i18n::portal::orders::{EXPORT, EXPORTING};
use crate::i18n::portal::portal::*;
use crate::i18n::{fill, pick, tr3, tr3_attr, use_i18n, Text};
use crate::state::use_session;

/// The label of the button that takes the order to `to`.
fn step_label(to: OrderStatus) -> &'static Text {
    match to {
        OrderStatus::Confirmed => &STEP_LABEL_CONFIRMED,
        OrderStatus::ReadyForPickup => &STEP_LABEL_READY_FOR_PICKUP,
        OrderStatus::Shipped => &STEP_LABEL_SHIPPED,
        _ => &STEP_LABEL_OTHER,
    }
}

/// Whether the signed-in staff member's role may do `what` (the contract's permission table;
/// the backend decides, this only hides what would be refused). A session kept from before
/// roles existed is its exhibitor's owner until `/auth/me` says otherwise.
pub fn may(what: Capability) -> bool {
    use_session().user().is_some_and(|u| match u.team_role() {
        None => true,
        Some(role) => role.is_some_and(|r| r.may(what)),
    })
}

/// The portal's sections the member's role may use, with the current one marked.
#[component]
pub fn PortalNav() -> impl IntoView {
    let path = use_location().pathname;
    let link = move |href: &'static str, text: &'static Text, needs: Capability| {
        let current = move || {
            let p = path.get();
            (p == href || (href != "/exhibitor" && p.starts_with(href))).then_some("page")
        };
        // A plain link (the router still handles it): `<A>` would also mark `/exhibitor` as
        // the current page on every page under it.
        move || may(needs).then(|| view! { <a href=href aria-current=current>{tr3(text)}</a> })
    };
    view! {
        <nav class="tabs" aria-label=tr3_attr(&PORTAL_NAV)>
            {link("/exhibitor", &OVERVIEW, Capability::Figures)}
            {link("/exhibitor/orders", &ORDERS, Capability::Orders)}
            {link("/exhibitor/pickup", &PICKUP, Capability::Pickup)}
            {link("/exhibitor/leads", &crate::i18n::leads::list::LEADS, Capability::Leads)}
            {link("/exhibitor/customers", &crate::i18n::customers::list::CUSTOMERS, Capability::Figures)}
            {link("/exhibitor/campaigns", &crate::i18n::campaigns::list::CAMPAIGNS, Capability::Campaigns)}
            {link("/exhibitor/tickets", &SERVICE, Capability::OwnTickets)}
            {link("/exhibitor/returns", &RETURNS, Capability::Returns)}
            {link("/exhibitor/quotes", &crate::i18n::quote_desk::desk::QUOTES, Capability::Quotes)}
            {link("/exhibitor/products", &PRODUCTS, Capability::Catalog)}
            {link("/exhibitor/slots", &SLOTS, Capability::Catalog)}
            {link("/exhibitor/audit", &crate::i18n::team::audit::ACTIVITY, Capability::Audit)}
            {link("/exhibitor/team", &crate::i18n::team::team::TEAM, Capability::Team)}
        </nav>
    }
}

/// A portal list's table: the first column names the row, `columns` the values; on a phone the
/// header row is hidden and each [`Cell`] names its value.
#[component]
pub fn PortalTable(
    class: &'static str,
    first: &'static Text,
    columns: &'static [&'static Text],
    children: Children,
) -> impl IntoView {
    view! {
        <table class=class>
            <thead><tr>
                <th scope="col">{tr3(first)}</th>
                {columns.iter().map(|c| view! { <th scope="col">{tr3(c)}</th> }).collect_view()}
            </tr></thead>
            <tbody>{children()}</tbody>
        </table>
    }
}

/// A value of a portal table, named on a phone where the header row is hidden.
#[component]
pub fn Cell(label: &'static Text, children: Children) -> impl IntoView {
    view! { <td><span class="cell-label">{tr3(label)}</span>{children()}</td> }
}

/// A moment as staff read it (`2026年12月3日 14:05`), machine-readable too.
#[component]
pub fn When(at: expocx_contract::Timestamp) -> impl IntoView {
    let i18n = use_i18n();
    view! { <time datetime=at.to_rfc3339()>{move || format::date_time(at, i18n.lang.get())}</time> }
}

/// A button that saves what `path` answers as the file `file`. Fetched with the session's
/// token (a plain link would carry none); a failure is said beside it.
#[component]
pub fn CsvExport(file: &'static str, #[prop(into)] path: Signal<String>) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let export = Action::new_local(move |path: &String| {
        let path = path.clone();
        async move {
            let csv = api.get_text(&path).await?;
            // Decoding the answer as text drops its byte order mark; Excel needs it to read UTF-8.
            let csv = format!("\u{feff}{}", csv.trim_start_matches('\u{feff}'));
            crate::browser::download::download(file, "text/csv;charset=utf-8", &csv);
            Ok::<(), ApiError>(())
        }
    });
    let exporting = export.pending();
    view! {
        <button type="button" class="btn" disabled=move || exporting.get()
            on:click=move |_| { export.dispatch(path.get_untracked()); }>
            {move || pick(if exporting.get() { &EXPORTING } else { &EXPORT }, i18n.lang.get())}
        </button>
        {move || match export.value().get() {
            Some(Err(e)) => Some(view! { <span class="error-text" role="alert">{error_message(&e, i18n.t())}</span> }),
            _ => None,
        }}
    }
}

#[derive(Clone)]
enum Notice {
    Done,
    Conflict,
    Failed(ApiError),
}

/// One order as staff see it, with a button per step they may take. A step sent on an order
/// someone else changed meanwhile is refused by the backend; the fresh order is shown with a
/// note, and nothing is overwritten.
#[component]
pub fn StaffOrderView(
    order: Tagged<StaffOrder>,
    /// Told after each step taken (a list beside it shows the new status).
    #[prop(optional)]
    on_change: Option<Callback<()>>,
    /// The pickup code the visitor showed at the desk: sent with the handover.
    #[prop(optional, into)]
    pickup_code: Option<String>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let tz = crate::state::venue_time_zone();
    let current = RwSignal::new(order);
    let notice = RwSignal::new(None::<Notice>);
    let tracking = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let step = Action::new_local(move |to: &OrderStatus| {
        let order = current.get_untracked();
        let body = StaffOrderStep {
            status: *to,
            tracking: (*to == OrderStatus::Shipped).then(|| tracking.get_untracked()),
            reason: (*to == OrderStatus::Cancelled).then(|| reason.get_untracked()),
            // A handover at the desk carries the code the visitor showed (booth staff need it).
            pickup_code: pickup_code
                .clone()
                .filter(|_| *to == OrderStatus::Completed),
        };
        async move { api.staff_step(&order, &body).await }
    });
    crate::state::watch::watch(move || match step.value().get() {
        Some(Ok(o)) => {
            current.set(o);
            notice.set(Some(Notice::Done));
            if let Some(cb) = on_change {
                cb.run(());
            }
        }
        Some(Err(e)) if e.status() == Some(412) => {
            notice.set(Some(Notice::Conflict));
            let id = current.get_untracked().value.id;
            spawn_local(async move {
                if let Ok(o) = api.staff_order(id).await {
                    current.set(o);
                }
            });
        }
        Some(Err(e)) => notice.set(Some(Notice::Failed(e))),
        None => {}
    });
    let when = move |t| format::date_time(t, i18n.lang.get());
    move || {
        let o = current.get().value;
        let part = o.part.clone();
        let slot = part.slot.clone();
        let handed = o
            .events
            .iter()
            .rev()
            .find(|e| e.status == OrderStatus::Completed)
            .cloned();
        let customer = o.customer.clone();
        let (status, placed) = (o.status, o.placed_at);
        view! {
            <section class="panel staff-order" aria-labelledby="staff-order-h">
                <h2 id="staff-order-h">{move || fill(pick(&lazy::ORDER_NUMBER, i18n.lang.get()), &[("number", &o.number)])}</h2>
                <p><span class="badge">{tr3(lazy::order_status(status))}</span></p>
                <p>{move || fill(pick(&CUSTOMER, i18n.lang.get()), &[("name", &customer)])}</p>
                <p class="muted">{move || fill(pick(&PLACED, i18n.lang.get()), &[("when", &when(placed))])}</p>
                <p>{match slot {
                    Some(s) => view! { {move || fill(pick(&PICKUP_AT, i18n.lang.get()), &[("when", &format::time_range(s.starts_at, s.ends_at, i18n.lang.get(), &tz.get()))])} }.into_any(),
                    None => view! { {tr3(&DELIVERY)} {o.tracking.clone().map(|t| format!(" · {t}"))} }.into_any(),
                }}</p>
                <ul class="order-lines">
                    {part.lines.into_iter().map(|l| {
                        let name = l.name.clone();
                        view! {
                            <li>
                                <span>{move || name.get(i18n.lang.get()).to_string()} " × " {l.quantity}</span>
                                <Price money=l.unit_price />
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {handed.map(|e| {
                    let name = e.by.unwrap_or_default();
                    view! { <p class="done-note" role="status">{move || fill(pick(&HANDED_OVER, i18n.lang.get()), &[("when", &when(e.at)), ("name", &name)])}</p> }
                })}
                {part.cancelled.map(|c| view! {
                    <p class="done-note" role="status">{move || fill(pick(&CALLED_OFF, i18n.lang.get()), &[
                        ("reason", &c.reason), ("amount", &format::money(&c.refund, i18n.lang.get()))])}</p>
                })}
                <Steps next=o.next.clone() step=step tracking=tracking />
                <CancelPart next=o.next.clone() step=step reason=reason />
                {move || notice.get().map(|n| match n {
                    Notice::Done => view! { <p role="status">{tr3(&DONE)}</p> }.into_any(),
                    Notice::Conflict => view! { <p role="alert" class="error-text">{tr3(&CONFLICT)}</p> }.into_any(),
                    Notice::Failed(e) => view! { <p role="alert" class="error-text">{move || error_message(&e, i18n.t())}</p> }.into_any(),
                })}
                <h3>{tr3(&STEPS)}</h3>
                <ol class="timeline">
                    {o.events.into_iter().map(|e| {
                        let by = e.by.clone();
                        view! {
                            <li class="done">
                                <strong>{tr3(lazy::order_status(e.status))}</strong>
                                {by.map(|name| move || fill(pick(&BY, i18n.lang.get()), &[("name", &name)]))}
                                {e.note.map(|n| format!(" · {n}"))}
                                <br /><span class="muted">{move || when(e.at)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    }
}

/// The buttons for the steps staff may take now (with the tracking number a shipment needs).
#[component]
fn Steps(
    next: Vec<OrderStatus>,
    step: Action<OrderStatus, Result<Tagged<StaffOrder>, ApiError>>,
    tracking: RwSignal<String>,
) -> impl IntoView {
    if next.is_empty() {
        return view! { <p class="muted">{tr3(&NOTHING_TO_DO)}</p> }.into_any();
    }
    if next == [OrderStatus::Cancelled] {
        return ().into_any();
    }
    let ships = next.contains(&OrderStatus::Shipped);
    let busy = step.pending();
    view! {
        {ships.then(|| view! {
            <label class="field">
                <span>{tr3(&TRACKING)}</span>
                <input type="text" maxlength="64" autocomplete="off" bind:value=tracking />
            </label>
        })}
        <div class="actions">
            {next.into_iter().filter(|to| *to != OrderStatus::Cancelled).map(|to| {
                let primary = to == OrderStatus::Completed || to == OrderStatus::Confirmed;
                view! {
                    <button type="button" class=if primary { "btn btn-primary" } else { "btn" }
                        disabled=move || busy.get() on:click=move |_| { step.dispatch(to); }>
                        {tr3(step_label(to))}
                    </button>
                }
            }).collect_view()}
        </div>
        {move || busy.get().then(|| view! { <p role="status" class="muted">{tr3(&WORKING)}</p> })}
    }
    .into_any()
}

/// Calling the booth's part off: only with a reason, which the customer is told with the
/// refund of the part's share.
#[component]
fn CancelPart(
    next: Vec<OrderStatus>,
    step: Action<OrderStatus, Result<Tagged<StaffOrder>, ApiError>>,
    reason: RwSignal<String>,
) -> impl IntoView {
    let missing = RwSignal::new(false);
    let busy = step.pending();
    next.contains(&OrderStatus::Cancelled).then(|| view! {
        <details class="cancel-part">
            <summary>{tr3(&CANCEL_PART)}</summary>
            <div class="field">
                <label for="cancel-reason">{tr3(&CANCEL_REASON)}</label>
                <textarea id="cancel-reason" rows="2" maxlength="200" bind:value=reason
                    aria-invalid=move || missing.get().then_some("true")
                    aria-describedby="cancel-reason-error"></textarea>
                <p class="field-error" id="cancel-reason-error">{move || missing.get().then(|| tr3(&REASON_NEEDED))}</p>
            </div>
            <button type="button" class="btn btn-danger" disabled=move || busy.get() on:click=move |_| {
                let blank = reason.with_untracked(|r| r.trim().is_empty());
                missing.set(blank);
                if !blank {
                    step.dispatch(OrderStatus::Cancelled);
                }
            }>{tr3(&CANCEL_AND_REFUND)}</button>
        </details>
    })
}
