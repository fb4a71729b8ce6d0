//! Command line, step 1: SWIG's argv (single-dash long options, glued
//! values such as `-IDIR`, `-DNAME=VALUE`, `-w401,+402`) rewritten into
//! canonical `--long=value` tokens that clap parses.

use rswig::options::Lang;

/// How a SWIG option maps onto the canonical clap form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Canon {
    /// A boolean flag: `--name`.
    Flag(&'static str),
    /// An option that takes the next argument: `--name=VALUE`.
    Value(&'static str),
    /// A target language: `--lang=NAME`.
    Lang(Lang),
}

/// SWIG's core options rswig interprets, by their SWIG spelling.
const CORE: &[(&str, Canon)] = &[
    ("python", Canon::Lang(Lang::Python)),
    ("lua", Canon::Lang(Lang::Lua)),
    ("ruby", Canon::Lang(Lang::Ruby)),
    ("o", Canon::Value("output")),
    ("outdir", Canon::Value("outdir")),
    ("outcurrentdir", Canon::Flag("outcurrentdir")),
    ("module", Canon::Value("module")),
    ("I", Canon::Value("include")),
    ("D", Canon::Value("define")),
    ("U", Canon::Value("undefine")),
    ("w", Canon::Value("warn")),
    ("features", Canon::Value("features")),
    ("E", Canon::Flag("preprocess-only")),
    ("includeall", Canon::Flag("includeall")),
    ("importall", Canon::Flag("importall")),
    ("Wall", Canon::Flag("wall")),
    ("Werror", Canon::Flag("werror")),
    ("Wextra", Canon::Flag("wextra")),
    ("c++", Canon::Flag("cplusplus")),
    ("M", Canon::Flag("deps-m")),
    ("MM", Canon::Flag("deps-mm")),
    ("MD", Canon::Flag("deps-md")),
    ("MMD", Canon::Flag("deps-mmd")),
    ("MF", Canon::Value("deps-file")),
    ("MT", Canon::Value("deps-target")),
    ("MP", Canon::Flag("deps-phony")),
    ("swiglib", Canon::Flag("swiglib")),
    ("dump-ast", Canon::Value("dump-ast")),
    ("version", Canon::Flag("version")),
    ("help", Canon::Flag("help")),
];

/// Options whose value may be glued to the option letter (`-IDIR`).
const GLUED: &[&str] = &["I", "D", "U", "w"];

/// An option rswig accepts but does not interpret in the core: kept in
/// `Options::lang_flags` for the backend (or ignored). `langs` empty means
/// any language accepts it.
#[derive(Clone, Copy, Debug)]
pub struct PassThrough {
    pub name: &'static str,
    pub takes_value: bool,
    pub langs: &'static [Lang],
}

const fn flag(name: &'static str, langs: &'static [Lang]) -> PassThrough {
    PassThrough {
        name,
        takes_value: false,
        langs,
    }
}

const fn valued(name: &'static str, langs: &'static [Lang]) -> PassThrough {
    PassThrough {
        name,
        takes_value: true,
        langs,
    }
}

const ANY: &[Lang] = &[];
const PY: &[Lang] = &[Lang::Python];
const LUA: &[Lang] = &[Lang::Lua];
const RB: &[Lang] = &[Lang::Ruby];

/// SWIG options accepted for compatibility (its test-suite and build
/// systems pass them); rswig's backends read the ones they implement.
pub const PASS_THROUGH: &[PassThrough] = &[
    // General options that change nothing rswig does for C yet.
    flag("addextern", ANY),
    flag("copyctor", ANY),
    flag("cpperraswarn", ANY),
    flag("nocpperraswarn", ANY),
    flag("directors", ANY),
    flag("dirprot", ANY),
    flag("nodirprot", ANY),
    flag("fcompact", ANY),
    flag("fvirtual", ANY),
    flag("fastdispatch", ANY),
    flag("nofastdispatch", ANY),
    flag("Fstandard", ANY),
    flag("Fmicrosoft", ANY),
    flag("ignoremissing", ANY),
    flag("macroerrors", ANY),
    flag("makedefault", ANY),
    flag("nocontract", ANY),
    flag("nodefault", ANY),
    flag("nodefaultctor", ANY),
    flag("nodefaultdtor", ANY),
    flag("noexcept", ANY),
    flag("templatereduce", ANY),
    flag("notemplatereduce", ANY),
    flag("small", ANY),
    flag("O", ANY),
    flag("v", ANY),
    flag("Wallkw", ANY),
    flag("I-", ANY),
    flag("debug-classes", ANY),
    flag("debug-symtabs", ANY),
    flag("debug-symbols", ANY),
    flag("debug-csymbols", ANY),
    flag("debug-lsymbols", ANY),
    flag("debug-quiet", ANY),
    flag("debug-tags", ANY),
    flag("debug-template", ANY),
    flag("debug-typedef", ANY),
    flag("debug-typemap", ANY),
    flag("debug-tmsearch", ANY),
    flag("debug-tmused", ANY),
    valued("debug-module", ANY),
    valued("debug-top", ANY),
    valued("fakeversion", ANY),
    // Python.
    flag("builtin", PY),
    flag("castmode", PY),
    flag("nocastmode", PY),
    flag("dirvtable", PY),
    flag("doxygen", PY),
    flag("extranative", PY),
    flag("fastproxy", PY),
    flag("flatstaticmethod", PY),
    flag("keyword", PY),
    flag("nofastunpack", PY),
    flag("noh", PY),
    flag("noproxy", PY),
    flag("nortti", PY),
    flag("nogil", PY),
    flag("nothreads", PY),
    flag("olddefs", PY),
    flag("py3", PY),
    flag("pyi", PY),
    valued("pyifile", PY),
    flag("relativeimport", PY),
    flag("threads", PY),
    flag("typehints", PY),
    valued("globals", PY),
    valued("interface", PY),
    // Lua.
    flag("elua", LUA),
    flag("eluac", LUA),
    flag("elua-emulate", LUA),
    flag("nomoduleglobal", LUA),
    flag("no-old-metatable-bindings", LUA),
    flag("squash-bases", LUA),
    // Ruby.
    flag("autorename", RB),
    flag("noautorename", RB),
    flag("globalmodule", RB),
    flag("minherit", RB),
    valued("initname", RB),
    valued("prefix", RB),
];

/// Finds a pass-through option by name.
pub fn pass_through(name: &str) -> Option<&'static PassThrough> {
    PASS_THROUGH.iter().find(|p| p.name == name)
}

