//! The storefront: what anyone can see, signed in or not.

pub mod cart;
pub mod checkout;
pub mod exhibitors;
pub mod home;
pub mod order;
pub mod product;
pub mod products;

use leptos::prelude::*;

/// The venue's IANA time zone, from the expo: pickup times follow the booth's clock, not the
/// phone's. Shanghai (the demo venue) until the answer arrives.
pub fn venue_time_zone() -> Signal<String> {
    let api = expect_context::<crate::api::Api>();
    let tz = LocalResource::new(move || async move { api.expo().await.map(|e| e.time_zone) });
    Signal::derive(move || {
        tz.get()
            .and_then(Result::ok)
            .unwrap_or_else(|| "Asia/Shanghai".into())
    })
}
