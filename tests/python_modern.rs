//! Modern CPython behaviour of rswig's Python modules, where a build needs
//! flags of its own (the case scripts themselves run in tests/runtime.rs):
//! every Python case built with `-DPy_LIMITED_API` (3.8 and 3.10) passes
//! its test.py; `-threads` releases the GIL and `-nothreads` keeps it;
//! `-nogil` puts the `Py_mod_gil` slot in the module definition.
//! A missing python3 or Python.h is a failure naming the package.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What the tests need of the Python installation.
struct Python {
    include: PathBuf,
    ext_suffix: String,
}

fn python() -> Python {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include']); \
             print(sysconfig.get_config_var('EXT_SUFFIX'))",
        ])
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run python3 ({e}): apt-get install python3 python3-dev")
        });
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    let (Some(include), Some(suffix)) = (lines.next(), lines.next()) else {
        panic!("python3 sysconfig gave {text:?}: apt-get install python3 python3-dev");
    };
    let include = PathBuf::from(include);
    assert!(
        include.join("Python.h").is_file(),
        "no Python.h in {}: apt-get install python3-dev",
        include.display()
    );
    Python {
        include,
        ext_suffix: suffix.to_string(),
    }
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

/// The case folders with a test.py.
fn python_cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(cases_dir())
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("test.py").is_file())
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

fn log(title: &str, out: &Output) -> String {
    format!(
        "--- {title} ({})\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Copies case `name` to a temp folder, runs rswig with `options` (the
/// case's rswig.opts are not read) and compiles the wrapper with `cflags`;
/// the modules named in its `rswig.modules` are built first.
fn build(
    py: &Python,
    name: &str,
    options: &[&str],
    cflags: &[&str],
) -> Result<tempfile::TempDir, String> {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("rswig-modern-{name}-"))
        .tempdir()
        .map_err(|e| e.to_string())?;
    let work = tmp.path();
    let mut c_files = Vec::new();
    for e in std::fs::read_dir(cases_dir().join(name)).map_err(|e| e.to_string())? {
        let p = e.map_err(|e| e.to_string())?.path();
        let file = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        std::fs::copy(&p, work.join(&file)).map_err(|e| e.to_string())?;
        if file.ends_with(".c") {
            c_files.push(file);
        }
    }
    // Modules the case's module `%import`s come first (`rswig.modules`).
    let extra =
        std::fs::read_to_string(cases_dir().join(name).join("rswig.modules")).unwrap_or_default();
    for module in extra.split_whitespace() {
        build_module(py, work, module, options, cflags, &[])?;
    }
    build_module(py, work, name, options, cflags, &c_files)?;
    Ok(tmp)
}

/// Generates and compiles one module of a case in `work`.
fn build_module(
    py: &Python,
    work: &Path,
    name: &str,
    options: &[&str],
    cflags: &[&str],
    c_files: &[String],
) -> Result<(), String> {
    let rswig = Command::new(env!("CARGO_BIN_EXE_rswig"))
        .arg("-python")
        .args(options)
        .arg(format!("{name}.i"))
        .current_dir(work)
        .output()
        .map_err(|e| e.to_string())?;
    if !rswig.status.success() {
        return Err(log("rswig", &rswig));
    }
    let gcc = Command::new("gcc")
        .args(["-Wall", "-Wextra", "-Werror", "-fPIC", "-shared", "-I."])
        .arg(format!("-I{}", py.include.display()))
        .args(cflags)
        .arg(format!("{name}_wrap.c"))
        .args(c_files)
        .arg("-o")
        .arg(format!("_{name}{}", py.ext_suffix))
        .current_dir(work)
        .output()
        .map_err(|e| format!("cannot run gcc ({e}): apt-get install gcc"))?;
    if !gcc.status.success() {
        return Err(log("gcc", &gcc));
    }
    Ok(())
}

/// Runs `args` with python3 in `dir`.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new("python3")
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .expect("python3 runs")
}

