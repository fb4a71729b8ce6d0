//! Build-system integration: rswig used where swig is, by the real tools
//! (make, setuptools, pip, CMake's UseSWIG). A tool that is missing is a
//! failure naming the package to install, never a skip.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const RSWIG: &str = env!("CARGO_BIN_EXE_rswig");

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

fn temp_dir() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    }
}

/// Copies `examples/<name>/`'s files into `dest`.
fn copy_example(name: &str, dest: &Path) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let Ok(entries) = std::fs::read_dir(&src) else {
        panic!("cannot list {}", src.display());
    };
    for e in entries.filter_map(Result::ok) {
        if e.path().is_file() {
            if let Err(err) = std::fs::copy(e.path(), dest.join(e.file_name())) {
                panic!("copy {}: {err}", e.path().display());
            }
        }
    }
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}

/// Runs a command; a missing program fails with what to install.
fn run(cmd: &mut Command, install: &str) -> Output {
    match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run {cmd:?} ({e}): {install}"),
    }
}

/// Runs a command that must succeed.
fn run_ok(cmd: &mut Command, install: &str) -> String {
    let out = run(cmd, install);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn rswig() -> Command {
    Command::new(RSWIG)
}

/// A PATH with rswig's folder first, so `swig = rswig` finds it.
fn path_with_rswig() -> std::ffi::OsString {
    let dir = Path::new(RSWIG)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut dirs = vec![dir];
    if let Some(p) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

/// Python must import the built module and pass the example's checks.
fn run_runme(dir: &Path, pythonpath: &Path) {
    let out = run_ok(
        Command::new(python())
            .arg(dir.join("runme.py"))
            .env("PYTHONPATH", pythonpath)
            .current_dir(pythonpath),
        "apt-get install python3",
    );
    assert!(out.contains("ok"), "runme.py printed:\n{out}");
}

// ---- make ------------------------------------------------------------------

#[test]
fn mm_lists_included_files_and_not_the_library() {
    let tmp = temp_dir();
    copy_example("setuptools", tmp.path());
    write(
        &tmp.path().join("example.i"),
        "%module example\n%include \"decls.i\"\n%import \"more.i\"\n%include <typemaps.i>\n",
    );
    write(&tmp.path().join("more.i"), "extern int other(int);\n");
    let out = run_ok(
        rswig()
            .args(["-python", "-MM", "example.i"])
            .current_dir(tmp.path()),
        "",
    );
    assert_eq!(
        out,
        "example_wrap.c: \\\n  example.i \\\n  decls.i \\\n  more.i \n"
    );
    // -MM writes nothing else.
    assert!(!tmp.path().join("example_wrap.c").exists());

    // -M lists the embedded library files where -swiglib writes them.
    let cache = temp_dir();
    let m = run_ok(
        rswig()
            .args(["-python", "-M", "example.i"])
            .env("XDG_CACHE_HOME", cache.path())
            .env_remove("SWIG_LIB")
            .current_dir(tmp.path()),
        "",
    );
    let lib = run_ok(
        rswig()
            .arg("-swiglib")
            .env("XDG_CACHE_HOME", cache.path())
            .env_remove("SWIG_LIB"),
        "",
    );
    let swg = Path::new(lib.trim()).join("python").join("python.swg");
    assert!(m.contains(&swg.display().to_string()), "{m}");
    assert!(swg.is_file());
    assert!(m.contains("decls.i") && m.contains("typemaps.i"), "{m}");

    // With the library in SWIG_LIB, -M lists its files there, -MM not.
    let lib = run_ok(rswig().arg("-swiglib"), "");
    let lib = lib.trim();
    let m = run_ok(
        rswig()
            .args(["-python", "-M", "example.i"])
            .env("SWIG_LIB", lib)
            .current_dir(tmp.path()),
        "",
    );
    assert!(m.contains("decls.i") && m.contains("python.swg"), "{m}");
    assert!(m.contains("typemaps.i"), "{m}");
    let mm = run_ok(
        rswig()
            .args(["-python", "-MM", "example.i"])
            .env("SWIG_LIB", lib)
            .current_dir(tmp.path()),
        "",
    );
    assert!(!mm.contains(lib), "{mm}");
}

/// A Makefile that includes rswig's `-MMD -MP` output regenerates the
/// wrapper when any interface file changes, and only then.
#[test]
fn make_regenerates_only_when_an_interface_changes() {
    let tmp = temp_dir();
    copy_example("setuptools", tmp.path());
    write(
        &tmp.path().join("Makefile"),
        &format!(
            "example_wrap.c: example.i\n\t{RSWIG} -python -MMD -MP example.i\n\n-include example_wrap.d\n"
        ),
    );
    let make = |what: &str| -> String {
        let out = run_ok(
            Command::new("make").current_dir(tmp.path()),
            "apt-get install make",
        );
        assert!(
            out.contains("rswig") == (what == "runs"),
            "make output:\n{out}"
        );
        out
    };
    make("runs");
    let deps = std::fs::read_to_string(tmp.path().join("example_wrap.d")).unwrap_or_default();
    assert!(
        deps.contains("decls.i") && deps.contains("\ndecls.i:"),
        "{deps}"
    );
    make("nothing");
    // Make compares times with a second's resolution on some filesystems.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let decls = tmp.path().join("decls.i");
    let text = std::fs::read_to_string(&decls).unwrap_or_default();
    write(&decls, &format!("{text}extern int fact(int n);\n"));
    make("runs");
    make("nothing");
}

// ---- swig's command line ---------------------------------------------------

#[test]
fn swiglib_is_a_reused_folder_with_the_library() {
    let tmp = temp_dir();
    let first = run_ok(
        rswig()
            .arg("-swiglib")
            .env("XDG_CACHE_HOME", tmp.path())
            .env_remove("SWIG_LIB"),
        "",
    );
    let dir = PathBuf::from(first.trim());
    assert!(dir.starts_with(tmp.path().join("rswig")), "{first}");
    for f in [
        "swig.swg",
        "python/python.swg",
        "python/typemaps.i",
        "carrays.i",
    ] {
        assert!(dir.join(f).is_file(), "{} lacks {f}", dir.display());
    }
    let second = run_ok(
        rswig()
            .arg("-swiglib")
            .env("XDG_CACHE_HOME", tmp.path())
            .env_remove("SWIG_LIB"),
        "",
    );
    assert_eq!(first, second);
    // Only the finished folder is left (no staging folders).
    let entries = std::fs::read_dir(tmp.path().join("rswig"))
        .map(|r| r.count())
        .unwrap_or(0);
    assert_eq!(entries, 1);
    let over = run_ok(rswig().arg("-swiglib").env("SWIG_LIB", "/some/lib"), "");
    assert_eq!(over, "/some/lib\n");
}

#[test]
fn swig_lib_folder_overrides_the_embedded_library() {
    let tmp = temp_dir();
    let lib = tmp.path().join("lib");
    if let Err(e) = std::fs::create_dir_all(lib.join("python")) {
        panic!("{e}");
    }
    write(
        &lib.join("python").join("extra.i"),
        "%{\nint from_lib(void) { return 7; }\n%}\nint from_lib(void);\n",
    );
    write(&tmp.path().join("m.i"), "%module m\n%include <extra.i>\n");
    let out = run(
        rswig()
            .args(["-python", "m.i"])
            .current_dir(tmp.path())
            .env_remove("SWIG_LIB"),
        "",
    );
    assert!(
        !out.status.success(),
        "extra.i is not in the embedded library"
    );
    run_ok(
        rswig()
            .args(["-python", "m.i"])
            .env("SWIG_LIB", &lib)
            .current_dir(tmp.path()),
        "",
    );
    let wrap = std::fs::read_to_string(tmp.path().join("m_wrap.c")).unwrap_or_default();
    assert!(wrap.contains("from_lib"));
}

#[test]
fn arguments_from_a_file() {
    let tmp = temp_dir();
    copy_example("setuptools", tmp.path());
    if let Err(e) = std::fs::create_dir_all(tmp.path().join("out dir")) {
        panic!("{e}");
    }
    write(
        &tmp.path().join("args.txt"),
        "-python\n-o \"out dir/w_wrap.c\" @more.txt\n",
    );
    write(&tmp.path().join("more.txt"), "-outdir 'out dir'\n");
    run_ok(
        rswig()
            .args(["@args.txt", "example.i"])
            .current_dir(tmp.path()),
        "",
    );
    assert!(tmp.path().join("out dir/w_wrap.c").is_file());
    assert!(tmp.path().join("out dir/example.py").is_file());
    let bad = run(rswig().args(["@missing.txt", "example.i"]), "");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("missing.txt"));
}

// ---- setuptools ------------------------------------------------------------

#[test]
fn setuptools_build_ext_with_swig_option() {
    let tmp = temp_dir();
    copy_example("setuptools", tmp.path());
    run_ok(
        Command::new(python())
            .args(["setup.py", "build_ext", "--inplace"])
            .arg(format!("--swig={RSWIG}"))
            .current_dir(tmp.path()),
        "pip install setuptools (or apt-get install python3-setuptools)",
    );
    // setuptools expects the wrapper and the module beside the .i.
    assert!(tmp.path().join("example_wrap.c").is_file());
    assert!(tmp.path().join("example.py").is_file());
    run_runme(tmp.path(), tmp.path());
}

/// `swig = rswig` in setup.cfg, and `pip install .` of a pyproject-based
/// package (setuptools backend) that has a `.i` source.
#[test]
fn pip_install_of_a_package_with_an_interface() {
    let tmp = temp_dir();
    let src = tmp.path().join("src");
    let target = tmp.path().join("site");
    if let Err(e) = std::fs::create_dir_all(&src) {
        panic!("{e}");
    }
    copy_example("pyproject", &src);
    let cfg = std::fs::read_to_string(src.join("setup.cfg")).unwrap_or_default();
    assert!(cfg.contains("swig = rswig"), "{cfg}");
    run_ok(
        Command::new(python())
            .args([
                "-m",
                "pip",
                "install",
                "--no-build-isolation",
                "--no-deps",
                "-q",
            ])
            .arg("--target")
            .arg(&target)
            .arg(&src)
            .env("PATH", path_with_rswig())
            .env("PIP_DISABLE_PIP_VERSION_CHECK", "1"),
        "pip install setuptools",
    );
    assert!(target.join("example.py").is_file());
    run_runme(&src, &target);
}

// ---- CMake -----------------------------------------------------------------

#[test]
fn cmake_use_swig_builds_the_module() {
    let tmp = temp_dir();
    let src = tmp.path().join("src");
    let build = tmp.path().join("build");
    if let Err(e) = std::fs::create_dir_all(&src) {
        panic!("{e}");
    }
    copy_example("cmake", &src);
    let install = "apt-get install cmake";
    let configure = run_ok(
        Command::new("cmake")
            .arg("-S")
            .arg(&src)
            .arg("-B")
            .arg(&build)
            .arg(format!("-DSWIG_EXECUTABLE={RSWIG}"))
            .arg(format!("-DPython3_EXECUTABLE={}", python_executable())),
        install,
    );
    assert!(configure.contains("Found SWIG"), "{configure}");
    assert!(configure.contains("4.1.0"), "{configure}");
    let log = run_ok(
        Command::new("cmake").arg("--build").arg(&build).arg("-v"),
        install,
    );
    // UseSWIG's options all reached rswig, which took them.
    for opt in [
        "-outdir",
        "-module example",
        "-interface _example",
        "-I",
        "-MD",
        "-o ",
    ] {
        assert!(log.contains(opt), "no {opt} in the build:\n{log}");
    }
    run_runme(&src, &build);
    // The dependency file UseSWIG asked for (-MF ... -MD) lists decls.i.
    let deps = std::fs::read_to_string(build.join("CMakeFiles/example.dir/example.i.d"))
        .unwrap_or_default();
    assert!(deps.contains("decls.i"), "{deps}");
}

/// The interpreter's real path, so CMake builds for the same Python.
fn python_executable() -> String {
    let out = run_ok(
        Command::new(python()).args(["-c", "import sys; print(sys.executable)"]),
        "apt-get install python3",
    );
    out.trim().to_string()
}

#[test]
fn dump_ast_writes_the_parse_tree_as_json() {
    let tmp = temp_dir();
    copy_example("setuptools", tmp.path());
    run_ok(
        rswig()
            .args(["-python", "-dump-ast", "ast.json", "example.i"])
            .current_dir(tmp.path()),
        "",
    );
    // Python's json module checks it is JSON and finds the declarations.
    let check = "import json, sys\n\
        d = json.load(open('ast.json'))\n\
        t = d['interface']\n\
        s = json.dumps(t)\n\
        assert t['node'] == 'Interface', t.get('node')\n\
        names = [f['name'] for f in d['files']]\n\
        assert 'example.i' in names and 'decls.i' in names, names\n\
        for name in ['fact', 'my_mod', 'get_time', 'My_variable']:\n\
        \x20   assert '\"' + name + '\"' in s, name\n\
        print('ok')\n";
    let out = run_ok(
        Command::new(python())
            .args(["-c", check])
            .current_dir(tmp.path()),
        "apt-get install python3",
    );
    assert_eq!(out, "ok\n");
}

// ---- LuaRocks and Ruby's mkmf ---------------------------------------------

/// `luarocks make` of a rockspec with the builtin build type over the
/// wrapper rswig wrote (the example's Makefile drives both).
#[test]
fn luarocks_builtin_build_of_the_wrapper() {
    let install = "apt-get install make luarocks lua5.4 liblua5.4-dev";
    run_ok(Command::new("luarocks").arg("--version"), install);
    run_ok(Command::new("lua5.4").arg("-v"), install);
    let tmp = temp_dir();
    copy_example("luarocks", tmp.path());
    let out = run_ok(
        Command::new("make")
            .arg(format!("RSWIG={RSWIG}"))
            .arg("check")
            .current_dir(tmp.path()),
        install,
    );
    assert!(out.contains("lua ok"), "{out}");
    assert!(tmp.path().join("tree").is_dir());
}

/// `ruby extconf.rb && make` (mkmf), with rswig run by extconf.rb.
#[test]
fn ruby_extconf_builds_the_extension() {
    let tmp = temp_dir();
    copy_example("extconf", tmp.path());
    let install = "apt-get install ruby ruby-dev make";
    run_ok(
        Command::new("ruby")
            .arg("extconf.rb")
            .arg(format!("--with-rswig={RSWIG}"))
            .current_dir(tmp.path()),
        install,
    );
    assert!(tmp.path().join("example_wrap.c").is_file());
    run_ok(Command::new("make").current_dir(tmp.path()), install);
    let out = run_ok(
        Command::new("ruby")
            .args(["-I.", "runme.rb"])
            .current_dir(tmp.path()),
        install,
    );
    assert!(out.contains("ruby ok"), "{out}");
}
