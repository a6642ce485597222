//! A consent choice is never lost: it is the device's at once, and until the backend has
//! recorded it (no signal in the hall, a refused device key, a server error) it waits here, in
//! local storage, and is sent again later with the time it was made. Nothing that needs the
//! consent on the server (events, the interest profile) is sent while a choice waits.

use std::cell::Cell;

use expocx_contract::ConsentUpdate;
use leptos::prelude::*;

use super::consent::ConsentStore;
use super::storage;
use crate::api::{Api, ApiError};

/// Waits between attempts, in seconds; the last one repeats.
const BACKOFF_S: [u32; 5] = [2, 5, 15, 30, 60];

thread_local! {
    /// One sender at a time.
    static SENDING: Cell<bool> = const { Cell::new(false) };
}

/// The choice waiting in storage from an earlier visit, if any.
pub fn restore() -> Option<ConsentUpdate> {
    storage::get(storage::KEY_CONSENT_PENDING).and_then(|s| serde_json::from_str(&s).ok())
}

/// Keeps `update` until it is recorded (it replaces any older waiting choice: each carries the
/// whole set of decisions), then tries to send it.
pub fn queue(store: ConsentStore, api: Api, update: ConsentUpdate) {
    if let Ok(json) = serde_json::to_string(&update) {
        storage::set(storage::KEY_CONSENT_PENDING, &json);
    }
    store.pending.set(Some(update));
    send(store, api);
}

/// What to do after a failed attempt.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Try again later (no signal, a limit, a server error).
    Retry,
    /// It can never be recorded as it is (the policy changed: the visitor is asked again).
    Drop,
}

/// Whether a failed attempt is worth repeating.
pub fn after_failure(e: &ApiError) -> Next {
    match e.status() {
        Some(409 | 422) => Next::Drop,
        _ => Next::Retry,
    }
}

/// Sends the waiting choice until it is recorded or cannot be.
pub fn send(store: ConsentStore, api: Api) {
    if SENDING.with(|s| s.replace(true)) {
        return;
    }
    leptos::task::spawn_local(async move {
        let mut attempt = 0;
        while let Some(queued) = store.pending.get_untracked() {
            let mut update = queued.clone();
            // Anonymous, the choice is recorded under this browser's key (issued on first need);
            // signed in, for the account.
            update.device_id = store.device_key(api).await;
            let result = if update.device_id.is_some() || api.bearer_token().is_some() {
                api.put_consent(&update).await.map(|_| ())
            } else {
                Err(ApiError::Network)
            };
            if result
                .as_ref()
                .is_err_and(|e| after_failure(e) == Next::Retry)
            {
                let wait = BACKOFF_S[attempt.min(BACKOFF_S.len() - 1)];
                attempt += 1;
                gloo_timers::future::TimeoutFuture::new(wait * 1_000).await;
                continue;
            }
            // Recorded, or never to be: done, unless a newer choice came meanwhile.
            if store.pending.get_untracked().as_ref() == Some(&queued) {
                storage::remove(storage::KEY_CONSENT_PENDING);
                store.pending.set(None);
            }
            store.revision.update(|r| *r += 1);
            attempt = 0;
        }
        SENDING.with(|s| s.set(false));
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use expocx_contract::{ErrorCode, Problem};

    fn problem(status: u16, code: ErrorCode) -> ApiError {
        ApiError::Problem {
            status,
            problem: Some(Problem::new(status, code, "x")),
        }
    }

    #[test]
    fn a_choice_waits_through_limits_outages_and_server_errors() {
        for e in [
            ApiError::Network,
            ApiError::Timeout,
            problem(429, ErrorCode::RateLimited),
            problem(500, ErrorCode::Internal),
            problem(503, ErrorCode::Internal),
        ] {
            assert_eq!(after_failure(&e), Next::Retry, "{e:?}");
        }
    }

    #[test]
    fn a_choice_under_an_old_policy_is_not_sent_again() {
        assert_eq!(
            after_failure(&problem(409, ErrorCode::PolicyOutdated)),
            Next::Drop
        );
        assert_eq!(
            after_failure(&problem(422, ErrorCode::ValidationFailed)),
            Next::Drop
        );
    }
}
