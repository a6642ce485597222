//! The ExpoCX conformance kit: black-box checks, over HTTP only, that a backend fits the
//! contract (`crates/contract/API.md`). It registers its own visitor accounts and needs no
//! database access. `expocx-conformance --help` for the command; [`run`] for the checks.

pub mod checks;
pub mod client;
pub mod report;

pub use checks::{run, Account, Config, Outcome, Run, AREAS};
