//! Fuzz target: the parser alone (stage 2) on any text, without the
//! preprocessor in front (so it sees what no macro would make), and the
//! rendering of its diagnostics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rswig::diag::Diagnostics;
use rswig::parse::parse_interface;
use rswig::raw_text::decode;
use rswig::source::{FileKind, FileSpans, SourceMap};

fuzz_target!(|data: &[u8]| {
    let text = decode(data.to_vec());
    let mut sm = SourceMap::new();
    let file = sm.add("fuzz.i", None, text.clone(), FileKind::User);
    let mut diags = Diagnostics::new();
    let iface = parse_interface(&text, &FileSpans { file, base: 0 }, &mut diags);
    let _ = diags.render(&sm);
    let _ = iface.items.len();
});
