//! Fuzz target: the whole pipeline (preprocess, parse, sema, backend) into
//! each of the three backends, in memory (nothing is written).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rswig::driver::run_in_memory;
use rswig::options::{Lang, Options};

fuzz_target!(|data: &[u8]| {
    for lang in [Lang::Python, Lang::Lua, Lang::Ruby] {
        let opts = Options {
            lang: Some(lang),
            input: "/nonexistent-rswig-fuzz/fuzz.i".into(),
            ..Options::default()
        };
        let (out, _files) = run_in_memory(&opts, data);
        let _ = out.diags.render(&out.sources);
    }
});
