//! Consent: the one source of truth in the SPA that every feature asks before using personal
//! data. Stored on the device for everyone, recorded on the backend (for the account when signed
//! in, else for this browser's device key, issued by the server the first time it is needed),
//! reconciled at sign-in by one stated rule.

use expocx_contract::{
    is_device_key, purpose, ConsentChannel, ConsentDecision, ConsentPolicy, ConsentState,
    ConsentUpdate,
};
use leptos::prelude::*;

mod device;
pub use device::{all, reconcile, DeviceConsent, Reconcile};

use super::Owned;
use leptos::task::spawn_local;

use super::interest::now_ms;
use super::storage;
use crate::api::{Api, ApiError};
use chrono::DateTime;

thread_local! {
    static SENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
use crate::state::SessionState;

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
        // A choice this device could not record before: sent now.
        if !store.recorded_untracked() {
            spawn_local(store.send());
        }
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
        let Some(policy) = self.policy.get_untracked() else {
            return;
        };
        let mut next = self.device.with_untracked(|d| d.apply(&policy, &changes));
        next.unsent = Some((now_ms(), channel));
        self.save(next);
        spawn_local(self.send());
    }

    /// Whether the backend holds this device's latest choice (tracked). Nothing that needs the
    /// consent on the server (events, the account's interests) is sent before.
    pub fn recorded(&self) -> bool {
        self.device.with(|d| d.unsent.is_none())
    }

    fn recorded_untracked(&self) -> bool {
        untrack(|| self.recorded())
    }

    /// Sends the latest choice until the backend records it: at once, then again after growing
    /// pauses while the network, a limit or the server stands in the way (and at the next page
    /// load). One loop at a time; a newer choice replaces the one it sends.
    async fn send(self) {
        if SENDING.replace(true) {
            return;
        }
        let mut pause = 4_000;
        while let Some(unsent) = self.device.with_untracked(|d| d.unsent) {
            if self.record(unsent).await {
                break;
            }
            gloo_timers::future::TimeoutFuture::new(pause).await;
            pause = (pause * 2).min(60_000);
        }
        SENDING.set(false);
    }

    /// One attempt: true when nothing is left to try (recorded, or refused for what it says).
    async fn record(self, (at, channel): (i64, ConsentChannel)) -> bool {
        let api = self.api;
        let Some(key) = self.device_key(api).await else {
            return false;
        };
        let device = self.device.get_untracked();
        let mut update = ConsentUpdate {
            policy_version: device.answered_version.unwrap_or_default(),
            channel,
            decisions: device.decisions.clone(),
            device_id: Some(key),
            // Sent late: the receipt keeps when the visitor chose as well as when it arrived.
            decided_at: (now_ms() - at > 2_000).then(|| {
                DateTime::from_timestamp_millis(at)
                    .unwrap_or_default()
                    .into()
            }),
        };
        let refused =
            |a: &Result<_, ApiError>| matches!(a, Err(ApiError::Problem { status: 422, .. }));
        let mut answer = api.put_consent(&update).await;
        // A clock far ahead of the server's makes the time unacceptable, not the choice.
        if refused(&answer) && update.decided_at.take().is_some() {
            answer = api.put_consent(&update).await;
        }
        if answer.is_err() && !refused(&answer) {
            return false;
        }
        if self
            .device
            .with_untracked(|d| d.unsent == Some((at, channel)))
        {
            self.save(DeviceConsent {
                unsent: None,
                ..device
            });
        }
        self.revision.update(|r| *r += 1);
        true
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
                    // Sent the way every choice is (one still unsent keeps its time and channel),
                    // so a choice made just before signing in gives one receipt, not two.
                    if device.unsent.is_none() {
                        self.save(DeviceConsent {
                            unsent: Some((now_ms(), ConsentChannel::SignIn)),
                            ..device
                        });
                    }
                    self.send().await;
                    if !self.recorded_untracked() {
                        return;
                    }
                }
                Reconcile::AccountToDevice => self.save(DeviceConsent {
                    answered_version: account.answered_version,
                    decisions: account.decisions.clone(),
                    unsent: None,
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
