//! The cart: edited on the device (so a reload, a lost signal or a closed tab loses nothing),
//! revalidated by the backend on every change, and for signed-in visitors stored on the
//! backend too. At sign-in the device's cart is merged into the account's.

use expocx_contract::{CartInput, CartLineInput, CartView, MAX_LINE_QUANTITY};
use leptos::prelude::*;

use super::Owned;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use super::session::SessionState;
use super::storage;
use crate::api::{Api, ApiError};

/// What the device keeps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedCart {
    pub input: CartInput,
    /// The account this cart mirrors; `None` for an anonymous cart.
    #[serde(default)]
    pub owner: Option<i64>,
    /// Changed here since the backend last confirmed it (signed in only).
    #[serde(default)]
    pub dirty: bool,
    /// The last answer of the backend, so the cart shows offline too.
    #[serde(default)]
    pub view: Option<CartView>,
}

fn same_line(l: &CartLineInput, product_id: i64, option_id: &Option<String>) -> bool {
    l.product_id == product_id && &l.option_id == option_id
}

impl SavedCart {
    /// Adds `quantity` units; a new line remembers the price the visitor saw.
    pub fn add(
        &mut self,
        product_id: i64,
        option_id: Option<String>,
        price_minor: i64,
        quantity: u32,
    ) {
        match self
            .input
            .lines
            .iter_mut()
            .find(|l| same_line(l, product_id, &option_id))
        {
            Some(l) => l.quantity = (l.quantity + quantity).min(MAX_LINE_QUANTITY),
            None => self.input.lines.push(CartLineInput {
                product_id,
                option_id,
                quantity: quantity.clamp(1, MAX_LINE_QUANTITY),
                seen_price_minor: Some(price_minor),
            }),
        }
    }

    /// Sets a line's quantity (1 to the maximum; use `remove` for zero).
    pub fn set_quantity(&mut self, product_id: i64, option_id: &Option<String>, quantity: u32) {
        if let Some(l) = self
            .input
            .lines
            .iter_mut()
            .find(|l| same_line(l, product_id, option_id))
        {
            l.quantity = quantity.clamp(1, MAX_LINE_QUANTITY);
        }
    }

    pub fn remove(&mut self, product_id: i64, option_id: &Option<String>) {
        self.input
            .lines
            .retain(|l| !same_line(l, product_id, option_id));
    }

    pub fn count(&self) -> u32 {
        self.input.lines.iter().map(|l| l.quantity).sum()
    }
}

/// The cart, in context.
#[derive(Clone, Copy)]
pub struct CartStore {
    pub saved: Owned<SavedCart>,
    /// A request to the backend is under way.
    pub syncing: Owned<bool>,
    /// The last request failed (the cart itself is kept).
    pub error: Owned<Option<ApiError>>,
    /// Counts changes, so only the newest answer is applied.
    generation: StoredValue<u32>,
    session: SessionState,
    api: Api,
}

