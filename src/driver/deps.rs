//! Driver helper: make-style dependency rules (`-M`, `-MM`, `-MD`, `-MMD`,
//! `-MF`, `-MT`, `-MP`) from the files the preprocessor read, in swig's
//! format. `-M`/`-MD` list embedded library files by their place in the
//! `-swiglib` folder; `-MM`/`-MMD` leave the library out.

use crate::options::DepsOptions;
use crate::source::{FileId, FileKind, SourceMap};
use std::path::{Path, PathBuf};

/// The files a rule depends on: the user's files, plus library files when
/// `system` is set: those on disk (a `SWIG_LIB` folder) by their path,
/// embedded ones by `embedded_path` of their display name.
pub fn dependency_paths(
    sources: &SourceMap,
    files: &[FileId],
    system: bool,
    embedded_path: &dyn Fn(&str) -> Option<PathBuf>,
) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for id in files {
        let f = sources.get(*id);
        let path = match (f.kind, &f.path) {
            (FileKind::User, Some(p)) => Some(p.clone()),
            (FileKind::Library, Some(p)) if system => Some(p.clone()),
            (FileKind::Library, None) if system => embedded_path(&f.name),
            _ => None,
        };
        if let Some(path) = path {
            if !out.contains(&path) {
                out.push(path);
            }
        }
    }
    out
}

/// `target: \` then one dependency per line, as swig prints them; with
/// `-MP` an empty rule per dependency follows.
pub fn render_rule(target: &str, deps: &[PathBuf], phony: bool) -> String {
    let mut s = format!("{}: \\\n", escape(target));
    let names: Vec<String> = deps
        .iter()
        .map(|d| escape(&d.display().to_string()))
        .collect();
    s.push_str(
        &names
            .iter()
            .map(|n| format!("  {n}"))
            .collect::<Vec<_>>()
            .join(" \\\n"),
    );
    s.push_str(" \n");
    if phony {
        for n in &names {
            s.push_str(&format!("\n{n}:\n"));
        }
    }
    s
}

/// Spaces and `$` are special to make.
fn escape(name: &str) -> String {
    name.replace('$', "$$").replace(' ', "\\ ")
}

/// The target of the rule: `-MT`, else the wrapper file.
pub fn rule_target(opts: &DepsOptions, wrapper: &Path) -> String {
    opts.target
        .clone()
        .unwrap_or_else(|| wrapper.display().to_string())
}

/// Where `-MD`/`-MMD` write without `-MF`: the wrapper with `.d`.
pub fn default_deps_file(wrapper: &Path) -> PathBuf {
    wrapper.with_extension("d")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_in_swig_format() {
        let deps = [PathBuf::from("m.i"), PathBuf::from("inc/extra.i")];
        assert_eq!(
            render_rule("m_wrap.c", &deps, false),
            "m_wrap.c: \\\n  m.i \\\n  inc/extra.i \n"
        );
        assert_eq!(
            render_rule("foo", &deps, true),
            "foo: \\\n  m.i \\\n  inc/extra.i \n\nm.i:\n\ninc/extra.i:\n"
        );
        assert_eq!(render_rule("a b", &[], false), "a\\ b: \\\n \n");
    }

    #[test]
    fn default_file_beside_wrapper() {
        assert_eq!(
            default_deps_file(Path::new("out/m_wrap.c")),
            PathBuf::from("out/m_wrap.d")
        );
    }
}
