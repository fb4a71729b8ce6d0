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
#[ignore]
fn debug_error() {
    use pest::Parser as _;
    pest::set_error_detail(true);
    let text = std::env::var("T").unwrap_or_default();
    let e = grammar::CParser::parse(grammar::Rule::item, &text).err();
    if let Some(e) = e {
        eprintln!("{:?}", e.variant);
        if let Some(a) = e.parse_attempts() {
            eprintln!("tokens {:?}", a.expected_tokens());
            eprintln!("stacks {:?}", a.call_stacks());
        }
    }
}
