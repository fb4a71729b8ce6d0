//! Command line, step 2: the canonical tokens parsed with clap, then
//! checked and turned into `rswig::options::Options`.

use super::normalize::{pass_through, ArgError};
use clap::Parser;
use rswig::options::{DepsOptions, Lang, Options};
use std::path::PathBuf;

/// The canonical command line (what `normalize_args` produces). Users
/// never type these spellings; `rswig -help` shows SWIG's.
#[derive(Debug, Parser)]
#[command(
    name = "rswig",
    no_binary_name = true,
    disable_help_flag = true,
    disable_version_flag = true
)]
pub struct CanonicalArgs {
    #[arg(long, value_enum)]
    pub lang: Vec<Lang>,
    #[arg(long)]
    pub output: Vec<PathBuf>,
    #[arg(long)]
    pub outdir: Vec<PathBuf>,
    #[arg(long)]
    pub outcurrentdir: bool,
    #[arg(long)]
    pub module: Vec<String>,
    #[arg(long)]
    pub include: Vec<PathBuf>,
    #[arg(long)]
    pub define: Vec<String>,
    #[arg(long)]
    pub undefine: Vec<String>,
    #[arg(long)]
    pub warn: Vec<String>,
    #[arg(long)]
    pub features: Vec<String>,
    #[arg(long)]
    pub std: Vec<String>,
    #[arg(long = "lang-flag")]
    pub lang_flag: Vec<String>,
    #[arg(long = "preprocess-only")]
    pub preprocess_only: bool,
    #[arg(long)]
    pub includeall: bool,
    #[arg(long)]
    pub importall: bool,
    #[arg(long)]
    pub wall: bool,
    #[arg(long)]
    pub werror: bool,
    #[arg(long)]
    pub wextra: bool,
    #[arg(long)]
    pub cplusplus: bool,
    #[arg(long = "deps-m")]
    pub deps_m: bool,
    #[arg(long = "deps-mm")]
    pub deps_mm: bool,
    #[arg(long = "deps-md")]
    pub deps_md: bool,
    #[arg(long = "deps-mmd")]
    pub deps_mmd: bool,
    #[arg(long = "deps-file")]
    pub deps_file: Vec<PathBuf>,
    #[arg(long = "deps-target")]
    pub deps_target: Vec<String>,
    #[arg(long = "deps-phony")]
    pub deps_phony: bool,
    #[arg(long)]
    pub swiglib: bool,
    #[arg(long = "dump-ast")]
    pub dump_ast: Vec<PathBuf>,
    /// `-external-runtime [FILE]`: empty when no file was given.
    #[arg(long = "external-runtime")]
    pub external_runtime: Vec<String>,
    #[arg(long)]
    pub version: bool,
    #[arg(long)]
    pub help: bool,
    pub inputs: Vec<PathBuf>,
}

impl CanonicalArgs {
    /// Parses canonical tokens; a clap error here means the normaliser and
    /// this struct disagree, reported as an ordinary error all the same.
    pub fn parse_tokens(tokens: &[String]) -> Result<CanonicalArgs, ArgError> {
        CanonicalArgs::try_parse_from(tokens).map_err(|e| {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("invalid command line");
            ArgError(first.trim_start_matches("error: ").to_string())
        })
    }

