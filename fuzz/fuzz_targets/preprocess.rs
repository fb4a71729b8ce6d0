//! Fuzz target: the preprocessor alone (stage 1), on any bytes, with the
//! embedded library reachable through `%include`. Diagnostics are rendered
//! too, so a bad span would show up as a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rswig::diag::Diagnostics;
use rswig::library::Library;
use rswig::options::Lang;
use rswig::preprocess::{preprocess, PreprocessOptions};
use rswig::raw_text::decode;
use rswig::source::{FileKind, SourceMap};

fuzz_target!(|data: &[u8]| {
    let mut sm = SourceMap::new();
    let main = sm.add(
        "fuzz.i",
        None,
        decode(data.to_vec()),
        FileKind::User,
    );
    let opts = PreprocessOptions {
        defines: vec![("SWIG".into(), None), ("SWIGPYTHON".into(), None)],
        undefines: Vec::new(),
        include_dirs: Vec::new(),
        include_all: false,
        import_all: false,
        preludes: Vec::new(),
        library: Library::new(Lang::Python),
    };
    let mut diags = Diagnostics::new();
    let pp = preprocess(&mut sm, main, &opts, &mut diags);
    let _ = diags.render(&sm);
    let _ = pp.text.len();
});
