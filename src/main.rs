//! The `rswig` command: SWIG's command line, parsed into `Options` (see
//! `cli/`), then `rswig::run`. The only place that chooses an exit code.

mod cli;

use cli::Command;
use rswig::diag::Diagnostics;
use rswig::source::SourceMap;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let env_features = std::env::var("SWIG_FEATURES").ok();
    let opts = match cli::parse_command_line(&args, env_features.as_deref()) {
        Ok(Command::Help) => {
            print!("{}", cli::help::help_text());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            print!("{}", cli::help::version_text());
            return ExitCode::SUCCESS;
        }
        Ok(Command::SwigLib) => {
            return match rswig::library::library_dir() {
                Ok(dir) => {
                    println!("{}", dir.display());
                    ExitCode::SUCCESS
                }
                Err(e) => fail(format!("cannot write the library folder for -swiglib: {e}")),
            };
        }
        Ok(Command::ExternalRuntime { lang, file }) => {
            let Some(lang) = lang else {
                return fail(
                    "-external-runtime needs a target language: -python, -lua or -ruby".into(),
                );
            };
            let outcome = rswig::driver::external_runtime(lang, file.as_deref());
            eprint!("{}", outcome.diags.render(&outcome.sources));
            return if outcome.failed() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
        Ok(Command::Run(opts)) => opts,
        Err(e) => {
            let code = fail(e.0);
            eprintln!("Use 'rswig -help' for available options.");
            return code;
        }
    };
    let outcome = rswig::driver::run_then_exit(&opts);
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.diags.render(&outcome.sources));
    if outcome.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reports an error that belongs to no source file; exit code 1.
fn fail(message: String) -> ExitCode {
    let mut diags = Diagnostics::new();
    diags.error_nospan(message);
    eprint!("{}", diags.render(&SourceMap::new()));
    ExitCode::from(1)
}
