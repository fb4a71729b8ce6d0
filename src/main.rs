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
        Ok(Command::Run(opts)) => opts,
        Err(e) => {
            let mut diags = Diagnostics::new();
            diags.error_nospan(e.0);
            eprint!("{}", diags.render(&SourceMap::new()));
            eprintln!("Use 'rswig -help' for available options.");
            return ExitCode::from(1);
        }
    };
    let outcome = rswig::run(&opts);
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.diags.render(&outcome.sources));
    if outcome.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
