//! The team's audit trail (`/exhibitor/audit`, owners and managers): who exported (orders or
//! leads), refunded,
//! cancelled, changed a price, the stock or the team, and when. The acts only: an export says
//! its filters and how many rows, never the rows.

use expocx_contract::{AuditAction, AuditEvent, Lang, Page};
use leptos::prelude::*;

use crate::api::Api;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, paged_list};
use crate::components::portal::PortalNav;
use crate::format;
use crate::i18n::team::audit::*;
use crate::i18n::team::role_name;
use crate::i18n::{fill, pick, tr3, use_i18n};

/// A role's name from its wire name (`owner`), as the event stored it.
fn role_word(wire: Option<&str>, lang: Lang) -> String {
    match wire.and_then(expocx_contract::StaffRole::parse) {
        Some(r) => pick(role_name(r), lang).to_string(),
        None => wire.unwrap_or_default().to_string(),
    }
}

/// What the event says, in `lang`.
pub fn sentence(e: &AuditEvent, lang: Lang) -> String {
    let target = e.target.clone();
    let role = e
        .role
        .map(|r| pick(role_name(r), lang).to_string())
        .unwrap_or_default();
    let (from, to) = (
        e.from.clone().unwrap_or_default(),
        e.to.clone().unwrap_or_default(),
    );
    let (template, args): (_, Vec<(&str, String)>) = match e.action {
        AuditAction::OrdersExported => {
            let filters = match e.filters.as_deref() {
                Some(f) if !f.is_empty() => f.to_string(),
                _ => pick(&ALL_ORDERS, lang).to_string(),
            };
            (
                &EXPORTED,
                vec![
                    ("rows", e.rows.unwrap_or(0).to_string()),
                    ("filters", filters),
                ],
            )
        }
        AuditAction::LeadsExported | AuditAction::CustomersExported => (
            if e.action == AuditAction::LeadsExported {
                &LEADS_EXPORTED
            } else {
                &CUSTOMERS_EXPORTED
            },
            vec![("rows", e.rows.unwrap_or(0).to_string())],
        ),
        AuditAction::Refunded => {
            let amount = e
                .amount
                .as_ref()
                .map(|m| format::money(m, lang))
                .unwrap_or_default();
            (
                &REFUNDED,
                vec![("target", target.unwrap_or_default()), ("amount", amount)],
            )
        }
        AuditAction::PartCancelled => (
            &PART_CANCELLED,
            vec![
                ("target", target.unwrap_or_default()),
                ("reason", e.reason.clone().unwrap_or_default()),
            ],
        ),
        AuditAction::PriceChanged => {
            let yuan = |minor: &str| {
                minor
                    .parse::<i64>()
                    .map(|m| format!("{}.{:02}", m / 100, m % 100))
                    .unwrap_or_default()
            };
            (
                &PRICE_CHANGED,
                vec![
                    ("target", target.unwrap_or_default()),
                    ("from", yuan(&from)),
                    ("to", yuan(&to)),
                ],
            )
        }
        AuditAction::StockChanged => (
            &STOCK_CHANGED,
            vec![
                ("target", target.unwrap_or_default()),
                ("from", from),
                ("to", to),
            ],
        ),
        AuditAction::InviteSent | AuditAction::InviteRevoked => {
            let template = if e.action == AuditAction::InviteSent {
                &INVITE_SENT
            } else {
                &INVITE_REVOKED
            };
            let target = target.unwrap_or_else(|| pick(&BY_QR, lang).to_string());
            (template, vec![("target", target), ("role", role)])
        }
        AuditAction::MemberJoined | AuditAction::MemberRemoved => {
            let template = if e.action == AuditAction::MemberJoined {
                &JOINED
            } else {
                &MEMBER_REMOVED
            };
            let target = target.unwrap_or_else(|| pick(&FORMER, lang).to_string());
            (template, vec![("target", target), ("role", role)])
        }
        AuditAction::RoleChanged => (
            &ROLE_CHANGED,
            vec![
                (
                    "target",
                    target.unwrap_or_else(|| pick(&FORMER, lang).to_string()),
                ),
                ("from", role_word(e.from.as_deref(), lang)),
                ("to", role_word(e.to.as_deref(), lang)),
            ],
        ),
        AuditAction::Unknown => (&OTHER, Vec::new()),
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(pick(template, lang), &args)
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let (list, on_page) = paged(move |p| async move { api.audit(p).await });
    view! {
        <h1>{tr3(&ACTIVITY)}</h1>
        <PortalNav />
        <p class="muted">{tr3(&INTRO)}</p>
        <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<AuditEvent>| paged_list(p, on_page, "audit-list panel",
                || view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any(),
                move |e: AuditEvent| {
                    let at = e.at;
                    let actor = e.actor.clone();
                    let organizer = actor.is_none() && matches!(e.action, AuditAction::InviteSent);
                    view! {
                        <li>
                            <p>{move || sentence(&e, i18n.lang.get())}</p>
                            <p class="muted">
                                {move || match (&actor, organizer) {
                                    (Some(name), _) => name.clone(),
                                    (None, true) => pick(&ORGANIZER, i18n.lang.get()).to_string(),
                                    (None, false) => pick(&FORMER, i18n.lang.get()).to_string(),
                                }}
                                " · " {move || format::date_time(at, i18n.lang.get())}
                            </p>
                        </li>
                    }
                })}
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::{Money, StaffRole};

    #[test]
    fn each_event_reads_as_a_sentence_with_its_details() {
        let mut export = AuditEvent::of(AuditAction::OrdersExported);
        export.rows = Some(120);
        export.filters = Some("status=paid".into());
        assert_eq!(
            sentence(&export, Lang::En),
            "Exported 120 orders (filters: status=paid)"
        );
        export.filters = Some(String::new());
        assert_eq!(
            sentence(&export, Lang::ZhHans),
            "导出订单 120 行（筛选：全部）"
        );
        let mut leads = AuditEvent::of(AuditAction::LeadsExported);
        leads.rows = Some(37);
        assert_eq!(sentence(&leads, Lang::En), "Exported 37 leads");
        assert_eq!(sentence(&leads, Lang::ZhHant), "匯出線索 37 筆");
        leads.action = AuditAction::CustomersExported;
        assert_eq!(sentence(&leads, Lang::En), "Exported 37 customers");
        let mut price = AuditEvent::of(AuditAction::PriceChanged);
        price.target = Some("Longjing tea".into());
        (price.from, price.to) = (Some("12800".into()), Some("13900".into()));
        assert_eq!(
            sentence(&price, Lang::En),
            "Longjing tea: price 128.00 → 139.00"
        );
        let mut role = AuditEvent::of(AuditAction::RoleChanged);
        (role.from, role.to) = (Some("manager".into()), Some("owner".into()));
        assert_eq!(
            sentence(&role, Lang::En),
            "A former member: role Manager → Owner"
        );
        let mut qr = AuditEvent::of(AuditAction::InviteSent);
        qr.role = Some(StaffRole::Booth);
        assert_eq!(
            sentence(&qr, Lang::ZhHant),
            "邀請（QR 碼）以展位工作人員身分加入"
        );
        let mut refund = AuditEvent::of(AuditAction::Refunded);
        refund.target = Some("EX26-000042".into());
        refund.amount = Some(Money {
            amount_minor: 2500,
            currency: "CNY".into(),
        });
        assert!(sentence(&refund, Lang::En).contains("EX26-000042"));
        assert_eq!(
            sentence(&AuditEvent::of(AuditAction::Unknown), Lang::En),
            "Another action"
        );
    }
}
