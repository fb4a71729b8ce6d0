//! Stage 6, the Lua backend: prints the IR as `<module>_wrap.c`, a
//! `luaopen_<module>` module for Lua 5.1-5.4 written against the Lua C API
//! (functions, global variables as module fields, constants, struct
//! proxies as userdata with metatables). The typemaps it relies on are in
//! `lib/lua.swg`; the runtime C is in `runtime/*.h`.

mod emit_c;
mod emit_function;
mod emit_init;
mod external;
mod metamethods;

use super::common::runtime::{parse_pieces, Piece};
use super::{Backend, Conventions, ExternalRuntime, OutputFile, OutputPaths};
use crate::diag::Diagnostics;
use crate::ir;
use crate::options::{Lang, Options};

/// The runtime files, split into pieces by `@piece` markers.
const RUNTIME: &[&str] = &[
    include_str!("runtime/core.h"),
    include_str!("runtime/types.h"),
    include_str!("runtime/module.h"),
    include_str!("runtime/primitives.h"),
    include_str!("runtime/external.h"),
    include_str!("../common/runtime/typekey.h"),
];

pub(crate) fn runtime_pieces() -> Vec<Piece> {
    parse_pieces(RUNTIME)
}

pub struct LuaBackend;

/// Lua's reserved words: declarations so named get a `c_` prefix, as SWIG
/// does (`c_end`).
const LUA_KEYWORDS: &[&str] = &[
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
    "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
];

/// Argument N of a wrapper is at stack index N + 1.
fn input_index(i: usize) -> String {
    format!("{}", i + 1)
}

fn input_given(i: usize) -> String {
    format!("(lua_gettop(L) >= {})", i + 1)
}

impl Backend for LuaBackend {
    fn lang(&self) -> Lang {
        Lang::Lua
    }

    fn conventions(&self) -> Conventions {
        Conventions {
            input: input_index,
            input_given,
            result: "SWIG_arg",
            var_input: "1",
            var_result: "SWIG_arg",
            null: "0",
            owner_new: "1",
            owner_borrowed: "0",
            owner_constructor: "1",
            keywords: LUA_KEYWORDS,
            code_sections: &["luacode"],
        }
    }

    fn keyword_prefix(&self) -> &'static str {
        "c_"
    }

    fn preludes(&self) -> Vec<String> {
        vec!["lua.swg".to_string()]
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
