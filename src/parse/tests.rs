//! Stage 2, parse: unit tests, one per construct.

use super::*;
use crate::diag::Diagnostics;
use crate::source::{FileKind, FileSpans, SourceMap};

/// Parses `text`; returns the dump and the rendered diagnostics.
fn run(text: &str) -> (String, String) {
    let mut sm = SourceMap::new();
    let file = sm.add("t.i", None, text.to_string(), FileKind::User);
    let mut diags = Diagnostics::new();
    let iface = parse_interface(text, &FileSpans { file, base: 0 }, &mut diags);
    (dump_interface(&iface, &sm), diags.render(&sm))
}

fn ok(text: &str) -> String {
    let (dump, errs) = run(text);
    assert!(errs.is_empty(), "unexpected errors:\n{errs}\nfor:\n{text}");
    dump
}

#[test]
fn module_and_code() {
    let d = ok("%module(directors=\"1\") example\n%{\n#include \"x.h\"\n%}\n");
    assert!(d.contains("module example(directors=\"1\")"), "{d}");
    assert!(d.contains("code header %{}\"#include \\\"x.h\\\"\""), "{d}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let text = format!(
        "%module m\nint x = {}1{};\nint y;\n",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    let (dump, errs) = run(&text);
    assert!(errs.contains("t.i:2:"), "{errs}");
    assert!(errs.contains("nesting too deep"), "{errs}");
    assert!(dump.contains("y: int"), "{dump}");
    let text = format!("struct S {}int a;{}\n", "{".repeat(100_000), "}".repeat(10));
    let (_, errs) = run(&text);
    assert!(errs.contains("nesting too deep"), "{errs}");
}

#[test]
fn moderate_nesting_parses() {
    let text = format!("int x = {}1{};\n", "(".repeat(200), ")".repeat(200));
    ok(&text);
    let text = format!("int {}f{}(int);\n", "(*".repeat(60), ")".repeat(60));
    ok(&text);
}

#[test]
fn backtracking_heavy_declarators_finish() {
    // Nested parenthesised declarators with an error at the very end.
    let text = format!(
        "int f({}int x{} ;\n",
        "int (*g)(".repeat(120),
        ")".repeat(119)
    );
    let (_, errs) = run(&text);
    assert!(errs.contains("error"), "{errs}");
}

#[test]
fn functions_and_parameters() {
    let d = ok("int f(void);\nint g(int, char *);\nint h(const char *fmt, ...);\nint k(int a = 3, double b = 1.5);\n");
    assert!(d.contains("f: fn() -> int"), "{d}");
    assert!(d.contains("g: fn(int, char*) -> int"), "{d}");
    assert!(d.contains("h: fn(fmt: const char*, ...) -> int"), "{d}");
    assert!(
        d.contains("k: fn(a: int = 3, b: double = 1.5) -> int"),
        "{d}"
    );
}

#[test]
fn variables_with_qualifiers_and_initializers() {
    let d = ok("extern const volatile int a;\nstatic char *const p = 0;\nregister int r;\nint arr[] = { 1, 2 };\nchar * __restrict q;\n");
    assert!(d.contains("decl Extern base=const volatile int"), "{d}");
    assert!(d.contains("p: char* const = 0"), "{d}");
    assert!(d.contains("decl Register"), "{d}");
    assert!(d.contains("arr: int[] = {1 2}"), "{d}");
    assert!(d.contains("q: char* restrict"), "{d}");
}

#[test]
fn primitive_combinations() {
    let d = ok("long int a; long long unsigned int b; signed char c; unsigned d; short unsigned e;\n_Bool f; bool g; wchar_t h; long double i; float complex j; complex double k;\n");
    for t in [
        "a: long",
        "b: unsigned long long",
        "c: signed char",
        "d: unsigned int",
        "e: unsigned short",
        "f: bool",
        "g: bool",
        "h: wchar_t",
        "i: long double",
        "j: float _Complex",
        "k: double _Complex",
    ] {
        assert!(d.contains(t), "{t} in {d}");
    }
    let (_, errs) = run("unsigned double x;\n");
    assert!(
        errs.contains("t.i:1:1: error: invalid type `unsigned double`"),
        "{errs}"
    );
}

#[test]
fn function_pointers_and_arrays() {
    let d = ok("int (*f)(int, double);\nint (*tab[4])(void);\nint (*getf(void))(int);\ndouble m[2][3];\ntypedef void (*cb_t)(void *);\n");
    assert!(d.contains("f: (fn(int, double) -> int)*"), "{d}");
    assert!(d.contains("tab: (fn() -> int)*[4]"), "{d}");
    assert!(d.contains("getf: fn() -> (fn(int) -> int)*"), "{d}");
    assert!(d.contains("m: double[2][3]"), "{d}");
    assert!(d.contains("cb_t: (fn(void*) -> void)*"), "{d}");
}

#[test]
fn structs_unions_enums() {
    let d = ok("struct P { int x : 3; union { int i; float f; } u; struct P *next; };\nenum E { A, B = 2, C = B << 1, };\nstruct Fwd;\ntypedef struct { int a; } Anon;\n");
    assert!(d.contains("struct P {"), "{d}");
    assert!(d.contains("x: int : 3"), "{d}");
    assert!(d.contains("union <anon> {"), "{d}");
    assert!(d.contains("next: struct P*"), "{d}");
    assert!(d.contains("C = (<< B 1)"), "{d}");
    assert!(d.contains("decl base=struct Fwd\n"), "{d}");
    assert!(d.contains("Anon: struct <anon>"), "{d}");
}

#[test]
fn extern_c_inline_and_gnu_extensions() {
    let d = ok("extern \"C\" { int a(void); }\nextern \"C\" int b(void);\nstatic inline int c(int x) { return x; }\n__extension__ typedef long long ll;\nint __attribute__((deprecated)) d(void) __attribute__((pure));\n__declspec(dllexport) int e(void);\n");
    assert!(d.contains("a: fn() -> int"), "{d}");
    assert!(d.contains("decl ExternC base=int"), "{d}");
    assert!(d.contains("decl Static inline"), "{d}");
    assert!(d.contains("ll: long long"), "{d}");
    assert!(d.contains("d: fn() -> int"), "{d}");
    assert!(d.contains("e: fn() -> int"), "{d}");
}

#[test]
fn c_plus_plus_keywords_are_identifiers() {
    let d = ok("int class; int new(int this); struct template { int private; };\n");
    assert!(d.contains("class: int"), "{d}");
    assert!(d.contains("new: fn(this: int) -> int"), "{d}");
}

#[test]
fn defines_keep_text_and_value() {
    let d =
        ok("#define A 10UL\n#define B \"s\" \"t\"\n#define C int x\n#define F(x) x\n#define E\n");
    assert!(d.contains("define A = 10UL \"10UL\""), "{d}");
    assert!(d.contains("define B = \"st\""), "{d}");
    assert!(d.contains("define C = - \"int x\""), "{d}");
    assert!(!d.contains("define F"), "{d}");
    assert!(d.contains("define E = - \"\""), "{d}");
}

#[test]
fn constants() {
    let d = ok("%constant int FOO = 1;\n%constant BAR = 3;\n%constant int (*ADD)(int,int) = add;\n%constant char *S = \"x\";\n");
    assert!(d.contains("constant FOO: int = 1"), "{d}");
    assert!(d.contains("constant BAR: ? = 3"), "{d}");
    assert!(
        d.contains("constant ADD: (fn(int, int) -> int)* = add"),
        "{d}"
    );
    assert!(d.contains("constant S: char* = \"x\""), "{d}");
}

#[test]
fn typemaps() {
    let d = ok(concat!(
        "%typemap(in) int \"$1 = 0;\";\n",
        "%typemap(in, numinputs=0, noblock=1) int *OUTPUT (int temp) { $1 = &temp; }\n",
        "%typemap(in) (char *STR, int LEN) { }\n",
        "%typemap(in) int, short, long { }\n",
        "%typemap(in) int ARRAY[ANY], char [ANY], SWIGTYPE *, const SWIGTYPE &, enum SWIGTYPE %{ %}\n",
        "%typemap(out) int = long;\n",
        "%typemap(out) int;\n",
        "%typemap(typecheck, precedence=SWIG_TYPECHECK_INTEGER) int {}\n",
        "%typemap(in) SWIGTYPE (void *argp, int res = 0), $*1_ltype temp { }\n",
        "%typemap(in) (...) { }\n",
    ));
    assert!(
        d.contains("typemap(in)(numinputs=0, noblock=1) int* OUTPUT (temp: int)"),
        "{d}"
    );
    assert!(d.contains("typemap(in) (char* STR, int LEN)"), "{d}");
    assert!(d.contains("typemap(in) int, short, long"), "{d}");
    assert!(
        d.contains("int[ANY] ARRAY, char[ANY], SWIGTYPE*, const SWIGTYPE&, enum SWIGTYPE"),
        "{d}"
    );
    assert!(d.contains("typemap(out) int = long"), "{d}");
    assert!(d.contains("typemap(out) int delete"), "{d}");
    assert!(d.contains("SWIGTYPE (argp: void*, res: int = 0)"), "{d}");
    assert!(d.contains("typemap(in) ... {}"), "{d}");
}

#[test]
fn apply_and_clear() {
    let d = ok("%apply int *OUTPUT { int *a, int *b };\n%apply (char *STR, int LEN) { (char *s, int n) };\n%clear int *a, int *b;\n");
    assert!(d.contains("apply int* OUTPUT { int* a, int* b }"), "{d}");
    assert!(
        d.contains("apply (char* STR, int LEN) { (char* s, int n) }"),
        "{d}"
    );
    assert!(d.contains("clear int* a, int* b"), "{d}");
}

#[test]
fn generic_directives() {
    let d = ok(concat!(
        "%rename(newname) oldname;\n",
        "%rename(\"%(lowercase)s\", %$isfunction) \"\";\n",
        "%rename(foo_i) foo(int);\n",
        "%ignore Vector::x;\n",
        "%immutable;\n",
        "%feature(\"autodoc\", \"1\");\n",
        "%feature(\"docstring\") foo \"text\";\n",
        "%feature(\"except\") foo %{ x %}\n",
        "%exception { $action }\n",
        "%exception %{ $action %}\n",
        "%warnfilter(SWIGWARN_TYPEMAP_CHARLEAK, 451) foo;\n",
        "%pragma(python) code=\"import os\";\n",
        "%varargs(3, char *arg = NULL) execlp;\n",
        "%echo \"hello\"\n",
        "%rename(x) struct Foo;\n",
        "%native(f) PyObject *f(PyObject *self);\n",
        "%rename(__getitem) *::getitem;\n",
    ));
    assert!(d.contains("%rename(__getitem) *::getitem -"), "{d}");
    assert!(d.contains("%rename(newname) oldname -"), "{d}");
    assert!(
        d.contains("%rename(\"%(lowercase)s\", %$isfunction) \"\" -"),
        "{d}"
    );
    assert!(d.contains("%rename(foo_i) foo(int) -"), "{d}");
    assert!(d.contains("%ignore Vector::x -"), "{d}");
    assert!(d.contains("%immutable - -"), "{d}");
    assert!(
        d.contains("%feature(\"docstring\") foo \"\"\"text\""),
        "{d}"
    );
    assert!(d.contains("%exception - %{}\"$action\""), "{d}");
    assert!(
        d.contains("%warnfilter(SWIGWARN_TYPEMAP_CHARLEAK, 451) foo"),
        "{d}"
    );
    assert!(d.contains("%pragma(python) code \"\"\"import os\""), "{d}");
    assert!(d.contains("%varargs(3, arg=<char*>) execlp"), "{d}");
    assert!(d.contains("%echo - \"\"\"hello\""), "{d}");
    assert!(d.contains("%rename(x) Foo -"), "{d}");
    assert!(d.contains("%native(f) f(self: PyObject*) -"), "{d}");
}

#[test]
fn code_sections() {
    let d = ok("%{ a %}\n%header %{ b %}\n%init %{ c %}\n%pythoncode %{ d %}\n%pythonbegin %{ e %}\n%luacode { f }\n%insert(\"runtime\") %{ g %}\n%insert(\"python\") \"file.py\"\n");
    for s in [
        "code header %{}\"a\"",
        "code header %{}\"b\"",
        "code init",
        "code python %{}\"d\"",
        "code pythonbegin",
        "code luacode {}\"{ f }\"",
        "code runtime",
        "code python \"\"\"file.py\"",
    ] {
        assert!(d.contains(s), "{s} in {d}");
    }
}

#[test]
fn inline_is_parsed_with_mapped_spans() {
    let d = ok("%module m\n%inline %{\nint f(int x) { return x; }\n  struct S { int a; };\n%}\n");
    assert!(
        d.contains("  3:1 decl base=int\n    3:5 f: fn(x: int) -> int"),
        "{d}"
    );
    assert!(d.contains("  4:3 decl base=struct S"), "{d}");
    let (_, errs) = run("%module m\n%inline %{\nint ok;\nint bad(;\n%}\n");
    assert!(errs.contains("t.i:4:9: error"), "{errs}");
}

#[test]
fn extend_and_members() {
    let d = ok("%extend Vector {\n  Vector(double x) { return 0; }\n  ~Vector() { }\n  double norm() { return 0; }\n  %immutable;\n}\nstruct S { int a; %extend { int f() { return 1; } } %rename(b) a; };\n");
    assert!(d.contains("extend Vector"), "{d}");
    assert!(d.contains("Vector: fn(x: double) -> Vector"), "{d}");
    assert!(d.contains("~Vector: fn() -> void"), "{d}");
    assert!(d.contains("extend -\n"), "{d}");
    assert!(d.contains("%rename(b) a -"), "{d}");
}

#[test]
fn fragments() {
    let d = ok("%fragment(\"f\", \"header\", fragment=\"dep\") %{ code %}\n%fragment(\"g\");\n%fragment(\"h\", \"header\") { x }\n");
    assert!(
        d.contains("fragment \"f\"(\"header\", fragment=\"dep\") %{}\"code\""),
        "{d}"
    );
    assert!(d.contains("fragment \"g\" -"), "{d}");
    assert!(d.contains("fragment \"h\"(\"header\") {}\"{ x }\""), "{d}");
}

#[test]
fn syntax_errors_are_located_and_recovered() {
    let (dump, errs) =
        run("%module m\nint f(int x;\nint ok1;\nstruct S { int a b; };\ndouble 3x;\nint ok2;\n");
    assert!(errs.contains("t.i:2:12: error: expected"), "{errs}");
    assert!(errs.contains("t.i:4:18: error: expected ';'"), "{errs}");
    assert!(errs.contains("after declarator, found `b`"), "{errs}");
    assert!(errs.contains("t.i:5:8: error:"), "{errs}");
    assert!(
        dump.contains("ok1: int") && dump.contains("ok2: int"),
        "{dump}"
    );
}

#[test]
fn comments_are_accepted_in_raw_text() {
    let d = ok("/* c */ int /* x */ a; // trailing\n%module /* m */ m\n");
    assert!(d.contains("a: int"), "{d}");
    assert!(d.contains("module m"), "{d}");
}

#[test]
fn expression_text_is_exact_source() {
    let mut sm = SourceMap::new();
    let text = "int a[2 * (N + 1)];\n";
    let file = sm.add("t.i", None, text.into(), FileKind::User);
    let mut diags = Diagnostics::new();
    let iface = parse_interface(text, &FileSpans { file, base: 0 }, &mut diags);
    let crate::ast::ItemKind::Decl(d) = &iface.items[0].kind else {
        panic!("not a decl")
    };
    let crate::ast::TypeKind::Array(_, Some(size)) = &d.declarators[0].ty.kind else {
        panic!("not an array")
    };
    assert_eq!(size.text, "2 * (N + 1)");
    assert_eq!(sm.snippet(size.span), "2 * (N + 1)");
}

#[test]
fn designated_initializers_and_flag_attrs() {
    let d = ok("struct P p = { .x = 1, [2] = 3 };\n%rename(\"%(upper)s\", %$not %$isenum, match$name=\"x\") \"\";\n");
    assert!(d.contains("p: struct P = {1 3}"), "{d}");
    assert!(
        d.contains("%rename(\"%(upper)s\", %$not %$isenum, match$name=\"x\") \"\" -"),
        "{d}"
    );
}

#[test]
fn c11_and_gnu_odds_and_ends() {
    let d = ok(concat!(
        "_Static_assert(sizeof(int) == 4, \"int\");\n",
        "_Thread_local int tl;\n",
        "_Alignas(16) char buf[16];\n",
        "struct __attribute__((packed)) P { char c; int i; } __attribute__((aligned(4)));\n",
        "struct Q { int : 3; int b : 2; };\n",
        "%pragma(java) jniclasscode=%{ code %}\n",
        "_Atomic(unsigned long) counter; _Atomic int flag;\n",
    ));
    assert!(d.contains("counter: unsigned long"), "{d}");
    assert!(d.contains("flag: int"), "{d}");
    assert!(d.contains("tl: int"), "{d}");
    assert!(d.contains("buf: char[16]"), "{d}");
    assert!(!d.contains("<anon>: struct P"), "{d}");
    assert!(d.contains("<anon>: int : 3"), "{d}");
    assert!(d.contains("%pragma(java) jniclasscode %{}\"code\""), "{d}");
}

#[test]
fn nesting_just_under_the_limit_does_not_overflow() {
    let n = MAX_NESTING - 1;
    let text = format!("{}int a;{}\n", "struct S { ".repeat(n), " } s;".repeat(n));
    let (_, errs) = run(&text);
    assert!(errs.is_empty(), "{errs}");
    let text = format!(
        "%extend S {{ {} }}\n",
        "%extend { ".repeat(n - 1) + &"}".repeat(n - 1)
    );
    let (_, errs) = run(&text);
    assert!(errs.is_empty(), "{errs}");
    let text = format!("int x = {}1{};\n", "-(".repeat(n), ")".repeat(n));
    let (_, errs) = run(&text);
    assert!(errs.is_empty(), "{errs}");
}

#[test]
fn long_operator_chains_do_not_overflow() {
    for (name, text) in [
        ("prefix", format!("int x = {}1;\n", "- ".repeat(5_000))),
        (
            "ternary",
            format!("int x = {}0;\n", "a ? b : ".repeat(3_000)),
        ),
        ("sum", format!("int x = {}0;\n", "1 + ".repeat(5_000))),
        ("casts", format!("int x = {}0;\n", "(int)".repeat(3_000))),
        ("pointers", format!("int {}p;\n", "*".repeat(5_000))),
        (
            "strings",
            format!("char *s = {};\n", "\"a\" ".repeat(5_000)),
        ),
    ] {
        let (_, errs) = run(&text);
        let first = errs.lines().next().unwrap_or("");
        match name {
            "strings" => assert!(errs.is_empty(), "{name}: {first}"),
            "pointers" => assert!(first.contains("declarator too complex"), "{name}: {first}"),
            "prefix" => assert!(first.contains("error"), "{name}: {first}"),
            _ => assert!(first.contains("expression too complex"), "{name}: {first}"),
        }
    }
}

#[test]
fn inline_blocks_use_the_preprocessed_content_when_given() {
    struct Fake {
        file: crate::source::FileId,
        raw_start: usize,
    }
    impl InlineSource for Fake {
        fn preprocessed_inline(&self, raw_start: usize) -> Option<(&str, &dyn SpanMap)> {
            (raw_start == self.raw_start).then_some(("int expanded(int y);", self as &dyn SpanMap))
        }
    }
    impl SpanMap for Fake {
        fn span(&self, start: usize, end: usize) -> crate::source::Span {
            crate::source::Span::new(self.file, start, end)
        }
    }
    let text = "%module m\n%inline %{\nKW(expanded, y)\n%}\n";
    let mut sm = SourceMap::new();
    let file = sm.add("t.i", None, text.to_string(), FileKind::User);
    let fake = Fake {
        file,
        raw_start: text.find("%{").unwrap_or(0) + 2,
    };
    let mut diags = Diagnostics::new();
    let items = parse_items(text, &FileSpans { file, base: 0 }, Some(&fake), &mut diags);
    let dump = dump_interface(&Interface { items }, &sm);
    assert!(!diags.has_errors(), "{}", diags.render(&sm));
    assert!(dump.contains("expanded: fn(y: int) -> int"), "{dump}");
    assert!(dump.contains("inline %{}\"KW(expanded, y)\""), "{dump}");
}
