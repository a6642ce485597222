//! The storefront: what anyone can see, signed in or not.

pub mod cart;
pub mod checkout;
pub mod exhibitors;
pub mod home;
pub mod order;
pub mod product;
pub mod products;
