//! Consent: the one source of truth in the SPA that every feature asks before using personal
//! data. Stored on the device for everyone, recorded on the backend (for the account when signed
//! in, else for this browser's device key, issued by the server the first time it is needed),
//! reconciled at sign-in by one stated rule.

use expocx_contract::{
    is_device_key, purpose, ConsentChannel, ConsentDecision, ConsentPolicy, ConsentState,
    ConsentUpdate,
};
use leptos::prelude::*;

use super::Owned;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use super::storage;
use crate::api::Api;
use crate::state::SessionState;

/// What this device remembers of the visitor's choices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceConsent {
    pub answered_version: Option<u32>,
    pub decisions: Vec<ConsentDecision>,
}

impl DeviceConsent {
    pub fn as_state(&self, policy_version: u32) -> ConsentState {
        ConsentState {
            policy_version,
            answered_version: self.answered_version,
            decisions: self.decisions.clone(),
        }
    }

    /// Applies `changes` under `policy`: purposes not mentioned keep their previous choice, or
    /// are refused when the policy is new to this device; required purposes are always granted.
    pub fn apply(&self, policy: &ConsentPolicy, changes: &[ConsentDecision]) -> DeviceConsent {
        let fresh = self.answered_version != Some(policy.version);
        let decisions = policy
            .purposes
            .iter()
            .map(|p| {
                let granted = if p.required {
                    true
                } else if let Some(c) = changes.iter().find(|c| c.purpose == p.id) {
                    c.granted
                } else if fresh {
                    false
                } else {
                    self.decisions
                        .iter()
                        .any(|d| d.purpose == p.id && d.granted)
                };
                ConsentDecision {
                    purpose: p.id.clone(),
                    granted,
                }
            })
            .collect();
        DeviceConsent {
            answered_version: Some(policy.version),
            decisions,
        }
    }
}

/// Every optional purpose granted, or every one refused: the prompt's two equal buttons.
pub fn all(policy: &ConsentPolicy, granted: bool) -> Vec<ConsentDecision> {
    policy
        .purposes
        .iter()
        .map(|p| ConsentDecision {
            purpose: p.id.clone(),
            granted: granted || p.required,
        })
        .collect()
}

/// Which way choices travel when a visitor signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reconcile {
    /// Nothing to do: both agree, or neither answered the current policy.
    InStep,
    /// The device answered the current policy: its choices become the account's.
    DeviceToAccount,
    /// Only the account answered the current policy: its choices apply on this device.
    AccountToDevice,
}

/// The rule, shown to the visitor: choices made on this device under the current policy win;
/// otherwise the account's choices are brought to the device. Consents never silently diverge.
pub fn reconcile(device: &DeviceConsent, account: &ConsentState) -> Reconcile {
    let current = account.policy_version;
    let same = |a: &[ConsentDecision], b: &[ConsentDecision]| {
        a.iter().all(|d| {
            b.iter()
                .any(|e| e.purpose == d.purpose && e.granted == d.granted)
        })
    };
    if device.answered_version == Some(current) {
        if account.answered_version == Some(current) && same(&device.decisions, &account.decisions)
        {
            Reconcile::InStep
        } else {
            Reconcile::DeviceToAccount
        }
    } else if account.answered_version == Some(current) {
        Reconcile::AccountToDevice
    } else {
        Reconcile::InStep
    }
}

/// The consent state, in context.
#[derive(Clone, Copy)]
pub struct ConsentStore {
    pub policy: Owned<Option<ConsentPolicy>>,
    pub device: Owned<DeviceConsent>,
    /// This browser's device key (a secret the server issued); `None` until first needed, and
    /// again after sign-out or erasure, so the next person on a shared phone gets a new one.
    pub device_id: Owned<Option<String>>,
    /// What the last sign-in reconciliation did, shown once.
    pub reconciled: Owned<Option<Reconcile>>,
    /// Bumped whenever a decision is recorded (the privacy center reloads its history).
    pub revision: Owned<u32>,
    api: Api,
}

