//! Ruby backend: the names Ruby sees — the capitalised module and class
//! names — and the options that change them (`-initname`, `-globalmodule`).

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

/// `Init_<name>`: the module name, or `-initname`.
pub(super) fn init_name(opts: &Options, module: &str) -> String {
    flag_value(opts, "initname").unwrap_or(module).to_string()
}

/// The Ruby module of the wrappers: `Example`, or `-prefix` + it.
pub(super) fn module_name(opts: &Options, module: &str) -> String {
    let base = constant_name(module);
    match flag_value(opts, "prefix") {
        Some(p) => format!("{}{base}", constant_name(p)),
        None => base,
    }
}

/// A struct's class variable in the wrapper.
pub(super) fn class_var(sym: &str) -> String {
    format!("swig_class_{sym}")
}
