//! One customer seen whole (`/exhibitor/customers/:id`): who they are (the contact only while
//! they share it with this exhibitor), their stage, segment and values, what they allow, and
//! what they did here: orders, quotes, tickets, returns and the notes on their lead.

use expocx_contract::customers::{Customer, CustomerAllows, CustomerSummary};
use expocx_contract::Lang;
use leptos::prelude::*;

use super::customer_history::History;
use super::customer_words::*;
use super::lead_contact::ContactFacts;
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::portal::{PortalNav, When};
use crate::components::route::resource_by_id;
use crate::format;
use crate::i18n::customers::customer::*;
use crate::i18n::customers::list::CUSTOMERS;
use crate::i18n::customers::words::{
    LAST_CONTACT, LAST_ORDER, LOYALTY, MARGIN, NEVER, NO_MARGIN, ORDERS, RETAINED, RETAINED_NO,
    RETAINED_YES, REVENUE, SATISFACTION,
};
use crate::i18n::{pick, tr3, use_i18n, Text};

#[component]
pub fn CustomerPage() -> impl IntoView {
    // Someone who is not this exhibitor's customer is a state of this page, not an error.
    let customer = resource_by_id(|api, id| async move {
        match api.customer(id).await {
            Err(e) if e.status() == Some(404) => Ok(None),
            other => other.map(Some),
        }
    });
    view! {
        <PortalNav />
        <p><a href=CUSTOMERS_BASE>"← " {tr3(&CUSTOMERS)}</a></p>
        <Loaded resource=customer page=true fallback=|| view! { <BlockSkeleton /> }
            ok={|c: Option<Customer>| match c {
                Some(c) => view! { <CustomerView c /> }.into_any(),
                None => view! { <NotYours /> }.into_any(),
            }} />
    }
}

#[component]
fn NotYours() -> impl IntoView {
    view! {
        <section class="panel empty">
            <h1>{tr3(&NOT_FOUND)}</h1>
            <p>{tr3(&NOT_YOURS)}</p>
            <a class="btn btn-primary" href=CUSTOMERS_BASE>{tr3(&BACK)}</a>
        </section>
    }
}

#[component]
fn CustomerView(c: Customer) -> impl IntoView {
    let contact = c.contact.map(|contact| {
        view! {
            <section class="panel" aria-labelledby="customer-contact-h">
                <h2 id="customer-contact-h">{tr3(&CONTACT)}</h2>
                <ContactFacts contact />
            </section>
        }
    });
    view! {
        <Head s=c.summary.clone() />
        <Values s=c.summary.clone() />
        {contact}
        <Allows allows=c.allows />
        <History summary=c.summary orders=c.orders quotes=c.quotes tickets=c.tickets
            returns=c.returns notes=c.notes />
    }
}

/// The name (or "Anonymous — …"), the stage and what it means, the segment and the badges.
#[component]
fn Head(s: CustomerSummary) -> impl IntoView {
    let i18n = use_i18n();
    let name = s.name.clone();
    view! {
        <h1>{move || who(name.as_deref(), i18n.lang.get())}</h1>
        <p class="customer-marks">
            <span class="badge">{tr3(stage_text(s.stage))}</span> " "
            <span class="badge">{tr3(segment_text(s.segment))}</span> " "
            {s.rfm.map(|rfm| view! { <RfmScores rfm /> " " })}
            <CustomerBadges at_risk=s.at_risk red_carpet=s.red_carpet />
        </p>
        <p class="muted">{tr3(stage_hint(s.stage))}</p>
    }
}

/// The four values (satisfaction, loyalty, retention, contribution) and the facts behind them.
#[component]
fn Values(s: CustomerSummary) -> impl IntoView {
    let i18n = use_i18n();
    // As text: a tile's figure is its `<strong>`, and `.tiles span` is its label.
    let revenue = s.revenue;
    let retained: &Text = if s.retained {
        &RETAINED_YES
    } else {
        &RETAINED_NO
    };
    view! {
        <section class="panel" aria-labelledby="customer-values-h">
            <h2 id="customer-values-h">{tr3(&VALUES)}</h2>
            <ul class="tiles">
                <li><span>{tr3(&SATISFACTION)}</span><strong>{s.satisfaction}</strong></li>
                <li><span>{tr3(&LOYALTY)}</span><strong>{s.loyalty}</strong></li>
                <li><span>{tr3(&RETAINED)}</span><strong>{tr3(retained)}</strong></li>
                <li><span>{tr3(&REVENUE)}</span><strong>{move || format::money(&revenue, i18n.lang.get())}</strong></li>
            </ul>
            <dl class="facts">
                <dt>{tr3(&MARGIN)}</dt>
                <dd>{match s.margin {
                    Some(m) => view! { <Price money=m /> }.into_any(),
                    None => tr3(&NO_MARGIN).into_any(),
                }}</dd>
                <dt>{tr3(&ORDERS)}</dt><dd>{s.orders}</dd>
                <dt>{tr3(&LAST_ORDER)}</dt>
                <dd>{match s.last_order_at {
                    Some(at) => view! { <When at /> }.into_any(),
                    None => tr3(&NEVER).into_any(),
                }}</dd>
                <dt>{tr3(&LAST_CONTACT)}</dt><dd><When at=s.last_contact_at /></dd>
            </dl>
        </section>
    }
}

/// The marketing channels they accept, in words (`SMS, WeChat`); an unknown one as sent.
fn channels(marketing: &[String], lang: Lang) -> String {
    let names: Vec<&str> = marketing
        .iter()
        .map(|c| match c.as_str() {
            "sms" => pick(&SMS, lang),
            "email" => pick(&EMAIL, lang),
            "wechat" => pick(&WECHAT, lang),
            other => other,
        })
        .collect();
    if names.is_empty() {
        return pick(&NO_CHANNELS, lang).to_string();
    }
    names.join(if lang == Lang::En { ", " } else { "、" })
}

/// What the customer allows this exhibitor now.
#[component]
fn Allows(allows: CustomerAllows) -> impl IntoView {
    let i18n = use_i18n();
    let yes_no = |yes: bool| tr3(if yes { &ALLOWED } else { &NOT_ALLOWED });
    let marketing = allows.marketing;
    view! {
        <section class="panel" aria-labelledby="customer-allows-h">
            <h2 id="customer-allows-h">{tr3(&ALLOWS)}</h2>
            <dl class="facts">
                <dt>{tr3(&ALLOW_CONTACT)}</dt>
                <dd>{tr3(if allows.contact { &SHARED } else { &NOT_SHARED })}</dd>
                <dt>{tr3(&ALLOW_ANALYTICS)}</dt><dd>{yes_no(allows.analytics)}</dd>
                <dt>{tr3(&ALLOW_PERSONALIZATION)}</dt><dd>{yes_no(allows.personalization)}</dd>
                <dt>{tr3(&ALLOW_MARKETING)}</dt>
                <dd>{move || channels(&marketing, i18n.lang.get())}</dd>
            </dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marketing_channels_are_named_in_each_language() {
        let some = ["wechat".to_string(), "sms".to_string(), "fax".to_string()];
        assert_eq!(channels(&some, Lang::En), "WeChat, SMS, fax");
        assert_eq!(channels(&some[..2], Lang::ZhHans), "微信、短信");
        assert_eq!(channels(&[], Lang::En), "None");
    }
}
