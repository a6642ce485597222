//! Trade quotes, the buyer's side (a lazy area of its own): configuring a product and asking
//! for a quote, the buyer's quotes, one quote with its revisions and steps, and the printable
//! document. The exhibitor's desk is in `exhibitor::quotes` and `exhibitor::quote`.

mod accept;
mod choices;
mod configurator;
mod list;
mod new;
mod print;
mod quote;

pub use list::MyQuotesPage;
pub use new::NewQuotePage;
pub use print::QuotePrintPage;
pub use quote::MyQuotePage;
