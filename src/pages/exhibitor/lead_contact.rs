//! A contact shared with the exhibitor and the notes on a lead, as a lead and a customer show
//! them.

use expocx_contract::leads::{LeadContact, LeadNote};
use leptos::prelude::*;

use crate::components::portal::When;
use crate::i18n::leads::lead::*;
use crate::i18n::{pick, tr3, use_i18n};

/// The contact's company, title, email and phone (those given), the last two as links.
#[component]
pub fn ContactFacts(contact: LeadContact) -> impl IntoView {
    let c = contact;
    let rows = [(&COMPANY, c.company), (&JOB_TITLE, c.title)]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| view! { <dt>{tr3(k)}</dt><dd>{v}</dd> })
        .collect_view();
    let email = (!c.email.trim().is_empty()).then(|| {
        let e = c.email.clone();
        view! { <dt>{tr3(&EMAIL)}</dt><dd><a href=format!("mailto:{e}")>{c.email.clone()}</a></dd> }
    });
    let phone = (!c.phone.trim().is_empty()).then(|| {
        let t = c.phone.replace(' ', "");
        view! { <dt>{tr3(&PHONE)}</dt><dd><a href=format!("tel:{t}")>{c.phone.clone()}</a></dd> }
    });
    view! { <dl class="facts">{rows}{email}{phone}</dl> }
}

/// A note (an `<li>`): its text, who wrote it and when.
#[component]
pub fn NoteItem(note: LeadNote) -> impl IntoView {
    let i18n = use_i18n();
    let author = note.author.map(|a| a.name);
    view! {
        <li>
            <p class="message-text">{note.text}</p>
            <p class="muted">
                {move || author.clone().unwrap_or_else(|| pick(&FORMER, i18n.lang.get()).to_string())}
                " · " <When at=note.at />
            </p>
        </li>
    }
}
