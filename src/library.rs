//! Shared: rswig's own `.i` library (typemaps.i, carrays.i, the language
//! typemap files ...), embedded at build time from `backends/*/lib/`.
//! `SWIG_LIB` names a folder that overrides it.

use crate::options::Lang;
use std::path::PathBuf;

include!(concat!(env!("OUT_DIR"), "/library.rs"));

/// A library file found by name.
#[derive(Clone, Debug)]
pub struct LibraryFile {
    /// Name shown in diagnostics, e.g. `<rswig>/python/python.swg`.
    pub display: String,
    /// Set when read from a `SWIG_LIB` folder.
    pub path: Option<PathBuf>,
    pub text: String,
}

/// The library for one target language: its own folder first, then `common`.
#[derive(Clone, Debug)]
pub struct Library {
    pub lang: Lang,
    /// `SWIG_LIB` override folder, searched before the embedded files.
    pub override_dir: Option<PathBuf>,
}

impl Library {
    pub fn new(lang: Lang) -> Library {
        Library {
            lang,
            override_dir: std::env::var_os("SWIG_LIB").map(PathBuf::from),
        }
    }

    /// Looks a file up by the name used in `%include <name>`.
    pub fn find(&self, name: &str) -> Option<LibraryFile> {
        if let Some(dir) = &self.override_dir {
            for sub in [self.lang.name(), "common", ""] {
                let p = dir.join(sub).join(name);
                if let Ok(text) = std::fs::read_to_string(&p) {
                    return Some(LibraryFile {
                        display: p.display().to_string(),
                        path: Some(p),
                        text,
                    });
                }
            }
        }
        for folder in [self.lang.name(), "common"] {
            if let Some((_, n, text)) = EMBEDDED.iter().find(|(l, n, _)| *l == folder && *n == name)
            {
                return Some(LibraryFile {
                    display: format!("<rswig>/{folder}/{n}"),
                    path: None,
                    text: (*text).to_string(),
                });
            }
        }
        None
    }

    /// Every embedded file of this language and `common` (for `-swiglib`).
    pub fn embedded_files(
        &self,
    ) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        let lang = self.lang.name();
        EMBEDDED
            .iter()
            .copied()
            .filter(move |(l, _, _)| *l == lang || *l == "common")
    }
}
