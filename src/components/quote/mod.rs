//! A trade quote as both sides read it: its status, its lines with their configuration, the
//! revisions side by side with what changed, and the thread. Shown by the buyer's quote pages
//! and the exhibitor's desk; the buttons each side gets stay on their own pages.

pub mod changes;
pub mod filter;
pub mod steps;

use expocx_contract::quotes::{Quote, QuoteLine, QuoteMessage, QuoteRevision, QuoteStatus};
use expocx_contract::{Author, Money};
use leptos::prelude::*;

use crate::components::cards::Price;
use crate::format;
use crate::i18n::quote_common::quote_common::*;
use crate::i18n::quote_common::status;
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// A status as a badge (an expired or withdrawn one looks closed).
#[component]
pub fn StatusBadge(status: QuoteStatus) -> impl IntoView {
    let class = match status {
        QuoteStatus::Expired | QuoteStatus::Withdrawn | QuoteStatus::Declined => {
            "badge badge-closed"
        }
        _ => "badge",
    };
    view! { <span class=class>{tr3(self::status(status))}</span> }
}

/// `price × quantity` in the price's currency.
pub fn times(unit: &Money, quantity: u32) -> Money {
    Money {
        amount_minor: unit.amount_minor.saturating_mul(i64::from(quantity)),
        currency: unit.currency.clone(),
    }
}

/// A quote's title as lists show it: its first product, and how many more.
pub fn title_words(
    title: &expocx_contract::Localized,
    lines: u32,
    lang: expocx_contract::Lang,
) -> String {
    let first = title.get(lang);
    if lines > 1 {
        let more = (lines - 1).to_string();
        fill(pick(&TITLE_MORE, lang), &[("title", first), ("n", &more)])
    } else {
        first.to_string()
    }
}

