//! The interest profile on this device ("千人千面"): recorded only with the personalization
//! consent, deleted the moment that consent goes, merged into the account at sign-in (again only
//! with consent). The ranking itself is `expocx_contract::interest`, pure Rust.

use expocx_contract::interest::{Interaction, InterestProfile};
use expocx_contract::purpose;
use leptos::prelude::*;

use super::Owned;
use leptos::task::spawn_local;

use super::consent::ConsentStore;
use super::session::SessionState;
use super::storage;
use crate::api::Api;

/// Milliseconds since 1970, now.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

#[derive(Clone, Copy)]
pub struct InterestStore {
    pub profile: Owned<InterestProfile>,
    consent: ConsentStore,
    session: SessionState,
    api: Api,
}

impl InterestStore {
    pub fn restore(api: Api, consent: ConsentStore, session: SessionState) -> InterestStore {
        let saved = storage::get(storage::KEY_INTERESTS)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        let store = InterestStore {
            profile: Owned::new(saved),
            consent,
            session,
            api,
        };
        // Without the consent there is no profile: withdrawing deletes it on the device at once
        // (the backend deletes the account's copy when it records the withdrawal). The cached
        // policy is known from the first moment, so this does not wipe on a slow start.
        crate::state::watch::watch(move || {
            let known = consent.policy.with(Option::is_some);
            if known && !consent.allows(purpose::PERSONALIZATION) {
                store.forget_on_device();
            }
        });
        // Signed in with consent: merge this device's profile into the account's, once per
        // sign-in (retried when consent is reconciled).
        let merged_for = StoredValue::new(None::<i64>);
        crate::state::watch::watch(move || {
            let user = session.user_id();
            // Only once the backend holds the consent.
            let allowed = consent.allows(purpose::PERSONALIZATION) && consent.recorded();
            consent.revision.track();
            let Some(u) = user else {
                merged_for.set_value(None);
                return;
            };
            if !allowed || merged_for.get_value() == Some(u) {
                return;
            }
            let mine = store.profile.get_untracked();
            spawn_local(async move {
                if let Ok(merged) = api.merge_interests(&mine).await {
                    merged_for.set_value(Some(u));
                    if consent.allows_untracked(purpose::PERSONALIZATION) {
                        store.save(merged);
                    }
                }
            });
        });
        store
    }

    fn save(&self, p: InterestProfile) {
        if let Ok(json) = serde_json::to_string(&p) {
            storage::set(storage::KEY_INTERESTS, &json);
        }
        self.profile.set(p);
    }

    fn forget_on_device(&self) {
        storage::remove(storage::KEY_INTERESTS);
        if !self.profile.with_untracked(InterestProfile::is_empty) {
            self.profile.set(InterestProfile::default());
        }
    }

    /// Whether the storefront may be personalized now (tracked).
    pub fn enabled(&self) -> bool {
        self.consent.allows(purpose::PERSONALIZATION)
    }

    /// Records what the visitor did, only with the personalization consent.
    pub fn record(
        &self,
        interaction: Interaction,
        product_id: i64,
        category_id: i64,
        exhibitor_id: i64,
    ) {
        if !self.consent.allows_untracked(purpose::PERSONALIZATION) {
            return;
        }
        let mut p = self.profile.get_untracked();
        p.record(interaction, product_id, category_id, exhibitor_id, now_ms());
        self.save(p);
    }

    /// The visitor clears the profile (privacy center): on the device and on the account.
    pub fn clear(&self) {
        self.forget_on_device();
        let api = self.api;
        if self.session.is_signed_in_untracked() {
            spawn_local(async move {
                let _ = api.delete_interests().await;
            });
        }
    }
}

pub fn use_interests() -> InterestStore {
    expect_context::<InterestStore>()
}
