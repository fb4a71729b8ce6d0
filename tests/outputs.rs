//! Where a successful run writes its files, as swig places them:
//! `example.i` -> `example_wrap.c` beside the input, `example.py` in the
//! wrapper's folder, unless `-o`, `-outdir` or `-outcurrentdir` say
//! otherwise. Nothing else is left behind (no temp files).

use std::path::Path;
use std::process::Command;

const IFACE: &str = "%module example\nint twice(int x);\n";

/// Runs rswig in a temp folder holding `src/example.i`; returns the folder
/// and the sorted list of files in it afterwards.
fn run(args: &[&str], cwd_sub: &str) -> (tempfile::TempDir, Vec<String>) {
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("temp dir: {e}"),
    };
    for sub in ["src", "sub", "py"] {
        if let Err(e) = std::fs::create_dir(dir.path().join(sub)) {
            panic!("mkdir {sub}: {e}");
        }
    }
    if let Err(e) = std::fs::write(dir.path().join("src/example.i"), IFACE) {
        panic!("write example.i: {e}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(args)
        .current_dir(dir.path().join(cwd_sub))
        .env_remove("SWIG_FEATURES")
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run rswig: {e}"),
    };
    assert!(
        out.status.success(),
        "rswig {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = list_files(dir.path(), dir.path());
    (dir, files)
}

fn list_files(root: &Path, dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            files.extend(list_files(root, &p));
        } else if let Ok(rel) = p.strip_prefix(root) {
            files.push(rel.display().to_string());
        }
    }
    files.sort();
    files
}

#[test]
fn default_places_beside_the_input() {
    let (_d, files) = run(&["-python", "src/example.i"], "");
    assert_eq!(
        files,
        ["src/example.i", "src/example.py", "src/example_wrap.c"]
    );
}

#[test]
fn dash_o_moves_wrapper_and_module() {
    let (_d, files) = run(&["-python", "-o", "sub/x_wrap.c", "src/example.i"], "");
    assert_eq!(files, ["src/example.i", "sub/example.py", "sub/x_wrap.c"]);
}

#[test]
fn outdir_moves_only_the_module() {
    let (_d, files) = run(&["-python", "-outdir", "py", "src/example.i"], "");
    assert_eq!(
        files,
        ["py/example.py", "src/example.i", "src/example_wrap.c"]
    );
}

#[test]
fn outcurrentdir_uses_the_current_folder() {
    let (_d, files) = run(&["-python", "-outcurrentdir", "../src/example.i"], "sub");
    assert_eq!(
        files,
        ["src/example.i", "sub/example.py", "sub/example_wrap.c"]
    );
}

#[test]
fn module_option_names_the_module_file() {
    let (_d, files) = run(&["-python", "-module", "other", "src/example.i"], "");
    assert_eq!(
        files,
        ["src/example.i", "src/example_wrap.c", "src/other.py"]
    );
}

#[test]
fn rerun_replaces_earlier_outputs() {
    let (d, _) = run(&["-python", "src/example.i"], "");
    let wrapper = d.path().join("src/example_wrap.c");
    if let Err(e) = std::fs::write(&wrapper, "old") {
        panic!("write: {e}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(["-python", "src/example.i"])
        .current_dir(d.path())
        .output();
    assert!(out.is_ok_and(|o| o.status.success()));
    let text = std::fs::read_to_string(&wrapper).unwrap_or_default();
    assert!(text.contains("twice"), "the wrapper was not regenerated");
}

#[test]
fn dependency_file_beside_the_wrapper() {
    let (d, files) = run(&["-python", "-MMD", "src/example.i"], "");
    assert_eq!(
        files,
        [
            "src/example.i",
            "src/example.py",
            "src/example_wrap.c",
            "src/example_wrap.d"
        ]
    );
    let text = std::fs::read_to_string(d.path().join("src/example_wrap.d")).unwrap_or_default();
    assert_eq!(text, "src/example_wrap.c: \\\n  src/example.i \n");
}

#[test]
fn dependencies_only_write_nothing_else() {
    let (_d, files) = run(&["-python", "-MM", "-MF", "deps.d", "src/example.i"], "");
    assert_eq!(files, ["deps.d", "src/example.i"]);
}
