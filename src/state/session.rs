//! The visitor's session: bearer token and account, kept across reloads in local storage and
//! revalidated with the backend at start.

use expocx_contract::{Role, Session, User};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::storage;
use crate::api::Api;

/// The session's signals are the store's own: pages read them through the methods below and
/// change them through its intents (sign in, sign out, erasure, profile saved).
#[derive(Clone, Copy)]
pub struct SessionState {
    token: RwSignal<Option<String>>,
    user: RwSignal<Option<User>>,
    /// Set when the backend refused the token: the sign-in page says the session expired.
    expired: RwSignal<bool>,
    /// Set when the visitor signed out on this device: guarded pages then go home, not to sign-in.
    signed_out: RwSignal<bool>,
}

impl SessionState {
    /// Restores the session saved on this device and keeps storage in step with it.
    pub fn restore() -> SessionState {
        let token = storage::get(storage::KEY_TOKEN);
        let user = storage::get(storage::KEY_USER)
            .and_then(|u| serde_json::from_str::<User>(&u).ok())
            .filter(|_| token.is_some());
        let s = SessionState {
            token: RwSignal::new(token),
            user: RwSignal::new(user),
            expired: RwSignal::new(false),
            signed_out: RwSignal::new(false),
        };
        crate::state::watch::watch(move || match s.token.get() {
            Some(t) => storage::set(storage::KEY_TOKEN, &t),
            None => {
                storage::remove(storage::KEY_TOKEN);
                storage::remove(storage::KEY_USER);
                s.user.set(None);
            }
        });
        s
    }

    /// Checks the saved token with the backend. Offline, the saved account is kept so the
    /// visitor is not signed out by a weak signal; a refused token signs out (see `Api`).
    pub fn revalidate(self, api: Api) {
        if self.token.get_untracked().is_none() {
            return;
        }
        spawn_local(async move {
            if let Ok(user) = api.me().await {
                self.set_user(user);
            }
        });
    }

    pub fn sign_in(self, session: Session) {
        self.expired.set(false);
        self.signed_out.set(false);
        self.token.set(Some(session.token));
        self.set_user(session.user);
    }

    fn set_user(self, user: User) {
        if let Ok(json) = serde_json::to_string(&user) {
            storage::set(storage::KEY_USER, &json);
        }
        self.user.set(Some(user));
    }

    /// Ends the session here at once; telling the backend is best effort.
    pub fn sign_out(self, api: Api) {
        let token = self.token.get_untracked();
        self.signed_out.set(true);
        self.user.set(None);
        self.token.set(None);
        spawn_local(async move {
            let _ = api.logout(token).await;
        });
    }

    /// The API client of this session: it sends the token and, when the backend refuses it,
    /// forgets it and flags the session as expired.
    #[inline]
    pub fn client(&self, api_base: &str) -> Api {
        Api::new(api_base, self.token, self.expired)
    }

    /// After the account was erased: nothing of it stays signed in on this device.
    pub fn forget_after_erasure(self) {
        self.user.set(None);
        self.token.set(None);
    }

    /// The account as the backend just answered it (it joined an exhibitor's team).
    pub fn account_changed(self, user: User) {
        self.set_user(user);
    }

    /// The account's name as just saved in the profile, without asking the backend again.
    pub fn profile_saved(self, display_name: String) {
        let Some(mut user) = self.user.get_untracked() else {
            return;
        };
        user.display_name = display_name;
        self.set_user(user);
    }

    /// The signed-in account (tracked).
    #[inline]
    pub fn user(&self) -> Option<User> {
        self.user.get()
    }

    /// The signed-in account's id (tracked).
    #[inline]
    pub fn user_id(&self) -> Option<i64> {
        self.user.with(|u| u.as_ref().map(|u| u.id))
    }

    /// The exhibitor the signed-in staff account works for (tracked).
    #[inline]
    pub fn exhibitor_id(&self) -> Option<i64> {
        self.user.with(|u| u.as_ref().and_then(|u| u.exhibitor_id))
    }

    /// Whether the backend refused the last token (tracked).
    #[inline]
    pub fn expired(&self) -> bool {
        self.expired.get()
    }

    /// Whether the visitor signed out on this device (tracked).
    #[inline]
    pub fn signed_out(&self) -> bool {
        self.signed_out.get()
    }

    pub fn is_signed_in(&self) -> bool {
        self.user.with(Option::is_some)
    }

    /// Whether someone is signed in, without subscribing to changes (for event handlers).
    pub fn is_signed_in_untracked(&self) -> bool {
        self.user.with_untracked(Option::is_some)
    }

    pub fn role(&self) -> Option<Role> {
        self.user.with(|u| u.as_ref().map(|u| u.role))
    }
}

pub fn use_session() -> SessionState {
    expect_context::<SessionState>()
}

/// Where to go after signing in: only a path inside this app, never another site
/// (an attacker's link could otherwise bounce a fresh sign-in to a phishing page).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn sign_in_only_returns_to_paths_of_this_app() {
        assert_eq!(safe_next(Some("/me?tab=orders")), "/me?tab=orders");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }
}
