//! The reference backend's integration tests, one binary (so the helpers and the server crate are
//! compiled and linked once): each module a feature, over real HTTP and a temporary SQLite file
//! with the demo data. Run one module with `cargo test -p expocx-server --test api <module>::`.

mod common;

mod account;
mod backup;
mod badge;
mod callers;
mod campaign_crash;
mod campaign_crowd;
mod campaign_segments;
mod campaigns;
mod commerce;
mod configure;
mod consent;
mod coupons;
mod crowd;
mod customers;
mod customers_view;
mod dashboard;
mod export;
mod hardening;
mod leads;
mod leads_access;
mod limits;
mod membership;
mod notify;
mod onboard;
mod openapi;
mod operator;
mod orders;
mod part_cancel;
mod prerender;
mod privacy_data;
mod quotes;
mod quotes_access;
mod resilience;
mod returns;
mod roles;
mod second_account;
mod service;
mod slots;
mod snapshot;
mod staff_orders;
mod staff_products;
mod staff_tickets;
mod storefront;
mod team;
mod team_audit;
mod wechat;
mod wechat_jssdk;
mod wechat_mini;
mod wechat_pay;
mod wechat_pay_stand_in;
