//! What a customer did with the exhibitor, for their page: orders, quotes, tickets, returns
//! and the notes on their lead, latest first, each with the portal's own status names.

use expocx_contract::customers::{
    CustomerOrder, CustomerQuote, CustomerReturn, CustomerSummary, CustomerTicket,
};
use expocx_contract::leads::LeadNote;
use leptos::prelude::*;

use super::lead_contact::NoteItem;
use crate::components::cards::Price;
use crate::components::portal::When;
use crate::components::quote::StatusBadge;
use crate::i18n::customers::customer::*;
use crate::i18n::lazy::order_status;
use crate::i18n::tickets::staff_status;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

#[component]
pub fn History(
    summary: CustomerSummary,
    orders: Vec<CustomerOrder>,
    quotes: Vec<CustomerQuote>,
    tickets: Vec<CustomerTicket>,
    returns: Vec<CustomerReturn>,
    notes: Vec<LeadNote>,
) -> impl IntoView {
    let i18n = use_i18n();
    let orders = orders.into_iter().map(|o| {
        view! {
            <li>
                <a href=format!("/exhibitor/orders/{}", o.id) class="order-number">{o.number}</a>
                <span class="badge">{tr3(order_status(o.status))}</span>
                <Price money=o.subtotal />
                <span class="muted"><When at=o.placed_at /></span>
            </li>
        }
        .into_any()
    });
    let quotes = quotes.into_iter().map(|q| {
        view! {
            <li>
                <a href=format!("/exhibitor/quotes/{}", q.id) class="order-number">{q.number}</a>
                <StatusBadge status=q.status />
                {q.total.map(|t| view! { <Price money=t /> })}
                <span class="muted"><When at=q.updated_at /></span>
            </li>
        }
        .into_any()
    });
    let tickets = tickets.into_iter().map(|t| {
        let rated = t.rating.map(|n| {
            move || fill(pick(&RATED, i18n.lang.get()), &[("n", &n.to_string())])
        });
        view! {
            <li>
                <a href=format!("/exhibitor/tickets/{}", t.id)>{t.subject}</a>
                <span class="badge">{tr3(staff_status(t.status))}</span>
                <span class="muted">{rated.map(|r| view! { {r} " · " })}<When at=t.created_at /></span>
            </li>
        }
        .into_any()
    });
    let returns = returns.into_iter().map(|r| {
        let number = r.order_number;
        view! {
            <li>
                <span>{move || fill(pick(&RETURN_FOR, i18n.lang.get()), &[("number", &number)])}</span>
                <span class="badge">{tr3(crate::i18n::returns::status(r.status))}</span>
                <span class="muted"><When at=r.created_at /></span>
            </li>
        }
        .into_any()
    });
    let lead = summary.lead_id.map(|id| {
        view! { <p><a href=format!("/exhibitor/leads/{id}")>{tr3(&OPEN_LEAD)}</a></p> }
    });
    view! {
        <Section id="customer-orders-h" title=&ORDERS empty=&NO_ORDERS rows=orders.collect() />
        <Section id="customer-quotes-h" title=&QUOTES empty=&NO_QUOTES rows=quotes.collect() />
        <Section id="customer-tickets-h" title=&TICKETS empty=&NO_TICKETS rows=tickets.collect() />
        <Section id="customer-returns-h" title=&RETURNS empty=&NO_RETURNS rows=returns.collect() />
        <Section id="customer-notes-h" title=&NOTES empty=&NO_NOTES
            rows=notes.into_iter().map(|note| view! { <NoteItem note /> }.into_any()).collect()>
            {lead}
        </Section>
    }
}

/// A part of the history: its heading, its rows (`<li>`s), or what says there are none.
#[component]
fn Section(
    id: &'static str,
    title: &'static Text,
    empty: &'static Text,
    rows: Vec<AnyView>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let list = if rows.is_empty() {
        view! { <p class="muted">{tr3(empty)}</p> }.into_any()
    } else {
        view! { <ul class="order-list customer-history">{rows}</ul> }.into_any()
    };
    view! {
        <section class="panel" aria-labelledby=id>
            <h2 id=id>{tr3(title)}</h2>
            {children.map(|c| c())}
            {list}
        </section>
    }
}
