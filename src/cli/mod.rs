//! Command line: SWIG's argv -> `Options`. Expand `@file`s (`argsfile`),
//! normalise (`normalize`), parse with clap (`args`), check; `-help`,
//! `-version`, `-swiglib` and `-external-runtime` need no input file.

pub mod args;
pub mod argsfile;
pub mod help;
pub mod normalize;

#[cfg(test)]
mod tests;

use args::CanonicalArgs;
pub use normalize::ArgError;
use rswig::options::Options;

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Run(Box<Options>),
    Help,
    Version,
    /// `-swiglib`: print the library folder.
    SwigLib,
    /// `-external-runtime [FILE]`: write the runtime header for a language.
    ExternalRuntime {
        lang: Option<rswig::options::Lang>,
        file: Option<std::path::PathBuf>,
    },
}

/// Parses the arguments (without the program name). `env_features` is
/// the `SWIG_FEATURES` environment variable: its words come first.
pub fn parse_command_line(
    args: &[String],
    env_features: Option<&str>,
) -> Result<Command, ArgError> {
    let mut all = env_features
        .map(normalize::env_feature_args)
        .unwrap_or_default();
    all.extend(args.iter().cloned());
    let all = argsfile::expand_args(&all, &|p| std::fs::read_to_string(p))?;
    let tokens = normalize::normalize_args(&all)?;
    let parsed = CanonicalArgs::parse_tokens(&tokens)?;
    if parsed.help {
        return Ok(Command::Help);
    }
    if parsed.version {
        return Ok(Command::Version);
    }
    if parsed.swiglib {
        return Ok(Command::SwigLib);
    }
    if let Some(file) = parsed.external_runtime.last() {
        return Ok(Command::ExternalRuntime {
            lang: parsed.lang.last().copied(),
            file: Some(file).filter(|f| !f.is_empty()).map(Into::into),
        });
    }
    parsed.into_options().map(|o| Command::Run(Box::new(o)))
}
