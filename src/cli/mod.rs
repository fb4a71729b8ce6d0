//! Command line: SWIG's argv -> `Options`. Normalise (`normalize`), parse
//! with clap (`args`), check; `-help`/`-version` need no input file.

pub mod args;
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
    let tokens = normalize::normalize_args(&all)?;
    let parsed = CanonicalArgs::parse_tokens(&tokens)?;
    if parsed.help {
        return Ok(Command::Help);
    }
    if parsed.version {
        return Ok(Command::Version);
    }
    parsed.into_options().map(|o| Command::Run(Box::new(o)))
}
