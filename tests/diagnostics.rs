//! Diagnostics: bad input and bad command lines give every error, each
//! `file:line:col: error: ...` with the source line and a caret, exit code
//! 1, and no output written (an earlier output is left as it was).
//!
//! Each case names its command line and the words its stderr must hold.
//! When `tests/diagnostics/<case>.stderr` exists, stderr must equal it
//! exactly; `RSWIG_BLESS=1 cargo test --test diagnostics` (re)writes those
//! files from the current output, to be reviewed like code.

use std::path::{Path, PathBuf};
use std::process::Command;

const OLD_WRAPPER: &str = "/* written before the run; must survive it */\n";

struct Run {
    code: Option<i32>,
    stderr: String,
    dir: tempfile::TempDir,
}

fn diagnostics_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("diagnostics")
}

/// Runs rswig in a fresh folder holding a copy of `input` (from
/// tests/diagnostics) and an earlier `<stem>_wrap.c`.
fn run(input: Option<&str>, args: &[&str]) -> Run {
    run_from(&diagnostics_dir(), input, args)
}

/// [`run`] with an input taken from another folder.
fn run_in(from: &Path, input: &str, args: &[&str]) -> Run {
    run_from(from, Some(input), args)
}

fn run_from(from_dir: &Path, input: Option<&str>, args: &[&str]) -> Run {
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    };
    if let Some(input) = input {
        let from = from_dir.join(input);
        if let Err(e) = std::fs::copy(&from, dir.path().join(input)) {
            panic!("copy {}: {e}", from.display());
        }
        let stem = input.trim_end_matches(".i");
        write(&dir.path().join(format!("{stem}_wrap.c")), OLD_WRAPPER);
    }
    let out = match Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(args)
        .current_dir(dir.path())
        .env_remove("SWIG_FEATURES")
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run rswig: {e}"),
    };
    Run {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        dir,
    }
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("write {}: {e}", path.display());
    }
}

/// The checks every failing run must pass; `words` must all appear in
/// stderr, and the `.stderr` file (if any) must match exactly.
fn check_failure(case: &str, run: &Run, words: &[&str]) {
    let stderr = &run.stderr;
    assert_eq!(run.code, Some(1), "{case}: exit code, stderr:\n{stderr}");
    assert!(
        !stderr.contains("panicked"),
        "{case}: rswig panicked:\n{stderr}"
    );
    for w in words {
        assert!(stderr.contains(w), "{case}: stderr lacks {w:?}:\n{stderr}");
    }
    check_no_outputs(case, run);
    compare_expected(case, stderr);
}

/// Nothing new in the folder, and the earlier wrapper untouched.
fn check_no_outputs(case: &str, run: &Run) {
    let Ok(entries) = std::fs::read_dir(run.dir.path()) else {
        panic!("{case}: cannot list the run folder");
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let allowed = name.ends_with(".i") || name.ends_with("_wrap.c");
        assert!(allowed, "{case}: the failed run left {name} behind");
        if name.ends_with("_wrap.c") {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            assert_eq!(text, OLD_WRAPPER, "{case}: the failed run changed {name}");
        }
    }
}

fn compare_expected(case: &str, stderr: &str) {
    let path = diagnostics_dir().join(format!("{case}.stderr"));
    if std::env::var_os("RSWIG_BLESS").is_some() {
        write(&path, stderr);
        return;
    }
    if let Ok(expected) = std::fs::read_to_string(&path) {
        assert_eq!(
            stderr,
            expected,
            "{case}: stderr differs from {}",
            path.display()
        );
    }
}

/// An error with a location has the gcc shape: `file:line:col: error:`,
/// then the source line with its number, then a caret.
fn assert_located(case: &str, stderr: &str, file: &str, line: usize) {
    let prefix = format!("{file}:{line}:");
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(at) = lines.iter().position(|l| l.starts_with(&prefix)) else {
        panic!("{case}: no diagnostic starts with {prefix:?}:\n{stderr}");
    };
    let head = lines[at];
    let col = head[prefix.len()..].split(':').next().unwrap_or("");
    assert!(
        col.parse::<usize>().is_ok_and(|c| c >= 1),
        "{case}: no column in {head:?}"
    );
    assert!(head.contains(": error: "), "{case}: not an error: {head:?}");
    let source = lines.get(at + 1).copied().unwrap_or("");
    assert!(
        source.trim_start().starts_with(&format!("{line} |")),
        "{case}: no source line after {head:?}:\n{stderr}"
    );
    let caret = lines.get(at + 2).copied().unwrap_or("");
    assert!(
        caret.contains('^'),
        "{case}: no caret after {head:?}:\n{stderr}"
    );
}

