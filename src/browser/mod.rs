//! Browser capabilities, one small module each, so pages never call `web_sys` inline.

#[cfg(target_arch = "wasm32")]
pub mod camera;
pub mod card;
pub mod clipboard;
pub mod download;
pub mod element_height;
pub mod fetch;
pub mod focus;
pub mod idle;
pub mod local_time;
pub mod online;
pub mod photos;
pub mod print;
pub mod stylesheet;
pub mod ticker;
pub mod viewport;
pub mod wechat;