fn case_options(name: &str) -> Vec<String> {
    std::fs::read_to_string(cases_dir().join(name).join("rswig.opts"))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Every Python case, built against the limited API of `version`, passes
/// its test.py.
fn limited_api(version: &str) {
    let py = python();
    let define = format!("-DPy_LIMITED_API={version}");
    let mut failures = Vec::new();
    let cases = python_cases();
    assert!(
        cases.len() >= 10,
        "expected the Python cases, found {cases:?}"
    );
    for name in &cases {
        let opts = case_options(name);
        let opts: Vec<&str> = opts.iter().map(String::as_str).collect();
        match build(&py, name, &opts, &[&define]) {
            Err(e) => failures.push(format!("{name}: build failed\n{e}")),
            Ok(dir) => {
                let out = run(dir.path(), &["test.py"], &[]);
                if !out.status.success() {
                    failures.push(format!("{name}: test.py failed\n{}", log("test.py", &out)));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn limited_api_38_cases_pass() {
    limited_api("0x03080000");
}

#[test]
fn limited_api_310_cases_pass() {
    limited_api("0x030A0000");
}

#[test]
fn limited_api_build_uses_varargs_adapters() {
    // Below 3.10 the limited API has no METH_FASTCALL: the module's
    // functions are METH_VARARGS adapters, still with their signatures.
    let py = python();
    let dir = build(&py, "py_modern", &[], &["-DPy_LIMITED_API=0x03080000"]).unwrap();
    let out = run(
        dir.path(),
        &[
            "-c",
            "import inspect, py_modern\n\
             assert str(inspect.signature(py_modern.add)) == '(a, b)'\n\
             assert py_modern.add(b=2, a=1) == 3\n\
             p = py_modern.Point(); p.x = 5\n\
             assert py_modern.point_sum(p) == 5\n",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", log("python", &out));
}

#[test]
fn threads_release_the_gil_and_nothreads_keeps_it() {
    let py = python();
    let dir = build(&py, "py_threads", &["-threads"], &[]).unwrap();
    let out = run(dir.path(), &["test.py"], &[("EXPECT_RELEASE", "1")]);
    assert!(out.status.success(), "{}", log("-threads", &out));
    let dir = build(&py, "py_threads", &["-threads", "-nothreads"], &[]).unwrap();
    let out = run(dir.path(), &["test.py"], &[("EXPECT_RELEASE", "0")]);
    assert!(out.status.success(), "{}", log("-nothreads", &out));
    let dir = build(&py, "py_threads", &[], &[]).unwrap();
    let out = run(dir.path(), &["test.py"], &[("EXPECT_RELEASE", "0")]);
    assert!(out.status.success(), "{}", log("no -threads", &out));
}

#[test]
fn nogil_declares_the_py_mod_gil_slot() {
    let py = python();
    // This CPython may predate Py_mod_gil (3.13): with its value defined
    // for the build, a -nogil module's definition carries the slot, which
    // an older interpreter rejects by number; without -nogil it has none.
    let fake = ["-DPy_mod_gil=4", "-DPy_MOD_GIL_NOT_USED=((void *)1)"];
    let check = "import sys\n\
                 try:\n    import _py_modern\nexcept SystemError as e:\n    print(e)\n\
                 else:\n    print('imported', sys.version_info >= (3, 13))\n";
    let dir = build(&py, "py_modern", &["-nogil"], &fake).unwrap();
    let wrapper = std::fs::read_to_string(dir.path().join("py_modern_wrap.c")).unwrap();
    assert!(
        wrapper.contains("#ifdef Py_mod_gil")
            && wrapper.contains("{Py_mod_gil, Py_MOD_GIL_NOT_USED}"),
        "no Py_mod_gil slot in the wrapper"
    );
    let out = run(dir.path(), &["-c", check], &[]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("unknown slot ID 4") || said.contains("imported True"),
        "{}",
        log("-nogil", &out)
    );
    let dir = build(&py, "py_modern", &[], &fake).unwrap();
    let out = run(dir.path(), &["-c", check], &[]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("imported"),
        "{}",
        log("without -nogil", &out)
    );
    // And a real build (no fake values) imports and works.
    let dir = build(&py, "py_modern", &["-nogil"], &[]).unwrap();
    let out = run(dir.path(), &["test.py"], &[]);
    assert!(out.status.success(), "{}", log("-nogil test.py", &out));
}

#[test]
fn classic_example_wrapper_is_lean() {
    // examples/simple (SWIG's classic example): the wrapper holds only the
    // runtime the module uses; swig 4.1 writes 3,817 lines for it.
    let tmp = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/simple/example.i");
    std::fs::copy(&example, tmp.path().join("example.i")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(["-python", "example.i"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", log("rswig", &out));
    let wrapper = std::fs::read_to_string(tmp.path().join("example_wrap.c")).unwrap();
    let lines = wrapper.lines().count();
    assert!(lines <= 600, "example_wrap.c has {lines} lines");
    for absent in [
        "SwigPyObject",
        "swig_type_info",
        "SWIG_Python_UTF8",
        "SwigPyProxy",
    ] {
        assert!(
            !wrapper.contains(absent),
            "{absent} is in a module that does not use it"
        );
    }
}

/// `-interface NAME` (which CMake's UseSWIG passes) names the C extension:
/// `PyInit_NAME`, and the shim imports `NAME` instead of `_<module>`.
#[test]
fn interface_names_the_extension_module() {
    let py = python();
    let tmp = tempfile::tempdir().expect("temp dir");
    let work = tmp.path();
    for f in ["simple.i", "simple.c", "test.py"] {
        std::fs::copy(cases_dir().join("simple").join(f), work.join(f)).expect("copy");
    }
    let rswig = Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(["-python", "-interface", "native_simple", "simple.i"])
        .current_dir(work)
        .output()
        .expect("rswig runs");
    assert!(rswig.status.success(), "{}", log("rswig", &rswig));
    let shim = std::fs::read_to_string(work.join("simple.py")).expect("simple.py");
    assert!(shim.contains("import native_simple"), "{shim}");
    let gcc = Command::new("gcc")
        .args(["-Wall", "-Wextra", "-Werror", "-fPIC", "-shared", "-I."])
        .arg(format!("-I{}", py.include.display()))
        .args(["simple_wrap.c", "simple.c", "-o"])
        .arg(format!("native_simple{}", py.ext_suffix))
        .current_dir(work)
        .output()
        .expect("gcc runs");
    assert!(gcc.status.success(), "{}", log("gcc", &gcc));
    let out = run(work, &["test.py"], &[]);
    assert!(out.status.success(), "{}", log("test.py", &out));
}
