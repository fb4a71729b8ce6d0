//! Stage 4, sema: `%typemap`, `%apply` and `%clear` into the typemap
//! database, in order of appearance.

use super::{attr_text, code_text, Sema};
use crate::ast::{Type, Typemap, TypemapBody, TypemapPattern};
use crate::typemap::{pattern_key, TypemapDef};

/// A pattern as the database stores it: `(type, name)` per element.
pub(crate) fn pattern_elems(p: &TypemapPattern) -> Vec<(Type, Option<String>)> {
    p.params
        .iter()
        .map(|tp| (tp.ty.clone(), tp.name.as_ref().map(|n| n.name.clone())))
        .collect()
}

impl Sema<'_> {
    pub(crate) fn typemap(&mut self, tm: &Typemap) {
        let method = tm.method.name.clone();
        let attrs: Vec<(String, String)> = tm
            .attrs
            .iter()
            .filter_map(|a| Some((a.name.clone()?, attr_text(a).unwrap_or_default())))
            .collect();
        for pat in &tm.patterns {
            let elems = pattern_elems(pat);
            match &tm.body {
                TypemapBody::Code(code) => self.db.add(TypemapDef {
                    method: method.clone(),
                    code: code_text(code),
                    attrs: attrs.clone(),
                    locals: pat.locals.clone(),
                    pattern: elems,
                    span: tm.method.span,
                }),
                TypemapBody::Copy(src) => {
                    let key = pattern_key(&pattern_elems(src));
                    if !self.db.copy(&method, &elems, &key) {
                        // SWIG silently copies nothing when the source has
                        // no typemap; so do we.
                    }
                }
                TypemapBody::Delete => self.db.delete(&method, &pattern_key(&elems)),
            }
        }
    }

    pub(crate) fn apply(&mut self, source: &TypemapPattern, targets: &[TypemapPattern]) {
        let key = pattern_key(&pattern_elems(source));
        for t in targets {
            let elems = pattern_elems(t);
            if elems.len() != key.len() {
                self.diags.error(
                    t.span,
                    "%apply pattern and target have different numbers of parameters",
                );
                continue;
            }
            if !self.db.apply(&key, &elems) {
                let shown: Vec<String> = source
                    .params
                    .iter()
                    .map(|p| {
                        let n = p.name.as_ref().map(|n| n.name.as_str()).unwrap_or("");
                        crate::typemap::ctype::c_decl(&p.ty, n)
                    })
                    .collect();
                self.diags.warning(
                    453,
                    source.span,
                    format!(
                        "Can't apply ({}). No typemaps are defined.",
                        shown.join(", ")
                    ),
                );
                return;
            }
        }
    }

    pub(crate) fn clear(&mut self, patterns: &[TypemapPattern]) {
        for p in patterns {
            self.db.clear(&pattern_key(&pattern_elems(p)));
        }
    }
}
