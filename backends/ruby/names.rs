//! Ruby backend: the names Ruby sees — the capitalised module and class
//! names — and the options that change them (`-initname`, `-globalmodule`,
//! `-prefix`, `-autorename`).

use crate::options::Options;

/// Ruby constants (modules, classes) start with a capital letter: the
/// first letter is raised, as SWIG does (its warning 801).
pub(super) fn constant_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The value of a `-name value` option passed through to the backend.
fn flag_value<'a>(opts: &'a Options, name: &str) -> Option<&'a str> {
    let mut it = opts.lang_flags.iter();
    while let Some(f) = it.next() {
        if let Some(v) = f.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(v);
        }
        if f == name {
            return it.next().map(String::as_str);
        }
    }
    None
}

pub(super) fn has_flag(opts: &Options, name: &str) -> bool {
    opts.lang_flags.iter().any(|f| f == name)
}

/// Whether `-autorename` is in force: the later of `-autorename` and
/// `-noautorename` wins; off by default.
pub(super) fn autorename(opts: &Options) -> bool {
    opts.lang_flags
        .iter()
        .rev()
        .find(|f| *f == "autorename" || *f == "noautorename")
        .is_some_and(|f| f == "autorename")
}

/// `Init_<name>`: `-initname`, or the module name (its last part when
/// nested: `%module "foo::bar"` has `Init_bar`).
pub(super) fn init_name(opts: &Options, module: &str) -> String {
    match flag_value(opts, "initname") {
        Some(n) => n.to_string(),
        None => module
            .rsplit(':')
            .find(|p| !p.is_empty())
            .unwrap_or(module)
            .to_string(),
    }
}

/// The Ruby module of the wrappers, outermost first: `%module example`
/// is `["Example"]`; `%module "foo::bar::spam"`, or `-prefix foo::bar::`
/// (prepended to the module name as written), nests it as
/// `Foo::Bar::Spam`. Each part's first letter is raised.
pub(super) fn module_path(opts: &Options, module: &str) -> Vec<String> {
    let full = format!("{}{module}", flag_value(opts, "prefix").unwrap_or(""));
    full.split(':')
        .filter(|p| !p.is_empty())
        .map(constant_name)
        .collect()
}

/// A struct's class variable in the wrapper.
pub(super) fn class_var(sym: &str) -> String {
    format!("swig_class_{sym}")
}

/// A method's Ruby name: a reserved word gets a `C_` prefix.
pub(super) fn ruby_name(name: &str) -> String {
    if super::RUBY_KEYWORDS.contains(&name) {
        format!("C_{name}")
    } else {
        name.to_string()
    }
}
