//! Reliability: no input crashes or hangs rswig. Every bound (macro
//! expansion work and depth, include depth, bracket and declarator
//! nesting, file size) ends in a located error (`file:line:col: error:`),
//! exit code 1, no output written and an earlier output left untouched;
//! odd bytes (not UTF-8, NUL) are handled; and mutated inputs never make
//! rswig panic or die by a signal.
//!
//! Regression inputs found by fuzzing (fuzz/) are added here too.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const OLD_WRAPPER: &str = "/* written before the run; must survive it */\n";

/// One run of the rswig binary in a folder of its own.
struct Run {
    code: Option<i32>,
    stderr: String,
    elapsed: Duration,
    dir: tempfile::TempDir,
}

fn tempdir() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("cannot create a temp dir: {e}"),
    }
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        panic!("write {}: {e}", path.display());
    }
}

/// Writes `files` (name, contents) into a fresh folder with an earlier
/// `t_wrap.c`, and runs `rswig -python t.i` there (plus `extra` args).
fn run_files(files: &[(&str, &[u8])], extra: &[&str]) -> Run {
    let dir = tempdir();
    for (name, bytes) in files {
        write(&dir.path().join(name), bytes);
    }
    write(&dir.path().join("t_wrap.c"), OLD_WRAPPER.as_bytes());
    let mut args: Vec<&str> = vec!["-python"];
    args.extend(extra);
    args.push("t.i");
    let start = Instant::now();
    let out = rswig(dir.path(), &args);
    Run {
        code: out.status.code(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        elapsed: start.elapsed(),
        dir,
    }
}

fn run(text: &[u8]) -> Run {
    run_files(&[("t.i", text)], &[])
}

fn rswig(dir: &Path, args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_rswig"))
        .args(args)
        .current_dir(dir)
        .env_remove("SWIG_FEATURES")
        .stdin(Stdio::null())
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run rswig: {e}"),
    }
}

/// The run failed cleanly: exit code 1, no panic, an error located at
/// `t.i:line:` (with a column), nothing written, the old wrapper kept.
fn assert_located_failure(case: &str, r: &Run, line: usize, words: &[&str]) {
    let stderr = &r.stderr;
    assert_eq!(r.code, Some(1), "{case}: exit code; stderr:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{case}: panic:\n{stderr}");
    let prefix = format!("t.i:{line}:");
    let head = stderr
        .lines()
        .find(|l| l.starts_with(&prefix) && l.contains(": error: "));
    let Some(head) = head else {
        panic!("{case}: no error at {prefix}:\n{}", excerpt(stderr));
    };
    let col = head[prefix.len()..].split(':').next().unwrap_or("");
    assert!(
        col.parse::<usize>().is_ok_and(|c| c >= 1),
        "{case}: no column in {head:?}"
    );
    for w in words {
        assert!(
            stderr.contains(w),
            "{case}: stderr lacks {w:?}:\n{}",
            excerpt(stderr)
        );
    }
    assert_nothing_written(case, r);
}

/// Only the inputs and the untouched earlier wrapper are in the folder.
fn assert_nothing_written(case: &str, r: &Run) {
    let Ok(entries) = std::fs::read_dir(r.dir.path()) else {
        panic!("{case}: cannot list the run folder");
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name == "t_wrap.c" {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            assert_eq!(text, OLD_WRAPPER, "{case}: the failed run changed {name}");
        } else {
            assert!(
                name.ends_with(".i") || name.ends_with(".h"),
                "{case}: the failed run left {name} behind"
            );
        }
    }
}

fn assert_success(case: &str, r: &Run) -> String {
    assert_eq!(r.code, Some(0), "{case}: stderr:\n{}", excerpt(&r.stderr));
    std::fs::read_to_string(r.dir.path().join("t_wrap.c")).unwrap_or_default()
}