    /// Checks the arguments and builds the run's `Options`. Repeated
    /// single-valued options take the last value, as swig does.
    pub fn into_options(self) -> Result<Options, ArgError> {
        let lang = match self.lang.as_slice() {
            [] => None,
            [one] => Some(*one),
            [first, .., last] if first == last => Some(*first),
            many => {
                let names: Vec<String> = many.iter().map(|l| format!("-{}", l.name())).collect();
                return Err(ArgError(format!(
                    "more than one target language given ({})",
                    names.join(" ")
                )));
            }
        };
        let input = match self.inputs.as_slice() {
            [] => return Err(ArgError("no input file given".to_string())),
            [one] => one.clone(),
            [_, rest @ ..] => {
                return Err(ArgError(format!(
                    "unrecognized option {} (only one input file may be given)",
                    rest[0].display()
                )))
            }
        };
        let deps = self.deps_options();
        let mut opts = Options {
            lang,
            input,
            output: self.output.last().cloned(),
            outdir: self.outdir.last().cloned(),
            outcurrentdir: self.outcurrentdir,
            module: self.module.last().cloned(),
            include_dirs: self.include,
            undefines: Vec::new(),
            preprocess_only: self.preprocess_only,
            include_all: self.includeall,
            import_all: self.importall,
            warn_all: self.wall,
            warn_error: self.werror,
            warn_extra: self.wextra || self.wall,
            cplusplus: self.cplusplus,
            std: self.std.last().cloned(),
            dump_ast: self.dump_ast.last().cloned(),
            deps,
            ..Options::default()
        };
        if let Some(m) = &opts.module {
            if !is_identifier(m) {
                return Err(ArgError(format!("-module {m}: not a valid module name")));
            }
        }
        for d in &self.define {
            opts.defines.push(parse_define(d)?);
        }
        for u in self.undefine {
            if !is_identifier(&u) {
                return Err(ArgError(format!("-U{u}: not a valid macro name")));
            }
            opts.undefines.push(u);
        }
        for list in &self.warn {
            parse_warning_list(list, &mut opts.warn_suppress, &mut opts.warn_enable)?;
        }
        for list in &self.features {
            parse_feature_list(list, &mut opts.features)?;
        }
        for f in self.lang_flag {
            check_lang_flag(&f, lang)?;
            opts.lang_flags.push(f);
        }
        Ok(opts)
    }
}

impl CanonicalArgs {
    /// `-M`/`-MM` print and stop; `-MD`/`-MMD`/`-MF` write and go on;
    /// `-MT`/`-MP` alone ask for nothing.
    fn deps_options(&self) -> Option<DepsOptions> {
        let only = self.deps_m || self.deps_mm;
        let write = self.deps_md || self.deps_mmd || !self.deps_file.is_empty();
        if !only && !write {
            return None;
        }
        Some(DepsOptions {
            only,
            system: self.deps_m || self.deps_md,
            file: self.deps_file.last().cloned(),
            target: self.deps_target.last().cloned(),
            phony: self.deps_phony,
        })
    }
}

/// A language-specific option must belong to the chosen language, as in
/// swig (`swig -lua -builtin` is an unrecognized option).
fn check_lang_flag(flag: &str, lang: Option<Lang>) -> Result<(), ArgError> {
    let name = flag.split('=').next().unwrap_or(flag);
    let (Some(p), Some(lang)) = (pass_through(name), lang) else {
        return Ok(());
    };
    if p.langs.is_empty() || p.langs.contains(&lang) {
        return Ok(());
    }
    let owners: Vec<String> = p.langs.iter().map(|l| format!("-{}", l.name())).collect();
    Err(ArgError(format!(
        "unrecognized option -{name} (it is an option of {}, not -{})",
        owners.join(", "),
        lang.name()
    )))
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// `NAME` or `NAME=VALUE` from `-D`.
pub fn parse_define(text: &str) -> Result<(String, Option<String>), ArgError> {
    let (name, value) = match text.split_once('=') {
        Some((n, v)) => (n, Some(v.to_string())),
        None => (text, None),
    };
    if !is_identifier(name) {
        return Err(ArgError(format!("-D{text}: not a valid macro name")));
    }
    Ok((name.to_string(), value))
}

/// `-w401,+402,-403`: plain or `-` numbers are suppressed, `+` numbers
/// enabled.
pub fn parse_warning_list(
    list: &str,
    suppress: &mut Vec<u32>,
    enable: &mut Vec<u32>,
) -> Result<(), ArgError> {
    for item in list.split(',').filter(|s| !s.is_empty()) {
        let (target, digits) = match item.as_bytes()[0] {
            b'+' => (&mut *enable, &item[1..]),
            b'-' => (&mut *suppress, &item[1..]),
            _ => (&mut *suppress, item),
        };
        let number = digits
            .parse::<u32>()
            .map_err(|_| ArgError(format!("-w{list}: '{item}' is not a warning number")))?;
        target.push(number);
    }
    Ok(())
}

/// `-features name[=value],...`; the value defaults to "1".
pub fn parse_feature_list(list: &str, out: &mut Vec<(String, String)>) -> Result<(), ArgError> {
    for item in list.split(',').filter(|s| !s.is_empty()) {
        let (name, value) = item.split_once('=').unwrap_or((item, "1"));
        let name = name.trim();
        if name.is_empty() || name.chars().any(char::is_whitespace) {
            return Err(ArgError(format!(
                "-features {list}: '{item}' is not name[=value]"
            )));
        }
        out.push((name.to_string(), value.to_string()));
    }
    Ok(())
}
