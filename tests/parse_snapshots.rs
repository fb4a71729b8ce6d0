//! Parser snapshots: every `tests/parse/*.i` file is parsed (without the
//! preprocessor) and its AST dump plus diagnostics is compared with the
//! insta snapshot `tests/snapshots/parse_snapshots__<name>.snap`.

use rswig::diag::Diagnostics;
use rswig::source::{FileKind, FileSpans, SourceMap};
use std::path::Path;

fn parse_dump(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let name = format!(
        "parse/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut sm = SourceMap::new();
    let file = sm.add(name, None, text.clone(), FileKind::User);
    let mut diags = Diagnostics::new();
    let iface = rswig::parse::parse_interface(&text, &FileSpans { file, base: 0 }, &mut diags);
    let mut out = rswig::parse::dump_interface(&iface, &sm);
    let errors = diags.render(&sm);
    if !errors.is_empty() {
        out.push_str("--- diagnostics ---\n");
        out.push_str(&errors);
    }
    out
}

#[test]
fn parse_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/parse exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "i"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in files {
        let stem = f
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(stem, parse_dump(&f));
    }
}
