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
    /// `#include` followed under `-includeall`/`-importall`.
    pub fn include_directive(
        &mut self,
        stack: &mut Vec<Src>,
        name_tok: &Tok,
        rest: &[Tok],
        import: bool,
        hash: bool,
    ) {
        self.include_directive_at(stack, name_tok.span(), rest, import, hash);
    }

    /// Includes the file named by `rest` (`"f"`, `<f>`, after options).
    pub fn include_directive_at(
        &mut self,
        stack: &mut Vec<Src>,
        span: Span,
        rest: &[Tok],
        import: bool,
        hash: bool,
    ) {
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
        let Some((name, angle, name_span)) = name else {
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
        let at = span.to(name_span);
        self.include_file(stack, at, &name, angle, import);
    }

    /// Resolves and pushes a file, unless it was included before.
    pub fn include_file(
        &mut self,
        stack: &mut Vec<Src>,
        at: Span,
        name: &str,
        angle: bool,
        import: bool,
    ) -> bool {
        let open_files = stack.iter().filter(|s| matches!(s, Src::File(_))).count();
        if open_files >= self.limits.max_include_depth {
            self.diags.error(
                at,
                format!(
                    "%include nested too deeply (more than {} levels)",
                    self.limits.max_include_depth
                ),
            );
            return false;
        }
        let cur = Self::current_file(stack);
        let Some(found) = self.find_include(cur, name, angle) else {
            self.diags.error(at, format!("unable to find '{name}'"));
            return false;
        };
        if !self.included.insert(found.key.clone()) {
            return true;
        }
        let text = match found.text {
            Ok(t) => t,
            Err(e) => {
                self.diags
                    .error(at, format!("cannot read '{}': {e}", found.display));
                return false;
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
            return false;
        }
        let parent_imported = cur.is_some_and(|c| self.sm.get(c).imported);
        let id = self.sm.add(found.display, found.path, text, found.kind);
        let imported = import || parent_imported;
        self.sm.get_mut(id).imported = imported;
        self.push_file(stack, id, imported);
        true
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

    fn find_include(&self, cur: Option<FileId>, name: &str, angle: bool) -> Option<Found> {
        let mut dirs: Vec<PathBuf> = Vec::new();
        if !angle {
            if let Some(dir) = cur
                .and_then(|c| self.sm.get(c).path.as_ref())
                .and_then(|p| p.parent())
            {
                dirs.push(dir.to_path_buf());
            }
        }
        if Path::new(name).is_absolute() {
            dirs.clear();
            dirs.push(PathBuf::new());
        } else {
            dirs.extend(self.opts.include_dirs.iter().cloned());
            if angle {
                if let Some(dir) = cur
                    .and_then(|c| self.sm.get(c).path.as_ref())
                    .and_then(|p| p.parent())
                {
                    dirs.push(dir.to_path_buf());
                }
            }
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
    Ok(match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}
