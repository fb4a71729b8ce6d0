//! Shared by backends: helpers for writing generated code.