/// Long diagnostics (a 50,000-character source line) cut for messages.
fn excerpt(s: &str) -> String {
    s.lines()
        .take(12)
        .map(|l| l.chars().take(200).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A bound that must end quickly. The debug build (what `cargo test`
/// runs) is about ten times slower than the release build, and the
/// machine may be loaded, hence the allowance; the release build is
/// takes well under a second on each of these.
fn assert_quick(case: &str, r: &Run, release_secs: u64) {
    let allowed = if cfg!(debug_assertions) {
        Duration::from_secs(release_secs * 30)
    } else {
        Duration::from_secs(release_secs * 3)
    };
    assert!(
        r.elapsed < allowed,
        "{case}: took {:?} (allowed {allowed:?})",
        r.elapsed
    );
}

// ---------------------------------------------------------------------
// Macro expansion.

/// SWIG 4.1 segfaults on this. C's rule stops the recursion (a macro is
/// not expanded inside its own expansion): `A` is left as a plain name,
/// which is no declaration, a located syntax error.
#[test]
fn mutually_recursive_define_ends_with_located_error() {
    let r = run(b"%module t\n%define A B %enddef\n%define B A %enddef\nA\n");
    assert_located_failure("mutual", &r, 5, &["error"]);
    assert_quick("mutual", &r, 1);
    let r = run(b"%module t\n%define F(x) G(x) %enddef\n%define G(x) F(x) %enddef\nF(1)\n");
    assert_located_failure("mutual_args", &r, 4, &["error"]);
    assert_quick("mutual_args", &r, 1);
    // Used where a name is expected, the same macros are fine.
    let r = run(b"%module t\n%define A B %enddef\n%define B A %enddef\nint A;\n");
    let wrapper = assert_success("mutual_ok", &r);
    assert!(wrapper.contains("A"), "the variable keeps its name");
}

/// SWIG 4.1 hangs on this: 2^30 tokens.
#[test]
fn exponential_macro_ends_with_located_error() {
    let mut src = String::from("%module t\n#define a0 x\n");
    for i in 1..=30 {
        src.push_str(&format!("#define a{i} a{0} a{0}\n", i - 1));
    }
    src.push_str("int v = a30;\n");
    let r = run(src.as_bytes());
    assert_located_failure("exponential", &r, 33, &["macro expansion is too large"]);
    assert_quick("exponential", &r, 1);
    // The same through macro arguments: F(F(F(...))) doubles each level.
    let mut src = String::from("%module t\n#define F(a) a a\nint v = ");
    src.push_str(&"F(".repeat(40));
    src.push('x');
    src.push_str(&")".repeat(40));
    src.push_str(";\n");
    let r = run(src.as_bytes());
    assert_located_failure("exponential_args", &r, 3, &["macro expansion is too large"]);
    assert_quick("exponential_args", &r, 1);
}

/// A chain of 20,000 macros, each expanding to the next: nesting is
/// bounded (and costs linear time, not quadratic).
#[test]
fn macro_nesting_depth_is_bounded() {
    let mut src = String::from("%module t\n#define a0 x\n");
    for i in 1..=3000 {
        src.push_str(&format!("#define a{i} a{} y\n", i - 1));
    }
    src.push_str("int v = a3000;\n");
    let r = run(src.as_bytes());
    assert_located_failure(
        "nesting",
        &r,
        3003,
        &["nested too deeply", "macros expanding inside one another"],
    );
    assert_quick("nesting", &r, 2);
}

/// Macro calls nested 50,000 deep in arguments.
#[test]
fn macro_argument_nesting_is_bounded() {
    let n = 50_000;
    let src = format!(
        "%module t\n#define F(a) a\nint x = {}1{};\n",
        "F(".repeat(n),
        ")".repeat(n)
    );
    let r = run(src.as_bytes());
    assert_located_failure("arg_nesting", &r, 3, &["macro"]);
    assert_quick("arg_nesting", &r, 2);
}

/// The preprocessed output is bounded in size (checked with a small
/// bound through the library; the default is 512 MiB).
#[test]
fn preprocessed_output_size_is_bounded() {
    use rswig::diag::Diagnostics;
    use rswig::library::Library;
    use rswig::options::Lang;
    use rswig::preprocess::{preprocess_with_limits, Limits, PreprocessOptions};
    use rswig::source::{FileKind, SourceMap};
    let mut sm = SourceMap::new();
    let long = "x".repeat(1000);
    let text = format!("%module t\n#define L \"{long}\"\n#define L4 L L L L\n#define L16 L4 L4 L4 L4\nL16 L16\nL16\n");
    let main = sm.add("t.i", None, text, FileKind::User);
    let opts = PreprocessOptions {
        defines: Vec::new(),
        undefines: Vec::new(),
        include_dirs: Vec::new(),
        include_all: false,
        import_all: false,
        preludes: Vec::new(),
        library: Library::new(Lang::Python),
    };
    let limits = Limits {
        max_output: 20_000,
        ..Limits::default()
    };
    let mut diags = Diagnostics::new();
    let pp = preprocess_with_limits(&mut sm, main, &opts, &mut diags, limits);
    assert!(diags.has_errors());
    let text = diags.render(&sm);
    assert!(
        // The `#define L16` line is kept in the output with its body
        // expanded (16 KB), which passes the bound.
        text.contains("t.i:4:") && text.contains("preprocessed output is too large"),
        "{text}"
    );
    assert!(pp.text.len() <= 20_000);
}

// ---------------------------------------------------------------------
// Includes.

/// A chain of 100 files, each including the next.
#[test]
fn include_depth_is_bounded() {
    let names: Vec<String> = (0..100).map(|i| format!("f{i}.i")).collect();
    let bodies: Vec<String> = (0..100)
        .map(|i| format!("int v{i};\n%include \"f{}.i\"\n", i + 1))
        .collect();
    let mut files: Vec<(&str, &[u8])> = names
        .iter()
        .zip(&bodies)
        .map(|(n, b)| (n.as_str(), b.as_bytes()))
        .collect();
    files.push(("t.i", b"%module t\n%include \"f0.i\"\n"));
    let r = run_files(&files, &[]);
    assert_eq!(r.code, Some(1), "{}", excerpt(&r.stderr));
    assert!(
        r.stderr.contains("%include nested too deeply"),
        "{}",
        excerpt(&r.stderr)
    );
    assert!(r
        .stderr
        .lines()
        .any(|l| l.starts_with("f6") && l.contains(":2:")));
    assert_nothing_written("include_depth", &r);
}

/// A file that includes itself, and a file included twice, are read
/// once (as SWIG does): no error, and each declaration wrapped once.
#[test]
fn same_file_included_twice_is_read_once() {
    let r = run_files(
        &[
            (
                "t.i",
                b"%module t\n%include \"a.i\"\n%include \"a.i\"\n%include \"t.i\"\n",
            ),
            ("a.i", b"%include \"a.i\"\nint twice(int);\n"),
        ],
        &[],
    );
    let wrapper = assert_success("include_twice", &r);
    assert_eq!(
        wrapper.matches("_wrap_twice(").count(),
        1,
        "one wrapper for twice()"
    );
}

// ---------------------------------------------------------------------
// Nesting: 50,000 levels never overflow the stack.

#[test]
fn deep_parentheses_braces_and_declarators_give_located_errors() {
    let n = 50_000;
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "parens",
            format!("int {}x{};", "(".repeat(n), ")".repeat(n)),
            "nesting too deep",
        ),
        (
            "braces",
            format!("struct S {}{};", "{".repeat(n), "}".repeat(n)),
            "nesting too deep",
        ),
        (
            "function_pointers",
            format!("int {}x{};", "(*".repeat(n), ")(void)".repeat(n)),
            "nesting too deep",
        ),
        (
            "pointers",
            format!("int {}x;", "*".repeat(n)),
            "too complex",
        ),
        (
            "parameter_pointers",
            format!("void f(int {}p);", "*".repeat(n)),
            "too complex",
        ),
        (
            "arrays",
            format!("int x{};", "[1]".repeat(n)),
            "too complex",
        ),
        (
            "expression",
            format!("int x = {}1{};", "(".repeat(n), ")".repeat(n)),
            "nesting too deep",
        ),
        (
            "macro_body",
            format!("#define V {}1{}\nint x = V;", "(".repeat(n), ")".repeat(n)),
            "nesting too deep",
        ),
        ("unclosed", format!("int f{}", "(".repeat(n)), "error"),
    ];
    for (case, body, word) in cases {
        let r = run(format!("%module t\n{body}\n").as_bytes());
        assert_located_failure(case, &r, 2, &[word]);
        assert_quick(case, &r, 2);
    }
}

/// 50,000 parentheses in `#if` and 5,000 nested `#if`s are bounded too.
#[test]
fn deep_preprocessor_conditionals() {
    let n = 50_000;
    let r = run(format!(
        "%module t\n#if {}1{}\nint x;\n#endif\n",
        "(".repeat(n),
        ")".repeat(n)
    )
    .as_bytes());
    assert_success("if_parens", &r);
    let r = run(format!(
        "%module t\n{}{}",
        "#if 1\n".repeat(5000),
        "#endif\n".repeat(5000)
    )
    .as_bytes());
    assert_eq!(r.code, Some(1));
    assert!(r
        .stderr
        .contains("conditional directives nested too deeply"));
    assert!(r.stderr.lines().any(|l| l.starts_with("t.i:")));
    assert_nothing_written("if_depth", &r);
}

// ---------------------------------------------------------------------
// Size.

/// A 2 MB line of declarations and a 1 MB identifier are handled (no
/// bound on line length: SWIG and C have none; time stays linear).
#[test]
fn very_long_lines() {
    let decls: String = (0..2000).map(|i| format!("int v{i};")).collect();
    let r = run(format!("%module t\n{decls}\n").as_bytes());
    let wrapper = assert_success("long_line", &r);
    assert!(wrapper.contains("v1999"));
    let r = run(format!("%module t\nint {};\n", "x".repeat(1 << 20)).as_bytes());
    assert_success("long_identifier", &r);
    let r = run(format!("%module t\nint x = \"{}\n", "s".repeat(1 << 21)).as_bytes());
    assert_located_failure("long_unterminated_string", &r, 2, &["error"]);
}

/// Inputs bigger than 64 MiB are refused with a message naming the file
/// (the main file) or located at the `%include` (an included one).
#[test]
fn file_size_is_bounded() {
    let dir = tempdir();
    let big = dir.path().join("big.i");
    let file = std::fs::File::create(&big).unwrap_or_else(|e| panic!("create: {e}"));
    let mut w = std::io::BufWriter::new(file);
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..65 {
        w.write_all(&chunk).unwrap_or_else(|e| panic!("write: {e}"));
    }
    drop(w);
    write(&dir.path().join("big_wrap.c"), OLD_WRAPPER.as_bytes());
    let out = rswig(dir.path(), &["-python", "big.i"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("big.i") && stderr.contains("too large"),
        "{stderr}"
    );
    let old = std::fs::read_to_string(dir.path().join("big_wrap.c")).unwrap_or_default();
    assert_eq!(old, OLD_WRAPPER);

    write(
        &dir.path().join("t.i"),
        b"%module t\nint a;\n%include \"big.i\"\n",
    );
    write(&dir.path().join("t_wrap.c"), OLD_WRAPPER.as_bytes());
    let out = rswig(dir.path(), &["-python", "t.i"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("t.i:3:"), "{stderr}");
    assert!(stderr.contains("too large"), "{stderr}");
    let old = std::fs::read_to_string(dir.path().join("t_wrap.c")).unwrap_or_default();
    assert_eq!(old, OLD_WRAPPER);
}

/// An input that is not a regular file (a device) is read only up to
/// the size bound, never forever.
#[test]
fn device_as_input_is_bounded() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    let dir = tempdir();
    let out = rswig(dir.path(), &["-python", "-o", "x_wrap.c", "/dev/zero"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("too large"), "{stderr}");
    assert!(!dir.path().join("x_wrap.c").exists());
}

// ---------------------------------------------------------------------
// Bytes that are not UTF-8, and NUL.

/// A Latin-1 byte inside a character or string literal (as SWIG's own
/// char_constant test has) keeps its value: the wrapper spells it as the
/// octal escape of the byte (clang warns on the raw byte).
#[test]
fn latin1_bytes_in_literals_are_kept() {
    let r = run(b"%module t\n#define AE '\xC6'\n%inline %{\nconst char *name(void) { return \"caf\xE9\"; }\n%}\n");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let wrapper = std::fs::read(r.dir.path().join("t_wrap.c")).unwrap_or_default();
    let has = |needle: &[u8]| wrapper.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"caf\\351\""), "the string keeps its byte");
}

/// Outside literals such a byte is an error at its place.
#[test]
fn invalid_utf8_in_code_is_a_located_error() {
    let r = run(b"%module t\nint ok;\nint bad\xFF\xFEname;\n");
    assert_located_failure("invalid_utf8", &r, 3, &["error"]);
    let r = run(b"%module t\nint ok;\n\xC3\n");
    assert_located_failure("truncated_utf8", &r, 3, &["error"]);
}

/// NUL bytes: ignored in comments (as SWIG 4.3 does), an error at their
/// place in code.
#[test]
fn nul_bytes() {
    let r = run(b"%module t\n/* a \0 in a comment */\n// and \0 here\nint x;\n");
    assert_success("nul_in_comment", &r);
    let r = run(b"%module t\nint x;\nint y\0z;\n");
    assert_located_failure("nul_in_code", &r, 3, &["error"]);
    let r = run(b"\0\0\0\0");
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"));
}

// ---------------------------------------------------------------------
// Regressions from fuzzing.

/// Inputs the fuzzers stopped on (as timeouts under a loaded machine):
/// each ends quickly.
#[test]
fn fuzz_regressions() {
    let cases: &[(&str, &[u8])] = &[
        ("char_in_params", b"%mod_error\nint fact(')'int n;\n"),
        (
            "broken_include",
            b"%module clibs\n%include <carrays.i>\n%include <cpointer.i>\n%inc\xC2lude <cmalloc.i>;;;;\n%array_functions(int, intArray);\n",
        ),
    ];
    for (case, input) in cases {
        let r = run(input);
        assert!(matches!(r.code, Some(0 | 1)), "{case}: {:?}", r.code);
        assert!(!r.stderr.contains("panicked"), "{case}:\n{}", r.stderr);
        assert_quick(case, &r, 2);
    }
}

// ---------------------------------------------------------------------
// Never a panic: every .i under tests/, truncated and mutated.

/// A small deterministic generator (xorshift), so a failure names a seed
/// that reproduces it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces of syntax that open, close or start things.
const HOSTILE: &[&[u8]] = &[
    b"(",
    b")",
    b"{",
    b"}",
    b"[",
    b"]",
    b"%{",
    b"%}",
    b"/*",
    b"\"",
    b"'",
    b"\\",
    b"#",
    b"\n#if ",
    b"\n#endif\n",
    b"\n#define X(a) a a\n",
    b"%define",
    b"%enddef",
    b"%include ",
    b"%typemap(in) ",
    b"$1",
    b"$input",
    b"...",
    b"::",
    b"\0",
    b"\xFF",
    b"\xC3",
    b"struct ",
    b"%extend ",
    b"= ",
    b";",
    b",",
    b"*",
    b"&",
    b"0x",
    b"\n%module x\n",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    match rng.below(4) {
        0 => v.truncate(rng.below(v.len() + 1)),
        1 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(v.len() + 1);
                let piece = HOSTILE[rng.below(HOSTILE.len())];
                v.splice(at..at, piece.iter().copied());
            }
        }
        2 => {
            for _ in 0..1 + rng.below(8) {
                if !v.is_empty() {
                    let at = rng.below(v.len());
                    v[at] = rng.next() as u8;
                }
            }
        }
        _ => {
            if !v.is_empty() {
                let a = rng.below(v.len());
                let b = (a + rng.below(64)).min(v.len());
                let piece = v[a..b].to_vec();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, piece);
            }
        }
    }
    v
}

