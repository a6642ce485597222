//! App state shared through context: runtime config, session, locale, connectivity.

pub mod config;
pub mod session;
pub mod storage;

pub use config::RuntimeConfig;
pub use session::{use_session, SessionState};
