//! Stage 6, the Python backend: prints the IR as `<module>_wrap.c` (the
//! `_<module>` extension, METH_FASTCALL wrappers over a small runtime) and
//! `<module>.py` (the module users import). The typemaps it relies on are
//! in `lib/python.swg`; the runtime C is in `runtime/*.h`.

mod emit_c;
mod emit_function;
mod emit_init;
mod emit_py;
mod emit_pyi;
mod external;

use super::common::runtime::{parse_pieces, Piece};
use super::{Backend, Conventions, ExternalRuntime, OutputFile, OutputPaths};
use crate::diag::Diagnostics;
use crate::ir;
use crate::options::{Lang, Options};

/// The runtime files, split into pieces by `@piece` markers.
const RUNTIME: &[&str] = &[
    include_str!("runtime/core.h"),
    include_str!("runtime/types.h"),
    include_str!("runtime/varlink.h"),
    include_str!("runtime/primitives.h"),
    include_str!("runtime/external.h"),
    include_str!("../common/runtime/typekey.h"),
];

pub(crate) fn runtime_pieces() -> Vec<Piece> {
    parse_pieces(RUNTIME)
}

pub struct PythonBackend;

/// Python's reserved words (and `print`/`exec`, as SWIG treats them).
pub(super) const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "print", "exec",
];

fn input_name(i: usize) -> String {
    format!("swig_obj[{i}]")
}

impl Backend for PythonBackend {
    fn lang(&self) -> Lang {
        Lang::Python
    }

    fn conventions(&self) -> Conventions {
        Conventions {
            input: input_name,
            input_given: input_name,
            result: "resultobj",
            var_input: "_val",
            var_result: "pyobj",
            null: "NULL",
            owner_new: "SWIG_POINTER_OWN",
            owner_borrowed: "0",
            owner_constructor: "SWIG_POINTER_NEW",
            keywords: PYTHON_KEYWORDS,
            code_sections: &["python", "pythonbegin"],
        }
    }

    fn preludes(&self) -> Vec<String> {
        vec!["python.swg".to_string()]
    }

    fn predefines(&self, opts: &Options) -> Vec<(String, Option<String>)> {
        if opts.lang_flags.iter().any(|f| f == "typehints") {
            vec![("SWIGPYTHON_TYPEHINTS".to_string(), None)]
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
        let c = emit_c::wrapper_file(module, opts, diags);
        let py = emit_py::shim_file(module, &extension_name(module, opts));
        let mut files = stub_output(module, opts, paths);
        files.splice(
            0..0,
            [
                OutputFile {
                    path: paths.wrapper.clone(),
                    contents: c,
                },
                OutputFile {
                    path: paths.outdir.join(format!("{}.py", module.name)),
                    contents: py,
                },
            ],
        );
        files
    }

    fn external_runtime(&self) -> Option<ExternalRuntime> {
        Some(ExternalRuntime {
            default_file: external::DEFAULT_FILE,
            contents: external::runtime_header(),
        })
    }
}

/// The C extension module's name: `_<module>`, or `-interface NAME` (which
/// CMake's UseSWIG passes).
pub(crate) fn extension_name(module: &ir::Module, opts: &Options) -> String {
    opts.lang_flags
        .iter()
        .rev()
        .find_map(|f| f.strip_prefix("interface="))
        .map(str::to_string)
        .unwrap_or_else(|| format!("_{}", module.name))
}

/// `<module>.pyi` beside `<module>.py` with `-pyi`, or where `-pyifile`
/// says.
fn stub_output(module: &ir::Module, opts: &Options, paths: &OutputPaths) -> Vec<OutputFile> {
    let file = opts
        .lang_flags
        .iter()
        .find_map(|f| f.strip_prefix("pyifile="));
    let path = match file {
        Some(f) => std::path::PathBuf::from(f),
        None if opts.lang_flags.iter().any(|f| f == "pyi") => {
            paths.outdir.join(format!("{}.pyi", module.name))
        }
        None => return Vec::new(),
    };
    vec![OutputFile {
        path,
        contents: emit_pyi::stub_file(module),
    }]
}