fn interface_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "i") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut out,
    );
    out.sort();
    out
}

/// Each mutation runs through the binary in the file's own folder (so
/// its includes resolve) with outputs in a temp folder: exit code 0 or 1,
/// never a panic or a signal. `RSWIG_MUTATIONS` sets the count per file.
#[test]
fn mutated_inputs_never_panic() {
    let per_file: usize = std::env::var("RSWIG_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let langs = ["-python", "-lua", "-ruby"];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut runs = 0;
    for file in interface_files() {
        let Ok(original) = std::fs::read(&file) else {
            continue;
        };
        let Some(folder) = file.parent() else {
            continue;
        };
        for k in 0..per_file {
            let seed = rng.0;
            let input = mutate(&mut rng, &original);
            let out_dir = tempdir();
            let mutated = out_dir.path().join("mutated.i");
            write(&mutated, &input);
            let lang = langs[k % langs.len()];
            let wrapper = out_dir.path().join("m_wrap.c");
            let (Some(m), Some(w), Some(o)) =
                (mutated.to_str(), wrapper.to_str(), out_dir.path().to_str())
            else {
                continue;
            };
            let out = rswig(folder, &[lang, "-I.", "-o", w, "-outdir", o, m]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let what = format!("{} mutated (seed {seed:#x}, {lang})", file.display());
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{what}: exit {:?}\n{}",
                out.status,
                excerpt(&stderr)
            );
            assert!(
                !stderr.contains("panicked"),
                "{what}:\n{}",
                excerpt(&stderr)
            );
            if out.status.code() == Some(1) {
                assert!(stderr.contains("error"), "{what}: failed without an error");
                assert!(!wrapper.exists(), "{what}: failed but wrote a wrapper");
            }
            runs += 1;
        }
    }
    assert!(runs >= 30, "only {runs} mutated runs: no .i files found?");
}
