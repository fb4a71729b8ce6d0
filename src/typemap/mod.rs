//! Stage 4 (part of sema): the typemap database and SWIG's matching rules.
//! Typemaps are keyed by method (`in`, `out`, `varin`, ...) and pattern
//! (one or more `type name` pairs). Sema adds, copies, applies and clears
//! them in order of appearance, so a typemap only affects declarations
//! that follow it. `matching` finds the typemap for a type and name;
//! `subst` expands its special variables.

mod cache;
pub mod ctype;
pub mod matching;
pub mod subst;
pub mod typestr;

use crate::ast::{Param, Type};
use crate::source::Span;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// One element of a pattern key: the type as matching prints it, and the
/// parameter name if the pattern has one.
pub type KeyElem = (String, Option<String>);
/// A whole pattern key (several elements for multi-argument typemaps).
pub type PatternKey = Vec<KeyElem>;

/// One typemap: the code and what came with it.
#[derive(Clone, Debug)]
pub struct TypemapDef {
    pub method: String,
    /// The code, without delimiters (braces of `{ }` bodies kept).
    pub code: String,
    /// `numinputs=0`, `fragment="f"`, `noblock=1`, `precedence=...`.
    pub attrs: Vec<(String, String)>,
    /// Local variables (`int temp`), renamed per argument on expansion.
    pub locals: Vec<Param>,
    /// The pattern's types as written, one per element.
    pub pattern: Vec<(Type, Option<String>)>,
    pub span: Span,
}

impl TypemapDef {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Number of script inputs this typemap consumes (`numinputs`).
    pub fn num_inputs(&self) -> usize {
        self.attr("numinputs")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(1)
    }

    pub fn arity(&self) -> usize {
        self.pattern.len()
    }
}

/// What matching needs to know of the types: typedef reduction.
pub trait TypeReducer {
    /// One typedef reduction step (the innermost typedef name replaced by
    /// its definition), or `None` when nothing reduces.
    fn reduce_once(&self, ty: &Type) -> Option<Type>;
    /// All typedefs resolved.
    fn resolve(&self, ty: &Type) -> Type {
        let mut t = ty.clone();
        for _ in 0..64 {
            match self.reduce_once(&t) {
                Some(r) => t = r,
                None => break,
            }
        }
        t
    }
    /// `resolve`, borrowing `ty` when no typedef applies.
    fn resolved<'t>(&self, ty: &'t Type) -> std::borrow::Cow<'t, Type> {
        let Some(mut t) = self.reduce_once(ty) else {
            return std::borrow::Cow::Borrowed(ty);
        };
        for _ in 1..64 {
            match self.reduce_once(&t) {
                Some(r) => t = r,
                None => break,
            }
        }
        std::borrow::Cow::Owned(t)
    }
    /// A number that changes whenever `reduce_once` may answer differently
    /// (a typedef was added), so matching results can be memoised; `None`
    /// (the default) disables the memo.
    fn generation(&self) -> Option<u64> {
        None
    }
}

/// The key of a pattern element: the type printed for matching.
pub fn type_key(ty: &Type) -> String {
    ctype::type_str(ty)
}

pub fn pattern_key(pattern: &[(Type, Option<String>)]) -> PatternKey {
    pattern
        .iter()
        .map(|(t, n)| (type_key(t), n.clone()))
        .collect()
}

/// The database: for each pattern, its typemaps by method.
#[derive(Clone, Debug, Default)]
pub struct TypemapDb {
    by_pattern: FxHashMap<PatternKey, BTreeMap<String, Rc<TypemapDef>>>,
    /// Multi-argument patterns, in order of definition.
    multi: Vec<PatternKey>,
    /// Memo of matching (see `cache`), emptied by every change.
    cache: RefCell<cache::MatchCache>,
}

impl TypemapDb {
    pub fn new() -> TypemapDb {
        TypemapDb::default()
    }

    /// Adds (or replaces) a typemap.
    pub fn add(&mut self, def: TypemapDef) {
        let key = pattern_key(&def.pattern);
        self.insert(key, Rc::new(def));
    }

    fn insert(&mut self, key: PatternKey, def: Rc<TypemapDef>) {
        self.cache.get_mut().clear();
        if key.len() > 1 && !self.multi.contains(&key) {
            self.multi.push(key.clone());
        }
        self.by_pattern
            .entry(key)
            .or_default()
            .insert(def.method.clone(), def);
    }

