//! The storefront: what anyone can see, signed in or not.

pub mod exhibitors;
pub mod home;
pub mod product;
pub mod products;
