//! The examples build and run: each `examples/<name>/` is copied to a temp
//! folder and its Makefile run with the rswig binary under test, the same
//! way `make -C examples/<name>` does for a newcomer.

use std::path::Path;
use std::process::Command;

fn run_example(name: &str) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let tmp = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    };
    let Ok(entries) = std::fs::read_dir(&src) else {
        panic!("cannot list {}", src.display());
    };
    for e in entries.filter_map(Result::ok) {
        if e.path().is_file() {
            if let Err(err) = std::fs::copy(e.path(), tmp.path().join(e.file_name())) {
                panic!("copy {}: {err}", e.path().display());
            }
        }
    }
    let out = Command::new("make")
        .arg(format!("RSWIG={}", env!("CARGO_BIN_EXE_rswig")))
        .current_dir(tmp.path())
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run make ({e}): apt-get install make"),
    };
    assert!(
        out.status.success(),
        "make in examples/{name} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn simple() {
    run_example("simple");
}
