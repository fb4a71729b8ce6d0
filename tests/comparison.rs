//! examples/comparison: every approach builds (hand-written C, ctypes, cffi
//! ABI and API, Cython, SWIG, rswig; Lua and Ruby rows) and `bench.py
//! --quick` prints the table and writes the chart. No timing is asserted.
//! A missing tool is a failure naming what to install, never a skip.

use std::path::Path;
use std::process::{Command, Output};

const RSWIG: &str = env!("CARGO_BIN_EXE_rswig");

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

fn run(cmd: &mut Command, install: &str) -> Output {
    match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run {cmd:?} ({e}): {install}"),
    }
}

/// Fails, naming the package, when a tool the comparison needs is missing.
fn require(cmd: &mut Command, install: &str) {
    let out = run(cmd, install);
    assert!(
        out.status.success(),
        "{cmd:?} failed: {install}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Copies `src` into `dest` recursively, leaving out build products.
fn copy_tree(src: &Path, dest: &Path) {
    let Ok(entries) = std::fs::read_dir(src) else {
        panic!("cannot list {}", src.display());
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name();
        if name == "build" || name == "__pycache__" {
            continue;
        }
        let to = dest.join(&name);
        if e.path().is_dir() {
            if let Err(err) = std::fs::create_dir_all(&to) {
                panic!("mkdir {}: {err}", to.display());
            }
            copy_tree(&e.path(), &to);
        } else if let Err(err) = std::fs::copy(e.path(), &to) {
            panic!("copy {}: {err}", e.path().display());
        }
    }
}

#[test]
fn comparison_builds_and_prints_its_table() {
    let py = python();
    require(
        Command::new(&py).args(["-c", "import cffi"]),
        "pip install cffi",
    );
    require(
        Command::new("cython").arg("--version"),
        "pip install cython",
    );
    require(Command::new("swig").arg("-version"), "apt-get install swig");
    require(Command::new("lua5.4").arg("-v"), "apt-get install lua5.4");
    require(
        Command::new("ruby").arg("-v"),
        "apt-get install ruby ruby-dev",
    );
    require(
        Command::new("make").arg("--version"),
        "apt-get install make",
    );

    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    };
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/comparison");
    copy_tree(&src, dir.path());
    let chart = dir.path().join("chart-test.svg");

    let out = run(
        Command::new(&py)
            .current_dir(dir.path())
            .arg("bench.py")
            .arg("--quick")
            .arg("--rswig")
            .arg(RSWIG)
            .arg("--chart")
            .arg(&chart)
            .env("PYTHON", &py),
        "apt-get install python3",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "bench.py --quick failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    for heading in ["### Python", "### Lua 5.4", "### Ruby"] {
        assert!(stdout.contains(heading), "no {heading} table:\n{stdout}");
    }
    // Every approach has a row with a figure for every call, none missing.
    for label in [
        "hand-written C (METH_FASTCALL)",
        "| ctypes |",
        "cffi, ABI mode",
        "cffi, API mode",
        "| Cython |",
        "| SWIG 4.1 |",
        "SWIG 4.1 -builtin",
        "| rswig |",
    ] {
        assert!(stdout.contains(label), "no row {label}:\n{stdout}");
    }
    let rows: Vec<&str> = stdout.lines().filter(|l| l.starts_with("| ")).collect();
    assert!(rows.len() >= 17, "too few rows:\n{stdout}");
    for row in &rows {
        assert!(!row.contains("n/a"), "a row without figures: {row}");
        assert!(!row.contains("failed"), "a failed build: {row}");
    }
    // The rswig rows: the user writes only clib.i, rswig generates the rest.
    let rswig_rows: Vec<&&str> = rows.iter().filter(|r| r.starts_with("| rswig |")).collect();
    assert_eq!(rswig_rows.len(), 3, "one rswig row per language:\n{stdout}");

    let svg = match std::fs::read_to_string(&chart) {
        Ok(s) => s,
        Err(e) => panic!("no chart at {}: {e}", chart.display()),
    };
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains(">rswig<") && svg.contains(">myadd(3, 4)<"));
}
