//! Type stubs (`-pyi`), checked by mypy against the modules they describe.
//!
//! For each Python example under `examples/` (a folder with a `.py` script
//! and `example.i`) and each compile-and-run case with a `test.py`
//! (`tests/cases/<name>/`), the module is generated with `-pyi`, compiled,
//! and `python3 -m mypy.stubtest <module>` must pass: every name the module
//! binds is in the stub and nothing else, with matching kinds and
//! signatures. Where the subject has `typing_ok.py` (for an example:
//! `tests/stubs/<example>/typing_ok.py`), `mypy --strict` must accept it;
//! where it has `typing_bad.py`, mypy must reject exactly the lines marked
//! `# E: <part of the message>`, each with that message.
//!
//! mypy must be installed (`pip install mypy`); without it these tests fail.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn main() {
    let args = Arguments::from_args();
    let mut trials: Vec<Trial> = match subjects() {
        Ok(s) => s
            .into_iter()
            .map(|s| Trial::test(s.title.clone(), move || check(&s)))
            .collect(),
        Err(e) => vec![Trial::test("subjects", move || Err(e.clone().into()))],
    };
    trials.push(Trial::test("options/pyifile", pyifile));
    trials.push(Trial::test(
        "options/no_stub_by_default",
        no_stub_by_default,
    ));
    libtest_mimic::run(&args, trials).exit();
}

/// A module to generate and check.
#[derive(Clone, Debug)]
struct Subject {
    title: String,
    /// The folder whose files are copied.
    dir: PathBuf,
    module: String,
    /// Where `typing_ok.py`/`typing_bad.py` are, if anywhere.
    typing_dir: PathBuf,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    Ok(v)
}

fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn has_python_script(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|es| {
        es.filter_map(Result::ok)
            .any(|e| e.path().extension().is_some_and(|x| x == "py"))
    })
}

fn subjects() -> Result<Vec<Subject>, String> {
    let mut out = Vec::new();
    for dir in sorted_dirs(&root().join("examples"))? {
        if dir.join("example.i").is_file() && has_python_script(&dir) {
            let name = name_of(&dir);
            out.push(Subject {
                title: format!("examples/{name}"),
                typing_dir: root().join("tests").join("stubs").join(&name),
                module: "example".into(),
                dir,
            });
        }
    }
    for dir in sorted_dirs(&root().join("tests").join("cases"))? {
        if dir.join("test.py").is_file() {
            let name = name_of(&dir);
            out.push(Subject {
                title: format!("cases/{name}"),
                typing_dir: dir.clone(),
                module: name,
                dir,
            });
        }
    }
    if out.is_empty() {
        return Err("no examples or cases found".into());
    }
    Ok(out)
}

fn log_of(title: &str, out: &Output) -> String {
    format!(
        "---- {title} ({}) ----\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn run(cmd: &mut Command, what: &str) -> Result<Output, String> {
    cmd.output().map_err(|e| format!("cannot run {what}: {e}"))
}

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// The folder for Python headers and the extension suffix.
fn python_build_info() -> Result<(String, String), String> {
    let out = run(
        Command::new(python()).args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['include']); \
             print(sysconfig.get_config_var('EXT_SUFFIX'))",
        ]),
        "python3 (apt-get install python3 python3-dev)",
    )?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    match (lines.next(), lines.next()) {
        (Some(i), Some(s)) if Path::new(i).join("Python.h").is_file() => {
            Ok((i.to_string(), s.to_string()))
        }
        _ => Err(format!(
            "no Python headers: apt-get install python3-dev\n{}",
            log_of("python3", &out)
        )),
    }
}

fn require_mypy() -> Result<(), String> {
    let out = run(
        Command::new(python()).args(["-c", "import mypy.stubtest"]),
        "python3",
    )?;
    if out.status.success() {
        Ok(())
    } else {
        Err("mypy is not installed: pip install mypy".into())
    }
}