impl ConsentStore {
    /// Restores the device's choices and loads the current policy.
    pub fn restore(api: Api, session: SessionState) -> ConsentStore {
        let device = storage::get(storage::KEY_CONSENT)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        // Ids made up by older versions of the app are not keys the server knows: dropped.
        let device_id = storage::get(storage::KEY_DEVICE).filter(|k| is_device_key(k));
        // The policy as last seen, so consent already given applies from the first moment of a
        // page load (and offline); the fresh copy replaces it when it arrives.
        let cached_policy = storage::get(storage::KEY_POLICY)
            .and_then(|s| serde_json::from_str::<ConsentPolicy>(&s).ok());
        let store = ConsentStore {
            policy: Owned::new(cached_policy),
            device: Owned::new(device),
            device_id: Owned::new(device_id),
            reconciled: Owned::new(None),
            revision: Owned::new(0),
            api,
        };
        {
            spawn_local(async move {
                if let Ok(p) = api.consent_policy().await {
                    if let Ok(json) = serde_json::to_string(&p) {
                        storage::set(storage::KEY_POLICY, &json);
                    }
                    store.policy.set(Some(p));
                }
            });
        }
        // Whenever an account is (or becomes) signed in and the policy is known, reconcile once.
        let reconciled_for = StoredValue::new(None::<i64>);
        crate::state::watch::watch(move || {
            let user = session.user_id();
            let ready = store.policy.with(Option::is_some);
            if user.is_none() {
                // Signed out: the next visitor of this browser does not inherit the device key.
                if reconciled_for.get_value().is_some() {
                    store.forget_device();
                }
                reconciled_for.set_value(None);
            } else if ready && reconciled_for.get_value() != user {
                reconciled_for.set_value(user);
                store.reconcile_with_account(api);
            }
        });
        store
    }

    /// This browser's device key, asking the server for one the first time.
    pub async fn device_key(self, api: Api) -> Option<String> {
        if let Some(key) = self.device_id.get_untracked() {
            return Some(key);
        }
        let key = api.issue_device().await.ok()?.device_id;
        storage::set(storage::KEY_DEVICE, &key);
        self.device_id.set(Some(key.clone()));
        Some(key)
    }

    /// Forgets the device key (sign-out, erasure); a new one is issued when next needed.
    pub fn forget_device(&self) {
        storage::remove(storage::KEY_DEVICE);
        self.device_id.set(None);
    }

    /// The current decisions (tracked).
    pub fn state(&self) -> Option<ConsentState> {
        let version = self.policy.with(|p| p.as_ref().map(|p| p.version))?;
        Some(self.device.with(|d| d.as_state(version)))
    }

    /// Whether `purpose` may be used now (tracked). False until the visitor has decided under
    /// the current policy: nothing personal is used before consent.
    pub fn allows(&self, purpose_id: &str) -> bool {
        if purpose_id == purpose::NECESSARY {
            return true;
        }
        self.state().is_some_and(|s| s.allows(purpose_id))
    }

    /// Same, without subscribing (for event handlers and background work).
    pub fn allows_untracked(&self, purpose_id: &str) -> bool {
        untrack(|| self.allows(purpose_id))
    }

    /// The prompt is due: the policy is known and this device has not answered it.
    pub fn needs_prompt(&self) -> bool {
        let version = self.policy.with(|p| p.as_ref().map(|p| p.version));
        version.is_some() && self.device.with(|d| d.answered_version) != version
    }

    /// Records `changes` on the device at once (so they take effect at once) and on the backend.
    pub fn decide(&self, changes: Vec<ConsentDecision>, channel: ConsentChannel) {
        let api = self.api;
        let Some(policy) = self.policy.get_untracked() else {
            return;
        };
        let next = self.device.with_untracked(|d| d.apply(&policy, &changes));
        self.save(next.clone());
        let mut update = ConsentUpdate {
            policy_version: policy.version,
            channel,
            decisions: next.decisions,
            device_id: None,
            decided_at: None,
        };
        let store = *self;
        spawn_local(async move {
            update.device_id = store.device_key(api).await;
            // The device keeps the choice if the backend cannot be reached; the next sign-in or
            // change sends it again.
            let _ = api.put_consent(&update).await;
            store.revision.update(|r| *r += 1);
        });
    }

    fn save(&self, device: DeviceConsent) {
        if let Ok(json) = serde_json::to_string(&device) {
            storage::set(storage::KEY_CONSENT, &json);
        }
        self.device.set(device);
    }

