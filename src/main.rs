//! The `rswig` command: SWIG's command line, parsed into `Options`, then
//! `rswig::run`. The only place that chooses an exit code.

use rswig::options::{Lang, Options};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = Options::default();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-python" => opts.lang = Some(Lang::Python),
            "-lua" => opts.lang = Some(Lang::Lua),
            "-ruby" => opts.lang = Some(Lang::Ruby),
            "-o" => opts.output = it.next().map(PathBuf::from),
            "-outdir" => opts.outdir = it.next().map(PathBuf::from),
            "-outcurrentdir" => opts.outcurrentdir = true,
            "-module" => opts.module = it.next(),
            "-E" => opts.preprocess_only = true,
            "-c++" => opts.cplusplus = true,
            "-Werror" => opts.warn_error = true,
            "-Wall" => opts.warn_all = true,
            s if s.starts_with("-I") => opts.include_dirs.push(PathBuf::from(&s[2..])),
            s if !s.starts_with('-') => opts.input = PathBuf::from(s),
            s => opts.lang_flags.push(s[1..].to_string()),
        }
    }
    let outcome = rswig::run(&opts);
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.diags.render(&outcome.sources));
    if outcome.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