fn check(s: &Subject) -> Result<(), Failed> {
    require_mypy()?;
    let (include, suffix) = python_build_info()?;
    let tmp = tempfile::Builder::new()
        .prefix("rswig-stubs-")
        .tempdir()
        .map_err(|e| format!("temp dir: {e}"))?;
    let work = tmp.path();
    let mut c_files = Vec::new();
    for e in std::fs::read_dir(&s.dir)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let p = e.path();
        let file = name_of(&p);
        if !p.is_file() || file.ends_with("_wrap.c") {
            continue;
        }
        std::fs::copy(&p, work.join(&file)).map_err(|e| format!("copy {file}: {e}"))?;
        if file.ends_with(".c") {
            c_files.push(file);
        }
    }
    c_files.sort();
    for f in ["typing_ok.py", "typing_bad.py"] {
        let p = s.typing_dir.join(f);
        if p.is_file() {
            std::fs::copy(&p, work.join(f)).map_err(|e| format!("copy {f}: {e}"))?;
        }
    }
    let opts = std::fs::read_to_string(s.dir.join("rswig.opts")).unwrap_or_default();
    let interface = if s.dir.join("example.i").is_file() && s.module == "example" {
        "example.i".to_string()
    } else {
        format!("{}.i", s.module)
    };
    let gen = run(
        Command::new(env!("CARGO_BIN_EXE_rswig"))
            .arg("-python")
            .arg("-pyi")
            .args(opts.split_whitespace())
            .arg(&interface)
            .current_dir(work),
        "rswig",
    )?;
    let mut log = log_of("rswig", &gen);
    if !gen.status.success() {
        return Err(format!("rswig failed\n{log}").into());
    }
    let stub = work.join(format!("{}.pyi", s.module));
    if !stub.is_file() {
        return Err(format!("rswig -pyi wrote no {}\n{log}", stub.display()).into());
    }
    let ext = format!("_{}{suffix}", s.module);
    let gcc = run(
        Command::new("gcc")
            .args(["-Wall", "-Wextra", "-Werror", "-fPIC", "-shared", "-I."])
            .arg(format!("-I{include}"))
            .arg(format!("{}_wrap.c", s.module))
            .args(&c_files)
            .arg("-o")
            .arg(&ext)
            .current_dir(work),
        "gcc (apt-get install gcc)",
    )?;
    log.push_str(&log_of("gcc", &gcc));
    if !gcc.status.success() {
        return Err(format!("compiling the wrapper failed\n{log}").into());
    }
    let mypy = |args: &[&str]| {
        run(
            Command::new(python())
                .args(args)
                .env("MYPY_CACHE_DIR", work.join(".mypy_cache"))
                .env("PYTHONDONTWRITEBYTECODE", "1")
                .current_dir(work),
            "python3 -m mypy (pip install mypy)",
        )
    };
    let st = mypy(&["-m", "mypy.stubtest", &s.module])?;
    log.push_str(&log_of("stubtest", &st));
    if !st.status.success() {
        let text = std::fs::read_to_string(&stub).unwrap_or_default();
        return Err(format!(
            "stubtest found the stub wrong\n{log}\n---- {} ----\n{text}",
            s.module
        )
        .into());
    }
    if work.join("typing_ok.py").is_file() {
        let ok = mypy(&["-m", "mypy", "--strict", "typing_ok.py"])?;
        if !ok.status.success() {
            return Err(format!(
                "mypy --strict rejected typing_ok.py\n{}",
                log_of("mypy", &ok)
            )
            .into());
        }
    }
    if work.join("typing_bad.py").is_file() {
        check_bad(work, &mypy(&["-m", "mypy", "--strict", "typing_bad.py"])?)?;
    }
    Ok(())
}

/// mypy must report an error on each line of `typing_bad.py` marked
/// `# E: text` (with `text` in the message), and on no other line.
fn check_bad(work: &Path, out: &Output) -> Result<(), String> {
    let source = std::fs::read_to_string(work.join("typing_bad.py")).map_err(|e| e.to_string())?;
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut errors: Vec<(usize, String)> = Vec::new();
    for line in report.lines() {
        let Some(rest) = line.strip_prefix("typing_bad.py:") else {
            continue;
        };
        let Some((num, msg)) = rest.split_once(':') else {
            continue;
        };
        if let (Ok(n), Some(m)) = (
            num.trim().parse::<usize>(),
            msg.trim().strip_prefix("error:"),
        ) {
            errors.push((n, m.trim().to_string()));
        }
    }
    let mut problems = Vec::new();
    let mut expected_lines = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let n = i + 1;
        if let Some((_, want)) = line.split_once("# E:") {
            expected_lines.push(n);
            let want = want.trim();
            if !errors.iter().any(|(l, m)| *l == n && m.contains(want)) {
                problems.push(format!("line {n}: expected an error containing {want:?}"));
            }
        }
    }
    for (l, m) in &errors {
        if !expected_lines.contains(l) {
            problems.push(format!("line {l}: unexpected error: {m}"));
        }
    }
    if expected_lines.is_empty() {
        problems.push("typing_bad.py marks no expected error (`# E: ...`)".into());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "typing_bad.py:\n{}\n{}",
            problems.join("\n"),
            log_of("mypy --strict typing_bad.py", out)
        ))
    }
}

/// Runs rswig on the classic example in a temp folder; returns the folder.
fn generate(args: &[&str]) -> Result<tempfile::TempDir, String> {
    let tmp = tempfile::Builder::new()
        .prefix("rswig-stubs-opt-")
        .tempdir()
        .map_err(|e| format!("temp dir: {e}"))?;
    let simple = root().join("examples").join("simple");
    for f in ["example.i", "example.c"] {
        std::fs::copy(simple.join(f), tmp.path().join(f)).map_err(|e| format!("copy {f}: {e}"))?;
    }
    std::fs::create_dir(tmp.path().join("stubs")).map_err(|e| e.to_string())?;
    let out = run(
        Command::new(env!("CARGO_BIN_EXE_rswig"))
            .arg("-python")
            .args(args)
            .arg("example.i")
            .current_dir(tmp.path()),
        "rswig",
    )?;
    if !out.status.success() {
        return Err(format!("rswig failed\n{}", log_of("rswig", &out)));
    }
    Ok(tmp)
}

/// `-pyifile FILE` writes the stub there (and implies `-pyi`).
fn pyifile() -> Result<(), Failed> {
    let tmp = generate(&["-pyifile", "stubs/ex.pyi"])?;
    let stub = std::fs::read_to_string(tmp.path().join("stubs/ex.pyi"))
        .map_err(|e| format!("no stubs/ex.pyi: {e}"))?;
    if !stub.contains("def fact(n: int) -> int: ...") {
        return Err(format!("stubs/ex.pyi lacks fact:\n{stub}").into());
    }
    if tmp.path().join("example.pyi").exists() {
        return Err("-pyifile also wrote example.pyi".into());
    }
    Ok(())
}

/// Without `-pyi`, no stub is written.
fn no_stub_by_default() -> Result<(), Failed> {
    let tmp = generate(&[])?;
    if tmp.path().join("example.pyi").exists() {
        return Err("example.pyi written without -pyi".into());
    }
    Ok(())
}
