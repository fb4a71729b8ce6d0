//! rswig: a SWIG-compatible interface compiler.
//!
//! The pipeline, one stage per module:
//! `preprocess` → `parse` (pest) → `ast` → `sema` (with `typemap`) → `ir`
//! → `backends/<lang>`. `run` drives it for one invocation.

pub mod ast;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod ir;
pub mod library;
pub mod options;
pub mod parse;
pub mod preprocess;
pub mod raw_text;
pub mod sema;
pub mod source;
pub mod typemap;
pub mod warnings;

#[path = "../backends/mod.rs"]
pub mod backends;

pub use driver::{run, RunOutcome};
