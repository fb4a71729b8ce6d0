//! `-external-runtime [FILE]`: the runtime header for C code outside the
//! generated modules. For each language, tests/external/<lang>/ holds a
//! module (`shapes.i`, `shapes.h`), `helper.c` (a second extension module
//! written by hand on the header) and a script asserting that pointers
//! cross both ways and that a wrong type is refused. Each test generates
//! the module and the header with rswig, compiles both with
//! `gcc -Wall -Wextra -Werror` and runs the script. Also: the default file
//! names, `-o`/`-outdir` not applying (as in swig), and the errors.
//! A missing interpreter or header is a failure naming the package.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A language as these tests build and run it.
struct Lang {
    name: &'static str,
    header: &'static str,
    script: &'static str,
    interpreter: String,
    include_dirs: Vec<PathBuf>,
    /// The file names of the modules `shapes` and `helper`.
    shapes_ext: String,
    helper_ext: String,
}

fn python() -> Lang {
    let install = "apt-get install python3 python3-dev";
    let lines = query(
        "python3",
        &[
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include']); \
             print(sysconfig.get_config_var('EXT_SUFFIX'))",
        ],
        install,
    );
    let [include, suffix] = lines.as_slice() else {
        panic!("python3 sysconfig gave {lines:?}: {install}");
    };
    let include = PathBuf::from(include);
    require_header(&include, "Python.h", install);
    Lang {
        name: "python",
        header: "swigpyrun.h",
        script: "test.py",
        interpreter: "python3".into(),
        include_dirs: vec![include],
        shapes_ext: format!("_shapes{suffix}"),
        helper_ext: format!("helper{suffix}"),
    }
}

fn lua() -> Lang {
    let install = "apt-get install lua5.4 liblua5.4-dev";
    let include = PathBuf::from("/usr/include/lua5.4");
    require_header(&include, "lua.h", install);
    query("lua5.4", &["-v"], install);
    Lang {
        name: "lua",
        header: "swigluarun.h",
        script: "test.lua",
        interpreter: "lua5.4".into(),
        include_dirs: vec![include],
        shapes_ext: "shapes.so".into(),
        helper_ext: "helper.so".into(),
    }
}

fn ruby() -> Lang {
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
    );
    let [hdr, arch, dlext] = lines.as_slice() else {
        panic!("ruby RbConfig gave {lines:?}: {install}");
    };
    let hdr = PathBuf::from(hdr);
    require_header(&hdr, "ruby.h", install);
    Lang {
        name: "ruby",
        header: "swigrubyrun.h",
        script: "test.rb",
        interpreter: "ruby".into(),
        include_dirs: vec![hdr, PathBuf::from(arch)],
        shapes_ext: format!("shapes.{dlext}"),
        helper_ext: format!("helper.{dlext}"),
    }
}

/// Runs `program args`; its stdout lines.
fn query(program: &str, args: &[&str], install: &str) -> Vec<String> {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} not found ({e}): {install}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}\n{install}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn require_header(dir: &Path, header: &str, install: &str) {
    assert!(
        dir.join(header).is_file(),
        "{} has no {header}: {install}",
        dir.display()
    );
}

fn rswig(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run rswig")
}

fn log(title: &str, out: &Output) -> String {
    format!(
        "---- {title} ({}) ----\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn ok(title: &str, out: Output) {
    assert!(out.status.success(), "{}", log(title, &out));
}

/// A temp folder holding a copy of tests/external/<lang>/.
fn case_dir(lang: &str) -> tempfile::TempDir {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("rswig-external-{lang}-"))
        .tempdir()
        .expect("temp dir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/external")
        .join(lang);
    for entry in std::fs::read_dir(&src).expect("tests/external/<lang>") {
        let from = entry.expect("entry").path();
        let to = tmp.path().join(from.file_name().expect("file name"));
        std::fs::copy(&from, &to).expect("copy case file");
    }
    tmp
}

