//! Compile-and-run tests: one named test per case folder and language.
//!
//! A case is `tests/cases/<name>/` holding `<name>.i` (`%module <name>`),
//! any `.c`/`.h` files, and a script per language it tests (`test.py`,
//! `test.lua`, `test.rb`), and optionally `rswig.opts`: extra options for
//! rswig, whitespace-separated (e.g. `-DFOO -I.`). Each test copies the case into a temp folder,
//! runs the built `rswig`, compiles the wrapper with the case's C files
//! (`gcc -Wall -Wextra -Werror`), and runs the script there.
//! A missing interpreter, compiler or header fails the test with what to
//! install; nothing is skipped silently.
//!
//! `RSWIG_TEST_TOOL=swig cargo test --test runtime` runs the same cases
//! with another SWIG-compatible tool instead of rswig, to check that the
//! scripts assert SWIG's own behaviour (its wrappers are then compiled
//! without `-Werror`, as they are not warning-free).
//!
//! Hooks for other builds of the same cases (tools/sanitize.sh uses them):
//! `RSWIG_TEST_CC` names the C compiler (default `gcc`; e.g. `clang`),
//! `RSWIG_TEST_CFLAGS` adds flags to its command line (e.g.
//! `-fsanitize=address,undefined`), and `RSWIG_TEST_RUN_PREFIX` is a
//! command put before the interpreter (e.g. `valgrind -q --error-exitcode=99`
//! or `env LD_PRELOAD=...`); each is split at whitespace.

use libtest_mimic::{Arguments, Failed, Trial};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A target language as the tests drive it.
#[derive(Clone, Copy, Debug)]
enum Lang {
    Python,
    Lua,
    Ruby,
}

impl Lang {
    const ALL: [Lang; 3] = [Lang::Python, Lang::Lua, Lang::Ruby];

    fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Lua => "lua",
            Lang::Ruby => "ruby",
        }
    }

    fn script(self) -> &'static str {
        match self {
            Lang::Python => "test.py",
            Lang::Lua => "test.lua",
            Lang::Ruby => "test.rb",
        }
    }
}

