//! Stage 6, the Ruby backend: prints the IR as `<module>_wrap.c`, an
//! extension whose `Init_<module>` defines the capitalised module with its
//! functions, global-variable accessors, constants and struct classes,
//! written against the Ruby C API. The typemaps it relies on are in
//! `lib/ruby.swg`; the runtime C is in `runtime/*.h`.

mod emit_c;
mod emit_function;
mod emit_init;
mod external;
mod names;

use super::common::runtime::{parse_pieces, Piece};
use super::{Backend, Conventions, ExternalRuntime, OutputFile, OutputPaths};
use crate::diag::Diagnostics;
use crate::ir;
use crate::options::{Lang, Options};

/// The runtime files, split into pieces by `@piece` markers.
const RUNTIME: &[&str] = &[
    include_str!("runtime/core.h"),
    include_str!("runtime/types.h"),
    include_str!("runtime/primitives.h"),
    include_str!("runtime/external.h"),
    include_str!("../common/runtime/typekey.h"),
];

pub(crate) fn runtime_pieces() -> Vec<Piece> {
    parse_pieces(RUNTIME)
}

pub struct RubyBackend;

/// Ruby's reserved words: methods so named could not be called plainly, so
/// the backend renames them `C_<name>` (silently, as SWIG does).
pub(crate) const RUBY_KEYWORDS: &[&str] = &[
    "BEGIN", "END", "alias", "and", "begin", "break", "case", "class", "def", "defined", "do",
    "else", "elsif", "end", "ensure", "false", "for", "if", "in", "module", "next", "nil", "not",
    "or", "redo", "rescue", "retry", "return", "self", "super", "then", "true", "undef", "unless",
    "until", "when", "while", "yield",
];

/// Every wrapper copies its inputs into `swig_obj` (self first for a
/// member); an input not given is `Qundef`.
fn input_name(i: usize) -> String {
    format!("swig_obj[{i}]")
}

fn input_given(i: usize) -> String {
    format!("swig_obj[{i}] != Qundef")
}

impl Backend for RubyBackend {
    fn lang(&self) -> Lang {
        Lang::Ruby
    }

    fn conventions(&self) -> Conventions {
        Conventions {
            input: input_name,
            input_given,
            result: "vresult",
            var_input: "_val",
            var_result: "vresult",
            null: "Qnil",
            owner_new: "SWIG_POINTER_OWN",
            owner_borrowed: "0",
            owner_constructor: "SWIG_POINTER_NEW",
            // Renamed by the backend (`names::ruby_name`), without warning.
            keywords: &[],
            code_sections: &["ruby"],
        }
    }

    fn preludes(&self) -> Vec<String> {
        vec!["ruby.swg".to_string()]
    }

    /// `-autorename` (the last of `-autorename`/`-noautorename` wins)
    /// turns on the naming rules of `ruby.swg`, as in SWIG.
    fn predefines(&self, opts: &Options) -> Vec<(String, Option<String>)> {
        if names::autorename(opts) {
            vec![("SWIG_RUBY_AUTORENAME".to_string(), None)]
        } else {
            Vec::new()
        }
    }

    fn emit(
        &self,
        module: &ir::Module,
        opts: &Options,
        paths: &OutputPaths,
        diags: &mut Diagnostics,
    ) -> Vec<OutputFile> {
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = emit_c::wrapper_file(module, opts, diags, &mut bytes);
        vec![OutputFile {
            path: paths.wrapper.clone(),
            contents: String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }]
    }

    fn external_runtime(&self) -> Option<ExternalRuntime> {
        Some(ExternalRuntime {
            default_file: external::DEFAULT_FILE,
            contents: external::runtime_header(),
        })
    }

    fn streams_wrapper(&self) -> bool {
        true
    }

    fn emit_wrapper_to(
        &self,
        module: &ir::Module,
        opts: &Options,
        _paths: &OutputPaths,
        diags: &mut Diagnostics,
        wrapper: &mut dyn std::io::Write,
    ) -> std::io::Result<Vec<OutputFile>> {
        emit_c::wrapper_file(module, opts, diags, wrapper)?;
        Ok(Vec::new())
    }
}
