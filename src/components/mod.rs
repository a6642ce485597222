//! Shared pieces of the interface.

pub mod address;
pub mod amounts;
pub mod area_style;
pub mod camera_scan;
pub mod cards;
pub mod charts;
pub mod consent_prompt;
pub mod conversation;
pub mod feedback;
pub mod form;
pub mod guard;
pub mod hall_map;
pub mod layout;
pub mod pager;
pub mod photos;
pub mod portal;
pub mod product_form;
pub mod qr;
pub mod quote;
pub mod resource;
pub mod route;
pub mod saved;
