//! The exhibitor portal, for exhibitor staff accounts.

pub mod audit;
pub mod dashboard;
mod dashboard_quotes;
pub mod order;
pub mod orders;
pub mod pickup;
pub mod product_config;
pub mod product_edit;
pub mod products;
pub mod quote;
mod quote_answer;
mod quote_draft;
pub mod quotes;
pub mod returns;
pub mod slots;
pub mod team;
pub mod tickets;
