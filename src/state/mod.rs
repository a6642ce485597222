//! App state shared through context: runtime config, session, locale, connectivity.

pub mod analytics;
pub mod config;
pub mod consent;
pub mod session;
pub mod storage;

pub use config::RuntimeConfig;
pub use consent::{use_consent, ConsentStore};
pub use session::{use_session, SessionState};
