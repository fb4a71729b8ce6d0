//! Stage 1, preprocess: file inclusion. Resolves `%include`/`%import`
//! (and followed `#include`) names against the including file's folder,
//! `-I` folders and the embedded library, and includes each file once.

use super::engine::{FileSrc, Pp, Src};
use super::lexer::{Kind, Lexer, Tok};
use super::macros::Macro;
use crate::source::{FileId, FileKind, Span};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A file found for an include.
pub struct Found {
    pub key: String,
    pub display: String,
    pub path: Option<PathBuf>,
    pub text: Result<String, String>,
    pub kind: FileKind,
}

impl Pp<'_> {
    /// Includes the file named by `rest` (`"f"`, `<f>`, after options),
    /// expanding macros there first if no name is written out.
    pub fn include_directive_at(
        &mut self,
        stack: &mut Vec<Src>,
        span: Span,
        rest: &[Tok],
        import: bool,
        hash: bool,
    ) {
        let found = match include_name(rest, false) {
            Some(f) => Some(f),
            None => {
                let expanded = self.expand_all(rest.to_vec(), 1);
                self.aborted = false;
                include_name(&expanded, true)
            }
        };
        let Some((name, _angle, name_span)) = found else {
            let what = if hash {
                "#include"
            } else if import {
                "%import"
            } else {
                "%include"
            };
            self.diags
                .error(span, format!("{what} expects \"FILENAME\" or <FILENAME>"));
            return;
        };
        let at = if name_span.file == span.file && name_span.start >= span.start {
            span.to(name_span)
        } else {
            span
        };
        let file = self.include_file(stack, at, &name, import);
        if import {
            self.imports.push(super::Import {
                span: at,
                file,
                module: import_module(rest),
            });
        }
    }

    /// Resolves and pushes a file, unless it was included before.
    pub fn include_file(
        &mut self,
        stack: &mut Vec<Src>,
        at: Span,
        name: &str,
        import: bool,
    ) -> Option<FileId> {
        let open_files = stack.iter().filter(|s| matches!(s, Src::File(_))).count();
        if open_files >= self.limits.max_include_depth {
            self.diags.error(
                at,
                format!(
                    "%include nested too deeply (more than {} levels)",
                    self.limits.max_include_depth
                ),
            );
            return None;
        }
        let cur = Self::current_file(stack);
        let Some(found) = self.find_include(cur, name) else {
            self.diags.error(at, format!("unable to find '{name}'"));
            return None;
        };
        if !self.included.insert(found.key.clone()) {
            return self.included_ids.get(&found.key).copied();
        }
        let text = match found.text {
            Ok(t) => t,
            Err(e) => {
                self.diags
                    .error(at, format!("cannot read '{}': {e}", found.display));
                return None;
            }
        };
        if text.len() > self.limits.max_file_size {
            self.diags.error(
                at,
                format!(
                    "'{}' is too large (more than {} bytes)",
                    found.display, self.limits.max_file_size
                ),
            );
            return None;
        }
        let parent_imported = cur.is_some_and(|c| self.sm.get(c).imported);
        let found_key = found.key.clone();
        let id = self.sm.add(found.display, found.path, text, found.kind);
        let imported = import || parent_imported;
        self.sm.get_mut(id).imported = imported;
        self.push_file(stack, id, imported);
        self.included_ids.insert(found_key, id);
        Some(id)
    }

    pub fn push_file(&mut self, stack: &mut Vec<Src>, id: FileId, imported: bool) {
        self.files.push(id);
        let text: Rc<str> = Rc::from(self.sm.get(id).text.as_str());
        let defined_imported = imported && !self.macros.contains_key("SWIGIMPORTED");
        if defined_imported {
            let one = Lexer::fragment(id, "1", 0).collect_all(self.diags);
            let m = Macro {
                name: Rc::from("SWIGIMPORTED"),
                params: None,
                variadic: false,
                body: one,
                swig: false,
                span: Span::new(id, 0, 0),
                builtin: None,
            };
            self.macros.insert(m.name.clone(), Rc::new(m));
        }
        stack.push(Src::File(FileSrc {
            lexer: Lexer::new(id, text),
            cond_base: self.conds.len(),
            defined_imported,
        }));
    }

    fn find_include(&self, cur: Option<FileId>, name: &str) -> Option<Found> {
        // As swig: the current folder, the including file's folder, the
        // main input's folder, the -I folders, then the library (for
        // "file" and <file> alike).
        let mut dirs: Vec<PathBuf> = vec![PathBuf::new()];
        if !Path::new(name).is_absolute() {
            // The including file's folder (library files find their
            // neighbours through the library, language folder first), then
            // the main input's folder.
            let user_file = cur.filter(|c| self.sm.get(*c).kind == FileKind::User);
            for f in [user_file, self.files.first().copied()]
                .into_iter()
                .flatten()
            {
                if let Some(dir) = self.sm.get(f).path.as_ref().and_then(|p| p.parent()) {
                    if !dir.as_os_str().is_empty() && !dirs.iter().any(|d| d == dir) {
                        dirs.push(dir.to_path_buf());
                    }
                }
            }
            dirs.extend(self.opts.include_dirs.iter().cloned());
        }
        for d in dirs {
            let p = if d.as_os_str().is_empty() {
                PathBuf::from(name)
            } else {
                d.join(name)
            };
            if p.is_file() {
                let key = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
                let text = read_text(&p, self.limits.max_file_size);
                return Some(Found {
                    key: key.display().to_string(),
                    display: p.display().to_string(),
                    path: Some(p),
                    text,
                    kind: FileKind::User,
                });
            }
        }
        let lib = self.opts.library.find(name)?;
        let key = match &lib.path {
            Some(p) => std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string(),
            None => format!("<lib>/{name}"),
        };
        Some(Found {
            key,
            display: lib.display,
            path: lib.path,
            text: Ok(lib.text),
            kind: FileKind::Library,
        })
    }
}

