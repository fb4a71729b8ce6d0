//! Shared by backends: helpers for writing generated code.

pub mod writer;

pub use writer::{CodeWriter, Sections};
