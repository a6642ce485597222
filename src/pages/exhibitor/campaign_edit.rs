//! The campaign editor, for a new campaign or one still a draft or scheduled: name, audience
//! with its live count, offer and sending. Nothing typed is lost: a refused save keeps the form
//! and marks the fields; a change someone made meanwhile (`412`) is announced, and reloading
//! shows theirs. Also the notice line the campaign pages share.

use expocx_contract::campaigns::CampaignDraft;
use expocx_contract::Category;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::campaign_audience::AudienceFields;
use super::campaign_draft::{CampaignValues, SHOWN_FIELDS};
use super::campaign_fields::Form;
use super::campaign_offer::{NameField, OfferFields, SendingFields};
use crate::api::{Api, ApiError, TaggedCampaign};
use crate::components::form::FormErrors;
use crate::i18n::campaign_page::page::UPDATED;
use crate::i18n::campaigns::edit::*;
use crate::i18n::lazy::{error_message, SUBMITTING};
use crate::i18n::{field_message, pick, tr3, use_i18n, Text};
use crate::state::watch::watch;

/// What the last step or save came to.
#[derive(Clone)]
pub enum Notice {
    Saved,
    Updated,
    /// Fields to fix (shown beside them).
    Fix,
    /// Someone changed the campaign since it was shown (`412`).
    Stale,
    /// No longer a draft or scheduled (`409`).
    Closed,
    Failed(ApiError),
}

impl Notice {
    /// The notice a refused change deserves; `Fix` with the server's field errors set.
    pub fn of(e: ApiError, errors: Option<RwSignal<FormErrors>>) -> Notice {
        let fields = e.problem().map(|p| p.errors.clone()).unwrap_or_default();
        match (e.status(), errors) {
            (Some(412), _) => Notice::Stale,
            (Some(409), _) => Notice::Closed,
            (_, Some(errors)) if !fields.is_empty() => {
                errors.set(FormErrors::local(fields));
                Notice::Fix
            }
            _ => Notice::Failed(e),
        }
    }
}

/// Reads the campaign again and hands it to `then` (after a `412`, or to see it as it is now).
pub fn reload(
    api: Api,
    id: i64,
    notice: RwSignal<Option<Notice>>,
    then: impl Fn(TaggedCampaign) + 'static,
) {
    spawn_local(async move {
        match api.campaign(id).await {
            Ok(fresh) => {
                notice.set(None);
                then(fresh);
            }
            Err(e) => notice.set(Some(Notice::Failed(e))),
        }
    });
}

/// The notice, announced; a stale campaign comes with its reload button. Field errors no input
/// shows are listed under "Some fields need fixing".
#[component]
pub fn NoticeLine(
    notice: RwSignal<Option<Notice>>,
    #[prop(optional)] errors: Option<RwSignal<FormErrors>>,
    #[prop(optional_no_strip)] on_reload: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status =
        |t: &'static Text| view! { <p role="status" class="done-note">{tr3(t)}</p> }.into_any();
    let others = move || {
        errors
            .map(|e| {
                e.with(|e| {
                    e.fields
                        .iter()
                        .filter(|f| !SHOWN_FIELDS.contains(&f.field.as_str()))
                        .cloned()
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    };
    move || {
        notice.get().map(|n| match n.clone() {
            Notice::Saved => status(&SAVED),
            Notice::Updated => status(&UPDATED),
            Notice::Fix => view! {
                <div role="alert" class="error-text">
                    <p>{tr3(&FIX)}</p>
                    {move || {
                        let more = others();
                        (!more.is_empty()).then(|| view! {
                            <p>{tr3(&MORE_ERRORS)} " "
                                {more.into_iter().map(|f| format!("{} — {}", f.field, field_message(&f, i18n.t()))).collect::<Vec<_>>().join("; ")}
                            </p>
                        })
                    }}
                </div>
            }.into_any(),
            Notice::Stale | Notice::Closed => view! {
                <div role="alert" class="error-text">
                    <p>{tr3(if matches!(n, Notice::Stale) { &STALE } else { &CLOSED })}</p>
                    {on_reload.map(|cb| view! {
                        <button type="button" class="btn" on:click=move |_| cb.run(())>{tr3(&RELOAD)}</button>
                    })}
                </div>
            }.into_any(),
            Notice::Failed(e) => view! { <p role="alert" class="error-text">{move || error_message(&e, i18n.t())}</p> }.into_any(),
        })
    }
}

/// The editor of a new campaign (`base` none), or of `base` as shown (its `ETag` sent back).
#[component]
pub fn CampaignEditor(
    #[prop(optional)] base: Option<RwSignal<TaggedCampaign>>,
    categories: Vec<Category>,
    /// Told the campaign as saved.
    on_saved: Callback<TaggedCampaign>,
    /// Closes the editor without saving (the campaign page's "Stop editing").
    #[prop(optional)]
    on_close: Option<Callback<()>>,
) -> impl IntoView {
    let api = expect_context::<Api>();
    let i18n = use_i18n();
    let start = base.map(|b| b.with_untracked(|c| CampaignValues::from_draft(&c.value.draft)));
    let form = Form {
        values: RwSignal::new(start.unwrap_or_default()),
        errors: RwSignal::new(FormErrors::default()),
    };
    let notice = RwSignal::new(None::<Notice>);
    let save = Action::new_local(move |d: &CampaignDraft| {
        let d = d.clone();
        let shown = base.map(|b| b.get_untracked());
        async move {
            match shown {
                Some(shown) => api.save_campaign(&shown, &d).await,
                None => api.create_campaign(&d).await,
            }
        }
    });
    let busy = save.pending();
    // The follow-up (going to the new campaign's page) runs from an effect, as the router
    // expects, not from the request's task.
    watch(move || {
        let Some(result) = save.value().get() else {
            return;
        };
        untrack(|| match result {
            Ok(saved) => {
                notice.set(Some(Notice::Saved));
                on_saved.run(saved);
            }
            Err(e) => notice.set(Some(Notice::of(e, Some(form.errors)))),
        });
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        match form.values.with_untracked(CampaignValues::read) {
            Ok(d) => {
                form.errors.set(FormErrors::default());
                notice.set(None);
                save.dispatch(d);
            }
            Err(fields) => {
                form.errors.set(FormErrors::local(fields));
                notice.set(Some(Notice::Fix));
            }
        }
    };
    let on_reload = base.map(|b| {
        Callback::new(move |()| {
            let id = b.with_untracked(|c| c.value.id);
            reload(api, id, notice, move |fresh| {
                form.values
                    .set(CampaignValues::from_draft(&fresh.value.draft));
                form.errors.set(FormErrors::default());
                b.set(fresh);
            });
        })
    });
    let draft = base.is_none_or(|b| {
        b.with_untracked(|c| c.value.status) == expocx_contract::campaigns::CampaignStatus::Draft
    });
    let label: &'static Text = if draft { &SAVE_DRAFT } else { &SAVE_CHANGES };
    view! {
        <form class="campaign-form" on:submit=on_submit novalidate>
            <NameField form />
            <AudienceFields form categories=categories.clone() />
            <OfferFields form categories />
            <SendingFields form />
            <NoticeLine notice errors=form.errors on_reload=on_reload />
            <div class="actions campaign-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                    {move || pick(if busy.get() { &SUBMITTING } else { label }, i18n.lang.get())}
                </button>
                {on_close.map(|cb| view! {
                    <button type="button" class="btn" on:click=move |_| cb.run(())>{tr3(&STOP_EDITING)}</button>
                })}
            </div>
        </form>
    }
}
