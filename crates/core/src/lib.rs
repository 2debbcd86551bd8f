//! Kilit's pure core: everything that can be decided without a browser.
//!
//! Nothing in this crate touches the DOM, storage, the clock or the network,
//! and nothing in it panics on user data. The app crate (`kilit`) renders what
//! this crate computes and feeds it what the browser provides.

pub mod i18n;
pub mod config;
pub mod route;
pub mod assessment;
pub mod chart;
pub mod number;
pub mod date;
pub mod accounts;
pub mod import;
pub mod persist;
pub mod export;
