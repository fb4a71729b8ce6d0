//! Stage 6, backends: pieces shared by every language's emitter.

pub mod code;
pub mod external;
pub mod runtime;
pub mod runtime_use;
pub mod sink;
