//! The driver: runs the stages in order for one invocation and writes the
//! outputs only when the whole run succeeded (temp file, then rename).

use crate::backends::{self, OutputFile, OutputPaths};
use crate::diag::Diagnostics;
use crate::library::Library;
use crate::options::{DepsOptions, Options};
use crate::preprocess::{self, PreprocessOptions};
use crate::source::{FileId, FileKind, SourceMap};
use crate::{parse, sema};
use std::io::Write as _;
use std::path::{Path, PathBuf};

mod ast_json;
mod deps;
mod external;
mod stream;

pub use external::external_runtime;

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
    run_with(opts, None, true, &mut write_outputs, FreeIr::Yes)
}

/// `run` for a process that exits right after (the command line): the IR
/// of a successful run is not freed piece by piece (a few percent of a big
/// run's time); the process's exit returns its memory at once.
pub fn run_then_exit(opts: &Options) -> RunOutcome {
    run_with(opts, None, true, &mut write_outputs, FreeIr::No)
}

/// Whether the IR is freed when the outputs are written.
#[derive(Clone, Copy, PartialEq)]
enum FreeIr {
    Yes,
    No,
}

/// Runs rswig on `text` as if it were the contents of `opts.input`,
/// writing nothing: the files a run would write are returned instead
/// (for fuzzing and tests). Includes are still looked up on disk.
pub fn run_in_memory(opts: &Options, text: &[u8]) -> (RunOutcome, Vec<OutputFile>) {
    let mut kept = Vec::new();
    let out = run_with(
        opts,
        Some(text),
        false,
        &mut |files, _| kept.extend(files.iter().cloned()),
        FreeIr::Yes,
    );
    (out, kept)
}

/// What receives the files of a successful stage (the disk, or memory).
type Sink<'a> = dyn FnMut(&[OutputFile], &mut RunOutcome) + 'a;

/// `to_disk`: `write_outputs` is the disk's (so a backend may write its
/// wrapper straight into the temp file that becomes it).
fn run_with(
    opts: &Options,
    input: Option<&[u8]>,
    to_disk: bool,
    write_outputs: &mut Sink,
    free_ir: FreeIr,
) -> RunOutcome {
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
    let max_size = preprocess::Limits::default().max_file_size;
    let bytes = match input {
        Some(bytes) => Ok(bytes.to_vec()),
        None => read_bounded(&opts.input, max_size),
    };
    let text = match bytes {
        Ok(bytes) if bytes.len() > max_size => {
            // Checked before decoding, which may make the text longer.
            out.diags.error_nospan(format!(
                "input file '{}' is too large (more than {max_size} bytes)",
                opts.input.display()
            ));
            return out;
        }
        Ok(bytes) => crate::raw_text::decode(bytes),
        Err(e) => {
            out.diags.error_nospan(read_error(&opts.input, &e));
            return out;
        }
    };
    let backend = backends::backend_for(lang);
    if backend.is_none() && !opts.preprocess_only {
        out.diags.error_nospan(format!(
            "target language -{} is not supported yet",
            lang.name()
        ));
        return out;
    }

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
    if let Some(b) = &backend {
        defines.extend(b.predefines(opts));
    }
    if let Some(version) = opts.std.as_deref().and_then(stdc_version) {
        defines.push(("__STDC_VERSION__".into(), Some(version.into())));
    }
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
    if let Some(d) = opts.deps.as_ref().filter(|d| d.only) {
        if !out.diags.has_errors() {
            let paths = output_paths(opts, opts.module.as_deref().unwrap_or_default());
            let rule = dependency_rule(d, &paths.wrapper, &out.sources, &pp.files);
            match &d.file {
                Some(file) => write_outputs(
                    &[OutputFile {
                        path: file.clone(),
                        contents: rule,
                    }],
                    &mut out,
                ),
                None => out.stdout = rule,
            }
        }
        return out;
    }
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

    let iface = parse::parse_preprocessed(&pp, &mut out.diags);
    // Past parsing only the list of files read is needed (for `-M`): the
    // preprocessed text is freed before the bigger stages.
    let pp_files = pp.files;
    drop((pp.text, pp.origins, pp.inline_blocks, pp.imports));
    if out.diags.has_errors() {
        return out;
    }
    if let Some(path) = &opts.dump_ast {
        let file = OutputFile {
            path: path.clone(),
            contents: ast_json::ast_document(&out.sources, &iface),
        };
        write_outputs(&[file], &mut out);
        if out.diags.has_errors() {
            return out;
        }
    }
    // Emission needs only the IR: sema consumes the AST.
    let module = sema::analyze(iface, &out.sources, opts, &mut out.diags);
    if out.diags.has_errors() {
        return out;
    }
    let paths = output_paths(opts, &module.name);
    let streamed = if to_disk && backend.streams_wrapper() {
        stream::emit_wrapper(backend.as_ref(), &module, opts, &paths, &mut out.diags)
    } else {
        None
    };
    let (mut files, staged) = match streamed {
        Some(s) => (s.files, Some(s.wrapper)),
        None => (backend.emit(&module, opts, &paths, &mut out.diags), None),
    };
    if out.diags.has_errors() {
        return out;
    }
    let staged = match staged {
        Some(Err(e)) => {
            out.diags
                .error_nospan(format!("cannot write {}: {e}", paths.wrapper.display()));
            return out;
        }
        Some(Ok(t)) => vec![(t, paths.wrapper.clone())],
        None => Vec::new(),
    };
    if let Some(d) = &opts.deps {
        files.push(OutputFile {
            path: d
                .file
                .clone()
                .unwrap_or_else(|| deps::default_deps_file(&paths.wrapper)),
            contents: dependency_rule(d, &paths.wrapper, &out.sources, &pp_files),
        });
    }
    if staged.is_empty() {
        write_outputs(&files, &mut out);
    } else {
        write_outputs_after(staged, &files, &mut out);
    }
    if free_ir == FreeIr::No {
        // `run_then_exit`: the process ends next, which frees the IR at
        // once (dropping it walks every node).
        std::mem::forget(module);
    }
    out
}

