//! The domain layer: what follows from what. `api/` calls it for every workflow with a
//! consequence; it runs inside one transaction (the caller's, or its own) and calls the data
//! modules of `db/`, which are leaves.
//!
//! - `life`: the order's life, each consequence listed once: `on_paid`, `on_cancelled`
//!   (the whole order or one exhibitor's part), `on_refunded`.
//! - `consent`: every consent check on the server goes through `consent::require` or
//!   `consent::allows`.
//! - `texts`: every text the backend sends a person, in the three languages.
//! - The workflows: `orders` (place, cancel, expire, staff steps), `payments`, `cart`, `offers`,
//!   `badges`, `service` (tickets and returns), `notify` (the outbox, under the consent rules),
//!   `campaigns` (audiences, the batch sender under the guardrails, results, "stop these").

pub mod audit;
pub mod badges;
pub mod campaigns;
pub mod cart;
pub mod catalog;
pub mod consent;
pub mod customer_view;
pub mod customers;
pub mod leads;
pub mod life;
pub mod notify;
pub mod offers;
pub mod onboard;
pub mod orders;
pub mod payments;
mod quote_order;
pub mod quotes;
pub mod service;
pub mod team;
pub mod texts;
