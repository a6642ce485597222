//! Signing in and up, and the member center of a signed-in visitor.

pub mod account;
pub mod addresses;
pub mod auth;
pub mod badge;
mod badge_prompt;
pub mod coupons;
pub mod join;
pub mod membership;
pub mod notifications;
pub mod orders;
pub mod privacy;
pub mod profile;
pub mod returns;
pub mod tickets;
pub mod wechat_signin;
