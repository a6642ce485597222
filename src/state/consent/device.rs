//! What this device remembers of the visitor's choices, and the pure rules over it: applying a
//! change under a policy, and which way choices travel at sign-in.

use expocx_contract::{ConsentChannel, ConsentDecision, ConsentPolicy, ConsentState};
use serde::{Deserialize, Serialize};

/// What this device remembers of the visitor's choices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceConsent {
    pub answered_version: Option<u32>,
    pub decisions: Vec<ConsentDecision>,
    /// The latest choice, while the backend has not recorded it: when it was made on this
    /// device (ms since 1970) and where. Kept across reloads and sent again until recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsent: Option<(i64, ConsentChannel)>,
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
            unsent: None,
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

    #[test]
    fn a_choice_not_yet_recorded_survives_a_reload() {
        let p = policy(2);
        let mut device = DeviceConsent::default().apply(&p, &all(&p, true));
        assert_eq!(
            device.unsent, None,
            "applying alone says nothing about sending"
        );
        device.unsent = Some((1_765_000_000_000, ConsentChannel::Prompt));
        let stored = serde_json::to_string(&device).unwrap();
        let back: DeviceConsent = serde_json::from_str(&stored).unwrap();
        assert_eq!(
            back, device,
            "the unsent choice and its time come back after a reload"
        );
        // What older versions of the app stored still reads, as recorded.
        let old: DeviceConsent =
            serde_json::from_str(r#"{"answered_version":2,"decisions":[]}"#).unwrap();
        assert_eq!(old.unsent, None);
    }
}
