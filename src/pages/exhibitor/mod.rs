//! The exhibitor portal, for exhibitor staff accounts.

pub mod audit;
mod badge_key;
pub mod campaign;
mod campaign_audience;
mod campaign_draft;
mod campaign_edit;
mod campaign_fields;
mod campaign_offer;
mod campaign_results;
mod campaign_steps;
mod campaign_words;
pub mod campaigns;
pub mod customer;
mod customer_history;
mod customer_words;
pub mod customers;
pub mod dashboard;
mod dashboard_quotes;
mod lead;
mod lead_answers;
mod lead_capture;
mod lead_contact;
mod lead_followup;
mod lead_queue;
mod lead_score;
mod lead_settings;
mod lead_settings_draft;
mod lead_settings_form;
mod lead_sync;
mod lead_words;
pub mod leads;
pub mod order;
pub mod orders;
pub mod pickup;
pub mod product_config;
pub mod product_edit;
pub mod products;
pub mod quote;
mod quote_answer;
mod quote_draft;
pub mod quotes;
pub mod returns;
pub mod slots;
pub mod team;
pub mod tickets;

use leptos::prelude::*;

/// `/exhibitor/leads/:id`: a lead, or (`:id` = `settings`) the questions and scoring rules. One
/// route for both keeps the first load's route table smaller.
#[component]
pub fn LeadOrSettings() -> impl IntoView {
    let path = leptos_router::hooks::use_location().pathname;
    move || {
        if path.with(|p| p.trim_end_matches('/').ends_with("/settings")) {
            view! { <lead_settings::LeadSettingsPage /> }.into_any()
        } else {
            view! { <lead::LeadPage /> }.into_any()
        }
    }
}

/// `/exhibitor/campaigns/:id`: a campaign, or (`:id` = `new`) the editor of a new one.
#[component]
pub fn CampaignOrNew() -> impl IntoView {
    let path = leptos_router::hooks::use_location().pathname;
    let new = Memo::new(move |_| path.with(|p| p.trim_end_matches('/').ends_with("/new")));
    move || {
        if new.get() {
            view! { <campaign::NewCampaignPage /> }.into_any()
        } else {
            view! { <campaign::CampaignPage /> }.into_any()
        }
    }
}