/// A command-line error, naming the option as the user wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgError(pub String);

/// Rewrites SWIG-style arguments into canonical clap tokens. Positional
/// arguments (input files) come last, after `--`, so a file name can never
/// be taken for an option.
pub fn normalize_args(args: &[String]) -> Result<Vec<String>, ArgError> {
    let mut out = Vec::new();
    let mut positionals = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let Some(body) = arg.strip_prefix('-').filter(|b| !b.is_empty()) else {
            positionals.push(arg.clone());
            continue;
        };
        // `--help` and `--version` as most tools spell them.
        let body = match body {
            "-help" => "help",
            "-version" => "version",
            _ => body,
        };
        // `-external-runtime [FILE]`: the file is optional, so a following
        // word that is not an option is taken as it, as swig does.
        if body == "external-runtime" {
            match args.get(i).filter(|v| !v.starts_with('-')) {
                Some(file) => {
                    i += 1;
                    out.push(format!("--external-runtime={file}"));
                }
                None => out.push("--external-runtime=".to_string()),
            }
            continue;
        }
        if let Some(canon) = core_option(body) {
            match canon {
                Canon::Flag(long) => out.push(format!("--{long}")),
                Canon::Lang(lang) => out.push(format!("--lang={}", lang.name())),
                Canon::Value(long) => {
                    let value = next_value(args, &mut i, arg)?;
                    out.push(format!("--{long}={value}"));
                }
            }
            continue;
        }
        if let Some(std) = body.strip_prefix("std=") {
            if std.is_empty() {
                return Err(ArgError(format!("option {arg} needs a standard name")));
            }
            out.push(format!("--std={std}"));
            continue;
        }
        if let Some(p) = pass_through(body) {
            if p.takes_value {
                let value = next_value(args, &mut i, arg)?;
                out.push(format!("--lang-flag={}={value}", p.name));
            } else {
                out.push(format!("--lang-flag={}", p.name));
            }
            continue;
        }
        if let Some((letter, value)) = glued_option(body) {
            let Some(Canon::Value(long)) = core_option(letter) else {
                return Err(ArgError(format!("unrecognized option {arg}")));
            };
            out.push(format!("--{long}={value}"));
            continue;
        }
        return Err(ArgError(format!("unrecognized option {arg}")));
    }
    if !positionals.is_empty() {
        out.push("--".to_string());
        out.extend(positionals);
    }
    Ok(out)
}

fn core_option(body: &str) -> Option<Canon> {
    CORE.iter().find(|(n, _)| *n == body).map(|(_, c)| *c)
}

/// `-IDIR` -> (`I`, `DIR`), for the options that allow a glued value.
fn glued_option(body: &str) -> Option<(&'static str, &str)> {
    GLUED
        .iter()
        .find_map(|l| body.strip_prefix(l).map(|rest| (*l, rest)))
        .filter(|(_, rest)| !rest.is_empty())
}

fn next_value<'a>(args: &'a [String], i: &mut usize, option: &str) -> Result<&'a str, ArgError> {
    match args.get(*i) {
        Some(v) => {
            *i += 1;
            Ok(v)
        }
        None => Err(ArgError(format!("option {option} needs a value"))),
    }
}

/// Splits the `SWIG_FEATURES` environment variable into arguments, which
/// are parsed before the real command line, as swig does.
pub fn env_feature_args(value: &str) -> Vec<String> {
    value.split_whitespace().map(str::to_string).collect()
}
