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

/// The file that marks a swig library folder: build tools find the folder
/// `-swiglib` prints by looking for it (CMake's FindSWIG does).
const MARKER: &str = "swig.swg";

/// The library as a real folder, for `-swiglib`: `SWIG_LIB` when set,
/// else the embedded files written once into a per-version cache folder
/// (`$XDG_CACHE_HOME/rswig/<version>-<hash>`, or `~/.cache/...`; the temp
/// folder when those cannot be written), laid out as swig's: shared files at the top, each
/// language's in its own subfolder. `SWIG_LIB` may then name that folder.
pub fn library_dir() -> std::io::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("SWIG_LIB").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    embedded_dir()
}

/// The embedded library written out (see `library_dir`), whatever
/// `SWIG_LIB` says.
pub fn embedded_dir() -> std::io::Result<PathBuf> {
    // An unwritable cache (read-only home, sandbox) falls back to the
    // temp folder.
    materialize_in(&cache_root()).or_else(|_| materialize_in(&std::env::temp_dir().join("rswig")))
}

/// Where cached library folders go.
fn cache_root() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|d| !d.is_empty())
                .map(|h| PathBuf::from(h).join(".cache"))
        })
        .unwrap_or_else(std::env::temp_dir);
    base.join("rswig")
}

/// The folder name: the version plus a hash of the contents, so two
/// builds of one version with different libraries never share a folder.
fn versioned_name() -> String {
    // FNV-1a over every (folder, name, text).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (folder, name, text) in EMBEDDED {
        for part in [folder, name, text] {
            for b in part.bytes().chain([0u8]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    format!("{}-{h:016x}", env!("CARGO_PKG_VERSION"))
}

/// Writes the embedded library under `root` unless it is already there,
/// and returns its folder. The folder is filled under a temporary name
/// and renamed into place, so it is complete whenever it exists, and
/// concurrent runs agree on it.
pub fn materialize_in(root: &std::path::Path) -> std::io::Result<PathBuf> {
    let dest = root.join(versioned_name());
    if dest.join(MARKER).is_file() {
        return Ok(dest);
    }
    std::fs::create_dir_all(root)?;
    let staging = tempfile::Builder::new()
        .prefix(".rswig-lib-")
        .tempdir_in(root)?;
    for (folder, name, text) in EMBEDDED {
        let dir = if *folder == "common" {
            staging.path().to_path_buf()
        } else {
            staging.path().join(folder)
        };
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(name), text)?;
    }
    if !staging.path().join(MARKER).exists() {
        std::fs::write(
            staging.path().join(MARKER),
            "/* rswig's library folder (written by `rswig -swiglib`). rswig's core\n   \
             directives are built in; this file only marks the folder for build tools. */\n",
        )?;
    }
    let staged = staging.keep();
    match std::fs::rename(&staged, &dest) {
        Ok(()) => Ok(dest),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staged);
            // Another run put it in place first: use theirs.
            if dest.join(MARKER).is_file() {
                Ok(dest)
            } else {
                Err(e)
            }
        }
    }
}

/// Where an embedded file (named `<rswig>/<folder>/<name>` in diagnostics)
/// lies in the folder `-swiglib` prints, so `-M`/`-MD` can list library
/// files as swig does. `None` for any other name.
pub fn materialized_path(lib_dir: &std::path::Path, display: &str) -> Option<PathBuf> {
    let rest = display.strip_prefix("<rswig>/")?;
    let (folder, name) = rest.split_once('/')?;
    EMBEDDED
        .iter()
        .find(|(l, n, _)| *l == folder && *n == name)
        .map(|_| {
            if folder == "common" {
                lib_dir.join(name)
            } else {
                lib_dir.join(folder).join(name)
            }
        })
}