#[test]
fn syntax_error_on_line_2() {
    let r = run(Some("syntax_error.i"), &["-python", "syntax_error.i"]);
    check_failure("syntax_error", &r, &[]);
    assert_located("syntax_error", &r.stderr, "syntax_error.i", 2);
}

#[test]
fn several_errors_are_all_reported() {
    let r = run(Some("several_errors.i"), &["-python", "several_errors.i"]);
    check_failure("several_errors", &r, &[]);
    for line in [3, 5, 7] {
        assert_located("several_errors", &r.stderr, "several_errors.i", line);
    }
    for ok_line in [2, 4, 6] {
        let prefix = format!("several_errors.i:{ok_line}:");
        assert!(
            !r.stderr.lines().any(|l| l.starts_with(&prefix)),
            "line {ok_line} is valid:\n{}",
            r.stderr
        );
    }
}

#[test]
fn missing_include_file() {
    let r = run(Some("missing_include.i"), &["-python", "missing_include.i"]);
    check_failure("missing_include", &r, &["does_not_exist.i"]);
    assert_located("missing_include", &r.stderr, "missing_include.i", 2);
}

#[test]
fn unterminated_code_block() {
    let r = run(
        Some("unterminated_block.i"),
        &["-python", "unterminated_block.i"],
    );
    check_failure("unterminated_block", &r, &["%{"]);
    assert_located("unterminated_block", &r.stderr, "unterminated_block.i", 2);
}

#[test]
fn unknown_option() {
    let r = run(Some("ok.i"), &["-python", "-bogus", "ok.i"]);
    check_failure("unknown_option", &r, &["error", "-bogus"]);
}

#[test]
fn option_missing_its_value() {
    let r = run(Some("ok.i"), &["-python", "ok.i", "-o"]);
    check_failure("option_missing_value", &r, &["error", "-o"]);
}

#[test]
fn no_input_file() {
    let r = run(None, &["-python"]);
    check_failure("no_input_file", &r, &["error", "input file"]);
}

#[test]
fn input_file_not_found() {
    let r = run(None, &["-python", "nope.i"]);
    check_failure("input_not_found", &r, &["error", "nope.i"]);
}

#[test]
fn cplusplus_not_supported_yet() {
    let r = run(Some("ok.i"), &["-python", "-c++", "ok.i"]);
    check_failure("cplusplus", &r, &["error", "C++ is not supported yet"]);
}

/// Every backend reports the same located errors and leaves no output.
#[test]
fn syntax_error_with_lua_and_ruby() {
    for lang in ["-lua", "-ruby"] {
        let r = run(Some("syntax_error.i"), &[lang, "syntax_error.i"]);
        check_failure("syntax_error", &r, &["syntax_error.i:2:15: error"]);
    }
}

#[test]
fn no_target_language() {
    let r = run(Some("ok.i"), &["ok.i"]);
    check_failure("no_language", &r, &["error", "-python"]);
}

#[test]
fn help_and_version_succeed() {
    for (flag, word) in [("-help", "-outdir"), ("-version", "SWIG Version ")] {
        let out = Command::new(env!("CARGO_BIN_EXE_rswig")).arg(flag).output();
        let Ok(out) = out else {
            panic!("cannot run rswig {flag}");
        };
        assert!(out.status.success(), "rswig {flag}: {}", out.status);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(word), "rswig {flag} lacks {word:?}:\n{text}");
    }
}

