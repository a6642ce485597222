//! Returns of the exhibitor's orders, newest first, each with its next steps: approve or reject
//! (a reason is required and shown to the visitor), mark received, refund. The visitor's member
//! center shows every step.

use expocx_contract::{Page, ReturnDecision, ReturnRequest, ReturnStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{Api, ApiError};
use crate::components::cards::Price;
use crate::components::feedback::{BlockSkeleton, Loaded};
use crate::components::pager::{paged, Pager};
use crate::components::portal::PortalNav;
use crate::format;
use crate::i18n::lazy::{error_message, ORDER_NUMBER};
use crate::i18n::portal::portal::RETURNS;
use crate::i18n::portal::returns::*;
use crate::i18n::returns::{reason, status};
use crate::i18n::{fill, pick, tr3, use_i18n, Text};

/// The steps that may follow `s`, and their buttons.
pub fn next_steps(s: ReturnStatus) -> &'static [ReturnStatus] {
    match s {
        ReturnStatus::Requested => &[ReturnStatus::Approved, ReturnStatus::Rejected],
        ReturnStatus::Approved => &[ReturnStatus::Received],
        ReturnStatus::Received => &[ReturnStatus::Refunded],
        ReturnStatus::Rejected | ReturnStatus::Refunded => &[],
    }
}

fn step_label(s: ReturnStatus) -> &'static Text {
    match s {
        ReturnStatus::Approved => &STEP_LABEL_APPROVED,
        ReturnStatus::Rejected => &STEP_LABEL_REJECTED,
        ReturnStatus::Received => &STEP_LABEL_RECEIVED,
        _ => &STEP_LABEL_OTHER,
    }
}

#[component]
pub fn StaffReturns() -> impl IntoView {
    let api = expect_context::<Api>();
    let (list, on_page) = paged(move |p| async move { api.staff_returns(p).await });
    view! {
        <h1>{tr3(&RETURNS)}</h1>
        <PortalNav />
        <Loaded resource=list page=true fallback=|| view! { <BlockSkeleton /> }
            ok={move |p: Page<ReturnRequest>| {
                if p.items.is_empty() {
                    return view! { <p class="empty panel">{tr3(&NONE)}</p> }.into_any();
                }
                let (current, pages) = (p.page, p.page_count());
                view! {
                    {p.items.into_iter().map(|r| view! { <ReturnCard ret=r /> }).collect_view()}
                    <Pager current=current pages=pages on_page=on_page />
                }.into_any()
            }}
        />
    }
}

#[component]
fn ReturnCard(ret: ReturnRequest) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let id = ret.id;
    let shown = RwSignal::new(ret);
    let note = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiError>);
    let missing_reason = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let decide = move |to: ReturnStatus| {
        let body = ReturnDecision {
            status: to,
            note: note.get_untracked(),
        };
        missing_reason.set(to == ReturnStatus::Rejected && body.note.trim().is_empty());
        if missing_reason.get_untracked() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            match api.decide_return(id, &body).await {
                Ok(r) => shown.set(r),
                Err(e) => failure.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let field = format!("return-note-{id}");
    move || {
        let r = shown.get();
        let next = next_steps(r.status);
        let asks_reason = next.contains(&ReturnStatus::Rejected);
        let number = r.order_number.clone();
        let created = r.created_at;
        let field = field.clone();
        view! {
            <section class="panel" aria-labelledby=format!("return-{id}")>
                <h2 id=format!("return-{id}")>{move || fill(pick(&ORDER_NUMBER, i18n.lang.get()), &[("number", &number)])}</h2>
                <p><span class="badge">{tr3(status(r.status))}</span> " " {tr3(reason(r.reason))}
                    " · " <span class="muted">{move || format::date_time(created, i18n.lang.get())}</span></p>
                {(!r.text.is_empty()).then(|| view! { <p class="message-text">{r.text.clone()}</p> })}
                <ul class="order-lines">
                    {r.lines.into_iter().map(|l| {
                        let name = l.name.clone();
                        view! { <li><span>{move || name.get(i18n.lang.get()).to_string()} " × " {l.quantity}</span><Price money=l.refund /></li> }
                    }).collect_view()}
                </ul>
                <p>{tr3(&REFUND)} ": " <Price money=r.refund.clone() /></p>
                {asks_reason.then(|| view! {
                    <div class="field">
                        <label for=field.clone()>{tr3(&WHY)}</label>
                        <textarea id=field rows="2" maxlength="500" bind:value=note
                            aria-invalid=move || missing_reason.get().then_some("true")></textarea>
                        {move || missing_reason.get().then(|| view! { <p class="error-text" role="alert">{tr3(&NEED_WHY)}</p> })}
                    </div>
                })}
                <div class="actions">
                    {next.iter().map(|to| {
                        let to = *to;
                        view! {
                            <button type="button" class=if to == ReturnStatus::Rejected { "btn" } else { "btn btn-primary" }
                                disabled=move || busy.get() on:click=move |_| decide(to)>
                                {tr3(step_label(to))}
                            </button>
                        }
                    }).collect_view()}
                </div>
                {move || failure.get().map(|e| view! { <p class="error-text" role="alert">{error_message(&e, i18n.t())}</p> })}
            </section>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_offers_only_what_may_follow() {
        use ReturnStatus::*;
        assert_eq!(next_steps(Requested), &[Approved, Rejected]);
        assert_eq!(next_steps(Approved), &[Received]);
        assert_eq!(next_steps(Received), &[Refunded]);
        assert!(next_steps(Refunded).is_empty());
        assert!(next_steps(Rejected).is_empty());
    }
}