fn gcc(dir: &Path, lang: &Lang, source: &str, output: &str) {
    let mut cmd = Command::new("gcc");
    cmd.args(["-Wall", "-Wextra", "-Werror", "-fPIC", "-shared", "-I."])
        .args(
            lang.include_dirs
                .iter()
                .map(|d| format!("-I{}", d.display())),
        )
        .args([source, "-o", output])
        .current_dir(dir);
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run gcc ({e}): apt-get install gcc"));
    ok(&format!("gcc {source}"), out);
}

/// Builds `shapes` with rswig, the header with `-external-runtime`,
/// `helper` on the header, and runs the script.
fn objects_cross(lang: Lang) {
    let tmp = case_dir(lang.name);
    let dir = tmp.path();
    let flag = format!("-{}", lang.name);
    ok("rswig shapes.i", rswig(dir, &[&flag, "shapes.i"]));
    ok(
        "rswig -external-runtime",
        rswig(dir, &[&flag, "-external-runtime"]),
    );
    assert!(dir.join(lang.header).is_file(), "no {}", lang.header);
    gcc(dir, &lang, "shapes_wrap.c", &lang.shapes_ext);
    gcc(dir, &lang, "helper.c", &lang.helper_ext);
    let mut cmd = Command::new(&lang.interpreter);
    if lang.name == "ruby" {
        cmd.arg("-I.");
    }
    let out = cmd
        .arg(lang.script)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LUA_CPATH", "./?.so")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", lang.interpreter));
    ok(lang.script, out);
}

#[test]
fn python_objects_cross_between_a_module_and_external_code() {
    objects_cross(python());
}

#[test]
fn python_file_names_follow_swig() {
    file_names_follow_swig("python", "swigpyrun.h");
}

#[test]
fn lua_objects_cross_between_a_module_and_external_code() {
    objects_cross(lua());
}

#[test]
fn lua_file_names_follow_swig() {
    file_names_follow_swig("lua", "swigluarun.h");
}

#[test]
fn ruby_objects_cross_between_a_module_and_external_code() {
    objects_cross(ruby());
}

#[test]
fn ruby_file_names_follow_swig() {
    file_names_follow_swig("ruby", "swigrubyrun.h");
}

/// The header's default name, as swig's; an explicit FILE (relative to
/// the current folder) overrides it; `-o` and `-outdir` do not apply.
fn file_names_follow_swig(lang: &str, default: &str) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    let flag = format!("-{lang}");
    ok("default", rswig(dir, &[&flag, "-external-runtime"]));
    assert!(dir.join(default).is_file(), "{lang}: no {default}");
    std::fs::remove_file(dir.join(default)).expect("rm");
    ok(
        "-o and -outdir",
        rswig(
            dir,
            &[
                &flag,
                "-outdir",
                "sub",
                "-o",
                "sub/x_wrap.c",
                "-external-runtime",
            ],
        ),
    );
    assert!(
        dir.join(default).is_file(),
        "{lang}: -o/-outdir moved {default}"
    );
    assert!(!dir.join("sub").join(default).exists());
    ok(
        "FILE",
        rswig(
            dir,
            &[&flag, "-outdir", "sub", "-external-runtime", "sub/rt.h"],
        ),
    );
    let text = std::fs::read_to_string(dir.join("sub/rt.h")).expect("sub/rt.h");
    assert!(text.contains("SWIG_TypeQuery"), "{lang}: {text}");
}

#[test]
fn a_missing_language_is_an_error() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = rswig(tmp.path(), &["-external-runtime", "rt.h"]);
    assert_eq!(out.status.code(), Some(1), "{}", log("rswig", &out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: -external-runtime needs a target language: -python, -lua or -ruby"),
        "{err}"
    );
    assert!(!tmp.path().join("rt.h").exists());
}

#[test]
fn an_unknown_language_is_an_error() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = rswig(tmp.path(), &["-tcl", "-external-runtime"]);
    assert_eq!(out.status.code(), Some(1), "{}", log("rswig", &out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: unrecognized option -tcl"), "{err}");
    assert_eq!(std::fs::read_dir(tmp.path()).expect("ls").count(), 0);
}

#[test]
fn an_unwritable_file_is_an_error() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = rswig(
        tmp.path(),
        &["-python", "-external-runtime", "missing/dir/rt.h"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", log("rswig", &out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: cannot write missing/dir/rt.h"),
        "{err}"
    );
}
