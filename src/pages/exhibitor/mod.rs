//! The exhibitor portal, for exhibitor staff accounts.

pub mod dashboard;
