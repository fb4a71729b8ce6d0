//! Shared: the options of one run, as the command line gives them
//! (`main.rs` parses argv into this; library code only reads it).

use std::path::PathBuf;

/// Target languages. A new language is a new variant plus a backend folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    Python,
    Lua,
    Ruby,
}

impl Lang {
    /// Lower-case name, as in `-python` and the library folder name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Lua => "lua",
            Lang::Ruby => "ruby",
        }
    }

    /// The macro the preprocessor predefines (`SWIGPYTHON`, ...).
    pub fn predefined_macro(self) -> &'static str {
        match self {
            Lang::Python => "SWIGPYTHON",
            Lang::Lua => "SWIGLUA",
            Lang::Ruby => "SWIGRUBY",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    pub lang: Option<Lang>,
    /// The interface file.
    pub input: PathBuf,
    /// `-o FILE`: the C wrapper.
    pub output: Option<PathBuf>,
    /// `-outdir DIR`: where the language module (`example.py`) goes.
    pub outdir: Option<PathBuf>,
    /// `-outcurrentdir`: language module in the current folder.
    pub outcurrentdir: bool,
    /// `-module NAME`: overrides `%module`.
    pub module: Option<String>,
    /// `-I DIR`
    pub include_dirs: Vec<PathBuf>,
    /// `-D NAME[=VALUE]`, in order.
    pub defines: Vec<(String, Option<String>)>,
    /// `-U NAME`
    pub undefines: Vec<String>,
    /// `-E`: print the preprocessed text and stop.
    pub preprocess_only: bool,
    /// `-includeall`: follow `#include` too.
    pub include_all: bool,
    /// `-importall`: treat `#include` as `%import`.
    pub import_all: bool,
    /// `-Wall`
    pub warn_all: bool,
    /// `-Werror`
    pub warn_error: bool,
    /// `-Wextra` (also implied by `-Wall`): swig's extra warnings.
    pub warn_extra: bool,
    /// `-w LIST`: suppressed (positive) and enabled (`+N`) warning numbers.
    pub warn_suppress: Vec<u32>,
    pub warn_enable: Vec<u32>,
    /// `-features LIST` and `SWIG_FEATURES`: global features (`name=value`).
    pub features: Vec<(String, String)>,
    /// `-M`, `-MM`, `-MD`, `-MMD`, `-MF`, `-MT`, `-MP`: make dependencies.
    pub deps: Option<DepsOptions>,
    /// `-c++`
    pub cplusplus: bool,
    /// `-dump-ast FILE`: write the parse tree as JSON (for tools).
    pub dump_ast: Option<PathBuf>,
    /// `-std=NAME` (e.g. `c23`): the language standard, accepted as swig
    /// does; the last one given wins.
    pub std: Option<String>,
    /// Language-specific flags rswig does not interpret in the core
    /// (`-nomoduleglobal`, `-globalmodule`, `-builtin`, ...), passed to the
    /// backend as written, without the dash. An option that takes a value
    /// is one entry `name=value` (`-interface _ex` gives `interface=_ex`).
    pub lang_flags: Vec<String>,
}

/// Make-style dependency output, as swig and gcc give it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DepsOptions {
    /// `-M`/`-MM`: print the dependencies and stop; otherwise (`-MD`,
    /// `-MMD`, or `-MF` alone) write them and go on generating wrappers.
    pub only: bool,
    /// `-M`/`-MD`: list library files too (those with a path on disk; the
    /// embedded library has none). `-MM`/`-MMD`: the user's files only.
    pub system: bool,
    /// `-MF FILE`: where to write them (default: stdout with `-M`/`-MM`,
    /// the wrapper's name with `.d` with `-MD`/`-MMD`).
    pub file: Option<PathBuf>,
    /// `-MT TARGET`: the rule's target (default: the wrapper file).
    pub target: Option<String>,
    /// `-MP`: a phony rule per dependency.
    pub phony: bool,
}
