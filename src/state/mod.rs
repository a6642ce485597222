//! App state shared through context: runtime config, session, locale, connectivity.

pub mod analytics;
pub mod cart;
pub mod config;
pub mod consent;
pub mod interest;
pub mod session;
pub mod storage;

pub use cart::{use_cart, CartStore};
pub use config::RuntimeConfig;
pub use consent::{use_consent, ConsentStore};
pub use interest::{use_interests, InterestStore};
pub use session::{use_session, SessionState};