/// The chosen options of a line, `Glaze: celadon · Size: 24 cm`.
fn chosen_words(line: &QuoteLine, lang: expocx_contract::Lang) -> String {
    line.chosen
        .iter()
        .map(|c| format!("{}: {}", c.group.get(lang), c.option.get(lang)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The lines: each product with its configuration and quantity, its list unit price and,
/// once answered, the latest revision's unit price and line total.
#[component]
pub fn QuoteLines(quote: Quote) -> impl IntoView {
    let i18n = use_i18n();
    let latest = changes::latest(&quote.revisions).cloned();
    let answered = latest.is_some();
    view! {
        // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
        <div class="table-scroll" tabindex="0">
            <table class="quote-lines">
                <caption class="visually-hidden">{tr3(&LINES)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr3(&PRODUCT)}</th>
                        <th scope="col">{tr3(&QUANTITY)}</th>
                        <th scope="col">{tr3(&LIST_UNIT)}</th>
                        {answered.then(|| view! {
                            <th scope="col">{tr3(&QUOTED_UNIT)}</th>
                            <th scope="col">{tr3(&LINE_TOTAL)}</th>
                        })}
                    </tr>
                </thead>
                <tbody>
                    {quote.lines.into_iter().enumerate().map(|(i, l)| {
                        let quantity = l.configuration.quantity;
                        let unit = latest.as_ref().and_then(|r| r.units.get(i).cloned());
                        let line = StoredValue::new(l.clone());
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=format!("/products/{}", l.product_id)>{move || line.with_value(|l| l.name.get(i18n.lang.get()).to_string())}</a>
                                    <span class="config">{move || line.with_value(|l| chosen_words(l, i18n.lang.get()))}</span>
                                </th>
                                <td>{quantity}</td>
                                <td><Price money=l.list_unit.clone() /></td>
                                {answered.then(|| view! {
                                    <td>{unit.clone().map(|u| view! { <Price money=u /> })}</td>
                                    <td>{unit.map(|u| view! { <Price money=times(&u, quantity) /> })}</td>
                                })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
                {latest.map(|r| view! {
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="4">{tr3(&TOTAL)}</th>
                            <td class="line-total"><Price money=r.total /></td>
                        </tr>
                    </tfoot>
                })}
            </table>
        </div>
    }
}

/// The revisions side by side, newest first, each cell that differs from the revision before
/// it marked (and said, for screen readers).
#[component]
pub fn Revisions(lines: Vec<QuoteLine>, revisions: Vec<QuoteRevision>) -> impl IntoView {
    let i18n = use_i18n();
    if revisions.is_empty() {
        return view! { <p class="empty">{tr3(&NO_REVISION)}</p> }.into_any();
    }
    let mut heads: Vec<(u32, expocx_contract::Timestamp, bool)> = revisions
        .iter()
        .map(|r| (r.number, r.at, r.superseded))
        .collect();
    heads.sort_by_key(|h| std::cmp::Reverse(h.0));
    let lines = StoredValue::new(lines);
    let revisions = StoredValue::new(revisions);
    view! {
        <div class="table-scroll" tabindex="0">
            <table class="revisions">
                <caption class="visually-hidden">{tr3(&REVISIONS)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {heads.into_iter().enumerate().map(|(i, (n, at, superseded))| view! {
                            <th scope="col" class:latest=i == 0>
                                {move || fill(pick(&REVISION_N, i18n.lang.get()), &[("n", &n.to_string())])}
                                {(i == 0 && !superseded).then(|| view! { " " <span class="badge">{tr3(&LATEST)}</span> })}
                                <span class="muted">{move || format::date_time(at, i18n.lang.get())}</span>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let lang = i18n.lang.get();
                        let rows = lines.with_value(|l| revisions.with_value(|r| changes::revision_rows(l, r, lang)));
                        rows.into_iter().map(|(label, cells)| view! {
                            <tr>
                                <th scope="row">{label}</th>
                                {cells.into_iter().map(|(words, changed)| view! {
                                    <td class:changed=changed>
                                        <span class="message-text">{words}</span>
                                        {changed.then(|| view! { <span class="visually-hidden">{format!(" ({})", pick(&CHANGED, lang))}</span> })}
                                    </td>
                                }).collect_view()}
                            </tr>
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The thread, oldest first: `member` and `staff` name the two sides as the reader sees them;
/// internal notes (the desk's only) are marked.
#[component]
pub fn QuoteThread(
    messages: Vec<QuoteMessage>,
    member: &'static Text,
    staff: &'static Text,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="thread-h">
            <h2 id="thread-h">{tr3(&THREAD)}</h2>
            {messages.is_empty().then(|| view! { <p class="empty">{tr3(&NO_MESSAGES)}</p> })}
            <ol class="conversation">
                {messages.into_iter().map(|m| {
                    let at = m.at;
                    let buyer = m.author == Author::Member;
                    let class = match (m.internal, buyer) {
                        (true, _) => "internal-note",
                        (false, true) => "from-member",
                        (false, false) => "from-staff",
                    };
                    view! {
                        <li class=class>
                            <p class="muted">
                                {m.internal.then(|| view! { <span class="badge badge-internal">{tr3(&INTERNAL)}</span> " " })}
                                <strong>{tr3(if buyer { member } else { staff })}</strong>
                                " · " {move || format::date_time(at, i18n.lang.get())}
                            </p>
                            <p class="message-text">{m.text}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// What a quote is about: its dates and where the goods go, as a list of facts.
#[component]
pub fn QuoteFacts(quote: Quote) -> impl IntoView {
    let i18n = use_i18n();
    let (latest_until, asked) = (quote.summary.valid_until, quote.summary.created_at);
    let lang = move || i18n.lang.get();
    view! {
        <dl class="facts quote-facts">
            <WhenAndWhere quote />
            {latest_until.map(|d| view! {
                <dt>{tr3(&VALID_UNTIL)}</dt><dd>{move || format::date(d, lang())}</dd>
            })}
            <dt>{tr3(&ASKED_ON)}</dt><dd>{move || format::date_time(asked, lang())}</dd>
        </dl>
    }
}

/// When the goods are needed and where they go, as terms of a `<dl>` (the quote's facts and
/// the printed document).
#[component]
pub fn WhenAndWhere(quote: Quote) -> impl IntoView {
    let i18n = use_i18n();
    let region = quote.region.trim().to_string();
    view! {
        {quote.needed_by.map(|d| view! {
            <dt>{tr3(&NEEDED_BY)}</dt><dd>{move || format::date(d, i18n.lang.get())}</dd>
        })}
        {(!region.is_empty()).then(|| view! { <dt>{tr3(&REGION)}</dt><dd>{region}</dd> })}
    }
}