fn main() {
    let args = Arguments::from_args();
    let trials = match discover_cases() {
        Ok(t) => t,
        Err(e) => vec![Trial::test("discover_cases", move || Err(e.clone().into()))],
    };
    libtest_mimic::run(&args, trials).exit();
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

/// One trial per (case folder, language script present).
fn discover_cases() -> Result<Vec<Trial>, String> {
    let dir = cases_dir();
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut cases: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    let mut trials = Vec::new();
    for case in cases {
        let name = file_name(&case);
        for lang in Lang::ALL {
            if case.join(lang.script()).is_file() {
                let case = case.clone();
                trials.push(Trial::test(format!("{name}::{}", lang.name()), move || {
                    run_case(&case, lang)
                }));
            }
        }
    }
    if trials.is_empty() {
        return Err(format!("no test cases found in {}", dir.display()));
    }
    Ok(trials)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Builds and runs one case for one language in a fresh temp folder.
fn run_case(case: &Path, lang: Lang) -> Result<(), Failed> {
    let name = file_name(case);
    let tmp = tempfile::Builder::new()
        .prefix(&format!("rswig-{name}-{}-", lang.name()))
        .tempdir()
        .map_err(|e| format!("cannot create a temp dir: {e}"))?;
    let work = tmp.path();
    let c_files = copy_case(case, work)?;

    let toolchain = Toolchain::for_lang(lang)?;
    let mut log = String::new();
    // Modules the case's own module `%import`s, built first (`rswig.modules`).
    for module in extra_modules(case)? {
        build_module(case, work, lang, &toolchain, &module, &[], &mut log)?;
    }
    build_module(case, work, lang, &toolchain, &name, &c_files, &mut log)?;

    let ran = toolchain
        .run_script(lang, work)
        .map_err(|e| format!("{e}\n{log}"))?;
    section(&mut log, lang.script(), &ran);
    if !ran.status.success() {
        return Err(format!("{} failed ({})\n{log}", lang.script(), ran.status).into());
    }
    Ok(())
}

/// Generates `module`'s wrapper with rswig (or `RSWIG_TEST_TOOL`) and
/// compiles it, with `c_files`, into the language's extension.
fn build_module(
    case: &Path,
    work: &Path,
    lang: Lang,
    toolchain: &Toolchain,
    module: &str,
    c_files: &[String],
    log: &mut String,
) -> Result<(), Failed> {
    let tool = std::env::var("RSWIG_TEST_TOOL").ok();
    let rswig = Command::new(tool.as_deref().unwrap_or(env!("CARGO_BIN_EXE_rswig")))
        .arg(format!("-{}", lang.name()))
        .args(extra_options(case)?)
        .arg(format!("{module}.i"))
        .current_dir(work)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tool.as_deref().unwrap_or("rswig")))?;
    section(log, "rswig", &rswig);
    if !rswig.status.success() {
        return Err(format!("rswig failed ({})\n{log}", rswig.status).into());
    }
    let wrapper = format!("{module}_wrap.c");
    if !work.join(&wrapper).is_file() {
        return Err(format!("rswig did not write {wrapper}\n{log}").into());
    }
    let cc = std::env::var("RSWIG_TEST_CC").unwrap_or_else(|_| "gcc".into());
    let mut gcc = Command::new(&cc);
    gcc.args(["-Wall", "-Wextra", "-fPIC", "-shared", "-I."]);
    gcc.args(env_words("RSWIG_TEST_CFLAGS"));
    if tool.is_none() {
        gcc.arg("-Werror");
    }
    gcc.args(
        toolchain
            .include_dirs
            .iter()
            .map(|d| format!("-I{}", d.display())),
    )
    .arg(&wrapper)
    .args(c_files)
    .arg("-o")
    .arg(toolchain.extension_name(module))
    .current_dir(work);
    let compiled = gcc.output().map_err(|e| {
        format!("cannot run {cc} ({e}): install a C compiler, e.g. apt-get install {cc}")
    })?;
    section(log, &cc, &compiled);
    if !compiled.status.success() {
        return Err(format!("compiling {wrapper} failed ({})\n{log}", compiled.status).into());
    }
    Ok(())
}

/// The case's other modules, in build order (`rswig.modules`: names of
/// `.i` files in the case folder).
fn extra_modules(case: &Path) -> Result<Vec<String>, String> {
    let path = case.join("rswig.modules");
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text.split_whitespace().map(str::to_string).collect())
}

/// Copies the case's files into `work`; returns the C files to compile.
fn copy_case(case: &Path, work: &Path) -> Result<Vec<String>, String> {
    let name = file_name(case);
    let entries = std::fs::read_dir(case).map_err(|e| format!("{}: {e}", case.display()))?;
    let mut c_files = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let from = entry.path();
        if !from.is_file() {
            continue;
        }
        let file = file_name(&from);
        std::fs::copy(&from, work.join(&file)).map_err(|e| format!("copy {file}: {e}"))?;
        if file.ends_with(".c") && file != format!("{name}_wrap.c") {
            c_files.push(file);
        }
    }
    c_files.sort();
    if !work.join(format!("{name}.i")).is_file() {
        return Err(format!("case {name} has no {name}.i"));
    }
    Ok(c_files)
}

/// The whitespace-separated words of an environment variable (none if
/// it is not set).
fn env_words(name: &str) -> Vec<String> {
    std::env::var(name)
        .map(|v| v.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The words of the case's optional `rswig.opts` file.
fn extra_options(case: &Path) -> Result<Vec<String>, String> {
    let path = case.join("rswig.opts");
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text.split_whitespace().map(str::to_string).collect())
}

fn section(log: &mut String, title: &str, out: &Output) {
    let _ = writeln!(log, "---- {title} ({}) ----", out.status);
    for text in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(text);
        if !text.trim().is_empty() {
            let _ = writeln!(log, "{}", text.trim_end());
        }
    }
}

