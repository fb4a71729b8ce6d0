//! Unit tests of sema: interfaces parsed from text (with hand-written
//! typemaps, no library) and the IR they give.

use crate::diag::Diagnostics;
use crate::ir::{Decl, Module};
use crate::options::{Lang, Options};
use crate::source::{FileKind, FileSpans, SourceMap};

fn analyze_text(text: &str) -> (Module, Diagnostics) {
    let mut sm = SourceMap::new();
    let id = sm.add("t.i", None, text.to_string(), FileKind::User);
    let mut diags = Diagnostics::new();
    let iface = crate::parse::parse_interface(text, &FileSpans { file: id, base: 0 }, &mut diags);
    let opts = Options {
        lang: Some(Lang::Python),
        ..Default::default()
    };
    let m = super::analyze(iface, &sm, &opts, &mut diags);
    (m, diags)
}

const TYPEMAPS: &str = r#"
%typemap(in) int (int v) %{ v = IN($input); $1 = v; %}
%typemap(out) int %{ $result = OUT($1); %}
%typemap(out) void %{ $result = VOID; %}
%typemap(constcode) int %{ CONST("$symname", $value); %}
%typemap(constcode) double %{ DCONST("$symname", $value); %}
%typemap(typecheck, precedence=SWIG_TYPECHECK_INT32) int %{ $1 = ISINT($input); %}
%typemap(typecheck, precedence=SWIG_TYPECHECK_DOUBLE) double %{ $1 = ISDBL($input); %}
%typemap(in) double %{ $1 = DIN($input); %}
"#;

#[test]
fn functions_get_substituted_typemaps_and_renames() {
    let (m, d) = analyze_text(&format!(
        "%module t\n{TYPEMAPS}\n%rename(plus) add;\nint add(int a, int b);\n%ignore hidden;\nvoid hidden(void);\n"
    ));
    assert!(!d.has_errors());
    let f: Vec<_> = m.functions().collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].sym_name, "plus");
    assert_eq!(f[0].c_decl, "int add(int a, int b)");
    assert_eq!(f[0].convert[1].trim(), "v2 = IN(swig_obj[1]); arg2 = v2;");
    assert_eq!(f[0].action, "result = (int)add(arg1,arg2);");
    assert_eq!(
        f[0].out.as_deref().map(str::trim),
        Some("resultobj = OUT(result);")
    );
    assert!(f[0].locals.iter().any(|l| l.decl == "int v1"));
}

#[test]
fn defines_are_typed_like_c() {
    let (m, _) = analyze_text(&format!(
        "%module t\n{TYPEMAPS}\n#define A 3\n#define B (A * 2)\n#define C 1.5\n#define D foo(1)\n"
    ));
    let c: Vec<&str> = m.constants().map(|c| c.code.trim()).collect();
    assert_eq!(
        c,
        vec![
            "CONST(\"A\", 3);",
            "CONST(\"B\", (A * 2));",
            "DCONST(\"C\", 1.5);"
        ]
    );
}

#[test]
fn overloads_get_a_dispatcher_cheapest_first() {
    let (m, d) = analyze_text(&format!(
        "%module t\n{TYPEMAPS}\n%rename(f) fd;\n%rename(f) fi;\nint fd(double x);\nint fi(int x);\n"
    ));
    assert!(!d.has_errors());
    let disp: Vec<_> = m.functions().filter(|f| !f.dispatch.is_empty()).collect();
    assert_eq!(disp.len(), 1);
    let cases: Vec<&str> = disp[0]
        .dispatch
        .iter()
        .map(|c| c.wrap_name.as_str())
        .collect();
    assert_eq!(cases, vec!["_wrap_f__SWIG_1", "_wrap_f__SWIG_0"]);
    assert!(
        m.decls
            .iter()
            .filter(|d| matches!(d, Decl::Function(f) if f.overloaded))
            .count()
            == 2
    );
}
