//! App state shared through context: runtime config, session, locale, connectivity.

pub mod analytics;
pub mod cart;
pub mod config;
pub mod consent;
pub mod interest;
mod owned;
pub mod saved;
pub mod session;
pub mod storage;
pub mod watch;

pub use cart::{use_cart, CartStore};
pub use config::RuntimeConfig;
pub use consent::{use_consent, ConsentStore};
pub use interest::{use_interests, InterestStore};
pub use owned::Owned;
pub use session::{use_session, SessionState};

/// The venue's IANA time zone, from the expo: pickup times follow the booth's clock, not the
/// phone's. Shanghai (the demo venue) until the answer arrives.
pub fn venue_time_zone() -> leptos::prelude::Signal<String> {
    use leptos::prelude::*;
    let api = expect_context::<crate::api::Api>();
    let tz = crate::components::resource::Res::new(move || async move {
        api.expo().await.map(|e| e.time_zone)
    });
    Signal::derive(move || {
        tz.get()
            .and_then(Result::ok)
            .unwrap_or_else(|| "Asia/Shanghai".into())
    })
}