/// Odd command lines end in an error (exit 1) with a message, never a
/// panic or another exit code.
#[test]
fn odd_command_lines_fail_cleanly() {
    let odd: &[&[&str]] = &[
        &[],
        &[""],
        &["-"],
        &["--"],
        &["-python", ""],
        &["-python", "-o"],
        &["-python", "-D"],
        &["-python", "-D=", "ok.i"],
        &["-python", "-w", "x", "ok.i"],
        &["-python", "-std=", "ok.i"],
        &["-python", "-features", ",=,", "ok.i"],
        &["-python", "-python", "-lua", "ok.i"],
        &["-python", "ok.i", "ok.i"],
        &["-python", "-outdir", "/nonexistent/dir", "-c++", "ok.i"],
        &["-\u{e9}"],
        &["-python", "."],
    ];
    for args in odd {
        let r = run(Some("ok.i"), args);
        assert_eq!(
            r.code,
            Some(1),
            "{args:?}: exit code, stderr:\n{}",
            r.stderr
        );
        assert!(
            !r.stderr.contains("panicked"),
            "{args:?}: panicked:\n{}",
            r.stderr
        );
        assert!(r.stderr.contains("error"), "{args:?}: no error message");
        check_no_outputs(&format!("{args:?}"), &r);
    }
}

#[test]
fn rename_with_an_invalid_regular_expression() {
    let r = run(
        Some("rename_bad_regex.i"),
        &["-python", "rename_bad_regex.i"],
    );
    check_failure("rename_bad_regex", &r, &["invalid regular expression"]);
    assert_located("rename_bad_regex", &r.stderr, "rename_bad_regex.i", 2);
    check_no_outputs("rename_bad_regex", &r);
}

/// `%warnfilter` silences a warning for the declarations it names only.
#[test]
fn warnfilter_silences_named_declarations() {
    let r = run(
        Some("warnfilter.i"),
        &["-python", "-Werror", "warnfilter.i"],
    );
    check_failure("warnfilter", &r, &["'global'", "'pass'", "[W314]"]);
    for line in [6, 7] {
        assert_located("warnfilter", &r.stderr, "warnfilter.i", line);
    }
    assert!(
        !r.stderr.contains("lambda") && !r.stderr.contains("yield"),
        "filtered declarations warned:\n{}",
        r.stderr
    );
    check_no_outputs("warnfilter", &r);
}

/// `$typemap(in, int)` inside int's own `in` typemap recurses: an error
/// naming the macro, as SWIG reports it, not a hang.
#[test]
fn recursive_typemap_macro() {
    let r = run(
        Some("typemap_macro_recursive.i"),
        &["-python", "typemap_macro_recursive.i"],
    );
    check_failure(
        "typemap_macro_recursive",
        &r,
        &["Likely recursive $typemap calls containing $typemap(in, int)"],
    );
    assert_located(
        "typemap_macro_recursive",
        &r.stderr,
        "typemap_macro_recursive.i",
        2,
    );
    check_no_outputs("typemap_macro_recursive", &r);
}

/// Every error rswig reports on an input has a case in
/// `tests/diagnostics/errors/`: an `.i` file whose first line is
/// `// expect: LINE: WORDS`. Each must fail with exit code 1, an error at
/// `NAME.i:LINE:COL` with the source line and a caret, the words in the
/// message, no output written and the earlier wrapper untouched; its
/// `.stderr` file holds the whole expected output.
#[test]
fn every_error_has_a_located_case() {
    let dir = diagnostics_dir().join("errors");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("cannot list {}", dir.display());
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".i"))
        .collect();
    names.sort();
    assert!(names.len() >= 40, "only {} cases", names.len());
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// expect: "))
            .and_then(|l| l.split_once(": "));
        let Some((line, words)) = expect else {
            panic!("{name}: the first line must be `// expect: LINE: WORDS`");
        };
        let Ok(line) = line.parse::<usize>() else {
            panic!("{name}: bad line number {line:?}");
        };
        let case = format!("errors/{}", name.trim_end_matches(".i"));
        let r = run_in(&dir, &name, &["-python", &name]);
        check_failure(&case, &r, &[words]);
        assert_located(&case, &r.stderr, &name, line);
    }
}

/// `%echo` prints its text and `%warn` a located warning; neither fails
/// the run (unless `-Werror`).
#[test]
fn echo_and_warn_print_without_failing() {
    let r = run(Some("echo_warn.i"), &["-python", "echo_warn.i"]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(
        r.stderr.contains("building the echo module"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("echo_warn.i:3:1: warning: custom warning from the interface"),
        "{}",
        r.stderr
    );
    let r = run(Some("echo_warn.i"), &["-python", "-Werror", "echo_warn.i"]);
    check_failure("echo_warn", &r, &["custom warning from the interface"]);
    check_no_outputs("echo_warn", &r);
}
