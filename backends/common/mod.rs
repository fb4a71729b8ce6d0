//! Stage 6, backends: pieces shared by every language's emitter.

pub mod runtime;
