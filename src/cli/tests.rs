//! Command line: unit tests for the argv normaliser and option parsing.

use super::normalize::normalize_args;
use super::{parse_command_line, Command};
use rswig::options::{Lang, Options};
use std::path::PathBuf;

fn argv(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

fn norm(s: &str) -> Vec<String> {
    match normalize_args(&argv(s)) {
        Ok(t) => t,
        Err(e) => panic!("normalize {s:?}: {}", e.0),
    }
}

fn opts(s: &str) -> Options {
    match parse_command_line(&argv(s), None) {
        Ok(Command::Run(o)) => *o,
        Ok(other) => panic!("{s:?}: expected a run, got {other:?}"),
        Err(e) => panic!("{s:?}: {}", e.0),
    }
}

fn error(s: &str) -> String {
    error_env(s, None)
}

fn error_env(s: &str, env: Option<&str>) -> String {
    match parse_command_line(&argv(s), env) {
        Ok(c) => panic!("{s:?}: expected an error, got {c:?}"),
        Err(e) => e.0,
    }
}

#[test]
fn languages_become_lang_tokens() {
    assert_eq!(norm("-python x.i"), ["--lang=python", "--", "x.i"]);
    assert_eq!(norm("-lua"), ["--lang=lua"]);
    assert_eq!(norm("-ruby"), ["--lang=ruby"]);
}

#[test]
fn values_separate_or_glued() {
    assert_eq!(norm("-I inc -Iinc2"), ["--include=inc", "--include=inc2"]);
    assert_eq!(
        norm("-DFOO -DBAR=1 -D BAZ=x=y"),
        ["--define=FOO", "--define=BAR=1", "--define=BAZ=x=y"]
    );
    assert_eq!(norm("-UFOO -U BAR"), ["--undefine=FOO", "--undefine=BAR"]);
    assert_eq!(norm("-w401,+402 -w 403"), ["--warn=401,+402", "--warn=403"]);
    assert_eq!(
        norm("-o out/x_wrap.c -outdir py -module m"),
        ["--output=out/x_wrap.c", "--outdir=py", "--module=m"]
    );
}

#[test]
fn flags_and_pass_through() {
    assert_eq!(
        norm("-Wall -Werror -Wextra -E -c++ -includeall -importall -outcurrentdir"),
        [
            "--wall",
            "--werror",
            "--wextra",
            "--preprocess-only",
            "--cplusplus",
            "--includeall",
            "--importall",
            "--outcurrentdir"
        ]
    );
    assert_eq!(norm("-std=c23"), ["--std=c23"]);
    assert_eq!(
        norm("-builtin -interface _x -I-"),
        [
            "--lang-flag=builtin",
            "--lang-flag=interface=_x",
            "--lang-flag=I-"
        ]
    );
    assert_eq!(norm("-help --version"), ["--help", "--version"]);
}

#[test]
fn positionals_go_last_after_separator() {
    assert_eq!(norm("a.i -python"), ["--lang=python", "--", "a.i"]);
    // A value that looks like an option is still the option's value.
    assert_eq!(norm("-o -weird.c"), ["--output=-weird.c"]);
    assert_eq!(norm("-"), ["--", "-"]);
}

#[test]
fn normaliser_errors_name_the_option() {
    assert_eq!(
        normalize_args(&argv("-bogus")).unwrap_err().0,
        "unrecognized option -bogus"
    );
    assert_eq!(
        normalize_args(&argv("-o")).unwrap_err().0,
        "option -o needs a value"
    );
    assert_eq!(
        normalize_args(&argv("-I")).unwrap_err().0,
        "option -I needs a value"
    );
    assert!(normalize_args(&argv("-std=")).is_err());
    assert!(normalize_args(&argv("--python")).is_err());
}

#[test]
fn full_command_line_into_options() {
    let o = opts(
        "-python -o sub/x_wrap.c -outdir py -module m -Iinc -I inc2 -DA -DB=2 -UC \
         -E -includeall -importall -Wall -Werror -w401,+402,-403 -std=c23 x.i",
    );
    assert_eq!(o.lang, Some(Lang::Python));
    assert_eq!(o.input, PathBuf::from("x.i"));
    assert_eq!(o.output, Some(PathBuf::from("sub/x_wrap.c")));
    assert_eq!(o.outdir, Some(PathBuf::from("py")));
    assert_eq!(o.module.as_deref(), Some("m"));
    assert_eq!(
        o.include_dirs,
        [PathBuf::from("inc"), PathBuf::from("inc2")]
    );
    assert_eq!(
        o.defines,
        [
            ("A".to_string(), None),
            ("B".to_string(), Some("2".to_string()))
        ]
    );
    assert_eq!(o.undefines, ["C"]);
    assert!(o.preprocess_only && o.include_all && o.import_all);
    assert!(o.warn_all && o.warn_error && o.warn_extra);
    assert_eq!(o.warn_suppress, [401, 403]);
    assert_eq!(o.warn_enable, [402]);
    assert_eq!(o.std.as_deref(), Some("c23"));
    assert!(!o.cplusplus && !o.outcurrentdir);
}

#[test]
fn features_with_default_value() {
    let o = opts("-python -features autodoc=4,kwargs x.i");
    assert_eq!(
        o.features,
        [
            ("autodoc".to_string(), "4".to_string()),
            ("kwargs".to_string(), "1".to_string())
        ]
    );
    assert!(error("-python -features =3 x.i").contains("-features"));
}

#[test]
fn swig_features_env_comes_first() {
    let env = Some("-features a=1 -builtin");
    let o = match parse_command_line(&argv("-python -features b x.i"), env) {
        Ok(Command::Run(o)) => *o,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        o.features,
        [
            ("a".to_string(), "1".to_string()),
            ("b".to_string(), "1".to_string())
        ]
    );
    assert_eq!(o.lang_flags, ["builtin"]);
    assert_eq!(
        error_env("-python x.i", Some("-bogus")),
        "unrecognized option -bogus"
    );
    // Empty or blank SWIG_FEATURES changes nothing.
    assert!(parse_command_line(&argv("-python x.i"), Some("  ")).is_ok());
}

#[test]
fn language_flags_are_collected() {
    let o = opts("-python -builtin -threads -py3 -O -interface _ex x.i");
    assert_eq!(
        o.lang_flags,
        ["builtin", "threads", "py3", "O", "interface=_ex"]
    );
    let o = opts("-lua -nomoduleglobal x.i");
    assert_eq!(o.lang_flags, ["nomoduleglobal"]);
    let o = opts("-ruby -globalmodule -noautorename -autorename x.i");
    assert_eq!(o.lang_flags, ["globalmodule", "noautorename", "autorename"]);
    // A flag of another language is rejected, as swig does.
    let e = error("-lua -builtin x.i");
    assert!(e.contains("-builtin") && e.contains("-python"), "{e}");
}

#[test]
fn help_and_version_need_no_input() {
    assert!(matches!(
        parse_command_line(&argv("-help"), None),
        Ok(Command::Help)
    ));
    assert!(matches!(
        parse_command_line(&argv("-version"), None),
        Ok(Command::Version)
    ));
    assert!(matches!(
        parse_command_line(&argv("-python -version x.i"), None),
        Ok(Command::Version)
    ));
}

#[test]
fn version_text_matches_findswig() {
    let v = super::help::version_text();
    let line = v
        .lines()
        .find(|l| l.starts_with("SWIG Version "))
        .unwrap_or_else(|| panic!("{v}"));
    let number = &line["SWIG Version ".len()..];
    assert!(!number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '.'));
    assert!(v.contains(&format!("rswig {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn input_file_errors() {
    assert_eq!(error("-python"), "no input file given");
    assert!(error("-python a.i b.i").contains("b.i"));
}

#[test]
fn bad_values_are_errors() {
    assert!(error("-python -w40x x.i").contains("40x"));
    assert!(error("-python -D1X x.i").contains("1X"));
    assert!(error("-python -D=3 x.i").contains("macro"));
    assert!(error("-python x.i -U").contains("needs a value"));
    assert!(error("-python -module a.b x.i").contains("a.b"));
    assert!(error("-python -lua x.i").contains("more than one target language"));
    // Repeating the same language is harmless.
    assert_eq!(opts("-python -python x.i").lang, Some(Lang::Python));
}

#[test]
fn odd_argv_never_panics() {
    let odd = [
        "",
        "-",
        "--",
        "---",
        "-=",
        "-D",
        "-D=",
        "-w",
        "-w,",
        "-w+",
        "-w-",
        "-w,,,",
        "-I",
        "-std",
        "-std=",
        "-features",
        "-features ,",
        "-o",
        "-outdir",
        "-module",
        "-interface",
        "-é",
        "-Dé",
        "-w+99999999999",
        "--lang=python",
        "--help=3",
        "-python --",
        "x.i x.i",
    ];
    for a in odd {
        let _ = parse_command_line(&argv(a), None);
        let _ = parse_command_line(&[a.to_string()], Some(a));
    }
    let _ = parse_command_line(&["-D".into(), "".into()], None);
    let _ = parse_command_line(&["-o".into(), "".into(), "".into()], None);
}

#[test]
fn no_language_is_left_to_the_driver() {
    // swig itself needs a language; the driver reports it with the input.
    assert_eq!(opts("x.i").lang, None);
}

#[test]
fn dependency_options() {
    use rswig::options::DepsOptions;
    assert_eq!(opts("-python x.i").deps, None);
    assert_eq!(opts("-python -MT t -MP x.i").deps, None);
    assert_eq!(
        opts("-python -M x.i").deps,
        Some(DepsOptions {
            only: true,
            system: true,
            ..DepsOptions::default()
        })
    );
    assert_eq!(
        opts("-python -MM -MT t -MP x.i").deps,
        Some(DepsOptions {
            only: true,
            system: false,
            file: None,
            target: Some("t".into()),
            phony: true
        })
    );
    assert_eq!(
        opts("-python -MMD -MF x.d x.i").deps,
        Some(DepsOptions {
            only: false,
            system: false,
            file: Some(PathBuf::from("x.d")),
            target: None,
            phony: false
        })
    );
    let d = opts("-python -MF x.d x.i").deps;
    assert!(d.is_some_and(|d| !d.only && d.file.is_some()));
    assert!(error("-python x.i -MF").contains("-MF"));
}
