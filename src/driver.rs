//! The driver: runs the stages in order for one invocation and writes the
//! outputs only when the whole run succeeded (temp file, then rename).

use crate::backends::{self, OutputFile, OutputPaths};
use crate::diag::Diagnostics;
use crate::library::Library;
use crate::options::Options;
use crate::preprocess::{self, PreprocessOptions};
use crate::source::{FileKind, SourceMap};
use crate::{parse, sema};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// What a run produced: its diagnostics (with the source map to render
/// them), and any text to print (`-E`).
pub struct RunOutcome {
    pub sources: SourceMap,
    pub diags: Diagnostics,
    pub stdout: String,
    pub written: Vec<PathBuf>,
}

impl RunOutcome {
    pub fn failed(&self) -> bool {
        self.diags.has_errors()
    }
}

/// Runs rswig once. Never panics on user input; never exits the process.
pub fn run(opts: &Options) -> RunOutcome {
    let mut out = RunOutcome {
        sources: SourceMap::new(),
        diags: Diagnostics::new(),
        stdout: String::new(),
        written: Vec::new(),
    };
    out.diags.policy.as_errors = opts.warn_error;
    out.diags.policy.all = opts.warn_all;
    out.diags.policy.suppressed = opts.warn_suppress.clone();
    out.diags.policy.enabled = opts.warn_enable.clone();

    let Some(lang) = opts.lang else {
        out.diags
            .error_nospan("no target language given (use -python, -lua or -ruby)");
        return out;
    };
    if opts.cplusplus {
        out.diags
            .error_nospan("C++ is not supported yet (-c++): rswig wraps C interfaces for now");
        return out;
    }
    let backend = backends::backend_for(lang);
    if backend.is_none() && !opts.preprocess_only {
        out.diags.error_nospan(format!(
            "target language -{} is not supported yet",
            lang.name()
        ));
        return out;
    }

    let text = match std::fs::read(&opts.input) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        },
        Err(e) => {
            out.diags
                .error_nospan(format!("cannot read {}: {e}", opts.input.display()));
            return out;
        }
    };
    let main = out.sources.add(
        opts.input.display().to_string(),
        Some(opts.input.clone()),
        text,
        FileKind::User,
    );

    let mut defines: Vec<(String, Option<String>)> = vec![
        ("SWIG".into(), None),
        (lang.predefined_macro().into(), None),
    ];
    defines.extend(opts.defines.iter().cloned());
    let pp_opts = PreprocessOptions {
        defines,
        undefines: opts.undefines.clone(),
        include_dirs: opts.include_dirs.clone(),
        include_all: opts.include_all,
        import_all: opts.import_all,
        preludes: backend.as_ref().map(|b| b.preludes()).unwrap_or_default(),
        library: Library::new(lang),
    };
    let pp = preprocess::preprocess(&mut out.sources, main, &pp_opts, &mut out.diags);
    if opts.preprocess_only {
        out.stdout = pp.text;
        return out;
    }
    if out.diags.has_errors() {
        return out;
    }
    let Some(backend) = backend else {
        return out;
    };

    let iface = parse::parse_interface(&pp.text, &pp.origins, &mut out.diags);
    if out.diags.has_errors() {
        return out;
    }
    let module = sema::analyze(&iface, &out.sources, opts, &mut out.diags);
    if out.diags.has_errors() {
        return out;
    }
    let paths = output_paths(opts, &module.name);
    let files = backend.emit(&module, opts, &paths, &mut out.diags);
    if out.diags.has_errors() {
        return out;
    }
    write_outputs(&files, &mut out);
    out
}

/// `-o`, `-outdir` and `-outcurrentdir` as swig resolves them: the wrapper
/// goes beside the input unless `-o` says otherwise; the language module
/// goes to `-outdir`, else the current folder with `-outcurrentdir`, else
/// the wrapper's folder.
pub fn output_paths(opts: &Options, module: &str) -> OutputPaths {
    let wrapper = match &opts.output {
        Some(o) => o.clone(),
        None => {
            let stem = opts
                .input
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| module.to_string());
            let dir = if opts.outcurrentdir {
                PathBuf::new()
            } else {
                opts.input
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default()
            };
            dir.join(format!("{stem}_wrap.c"))
        }
    };
    let outdir = match &opts.outdir {
        Some(d) => d.clone(),
        None if opts.outcurrentdir => PathBuf::new(),
        None => wrapper.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    OutputPaths { wrapper, outdir }
}

/// Writes every file through a temp file in its folder and a rename, so
/// a failure never leaves a half-written or clobbered output.
fn write_outputs(files: &[OutputFile], out: &mut RunOutcome) {
    let mut staged = Vec::new();
    for f in files {
        let dir = match f.path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let result = tempfile::NamedTempFile::new_in(&dir).and_then(|mut t| {
            t.write_all(f.contents.as_bytes())?;
            t.flush()?;
            Ok(t)
        });
        match result {
            Ok(t) => staged.push((t, f.path.clone())),
            Err(e) => {
                out.diags
                    .error_nospan(format!("cannot write {}: {e}", f.path.display()));
                return;
            }
        }
    }
    for (t, path) in staged {
        match t.persist(&path) {
            Ok(_) => out.written.push(path),
            Err(e) => {
                out.diags
                    .error_nospan(format!("cannot write {}: {}", path.display(), e.error))
            }
        }
    }
}