    /// `%typemap(method) pattern;`: deletes one typemap.
    pub fn delete(&mut self, method: &str, key: &PatternKey) {
        self.cache.get_mut().clear();
        if let Some(m) = self.by_pattern.get_mut(key) {
            m.remove(method);
        }
    }

    /// `%typemap(method) dst = src;`: copies one typemap. Returns false when
    /// `src` has no such typemap.
    pub fn copy(&mut self, method: &str, dst: &[(Type, Option<String>)], src: &PatternKey) -> bool {
        let Some(def) = self
            .by_pattern
            .get(src)
            .and_then(|m| m.get(method))
            .cloned()
        else {
            return false;
        };
        let mut d = (*def).clone();
        d.pattern = dst.to_vec();
        self.insert(pattern_key(dst), Rc::new(d));
        true
    }

    /// `%apply src { dst }`: copies every typemap of `src` to `dst`.
    /// Returns false when `src` has none.
    pub fn apply(&mut self, src: &PatternKey, dst: &[(Type, Option<String>)]) -> bool {
        let Some(methods) = self.by_pattern.get(src).cloned() else {
            return false;
        };
        if methods.is_empty() {
            return false;
        }
        let key = pattern_key(dst);
        for (_, def) in methods {
            let mut d = (*def).clone();
            d.pattern = dst.to_vec();
            self.insert(key.clone(), Rc::new(d));
        }
        true
    }

    /// `%clear pattern;`: removes every typemap of a pattern.
    pub fn clear(&mut self, key: &PatternKey) {
        self.cache.get_mut().clear();
        self.by_pattern.remove(key);
    }

    /// The typemap stored under exactly this key.
    pub fn exact(&self, method: &str, key: &PatternKey) -> Option<Rc<TypemapDef>> {
        self.by_pattern.get(key)?.get(method).cloned()
    }

    /// The candidate keys of `ty` (see `matching::candidate_keys`),
    /// memoised.
    pub fn candidate_keys(&self, ty: &Type, env: &dyn TypeReducer) -> Rc<[String]> {
        self.cache.borrow_mut().keys(ty, env)
    }

    /// The memoised resolution of `method` for `ty`, without a name or
    /// with a pattern name, if known.
    pub fn memoised(
        &self,
        method: &str,
        ty: &Type,
        name: Option<&str>,
        env: &dyn TypeReducer,
    ) -> Option<Option<Rc<TypemapDef>>> {
        self.cache.borrow_mut().resolution(method, ty, name, env)
    }

    /// Remembers a resolution (after `memoised` said unknown).
    pub fn remember(
        &self,
        method: &str,
        ty: &Type,
        name: Option<&str>,
        env: &dyn TypeReducer,
        found: Option<Rc<TypemapDef>>,
    ) {
        self.cache
            .borrow_mut()
            .remember(method, ty, name, env, found);
    }

    /// Does any pattern have a typemap of `method`? When not, no lookup
    /// of it can succeed.
    pub fn has_method(&self, method: &str) -> bool {
        self.cache
            .borrow_mut()
            .methods(|| {
                self.by_pattern
                    .values()
                    .flat_map(|m| m.keys().cloned())
                    .collect()
            })
            .contains(method)
    }

    /// Is `name` the name of some single-element pattern (`int *OUTPUT`)?
    /// When not, a named lookup finds what an unnamed one finds.
    pub fn is_pattern_name(&self, name: &str) -> bool {
        self.cache
            .borrow_mut()
            .pattern_names(|| {
                self.by_pattern
                    .iter()
                    .filter(|(k, m)| k.len() == 1 && !m.is_empty())
                    .filter_map(|(k, _)| k[0].1.clone())
                    .collect()
            })
            .contains(name)
    }

    /// Multi-argument pattern keys, in order of definition.
    pub fn multi_patterns(&self) -> &[PatternKey] {
        &self.multi
    }

    /// The multi-argument patterns that have a typemap of `method`, in
    /// order of definition, with that typemap (memoised).
    pub fn multi_of_method(&self, method: &str) -> cache::MultiList {
        self.cache.borrow_mut().multi_of_method(method, || {
            self.multi
                .iter()
                .filter_map(|k| Some((k.clone(), self.exact(method, k)?)))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests;