fn read_text(p: &Path, max: usize) -> Result<String, String> {
    let len = std::fs::metadata(p).map_err(|e| e.to_string())?.len();
    if len as usize > max {
        return Err(format!("file is too large ({len} bytes)"));
    }
    let bytes = std::fs::read(p).map_err(|e| e.to_string())?;
    Ok(crate::raw_text::decode(bytes))
}

/// The file name of an include: `"f"` or `<f>`, after any `(options)`.
fn include_name(rest: &[Tok], bare: bool) -> Option<(String, bool, Span)> {
    let mut name = None;
    let mut depth = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let t = &rest[i];
        if t.is_punct("(") {
            depth += 1;
        } else if t.is_punct(")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && t.kind == Kind::Str && t.text.starts_with('"') {
            name = Some((
                t.text[1..t.text.len().saturating_sub(1).max(1)].to_string(),
                false,
                t.span(),
            ));
            break;
        } else if depth == 0 && t.is_punct("<") {
            let mut s = String::new();
            let mut j = i + 1;
            while j < rest.len() && !rest[j].is_punct(">") {
                s.push_str(&rest[j].text);
                j += 1;
            }
            name = Some((s.trim().to_string(), true, t.span()));
            break;
        }
        i += 1;
    }
    if name.is_none() && bare {
        // A bare name, as `%include INCLUDE_B` may expand to.
        let words: Vec<&Tok> = rest
            .iter()
            .filter(|t| !t.is_blank() && t.kind != Kind::Newline)
            .collect();
        if let (Some(first), false) = (
            words.first(),
            words.iter().any(|t| {
                matches!(t.kind, Kind::Str | Kind::Char) || t.is_punct("(") || t.is_punct(")")
            }),
        ) {
            let s: String = words.iter().map(|t| &*t.text).collect();
            name = Some((s, false, first.span()));
        }
    }
    name
}

/// The `module="x"` option of `%import(module="x")`.
fn import_module(rest: &[Tok]) -> Option<String> {
    let toks: Vec<&Tok> = rest.iter().filter(|t| !t.is_blank()).collect();
    if !toks.first().is_some_and(|t| t.is_punct("(")) {
        return None;
    }
    toks.windows(3).find_map(|w| {
        (w[0].kind == Kind::Ident && &*w[0].text == "module" && w[1].is_punct("=")).then(|| {
            let v: &str = &w[2].text;
            v.strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(v)
                .to_string()
        })
    })
}
