//! Driver helper: `-external-runtime [FILE]`, which writes a language's
//! runtime header for C code outside the generated modules instead of
//! processing an interface. As in swig, FILE (default `swigpyrun.h`,
//! `swigluarun.h`, `swigrubyrun.h`) is relative to the current folder;
//! `-o` and `-outdir` do not apply.

use super::{write_outputs, RunOutcome};
use crate::backends::{self, OutputFile};
use crate::diag::Diagnostics;
use crate::options::Lang;
use crate::source::SourceMap;
use std::path::Path;

/// Writes the header for `lang` to `file` (or the language's default
/// name); errors are in the outcome's diagnostics.
pub fn external_runtime(lang: Lang, file: Option<&Path>) -> RunOutcome {
    let mut out = RunOutcome {
        sources: SourceMap::new(),
        diags: Diagnostics::new(),
        stdout: String::new(),
        written: Vec::new(),
    };
    let header = backends::backend_for(lang).and_then(|b| b.external_runtime());
    let Some(header) = header else {
        out.diags.error_nospan(format!(
            "-external-runtime is not supported yet for -{}",
            lang.name()
        ));
        return out;
    };
    let path = file.map_or_else(|| header.default_file.into(), Path::to_path_buf);
    let files = [OutputFile {
        path,
        contents: header.contents,
    }];
    write_outputs(&files, &mut out);
    out
}
