//! Stage 6, backends: one folder per target language. Each turns the IR
//! into output files (C wrapper plus the language's shim module).

use crate::diag::Diagnostics;
use crate::ir;
use crate::options::{Lang, Options};
use std::path::PathBuf;

/// One file a backend produces; written only when the whole run succeeded.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Where the outputs go, as the driver resolved `-o`, `-outdir`, and the
/// input file name.
#[derive(Clone, Debug)]
pub struct OutputPaths {
    /// The C wrapper (`example_wrap.c`, or `-o`).
    pub wrapper: PathBuf,
    /// Folder for the language module (`example.py`).
    pub outdir: PathBuf,
}

pub trait Backend {
    fn lang(&self) -> Lang;
    /// Library files included before the user's interface (the language's
    /// typemaps), by library name.
    fn preludes(&self) -> Vec<String>;
    fn emit(
        &self,
        module: &ir::Module,
        opts: &Options,
        paths: &OutputPaths,
        diags: &mut Diagnostics,
    ) -> Vec<OutputFile>;
}

/// The backend for a language, or `None` while it is not supported yet.
pub fn backend_for(lang: Lang) -> Option<Box<dyn Backend>> {
    match lang {
        Lang::Python => None,
        Lang::Lua | Lang::Ruby => None,
    }
}
