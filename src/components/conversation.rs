//! A ticket's conversation, shared by the member's and the exhibitor staff's ticket pages.

use expocx_contract::{Author, Ticket};
use leptos::prelude::*;

use crate::components::photos::PhotoView;
use crate::format;
use crate::i18n::{tr3, use_i18n, Text};

/// The messages of a ticket, oldest first, each with who wrote it (`member` / `staff` name the
/// two sides as the reader sees them) and its photos.
#[component]
pub fn Conversation(ticket: Ticket, member: &'static Text, staff: &'static Text) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="conv-h">
            <h2 id="conv-h">{tr3(&crate::i18n::tickets::CONVERSATION)}</h2>
            <ol class="conversation">
                {ticket.messages.into_iter().map(|m| {
                    let at = m.at;
                    let who = if m.author == Author::Member { member } else { staff };
                    view! {
                        <li class=if m.author == Author::Member { "from-member" } else { "from-staff" }>
                            <p class="muted"><strong>{tr3(who)}</strong> " · " {move || format::date_time(at, i18n.lang.get())}</p>
                            <p class="message-text">{m.text}</p>
                            {(!m.photos.is_empty()).then(|| view! {
                                <ul class="photos">
                                    {m.photos.into_iter().enumerate().map(|(i, p)| view! { <li><PhotoView photo=p n=i + 1 /></li> }).collect_view()}
                                </ul>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
