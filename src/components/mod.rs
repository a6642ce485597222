//! Shared pieces of the interface.

pub mod cards;
pub mod feedback;
pub mod guard;
pub mod layout;
