//! Test code shared between test crates.

pub mod determinism;
