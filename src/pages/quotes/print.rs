//! The printable quote (`/me/quotes/:id/print`): a document a buyer forwards to purchasing,
//! with both companies, the quote's number and revision, the lines with their configuration
//! and prices, validity and terms. The print stylesheet (`style/areas.css`) leaves out
//! everything else on the page.

use expocx_contract::quotes::Quote;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::{Api, ApiError, TaggedQuote};
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::quote::changes::{latest, lead_time};
use crate::components::quote::{QuoteLines, WhenAndWhere};
use crate::components::resource::Res;
use crate::components::route::id_in_path;
use crate::format;
use crate::i18n::quote_common::quote_common as common;
use crate::i18n::quotes::print::*;
use crate::i18n::{fill, pick, tr3, use_i18n};

/// The quote a document's path names (`/me/quotes/7/print` → 7).
pub fn quote_id(path: &str) -> Option<i64> {
    id_in_path(path.trim_end_matches('/').strip_suffix("/print")?)
}

#[component]
pub fn QuotePrintPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let id = use_location().pathname.with_untracked(|p| quote_id(p));
    let quote = Res::new(move || async move {
        match id {
            Some(id) => api.quote(id).await,
            None => Err(ApiError::not_found()),
        }
    });
    view! {
        <Loaded resource=quote page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|q: TaggedQuote| view! { <Document quote=q.value /> }}
        />
    }
}

#[component]
fn Document(quote: Quote) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let s = quote.summary.clone();
    let revision = latest(&quote.revisions).cloned();
    let number = s.number.clone();
    let exhibitor = s.exhibitor_name.clone();
    let buyer = quote.buyer_company.clone();
    let rev_words = revision.as_ref().map(|r| r.number);
    let dated = revision.as_ref().map_or(s.created_at, |r| r.at);
    view! {
        <div class="doc-tools no-print">
            <a href=format!("/me/quotes/{}", s.id)>"← " {tr3(&BACK)}</a>
            <button type="button" class="btn btn-primary" on:click=|_| crate::browser::print::print_page()>{tr3(&PRINT)}</button>
        </div>
        <article class="quote-doc">
            <header class="doc-head">
                <h1>{tr3(&DOCUMENT)}</h1>
                <p class="order-number">{move || fill(pick(&common::NUMBER, lang()), &[("number", &number)])}</p>
                <p>{move || match rev_words {
                    Some(n) => fill(pick(&common::REVISION_N, lang()), &[("n", &n.to_string())]),
                    None => pick(&NOT_PRICED, lang()).to_string(),
                }}</p>
                <p class="muted">{move || fill(pick(&DATED, lang()), &[("when", &format::date_time(dated, lang()))])}</p>
            </header>
            <div class="doc-parties">
                <section>
                    <h2>{tr3(&FROM)}</h2>
                    <p>{move || exhibitor.get(lang()).to_string()}</p>
                </section>
                <section>
                    <h2>{tr3(&TO)}</h2>
                    <p>{buyer}</p>
                </section>
            </div>
            <QuoteLines quote=quote.clone() />
            <dl class="facts doc-terms">
                {revision.map(|r| {
                    let a = r.answer;
                    let until = a.valid_until;
                    let days = a.lead_days;
                    let term = |label: &'static crate::i18n::Text, value: String| (!value.trim().is_empty()).then(|| view! {
                        <dt>{tr3(label)}</dt><dd class="message-text">{value}</dd>
                    });
                    view! {
                        <dt>{tr3(&common::VALID_UNTIL)}</dt>
                        <dd>{move || fill(pick(&UNTIL_END_OF, lang()), &[("day", &format::date(until, lang()))])}</dd>
                        {term(&common::PAYMENT_TERMS, a.payment_terms)}
                        {term(&common::DELIVERY_TERMS, a.delivery_terms)}
                        {term(&common::INCOTERM, a.incoterm)}
                        <dt>{tr3(&common::LEAD_TIME)}</dt><dd>{move || lead_time(days, lang())}</dd>
                        {term(&common::NOTE, a.note)}
                    }
                })}
                <WhenAndWhere quote=quote.clone() />
            </dl>
            <p class="hint">{tr3(&FOOTNOTE)}</p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_found_by_the_quote_before_print() {
        assert_eq!(quote_id("/me/quotes/7/print"), Some(7));
        assert_eq!(quote_id("/me/quotes/7/print/"), Some(7));
        assert_eq!(quote_id("/me/quotes/x/print"), None);
        assert_eq!(quote_id("/me/quotes/7"), None);
    }
}
