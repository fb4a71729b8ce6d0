//! rswig is pip-installable: `pip wheel .` at the top of the repository
//! (maturin, `bindings = "bin"`) gives a wheel holding the `rswig`
//! executable. One release build, so this is the slowest test; it builds
//! in the repository's own `target/` and so reuses earlier builds.

use std::path::Path;
use std::process::Command;

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

#[test]
fn pip_wheel_contains_the_rswig_executable() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    };
    let install = "pip install maturin (and python3-pip)";
    let maturin = Command::new(python())
        .args(["-c", "import maturin"])
        .status();
    assert!(
        matches!(maturin, Ok(s) if s.success()),
        "maturin is not importable by {}: {install}",
        python()
    );
    // Without build isolation: the maturin installed here, no download.
    let out = Command::new(python())
        .args([
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
        ])
        .arg("-w")
        .arg(tmp.path())
        .arg(repo)
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => panic!("cannot run pip ({e}): {install}"),
    };
    assert!(
        out.status.success(),
        "pip wheel failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let wheels: Vec<_> = std::fs::read_dir(tmp.path())
        .map(|r| {
            r.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "whl"))
                .collect()
        })
        .unwrap_or_default();
    let [wheel] = wheels.as_slice() else {
        panic!("expected one wheel, found {wheels:?}");
    };
    // A wheel is a zip: list it with Python's zipfile.
    let list = Command::new(python())
        .args([
            "-c",
            "import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, (i.external_attr >> 16) & 0o111)",
        ])
        .arg(wheel)
        .output();
    let names = match list {
        Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
        Err(e) => panic!("cannot list the wheel: {e}"),
    };
    let exe = names.lines().find(|l| {
        l.split(' ')
            .next()
            .is_some_and(|n| n.ends_with(".data/scripts/rswig"))
    });
    let Some(exe) = exe else {
        panic!("no rswig executable in {}:\n{names}", wheel.display());
    };
    assert!(
        !exe.ends_with(" 0"),
        "rswig is not executable in the wheel: {exe}"
    );
}
