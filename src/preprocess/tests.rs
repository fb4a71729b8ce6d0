//! Stage 1, preprocess: unit tests for the preprocessor.

use super::*;
use crate::diag::Severity;
use crate::options::Lang;
use crate::source::{FileKind, SourceMap};
use std::path::Path;
use std::time::{Duration, Instant};

struct Run {
    text: String,
    diags: Diagnostics,
    sm: SourceMap,
    pp: Preprocessed,
}

impl Run {
    fn errors(&self) -> Vec<String> {
        self.diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| match &d.primary {
                Some(l) => format!("{}: {}", self.sm.location(l.span), d.message),
                None => d.message.clone(),
            })
            .collect()
    }

    fn warnings(&self) -> Vec<String> {
        self.diags
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| d.message.clone())
            .collect()
    }

    /// `file:line:col` of the output at the first occurrence of `needle`.
    fn origin_of(&self, needle: &str) -> String {
        let at = self
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {}", self.text));
        self.sm
            .location(self.pp.origins.span(at, at + needle.len()))
    }

    /// The output with blanks squeezed, for comparisons.
    fn squeezed(&self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn base_opts() -> PreprocessOptions {
    PreprocessOptions {
        defines: vec![("SWIG".into(), None), ("SWIGPYTHON".into(), None)],
        undefines: Vec::new(),
        include_dirs: Vec::new(),
        include_all: false,
        import_all: false,
        preludes: Vec::new(),
        library: Library {
            lang: Lang::Python,
            override_dir: None,
        },
    }
}

fn run_with(text: &str, path: Option<&Path>, opts: &PreprocessOptions, limits: Limits) -> Run {
    let mut sm = SourceMap::new();
    let name = path.map_or("t.i".to_string(), |p| p.display().to_string());
    let main = sm.add(
        name,
        path.map(Path::to_path_buf),
        text.to_string(),
        FileKind::User,
    );
    let mut diags = Diagnostics::new();
    let pp = preprocess_with_limits(&mut sm, main, opts, &mut diags, limits);
    Run {
        text: pp.text.clone(),
        diags,
        sm,
        pp,
    }
}

fn run(text: &str) -> Run {
    run_with(text, None, &base_opts(), Limits::default())
}

/// Writes files into a fresh folder; returns it.
fn files(list: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in list {
        let p = dir.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(p, text).expect("write");
    }
    dir
}

fn run_main(dir: &tempfile::TempDir, main: &str, opts: &PreprocessOptions) -> Run {
    let p = dir.path().join(main);
    let text = std::fs::read_to_string(&p).expect("read");
    run_with(&text, Some(&p), opts, Limits::default())
}

// ---- macros -------------------------------------------------------------

#[test]
fn object_and_function_macros_expand() {
    let r = run("#define N 4\n#define ADD(a, b) ((a) + (b))\nint x = ADD(N, 2);\n");
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert!(r.text.contains("int x = ((4) + (2));"), "{}", r.text);
}

#[test]
fn stringize_and_paste() {
    let r = run("#define S(x) #x\n#define C(a, b) a ## b\nchar *s = S( a  \"q\"  b );\nint C(foo, 2);\nint C(, bar);\n");
    assert!(r.text.contains(r#"char *s = "a \"q\" b";"#), "{}", r.text);
    assert!(r.text.contains("int foo2;"), "{}", r.text);
    assert!(r.text.contains("int bar;"), "{}", r.text);
}

#[test]
fn variadic_macros() {
    let r = run(concat!(
        "#define F(fmt, ...) f(fmt, __VA_ARGS__)\n",
        "#define G(fmt, ...) g(fmt, ##__VA_ARGS__)\n",
        "#define H(fmt, args...) h(fmt, args)\n",
        "#define O(fmt, ...) o(fmt __VA_OPT__(,) __VA_ARGS__)\n",
        "F(\"a\", 1, 2); G(\"b\"); G(\"c\", 3); H(\"d\", 4, 5); O(\"e\"); O(\"f\", 6);\n"
    ));
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    let s = r.squeezed();
    assert!(s.contains(r#"f("a", 1, 2);"#), "{s}");
    assert!(s.contains(r#"g("b");"#), "{s}");
    assert!(s.contains(r#"g("c",3);"#), "{s}");
    assert!(s.contains(r#"h("d", 4, 5);"#), "{s}");
    assert!(s.contains(r#"o("e" );"#), "{s}");
    assert!(s.contains(r#"o("f" , 6);"#), "{s}");
}

#[test]
fn self_reference_is_not_reexpanded() {
    let r = run("#define foo foo\n#define a b\n#define b a\nfoo a b\n");
    assert!(r.errors().is_empty());
    assert!(r.text.contains("foo a b"), "{}", r.text);
}

#[test]
fn nested_calls_in_arguments_and_rescan() {
    let r = run("#define f(x) (x + 1)\n#define g f\n#define h(x) x(2)\nint a = f(f(1)); int b = g(3); int c = h(f);\n");
    let s = r.squeezed();
    assert!(s.contains("int a = ((1 + 1) + 1);"), "{s}");
    assert!(s.contains("int b = (3 + 1);"), "{s}");
    assert!(s.contains("int c = (2 + 1);"), "{s}");
}

#[test]
fn function_macro_name_without_parens_is_kept() {
    let r = run("#define f(x) x\nint f;\nint y = f\n(3);\n");
    assert!(r.text.contains("int f;"), "{}", r.text);
    assert!(r.squeezed().contains("int y = 3;"), "{}", r.text);
}

#[test]
fn wrong_argument_count_is_located() {
    let r = run("#define F(a, b) a\nint x;\n  F(1);\n");
    assert_eq!(
        r.errors(),
        vec!["t.i:3:3: macro 'F' requires 2 arguments, but 1 given"]
    );
}

#[test]
fn unterminated_argument_list_is_located() {
    let r = run("#define F(a) a\nint x = F(1, \n");
    let e = r.errors();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("t.i:2:9: unterminated argument list"),
        "{e:?}"
    );
}

#[test]
fn strings_chars_and_verbatim_are_not_expanded() {
    let r = run("#define X 1\nchar *s = \"X\"; char c = 'X';\n%{\n#ifdef X\nint X; /* c */\n#endif\n%}\n%inline %{ X %}\n");
    assert!(r.text.contains("\"X\""));
    assert!(r.text.contains("'X'"));
    assert!(
        r.text.contains("%{\n#ifdef X\nint X; /* c */\n#endif\n%}"),
        "{}",
        r.text
    );
    assert!(r.text.contains("%inline %{ X %}"), "{}", r.text);
}

#[test]
fn typemap_braces_are_expanded() {
    let r = run("#define CAST(t) (t)$input\n%typemap(in) Int {$1 = CAST(int);}\n%typemap(in) Long %{$1 = CAST(long);%}\n");
    assert!(r.text.contains("{$1 = (int)$input;}"), "{}", r.text);
    assert!(r.text.contains("%{$1 = CAST(long);%}"), "{}", r.text);
}

#[test]
fn comments_become_blanks_keeping_lines() {
    let r = run("int a; /* one\ntwo\nthree */ int b; // tail\nint c;\n");
    assert_eq!(r.text.lines().count(), 4, "{:?}", r.text);
    assert!(!r.text.contains("one"));
    assert!(!r.text.contains("tail"));
    assert_eq!(r.origin_of("int c"), "t.i:4:1");
}

#[test]
fn defines_are_kept_with_expanded_bodies() {
    let r = run("#define A 2\n#define B (A * 3) /* c */\n#define F(x) x\n#define G F(7)\n#define E\n#undef A\nint z;\n");
    assert!(r.text.contains("#define A 2\n"), "{}", r.text);
    assert!(r.text.contains("#define B (2 * 3)\n"), "{}", r.text);
    assert!(r.text.contains("#define G 7\n"), "{}", r.text);
    assert!(!r.text.contains("#define F"), "{}", r.text);
    assert!(!r.text.contains("#define E"), "{}", r.text);
    assert!(!r.text.contains("undef"), "{}", r.text);
    assert_eq!(r.origin_of("#define B"), "t.i:2:1");
    assert_eq!(r.origin_of("int z"), "t.i:7:1");
}

#[test]
fn continuation_lines_join_a_define() {
    let r = run("#define LONG 1 + \\\n   2\nint x = LONG;\nint y;\n");
    assert!(r.squeezed().contains("int x = 1 + 2;"), "{}", r.text);
    assert_eq!(r.origin_of("int y"), "t.i:4:1");
}

#[test]
fn swig_define_multiline_with_verbatim_and_directives() {
    let r = run(concat!(
        "%define ARR(type, name)\n",
        "%inline %{\n",
        "type *new_ ## name (int n) { return 0; }\n",
        "%}\n",
        "#ifdef SWIG\n",
        "int name ## _ok;\n",
        "#endif\n",
        "%#define KEEP 1\n",
        "%enddef\n",
        "ARR(int, IntArray)\n",
    ));
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert!(
        r.text
            .contains("%inline %{\nint *new_IntArray (int n) { return 0; }\n%}"),
        "{}",
        r.text
    );
    assert!(r.text.contains("int IntArray_ok;"), "{}", r.text);
    assert!(r.text.contains("#define KEEP 1"), "{}", r.text);
    assert!(!r.text.contains("enddef"), "{}", r.text);
}

#[test]
fn percent_named_macros() {
    let r = run("%define %twice(x) x x %enddef\nint %twice(a);\n");
    assert!(r.squeezed().contains("int a a;"), "{}", r.text);
}

#[test]
fn mutually_recursive_swig_macros_terminate() {
    let t = Instant::now();
    let r = run("%define A(x) B(x) x %enddef\n%define B(x) A(x) x %enddef\nA(1)\n");
    assert!(t.elapsed() < Duration::from_secs(1));
    assert!(r.squeezed().contains("A(1) 1 1"), "{}", r.text);
}

// ---- conditionals ---------------------------------------------------------

#[test]
fn conditional_branches() {
    let r = run(concat!(
        "#define A 1\n",
        "#ifdef A\nyes1\n#else\nno1\n#endif\n",
        "#ifndef A\nno2\n#elif A == 1\nyes2\n#else\nno3\n#endif\n",
        "#if 0\n#if 1\nno4\n#endif\n#else\nyes3\n#endif\n",
        "#if defined A && defined(A) && !defined B\nyes4\n#endif\n",
    ));
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    for y in ["yes1", "yes2", "yes3", "yes4"] {
        assert!(r.text.contains(y), "{y}: {}", r.text);
    }
    assert!(!r.text.contains("no"), "{}", r.text);
}

fn truth(expr: &str) -> bool {
    let r = run(&format!("#if {expr}\nTRUE\n#else\nFALSE\n#endif\n"));
    assert!(r.errors().is_empty(), "{expr}: {:?}", r.errors());
    r.text.contains("TRUE")
}

#[test]
fn expression_arithmetic() {
    assert!(truth("1 + 2 * 3 == 7"));
    assert!(truth("(1 + 2) * 3 == 9"));
    assert!(truth("-1 < 0"));
    assert!(truth("-1 > 0u"));
    assert!(truth("0xFFFFFFFFFFFFFFFF == -1"));
    assert!(truth("18446744073709551615 > 0"));
    assert!(truth("(1 << 62) > 0 && 7 / 2 == 3 && -7 % 3 == -1"));
    assert!(truth(
        "'a' == 97 && '\\n' == 10 && '\\377' < 0 && '\\x41' == 65"
    ));
    assert!(truth("UNKNOWN_NAME == 0"));
    assert!(truth("1 ? 2 : 0"));
    assert!(!truth("0 ? 1 : 0 ? 1 : 0"));
    assert!(truth("(0 ? 1 : 2) == 2 && (1 ? 0 ? 5 : 6 : 7) == 6"));
    assert!(truth("0 || 1 && 2"));
    assert!(truth(
        "~0 == -1 && !0 && 3 & 1 && (2 | 1) == 3 && (3 ^ 1) == 2"
    ));
    assert!(truth(
        "010 == 8 && 0b101 == 5 && 10UL == 10 && 1'000 == 1000"
    ));
    assert!(truth(
        "SWIG_VERSION >= 0x040000 && __STDC__ && SWIG && SWIGPYTHON"
    ));
    assert!(!truth("defined(__cplusplus)"));
    assert!(truth("\"abc\" == \"abc\" && \"a\" != \"b\""));
}

#[test]
fn short_circuit_skips_division_by_zero() {
    assert!(!truth("0 && 1 / 0"));
    assert!(truth("1 || 1 / 0"));
    assert!(truth("1 ? 1 : 1 / 0"));
}

#[test]
fn division_by_zero_is_located() {
    let r = run("int a;\n#if 1 + 2 / 0\n#endif\n");
    assert_eq!(
        r.errors(),
        vec!["t.i:2:11: division by zero in preprocessor expression"]
    );
}

#[test]
fn bad_expressions_are_located() {
    let r = run("#if 1 +\n#endif\n#if (1\n#endif\n#if 1 2\n#endif\n#if\n#endif\n#if 1.5\n#endif\n");
    let e = r.errors();
    assert_eq!(e.len(), 5, "{e:?}");
    assert!(e[0].starts_with("t.i:1:8:"), "{e:?}");
    assert!(e[1].starts_with("t.i:3:5:"), "{e:?}");
    assert!(
        e[2].starts_with("t.i:5:7: missing binary operator"),
        "{e:?}"
    );
    assert!(e[3].contains("no expression"), "{e:?}");
    assert!(e[4].starts_with("t.i:9:5: floating constant"), "{e:?}");
}

#[test]
fn conditional_structure_errors() {
    let r = run("#else\n#endif\nint a;\n  #if 1\nint b;\n");
    let e = r.errors();
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(e[0].starts_with("t.i:1:1: #else without #if"), "{e:?}");
    assert!(e[1].starts_with("t.i:2:1: #endif without #if"), "{e:?}");
    assert!(
        e[2].starts_with("t.i:4:3: unterminated conditional"),
        "{e:?}"
    );
}

#[test]
fn error_and_warning_directives() {
    let r =
        run("#warning careful now\n#error \"stop\"\n#if 0\n#error not me\n#endif\nint after;\n");
    assert_eq!(r.errors(), vec!["t.i:2:1: #error \"stop\""]);
    assert_eq!(r.warnings(), vec!["#warning careful now"]);
    assert!(r.text.contains("int after;"));
}

#[test]
fn pragma_and_line_are_ignored() {
    let r = run("#pragma once\n#line 100 \"x.c\"\nint a;\n");
    assert!(r.errors().is_empty());
    assert_eq!(r.squeezed(), "int a;");
}

#[test]
fn line_and_file_macros() {
    let r = run("int a;\nint l = __LINE__; char *f = __FILE__;\n");
    assert!(
        r.text.contains("int l = 2; char *f = \"t.i\";"),
        "{}",
        r.text
    );
}

#[test]
fn command_line_defines_and_undefines() {
    let mut o = base_opts();
    o.defines.push(("FOO".into(), None));
    o.defines.push(("BAR".into(), Some("123".into())));
    o.defines.push(("BAZ".into(), None));
    o.undefines.push("BAZ".into());
    let r = run_with(
        "#if FOO == 1 && BAR == 123 && !defined(BAZ)\nok\n#endif\n",
        None,
        &o,
        Limits::default(),
    );
    assert!(r.text.contains("ok"), "{}", r.text);
}

// ---- lexing errors -------------------------------------------------------

#[test]
fn unterminated_comment_and_verbatim() {
    let r = run("int a;\n /* open\n");
    assert_eq!(r.errors(), vec!["t.i:2:2: unterminated comment"]);
    let r = run("int a;\n%{ open\n");
    assert_eq!(r.errors().len(), 1);
    assert!(r.errors()[0].starts_with("t.i:2:1: unterminated %{"));
}

#[test]
fn reports_all_errors_of_a_run() {
    let r = run("#if 1/0\n#endif\n#define F(a) a\nF(1,2)\n#error one\n#error two\n");
    assert_eq!(r.errors().len(), 4, "{:?}", r.errors());
}

// ---- includes -------------------------------------------------------------

#[test]
fn include_once_and_search_order() {
    let d = files(&[
        ("main.i", "%include \"a.i\"\n%include \"a.i\"\n%include <b.i>\n%include(foo=\"1\") \"sub/c.i\"\nint end;\n"),
        ("a.i", "int a;\n"),
        ("inc/b.i", "int b;\n"),
        ("sub/c.i", "%include \"d.i\"\nint c;\n"),
        ("sub/d.i", "int d;\n"),
    ]);
    let mut o = base_opts();
    o.include_dirs.push(d.path().join("inc"));
    let r = run_main(&d, "main.i", &o);
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert_eq!(r.text.matches("int a;").count(), 1, "{}", r.text);
    let s = r.squeezed();
    assert_eq!(s, "int a; int b; int d; int c; int end;");
    assert!(!r.text.contains("include"));
    assert_eq!(r.pp.files.len(), 5);
    let loc = r.origin_of("int d");
    assert!(loc.ends_with("d.i:1:1"), "{loc}");
}

#[test]
fn missing_include_is_located_and_run_continues() {
    let r = run("int a;\n  %include \"nope.i\"\n%import <nope2.i>\nint b;\n");
    let e = r.errors();
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(
        e[0].starts_with("t.i:2:3: unable to find 'nope.i'"),
        "{e:?}"
    );
    assert!(
        e[1].starts_with("t.i:3:1: unable to find 'nope2.i'"),
        "{e:?}"
    );
    assert!(r.text.contains("int b;"));
}

#[test]
fn imports_mark_files_and_define_swigimported() {
    let d = files(&[
        (
            "main.i",
            "%import(module=\"m\") \"x.i\"\n#ifdef SWIGIMPORTED\nbad\n#endif\nint main_;\n",
        ),
        (
            "x.i",
            "%include \"y.i\"\n#ifdef SWIGIMPORTED\nint x;\n#endif\n",
        ),
        ("y.i", "int y;\n"),
    ]);
    let r = run_main(&d, "main.i", &base_opts());
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert_eq!(r.squeezed(), "int y; int x; int main_;");
    let imported: Vec<bool> = r.pp.files.iter().map(|f| r.sm.get(*f).imported).collect();
    assert_eq!(imported, vec![false, true, true]);
    assert_eq!(r.pp.imports.len(), 1);
    assert_eq!(r.pp.imports[0].module.as_deref(), Some("m"));
    assert_eq!(r.pp.imports[0].file, Some(r.pp.files[1]));
}

#[test]
fn hash_include_is_ignored_unless_asked() {
    let d = files(&[
        ("main.i", "#include \"h.h\"\n#include <stdio.h>\nint m;\n"),
        ("h.h", "int h;\n"),
    ]);
    let r = run_main(&d, "main.i", &base_opts());
    assert!(r.errors().is_empty());
    assert_eq!(r.squeezed(), "int m;");
    let mut o = base_opts();
    o.include_all = true;
    let r = run_main(&d, "main.i", &o);
    assert_eq!(r.squeezed(), "int h; int m;");
    let e = r.errors();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].contains("main.i:2:1: unable to find 'stdio.h'"),
        "{e:?}"
    );
    let mut o = base_opts();
    o.import_all = true;
    let r = run_main(&d, "main.i", &o);
    assert!(r.sm.get(r.pp.files[1]).imported);
}

#[test]
fn include_name_from_macro() {
    let d = files(&[
        (
            "main.i",
            "#define S(x) #x\n#define B b.h\n%include S(a.h)\n%include B\n",
        ),
        ("a.h", "int a;\n"),
        ("b.h", "int b;\n"),
    ]);
    let r = run_main(&d, "main.i", &base_opts());
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert_eq!(r.squeezed(), "#define B b.h int a; int b;");
}

#[test]
fn preludes_and_library_files() {
    let lib = files(&[
        ("python/pre.swg", "#define PRE 7\n%include <common.i>\n"),
        ("common/common.i", "int common_;\n"),
    ]);
    let mut o = base_opts();
    o.library.override_dir = Some(lib.path().to_path_buf());
    o.preludes.push("pre.swg".into());
    let r = run_with(
        "int x = PRE;\n%include <common.i>\n",
        None,
        &o,
        Limits::default(),
    );
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert_eq!(r.squeezed(), "#define PRE 7 int common_; int x = 7;");
    let kinds: Vec<FileKind> = r.pp.files.iter().map(|f| r.sm.get(*f).kind).collect();
    assert_eq!(
        kinds,
        vec![FileKind::User, FileKind::Library, FileKind::Library]
    );
}

#[test]
fn error_inside_included_file_points_there() {
    let d = files(&[
        ("main.i", "%include \"e.i\"\n"),
        ("e.i", "int a;\n#if 1 +\n#endif\n"),
    ]);
    let r = run_main(&d, "main.i", &base_opts());
    let e = r.errors();
    assert_eq!(e.len(), 1);
    assert!(e[0].contains("e.i:2:8:"), "{e:?}");
}

// ---- origins ---------------------------------------------------------------

#[test]
fn origins_of_copied_and_expanded_text() {
    let r = run("#define F(x) (x + 1)\nint a;\n  int b = F(2); int c;\n");
    assert_eq!(r.origin_of("int a"), "t.i:2:1");
    assert_eq!(r.origin_of("(2 + 1)"), "t.i:3:11");
    assert_eq!(r.origin_of("int c"), "t.i:3:17");
    let at = r.text.find("(2 + 1)").expect("expansion");
    let span = r.pp.origins.span(at, at + 7);
    assert_eq!(r.sm.snippet(span), "F(2)");
}

#[test]
fn origins_after_a_multiline_swig_macro() {
    let r = run("%define M\nint m1;\nint m2;\n%enddef\nM\nint after;\n");
    assert_eq!(r.origin_of("int m2"), "t.i:5:1");
    assert_eq!(r.origin_of("int after"), "t.i:6:1");
}

// ---- bounds ----------------------------------------------------------------

#[test]
fn exponential_expansion_stops_with_error() {
    let mut src = String::from("#define a0 x x\n");
    for i in 1..=40 {
        src.push_str(&format!("#define a{i} a{} a{}\n", i - 1, i - 1));
    }
    src.push_str("int y;\n  a40\nint z;\n");
    let t = Instant::now();
    let limits = Limits {
        max_work: 200_000,
        ..Limits::default()
    };
    let r = run_with(&src, None, &base_opts(), limits);
    assert!(t.elapsed() < Duration::from_secs(5));
    let e = r.errors();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].starts_with("t.i:43:3: macro expansion"), "{e:?}");
    assert!(r.text.contains("int z;"));
}

#[test]
fn deep_parentheses_do_not_overflow() {
    let n = 50_000;
    let parens = format!("{}1{}", "(".repeat(n), ")".repeat(n));
    let r = run(&format!(
        "#define F(x) x\nint v = F({parens});\n#if {parens}\nok\n#endif\n"
    ));
    assert!(r.errors().is_empty(), "{:?}", r.errors().first());
    assert!(r.text.contains("ok"));
}

#[test]
fn deeply_nested_macro_calls_are_an_error() {
    let n = 5_000;
    let src = format!(
        "#define F(x) x\nint v = {}1{};\n",
        "F(".repeat(n),
        ")".repeat(n)
    );
    let r = run(&src);
    assert!(!r.errors().is_empty());
    assert!(r.errors()[0].starts_with("t.i:2:"), "{:?}", r.errors());
}

#[test]
fn deep_conditionals_are_bounded() {
    let n = 10_000;
    let src = format!("{}{}", "#if 1\n".repeat(n), "#endif\n".repeat(n));
    let r = run(&src);
    assert!(
        r.errors().iter().any(|e| e.contains("nested too deeply")),
        "{:?}",
        r.errors().first()
    );
}

#[test]
fn include_depth_is_bounded() {
    let mut list: Vec<(String, String)> = Vec::new();
    for i in 0..100 {
        list.push((format!("f{i}.i"), format!("%include \"f{}.i\"\n", i + 1)));
    }
    list.push(("f100.i".into(), "int last;\n".into()));
    let refs: Vec<(&str, &str)> = list.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let d = files(&refs);
    let r = run_main(&d, "f0.i", &base_opts());
    let e = r.errors();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("nested too deeply"), "{e:?}");
}

#[test]
fn oversized_input_is_an_error() {
    let limits = Limits {
        max_file_size: 10,
        ..Limits::default()
    };
    let r = run_with("int a; int b; int c;\n", None, &base_opts(), limits);
    assert_eq!(r.errors().len(), 1);
}

#[test]
fn backtick_quotes_unless_already_a_string() {
    let r = run("%define Q(x) `x` %enddef\nQ(abc) Q(\"s\")\n");
    assert!(r.squeezed().contains("\"abc\" \"s\""), "{}", r.text);
}

#[test]
fn directives_inside_macro_arguments() {
    let r = run("#define F(a, b) a + b\nint x = F(1,\n#ifdef NOPE\n 5\n#else\n 2\n#endif\n);\n");
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert!(r.squeezed().contains("int x = 1 + 2;"), "{}", r.text);
}

#[test]
fn pragma_cpperraswarn_and_nowarn() {
    let r = run("#pragma SWIG cpperraswarn=1\n#error soft\n#pragma SWIG nowarn=SWIGWARN_PP_CPP_WARNING\n#warning hidden\n");
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert_eq!(r.warnings(), vec!["#error soft"]);
}

/// Random token soup must never panic or hang.
#[test]
fn random_inputs_terminate() {
    let vocab = [
        "#define ",
        "#undef ",
        "#if ",
        "#ifdef ",
        "#elif ",
        "#else",
        "#endif",
        "\n",
        "(",
        ")",
        ",",
        "A",
        "B",
        "F",
        "G(",
        "##",
        "#",
        "%define ",
        "%enddef",
        "%include ",
        "\"x\"",
        "'",
        "\"",
        "/*",
        "*/",
        "//",
        "%{",
        "%}",
        "\\\n",
        "1",
        "0x",
        "/",
        "?",
        ":",
        "...",
        "__VA_ARGS__",
        "__VA_OPT__(",
        "`",
        "%",
        "<",
        ">",
        "defined",
        " ",
        "é",
        "\\",
    ];
    let mut seed: u64 = 0x1234_5678;
    for _ in 0..400 {
        let mut s = String::new();
        for _ in 0..60 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(vocab[(seed >> 33) as usize % vocab.len()]);
        }
        let t = Instant::now();
        let r = run(&s);
        assert!(t.elapsed() < Duration::from_secs(2), "slow on {s:?}");
        let _ = r.pp.origins.span(0, r.text.len());
    }
}

#[test]
fn inline_blocks_are_preprocessed_again_at_the_end() {
    let src = "%inline %{\n#define FN(x) int x(void)\nFN(f1);\nint later(LATER);\n%}\n#define LATER int z\nint FN(no);\n";
    let r = run(src);
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    // The output keeps the block verbatim; FN is unknown to the main pass.
    assert!(
        r.text
            .contains("%inline %{\n#define FN(x) int x(void)\nFN(f1);"),
        "{}",
        r.text
    );
    assert!(r.text.contains("int FN(no);"), "{}", r.text);
    assert_eq!(r.pp.inline_blocks.len(), 1);
    let b = &r.pp.inline_blocks[0];
    assert_eq!(&r.text[b.out_start..b.out_start + 1], "\n");
    assert!(r.text[b.out_end..].starts_with("%}"));
    assert!(r.pp.inline_block_at(b.out_start).is_some());
    let squeezed: String = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(squeezed, "int f1(void); int later(int z);");
    let at = b.text.find("int later").expect("later");
    assert_eq!(r.sm.location(b.origins.span(at, at + 3)), "t.i:4:1");
}

#[test]
fn only_inline_blocks_are_reprocessed() {
    let r = run("%{ int a; %}\n%header %{ int b; %}\n% inline %{ int c; %}\n");
    assert_eq!(r.pp.inline_blocks.len(), 1);
}

#[test]
fn conditionals_do_not_cross_file_boundaries() {
    let d = files(&[
        ("main.i", "#if 1\n%include \"x.i\"\nint m;\n#endif\n"),
        ("x.i", "#endif\n#if 1\nint x;\n"),
    ]);
    let r = run_main(&d, "main.i", &base_opts());
    let e = r.errors();
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e[0].contains("x.i:1:1: #endif without #if"), "{e:?}");
    assert!(e[1].contains("x.i:2:1: unterminated conditional"), "{e:?}");
    assert_eq!(r.squeezed(), "int x; int m;");
}

#[test]
fn missing_enddef_is_located() {
    let r = run("int a;\n %define M(x)\nint x;\n");
    let e = r.errors();
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("t.i:2:2: %define without matching %enddef"),
        "{e:?}"
    );
}

#[test]
fn percent_hash_keeps_directives_in_braces() {
    let r =
        run("%extend Foo {\n  void bar() {\n    %#ifdef DEBUG\n    x();\n    %#endif\n  }\n}\n");
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    assert!(
        r.text.contains("    #ifdef DEBUG\n    x();\n    #endif\n"),
        "{}",
        r.text
    );
}

#[test]
fn expansions_do_not_glue_to_neighbours() {
    let r = run("#define N -1\n#define P x\nint a = -N; int b = P.y;\n");
    assert!(r.text.contains("int a = - -1;"), "{}", r.text);
    assert!(r.text.contains("int b = x.y;"), "{}", r.text);
}

#[test]
fn deeply_nested_va_opt_is_bounded() {
    let n = 20_000;
    let body = format!("{}x{}", "__VA_OPT__(".repeat(n), ")".repeat(n));
    let r = run(&format!("#define V(...) {body}\nV(1)\nint after;\n"));
    assert!(!r.errors().is_empty());
    assert!(r.text.contains("int after;"));
}

#[test]
fn c_standard_rescanning_examples() {
    let r = run("#define f(a) a*g\n#define g(a) f(a)\nf(2)(9);\n");
    assert_eq!(r.squeezed(), "2*9*g;");
    let src = concat!(
        "#define x 3\n#define f(a) f(x * (a))\n#undef x\n#define x 2\n#define g f\n#define z z[0]\n",
        "#define h g(~\n#define m(a) a(w)\n#define w 0,1\n#define t(a) a\n#define p() int\n",
        "#define q(x) x\n#define r(x,y) x ## y\n#define str(x) # x\n",
        "f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);\ng(x+(3,4)-w) | h 5) & m\n(f)^m(m);\n",
        "p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };\nchar c[2][6] = { str(hello), str() };\n",
    );
    let r = run(src);
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    let got: String = r
        .text
        .lines()
        .filter(|l| !l.starts_with("#define"))
        .collect::<String>();
    let got: String = got.chars().filter(|c| !c.is_whitespace()).collect();
    let want = concat!(
        "f(2*(y+1))+f(2*(f(2*(z[0]))))%f(2*(0))+t(1);",
        "f(2*(2+(3,4)-0,1))|f(2*(~5))&f(2*(0,1))^m(0,1);",
        "inti[]={1,23,4,5,};",
        "charc[2][6]={\"hello\",\"\"};",
    );
    assert_eq!(got, want);
}

#[test]
fn nested_swig_defines_and_percent_names_in_hash_directives() {
    let src = concat!(
        "%define %mark_flag(x) %define x 1 %enddef %enddef\n",
        "%mark_flag(FLAG)\n",
        "#define %arg(Arg...) Arg\n",
        "#ifdef %arg\nint has_arg = FLAG;\n#endif\n",
        "#if defined(%arg) && defined %arg\nint b = %arg(1, 2);\n#endif\n",
        "#undef %arg\n#ifndef %arg\nint gone;\n#endif\n",
    );
    let r = run(src);
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    let s = r.squeezed();
    assert!(s.contains("int has_arg = 1;"), "{s}");
    assert!(s.contains("int b = 1, 2;"), "{s}");
    assert!(s.contains("int gone;"), "{s}");
}

#[test]
fn directives_on_their_own_line_in_a_swig_macro_body() {
    let src = "%define M(a)\n#ifdef NOPE\nbad a;\n#endif\ngood a;\n%enddef\nint x; M(1)\n#define N(a) #a\n";
    let r = run(src);
    assert!(r.errors().is_empty(), "{:?}", r.errors());
    let s = r.squeezed();
    assert!(s.contains("int x; good 1;"), "{s}");
    assert!(!s.contains("bad"), "{s}");
}

#[test]
fn kept_define_paints_its_own_name() {
    let r = run("#define x (4 + y)\n#define y (2 * x)\n");
    assert!(r.text.contains("#define y (2 * (4 + y))"), "{}", r.text);
}