    fn reconcile_with_account(self, api: Api) {
        spawn_local(async move {
            let Ok(account) = api.consent_state(None).await else {
                return;
            };
            let device = self.device.get_untracked();
            let rule = reconcile(&device, &account);
            match rule {
                Reconcile::InStep => return,
                Reconcile::DeviceToAccount => {
                    let update = ConsentUpdate {
                        policy_version: account.policy_version,
                        channel: ConsentChannel::SignIn,
                        decisions: device.decisions.clone(),
                        device_id: None,
                        decided_at: None,
                    };
                    if api.put_consent(&update).await.is_err() {
                        return;
                    }
                }
                Reconcile::AccountToDevice => self.save(DeviceConsent {
                    answered_version: account.answered_version,
                    decisions: account.decisions.clone(),
                }),
            }
            self.reconciled.set(Some(rule));
            self.revision.update(|r| *r += 1);
            // The notice is said once, then goes.
            gloo_timers::future::TimeoutFuture::new(8_000).await;
            self.reconciled.set(None);
        });
    }
}

pub fn use_consent() -> ConsentStore {
    expect_context::<ConsentStore>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::{ConsentPurpose, Day, Localized};

    fn policy(version: u32) -> ConsentPolicy {
        let p = |id: &str, required: bool| ConsentPurpose {
            id: id.into(),
            group: id.into(),
            title: Localized::default(),
            description: Localized::default(),
            data_categories: vec![],
            retention_days: 30,
            required,
            since_version: 1,
        };
        ConsentPolicy {
            version,
            published_on: Day::parse("2026-11-01").unwrap(),
            changes: Localized::default(),
            purposes: vec![
                p("necessary", true),
                p("analytics", false),
                p("personalization", false),
            ],
        }
    }

    fn d(purpose: &str, granted: bool) -> ConsentDecision {
        ConsentDecision {
            purpose: purpose.into(),
            granted,
        }
    }

    #[test]
    fn nothing_is_allowed_before_the_visitor_decides() {
        let device = DeviceConsent::default();
        assert!(!device.as_state(2).allows("analytics"));
    }

    #[test]
    fn reject_all_keeps_only_what_is_strictly_necessary() {
        let p = policy(2);
        let device = DeviceConsent::default().apply(&p, &all(&p, false));
        let s = device.as_state(2);
        assert!(s.allows("necessary"));
        assert!(!s.allows("analytics"));
        assert!(!s.allows("personalization"));
    }

    #[test]
    fn one_change_keeps_the_other_choices() {
        let p = policy(2);
        let device = DeviceConsent::default().apply(&p, &all(&p, true));
        let device = device.apply(&p, &[d("analytics", false)]);
        let s = device.as_state(2);
        assert!(!s.allows("analytics"));
        assert!(s.allows("personalization"));
    }

    #[test]
    fn a_new_policy_starts_from_refused_not_from_old_grants() {
        let device = DeviceConsent::default().apply(&policy(1), &all(&policy(1), true));
        assert!(
            !device.as_state(2).allows("analytics"),
            "old grant does not carry over"
        );
        let device = device.apply(&policy(2), &[d("personalization", true)]);
        let s = device.as_state(2);
        assert!(s.allows("personalization"));
        assert!(!s.allows("analytics"));
    }

    #[test]
    fn sign_in_carries_this_devices_current_choices_into_the_account() {
        let p = policy(2);
        let device = DeviceConsent::default().apply(&p, &all(&p, false));
        let account_old = ConsentState {
            policy_version: 2,
            answered_version: Some(1),
            decisions: vec![d("analytics", true)],
        };
        assert_eq!(reconcile(&device, &account_old), Reconcile::DeviceToAccount);
        let account_differs = ConsentState {
            policy_version: 2,
            answered_version: Some(2),
            decisions: vec![d("analytics", true)],
        };
        assert_eq!(
            reconcile(&device, &account_differs),
            Reconcile::DeviceToAccount
        );
        let account_same = device.as_state(2);
        assert_eq!(reconcile(&device, &account_same), Reconcile::InStep);
    }

    #[test]
    fn a_fresh_device_takes_the_accounts_choices() {
        let account = ConsentState {
            policy_version: 2,
            answered_version: Some(2),
            decisions: vec![d("analytics", true)],
        };
        assert_eq!(
            reconcile(&DeviceConsent::default(), &account),
            Reconcile::AccountToDevice
        );
        let unanswered = ConsentState {
            policy_version: 2,
            answered_version: None,
            decisions: vec![],
        };
        assert_eq!(
            reconcile(&DeviceConsent::default(), &unanswered),
            Reconcile::InStep
        );
    }
}