fn load() -> SavedCart {
    storage::get(storage::KEY_CART)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

impl CartStore {
    pub fn restore(api: Api, session: SessionState) -> CartStore {
        let store = CartStore {
            saved: Owned::new(load()),
            syncing: Owned::new(false),
            error: Owned::new(None),
            generation: StoredValue::new(0),
            session,
            api,
        };
        // Follow the account: merge at sign-in, refresh on load, forget at sign-out.
        let synced_for = StoredValue::new(None::<Option<i64>>);
        crate::state::watch::watch(move || {
            let user = session.user_id();
            if synced_for.get_value() == Some(user) {
                return;
            }
            let had = synced_for.get_value().flatten();
            synced_for.set_value(Some(user));
            match on_account(had, user, &store.saved.get_untracked()) {
                Some(kind) => store.request(kind),
                // Signed out: the account's cart does not stay on a shared phone.
                None => store.write(SavedCart::default()),
            }
        });
        store
    }

    fn write(&self, saved: SavedCart) {
        let nothing =
            saved.input.lines.is_empty() && saved.input.coupon.is_none() && saved.owner.is_none();
        if nothing {
            // An empty anonymous cart leaves no trace (and erasure leaves the browser empty).
            storage::remove(storage::KEY_CART);
        } else if let Ok(json) = serde_json::to_string(&saved) {
            storage::set(storage::KEY_CART, &json);
        }
        self.saved.set(saved);
    }

    /// Units in the cart (tracked).
    pub fn count(&self) -> u32 {
        self.saved.with(SavedCart::count)
    }

    /// Applies `change` on the device at once, then lets the backend revalidate it.
    pub fn change(&self, change: impl FnOnce(&mut SavedCart)) {
        let signed_in = self.session.is_signed_in_untracked();
        let mut s = self.saved.get_untracked();
        change(&mut s);
        s.dirty = signed_in;
        self.write(s);
        self.request(after_change(signed_in));
    }

    /// Adds `quantity` of a product (in an option) at the price the visitor sees.
    pub fn add(&self, product_id: i64, option_id: Option<String>, price_minor: i64, quantity: u32) {
        self.change(move |c| c.add(product_id, option_id, price_minor, quantity));
    }

    /// Sets a line's quantity (1 to the maximum).
    pub fn set_quantity(&self, product_id: i64, option_id: Option<String>, quantity: u32) {
        self.change(move |c| c.set_quantity(product_id, &option_id, quantity));
    }

    /// Removes a line.
    pub fn remove(&self, product_id: i64, option_id: Option<String>) {
        self.change(move |c| c.remove(product_id, &option_id));
    }

    /// The visitor has seen what changed: current prices and quantities become the cart.
    pub fn acknowledge(&self) {
        let Some(view) = self.saved.with_untracked(|s| s.view.clone()) else {
            return;
        };
        self.change(|s| s.input = view.to_input(true));
    }

    /// Asks the backend again (retry, or before checkout).
    pub fn refresh(&self) {
        let user = untrack(|| self.session.user_id());
        let (dirty, owner) = self.saved.with_untracked(|s| (s.dirty, s.owner));
        let merged = user.is_some() && owner == user;
        if let Some(kind) = on_refresh(user.is_some(), dirty, merged, self.syncing.get_untracked())
        {
            self.request(kind);
        }
    }

    /// After an order: the backend emptied the account cart; the device does too.
    pub fn clear_after_order(&self) {
        let owner = self.saved.with_untracked(|s| s.owner);
        self.write(SavedCart {
            owner,
            ..Default::default()
        });
    }

    fn request(&self, kind: Request) {
        let api = self.api;
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        let store = *self;
        let sent = self.saved.get_untracked();
        if sent.input.lines.is_empty() && matches!(kind, Request::Quote) {
            // Nothing to revalidate.
            store.apply(generation, sent, None, Ok(None));
            return;
        }
        store.syncing.set(true);
        spawn_local(async move {
            let result = match kind {
                Request::Quote => api.quote_cart(&sent.input).await.map(Some),
                Request::Save => api.save_cart(&sent.input).await.map(Some),
                Request::Load => api.account_cart().await.map(Some),
                Request::Merge if sent.input.lines.is_empty() => api.account_cart().await.map(Some),
                Request::Merge => api.merge_cart(&sent.input).await.map(Some),
            };
            let owner = match kind {
                Request::Quote => None,
                _ => untrack(|| store.session.user_id()),
            };
            store.apply(generation, sent, owner, result);
        });
    }

    fn apply(
        &self,
        generation: u32,
        sent: SavedCart,
        owner: Option<i64>,
        result: Result<Option<CartView>, ApiError>,
    ) {
        if generation != self.generation.get_value() {
            return; // a newer change is on its way
        }
        self.syncing.set(false);
        match result {
            Ok(view) => {
                self.error.set(None);
                let mut next = sent;
                if owner.is_some() {
                    // The account's cart is the truth after a load or merge.
                    if let Some(v) = &view {
                        next.input = v.to_input(false);
                    }
                    next.owner = owner;
                    next.dirty = false;
                }
                next.view = view;
                self.write(next);
            }
            Err(e) => self.error.set(Some(e)),
        }
    }
}

/// What the backend is asked after the device's cart changed.
fn after_change(signed_in: bool) -> Request {
    if signed_in {
        Request::Save
    } else {
        Request::Quote
    }
}

/// What a refresh (page opened, retry) asks: an account's unsaved changes are saved, else its
/// cart is loaded. Right after sign-in the device's cart is not the account's yet: while that
/// merge is under way nothing is asked (a load would overtake it and its answer, the merged
/// cart, would be dropped as stale); if it failed, it is sent again.
fn on_refresh(signed_in: bool, dirty: bool, merged: bool, syncing: bool) -> Option<Request> {
    match (signed_in, merged, dirty) {
        (true, false, _) if syncing => None,
        (true, false, _) => Some(Request::Merge),
        (true, true, true) => Some(Request::Save),
        (true, true, false) => Some(Request::Load),
        (false, ..) => Some(Request::Quote),
    }
}

/// When who is signed in changes (or the app starts): `None` means forget the device's cart.
fn on_account(had: Option<i64>, user: Option<i64>, saved: &SavedCart) -> Option<Request> {
    match user {
        Some(u) if saved.owner == Some(u) && !saved.dirty => Some(Request::Load),
        Some(u) if saved.owner == Some(u) => Some(Request::Save),
        // Another account's or an anonymous cart: merged into this account's.
        Some(_) => Some(Request::Merge),
        None if had.is_some() || saved.owner.is_some() => None,
        None => Some(Request::Quote),
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Request {
    Quote,
    Save,
    Load,
    Merge,
}

pub fn use_cart() -> CartStore {
    expect_context::<CartStore>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_the_same_item_adds_units_and_keeps_the_first_price_seen() {
        let mut c = SavedCart::default();
        c.add(7, None, 1990, 1);
        c.add(7, None, 2490, 2);
        c.add(7, Some("250g".into()), 4990, 1);
        assert_eq!(c.input.lines.len(), 2);
        assert_eq!(c.input.lines[0].quantity, 3);
        assert_eq!(c.input.lines[0].seen_price_minor, Some(1990));
        assert_eq!(c.count(), 4);
    }

    #[test]
    fn quantities_stay_between_one_and_the_maximum() {
        let mut c = SavedCart::default();
        c.add(1, None, 100, 1);
        c.set_quantity(1, &None, 0);
        assert_eq!(c.input.lines[0].quantity, 1);
        c.set_quantity(1, &None, 500);
        assert_eq!(c.input.lines[0].quantity, MAX_LINE_QUANTITY);
        c.add(1, None, 100, 5);
        assert_eq!(c.input.lines[0].quantity, MAX_LINE_QUANTITY);
        c.remove(1, &None);
        assert!(c.input.lines.is_empty());
    }

    #[test]
    fn a_saved_cart_survives_a_reload_as_json() {
        let mut c = SavedCart::default();
        c.add(3, Some("white".into()), 8800, 2);
        c.owner = Some(5);
        c.dirty = true;
        let back: SavedCart = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
        // Older or partial data still loads.
        let old: SavedCart = serde_json::from_str(r#"{"input":{"lines":[]}}"#).unwrap();
        assert_eq!(old.owner, None);
    }
}

#[cfg(test)]
mod sync_tests {
    use super::*;

    fn saved(owner: Option<i64>, dirty: bool) -> SavedCart {
        SavedCart {
            owner,
            dirty,
            ..Default::default()
        }
    }

    #[test]
    fn who_is_signed_in_decides_what_the_backend_is_asked() {
        use Request::*;
        // (had, now, device cart's owner, unsaved changes) → request (None: forget the cart)
        let table = [
            (None, None, None, false, Some(Quote)),      // anonymous start
            (None, Some(7), None, false, Some(Merge)),   // signs in: device cart merged
            (None, Some(7), Some(7), false, Some(Load)), // reload while signed in
            (None, Some(7), Some(7), true, Some(Save)),  // changes made offline are kept
            (Some(7), Some(8), Some(7), false, Some(Merge)), // another account on this phone
            (Some(7), None, Some(7), false, None),       // signs out: cart forgotten
            (None, None, Some(7), false, None),          // start after a sign-out elsewhere
        ];
        for (had, now, owner, dirty, want) in table {
            assert_eq!(
                on_account(had, now, &saved(owner, dirty)),
                want,
                "{had:?} → {now:?}, owner {owner:?}, dirty {dirty}"
            );
        }
    }

    #[test]
    fn changes_and_retries_ask_the_right_question() {
        assert_eq!(after_change(true), Request::Save);
        assert_eq!(after_change(false), Request::Quote);
        // (signed in, dirty, merged into the account, a request under way) → request
        let table = [
            (true, true, true, false, Some(Request::Save)),
            (true, false, true, false, Some(Request::Load)),
            (false, true, false, false, Some(Request::Quote)),
            (true, false, false, true, None), // the sign-in merge is under way: do not overtake it
            (true, false, false, false, Some(Request::Merge)), // it failed: send it again
        ];
        for (signed_in, dirty, merged, syncing, want) in table {
            assert_eq!(
                on_refresh(signed_in, dirty, merged, syncing),
                want,
                "{signed_in} {dirty} {merged} {syncing}"
            );
        }
    }
}