/// How to build and load an extension for one language on this machine.
struct Toolchain {
    include_dirs: Vec<PathBuf>,
    ext_suffix: String,
    interpreter: String,
    ext_prefix: &'static str,
}

impl Toolchain {
    fn for_lang(lang: Lang) -> Result<Toolchain, String> {
        match lang {
            Lang::Python => python_toolchain(),
            Lang::Lua => lua_toolchain(),
            Lang::Ruby => ruby_toolchain(),
        }
    }

    fn extension_name(&self, module: &str) -> String {
        format!("{}{module}{}", self.ext_prefix, self.ext_suffix)
    }

    fn run_script(&self, lang: Lang, work: &Path) -> Result<Output, String> {
        let prefix = env_words("RSWIG_TEST_RUN_PREFIX");
        let mut cmd = match prefix.split_first() {
            Some((program, args)) => {
                let mut c = Command::new(program);
                c.args(args).arg(&self.interpreter);
                c
            }
            None => Command::new(&self.interpreter),
        };
        if let Lang::Ruby = lang {
            cmd.arg("-I.");
        }
        cmd.arg(lang.script())
            .current_dir(work)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("LUA_CPATH", "./?.so")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.interpreter))
    }
}

/// Runs `program args` and returns its stdout lines, or why it failed.
fn query(program: &str, args: &[&str], install: &str) -> Result<Vec<String>, String> {
    let out = Command::new(program)
        .args(args)
        .output()
        .map_err(|e| format!("{program} not found ({e}): {install}"))?;
    if !out.status.success() {
        return Err(format!(
            "{program} {args:?} failed: {}\n{install}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect())
}

fn require_header(dir: &Path, header: &str, what: &str, install: &str) -> Result<(), String> {
    if dir.join(header).is_file() {
        Ok(())
    } else {
        Err(format!(
            "{what} headers not found ({} has no {header}): {install}",
            dir.display()
        ))
    }
}

fn python_toolchain() -> Result<Toolchain, String> {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string());
    let install = "apt-get install python3 python3-dev";
    let lines = query(
        &python,
        &[
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include']); \
             print(sysconfig.get_config_var('EXT_SUFFIX'))",
        ],
        install,
    )?;
    let [include, suffix] = lines.as_slice() else {
        return Err(format!(
            "unexpected answer from {python} sysconfig: {lines:?}"
        ));
    };
    let include = PathBuf::from(include);
    require_header(&include, "Python.h", "python3", install)?;
    Ok(Toolchain {
        include_dirs: vec![include],
        ext_suffix: suffix.clone(),
        interpreter: python,
        ext_prefix: "_",
    })
}

fn lua_toolchain() -> Result<Toolchain, String> {
    let install = "apt-get install lua5.4 liblua5.4-dev";
    let include = PathBuf::from("/usr/include/lua5.4");
    require_header(&include, "lua.h", "lua5.4", install)?;
    query("lua5.4", &["-v"], install)?;
    Ok(Toolchain {
        include_dirs: vec![include],
        ext_suffix: ".so".to_string(),
        interpreter: "lua5.4".to_string(),
        ext_prefix: "",
    })
}

fn ruby_toolchain() -> Result<Toolchain, String> {
    let install = "apt-get install ruby ruby-dev";
    let lines = query(
        "ruby",
        &[
            "-rrbconfig",
            "-e",
            "puts RbConfig::CONFIG['rubyhdrdir'], RbConfig::CONFIG['rubyarchhdrdir'], \
             RbConfig::CONFIG['DLEXT']",
        ],
        install,
    )?;
    let [hdr, arch, dlext] = lines.as_slice() else {
        return Err(format!("unexpected answer from ruby RbConfig: {lines:?}"));
    };
    let hdr = PathBuf::from(hdr);
    require_header(&hdr, "ruby.h", "ruby", install)?;
    Ok(Toolchain {
        include_dirs: vec![hdr, PathBuf::from(arch)],
        ext_suffix: format!(".{dlext}"),
        interpreter: "ruby".to_string(),
        ext_prefix: "",
    })
}
