//! Pure business rules: no SQL, no HTTP, no clock of their own. Each has table-driven tests.

pub mod campaigns;
pub mod coupons;
pub mod csv;
pub mod customers;
pub mod dashboard;
pub mod limits;
pub mod membership;
pub mod notify;
pub mod orders;
pub mod photos;
pub mod pricing;
pub mod quotes;
pub mod returns;
pub mod slots;
pub mod staff_orders;
pub mod tickets;
