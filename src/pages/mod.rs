//! Pages, one folder per persona: visitors (storefront), members (signed in), exhibitors.

pub mod exhibitor;
pub mod member;
pub mod not_found;
pub mod quotes;
pub mod visitor;
