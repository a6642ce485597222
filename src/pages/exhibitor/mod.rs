//! The exhibitor portal, for exhibitor staff accounts.

pub mod audit;
pub mod dashboard;
pub mod order;
pub mod orders;
pub mod pickup;
pub mod product_edit;
pub mod products;
pub mod returns;
pub mod slots;
pub mod team;
pub mod tickets;
