//! Stage 6, backends: one folder per target language. Each turns the IR
//! into output files (C wrapper plus the language's shim module).

use crate::diag::Diagnostics;
use crate::ir;
use crate::options::{Lang, Options};
use std::path::PathBuf;

pub mod common;
pub mod lua;
pub mod python;
pub mod ruby;

/// One file a backend produces; written only when the whole run succeeded.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

/// What `-external-runtime` writes for a language: the runtime header for
/// C code outside the generated modules.
#[derive(Clone, Debug)]
pub struct ExternalRuntime {
    /// SWIG's name for it when no file is given (`swigpyrun.h`).
    pub default_file: &'static str,
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

/// The names a language's wrappers give to the values typemaps refer to,
/// so sema can substitute `$input`, `$result` and friends while staying
/// language-neutral.
#[derive(Clone, Debug)]
pub struct Conventions {
    /// `$input` of the script input at this index in a function wrapper
    /// (`swig_obj[0]`).
    pub input: fn(usize) -> String,
    /// A C condition true when the optional script input at this index was
    /// given (guards the conversion of default arguments).
    pub input_given: fn(usize) -> String,
    /// `$result` in a function wrapper (`resultobj`).
    pub result: &'static str,
    /// `$input` in a variable setter (`varin`).
    pub var_input: &'static str,
    /// `$result` in a variable getter (`varout`).
    pub var_result: &'static str,
    /// `$null`: what a failing wrapper returns.
    pub null: &'static str,
    /// `$owner` for a new object / for a borrowed one.
    pub owner_new: &'static str,
    pub owner_borrowed: &'static str,
    /// `$owner` in a constructor (the object is new and not yet wrapped
    /// in its proxy).
    pub owner_constructor: &'static str,
    /// Names the language reserves; declarations so named get a `_`
    /// prefix (SWIG warning 314).
    pub keywords: &'static [&'static str],
    /// Target-language code sections (`%pythoncode`), besides the C ones.
    pub code_sections: &'static [&'static str],
}

pub trait Backend {
    fn lang(&self) -> Lang;
    /// How this language names the values in typemap code.
    fn conventions(&self) -> Conventions;
    /// What a declaration named like one of `Conventions::keywords` gets in
    /// front of its name (SWIG warning 314): `_` unless the language says.
    fn keyword_prefix(&self) -> &'static str {
        "_"
    }
    /// Library files included before the user's interface (the language's
    /// typemaps), by library name.
    fn preludes(&self) -> Vec<String>;
    /// Macros the language predefines because of its options (beyond
    /// `SWIG<LANG>`), e.g. Ruby's `SWIG_RUBY_AUTORENAME` for `-autorename`.
    fn predefines(&self, _opts: &Options) -> Vec<(String, Option<String>)> {
        Vec::new()
    }
    fn emit(
        &self,
        module: &ir::Module,
        opts: &Options,
        paths: &OutputPaths,
        diags: &mut Diagnostics,
    ) -> Vec<OutputFile>;
    /// Whether `emit_wrapper_to` writes the C wrapper straight into its
    /// file as it is produced (the driver then calls it instead of `emit`
    /// when it writes to disk).
    fn streams_wrapper(&self) -> bool {
        false
    }
    /// `emit`, with the C wrapper (`paths.wrapper`) written into `wrapper`
    /// instead of returned: the other files are. By default, what `emit`
    /// gives.
    fn emit_wrapper_to(
        &self,
        module: &ir::Module,
        opts: &Options,
        paths: &OutputPaths,
        diags: &mut Diagnostics,
        wrapper: &mut dyn std::io::Write,
    ) -> std::io::Result<Vec<OutputFile>> {
        let mut files = self.emit(module, opts, paths, diags);
        if let Some(i) = files.iter().position(|f| f.path == paths.wrapper) {
            wrapper.write_all(files.remove(i).contents.as_bytes())?;
        }
        Ok(files)
    }
    /// `-external-runtime`'s header, or `None` while the language has none.
    fn external_runtime(&self) -> Option<ExternalRuntime> {
        None
    }
}

/// The backend for a language, or `None` while it is not supported yet.
pub fn backend_for(lang: Lang) -> Option<Box<dyn Backend>> {
    match lang {
        Lang::Python => Some(Box::new(python::PythonBackend)),
        Lang::Lua => Some(Box::new(lua::LuaBackend)),
        Lang::Ruby => Some(Box::new(ruby::RubyBackend)),
    }
}