/// The make rule for `-M` and friends.
fn dependency_rule(
    d: &DepsOptions,
    wrapper: &Path,
    sources: &SourceMap,
    files: &[FileId],
) -> String {
    // Embedded library files are listed where `-swiglib` puts them (only
    // for -M/-MD, and only if that folder can be written).
    let lib_dir = std::cell::OnceCell::new();
    let embedded = |name: &str| {
        let dir = lib_dir.get_or_init(|| crate::library::embedded_dir().ok());
        dir.as_deref()
            .and_then(|d| crate::library::materialized_path(d, name))
    };
    let paths = deps::dependency_paths(sources, files, d.system, &embedded);
    deps::render_rule(&deps::rule_target(d, wrapper), &paths, d.phony)
}

/// Reads a file, but no more than `max` bytes of it (a device or a fifo
/// named as the input must not make rswig read forever): a longer file
/// is read only far enough to see that it is too long, which the
/// preprocessor then reports.
fn read_bounded(path: &Path, max: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The message for an input file that cannot be read, without the OS
/// error number.
fn read_error(path: &Path, e: &std::io::Error) -> String {
    let what = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ if path.is_dir() => "it is a folder".to_string(),
        _ => e.to_string(),
    };
    format!("cannot read input file '{}': {what}", path.display())
}

/// The value of `__STDC_VERSION__` for `-std=cNN` / `-std=gnuNN`, as
/// swig sets it (C89/C90 define none; unknown standards define none).
fn stdc_version(std: &str) -> Option<&'static str> {
    let year = std.strip_prefix("gnu").or_else(|| std.strip_prefix('c'))?;
    match year {
        "99" | "9x" => Some("199901L"),
        "11" | "1x" => Some("201112L"),
        "17" | "18" => Some("201710L"),
        "23" | "2x" => Some("202311L"),
        _ => None,
    }
}

/// `-o`, `-outdir` and `-outcurrentdir` as swig resolves them: the wrapper
/// goes beside the input unless `-o` says otherwise; the language module
/// goes to `-outdir`, else the wrapper's folder. `-outcurrentdir` puts
/// the default wrapper (no `-o`) in the current folder instead of beside
/// the input.
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
    // swig: `-outcurrentdir` only moves the default wrapper; the module
    // always follows the wrapper (so `-o sub/x_wrap.c` puts `x.py` in sub/).
    let outdir = match &opts.outdir {
        Some(d) => d.clone(),
        None => wrapper.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    OutputPaths { wrapper, outdir }
}

/// Temp files for outputs are created as swig's `fopen` would create the
/// file (0666 less the umask), not tempfile's private 0600.
fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".rswig-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    b
}

/// The folder a temp file for `path` goes in (the output's own).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The bytes of an output file's text (raw-byte stand-ins written back
/// as bytes, in C as octal escapes inside literals).
fn encoded<'t>(path: &Path, text: &'t str) -> std::borrow::Cow<'t, [u8]> {
    let is_c = path
        .extension()
        .is_some_and(|e| matches!(e.to_str(), Some("c" | "h" | "cxx" | "cpp")));
    if is_c {
        crate::raw_text::encode_c(text)
    } else {
        crate::raw_text::encode(text)
    }
}

/// Writes every file through a temp file in its folder and a rename, so
/// a failure never leaves a half-written or clobbered output.
fn write_outputs(files: &[OutputFile], out: &mut RunOutcome) {
    write_outputs_after(Vec::new(), files, out);
}

/// `write_outputs`, after files already written into their temp files
/// (`staged`: a streamed wrapper, with its path), which are persisted
/// with the others, first.
fn write_outputs_after(
    mut staged: Vec<(tempfile::NamedTempFile, PathBuf)>,
    files: &[OutputFile],
    out: &mut RunOutcome,
) {
    for f in files {
        let dir = folder_of(&f.path);
        let result = temp_builder().tempfile_in(&dir).and_then(|mut t| {
            let bytes = encoded(&f.path, &f.contents);
            t.write_all(&bytes)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(input: &str, o: Option<&str>, outdir: Option<&str>, cur: bool) -> (String, String) {
        let opts = Options {
            input: input.into(),
            output: o.map(PathBuf::from),
            outdir: outdir.map(PathBuf::from),
            outcurrentdir: cur,
            ..Options::default()
        };
        let p = output_paths(&opts, "mod");
        (
            p.wrapper.display().to_string(),
            p.outdir.display().to_string(),
        )
    }

    #[test]
    fn output_places_follow_swig() {
        assert_eq!(
            paths("example.i", None, None, false),
            ("example_wrap.c".into(), "".into())
        );
        assert_eq!(
            paths("src/example.i", None, None, false),
            ("src/example_wrap.c".into(), "src".into())
        );
        assert_eq!(
            paths("src/example.i", Some("sub/x_wrap.c"), None, false),
            ("sub/x_wrap.c".into(), "sub".into())
        );
        assert_eq!(
            paths("src/example.i", None, Some("py"), false),
            ("src/example_wrap.c".into(), "py".into())
        );
        assert_eq!(
            paths("src/example.i", None, None, true),
            ("example_wrap.c".into(), "".into())
        );
        // With -o, -outcurrentdir changes nothing: the module follows -o.
        assert_eq!(
            paths("src/example.i", Some("o1/y_wrap.c"), None, true),
            ("o1/y_wrap.c".into(), "o1".into())
        );
    }

    #[test]
    fn failed_write_reports_and_keeps_old_files() {
        let dir = match tempfile::tempdir() {
            Ok(d) => d,
            Err(e) => panic!("tempdir: {e}"),
        };
        let good = dir.path().join("x_wrap.c");
        let bad = dir.path().join("missing").join("x.py");
        let mut out = RunOutcome {
            sources: SourceMap::new(),
            diags: Diagnostics::new(),
            stdout: String::new(),
            written: Vec::new(),
        };
        let files = [
            OutputFile {
                path: good.clone(),
                contents: "new".into(),
            },
            OutputFile {
                path: bad,
                contents: "new".into(),
            },
        ];
        write_outputs(&files, &mut out);
        assert!(out.diags.has_errors());
        assert!(!good.exists(), "nothing is written when any output fails");
        assert!(out.written.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn outputs_are_not_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = match tempfile::tempdir() {
            Ok(d) => d,
            Err(e) => panic!("tempdir: {e}"),
        };
        let path = dir.path().join("x_wrap.c");
        let mut out = RunOutcome {
            sources: SourceMap::new(),
            diags: Diagnostics::new(),
            stdout: String::new(),
            written: Vec::new(),
        };
        write_outputs(
            &[OutputFile {
                path: path.clone(),
                contents: "int x;\n".into(),
            }],
            &mut out,
        );
        assert!(!out.diags.has_errors());
        let mode_of = |p: &Path| {
            std::fs::metadata(p)
                .map(|m| m.permissions().mode() & 0o777)
                .unwrap_or(0)
        };
        let reference = dir.path().join("plain");
        let _ = std::fs::File::create(&reference);
        assert_eq!(
            mode_of(&path),
            mode_of(&reference),
            "outputs get fopen's mode"
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            "int x;\n"
        );
    }
}
