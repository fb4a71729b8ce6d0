//! Stage 4 (typemaps): memo of typemap matching. An interface has few
//! distinct types but many parameters and members, and each of them is
//! looked up for a dozen methods; this remembers each type's candidate keys
//! and each (type, method) resolution (and (type, method, name) for the
//! names that occur in patterns). The memo lives in the `TypemapDb`,
//! is emptied by every change to the database, and is stamped with the
//! typedef generation of the environment it was filled under: a typedef
//! added since empties it too. A reducer without a generation is not
//! memoised at all.

use super::matching::candidate_keys;
use super::{PatternKey, TypeReducer, TypemapDef};
use crate::ast::Type;
use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

/// What is remembered of one type.
#[derive(Clone, Debug, Default)]
struct TypeEntry {
    /// The candidate keys, in matching order.
    keys: Option<Rc<[String]>>,
    /// Unnamed resolutions by method.
    by_method: FxHashMap<String, Option<Rc<TypemapDef>>>,
    /// Resolutions with a name that occurs in some pattern, by name and
    /// method.
    by_name: FxHashMap<String, FxHashMap<String, Option<Rc<TypemapDef>>>>,
}

/// The multi-argument patterns having a typemap of one method, with it.
pub type MultiList = Rc<[(PatternKey, Rc<TypemapDef>)]>;

#[derive(Clone, Debug, Default)]
pub(super) struct MatchCache {
    /// The methods that have a typemap at all; `None` until computed.
    methods: Option<FxHashSet<String>>,
    /// `multi_of_method` results by method.
    multi: FxHashMap<String, MultiList>,
    /// The typedef generation the entries were computed under.
    generation: Option<u64>,
    types: FxHashMap<Type, TypeEntry>,
    /// Names that occur in single-element named patterns (`int *OUTPUT`);
    /// `None` until computed.
    pattern_names: Option<FxHashSet<String>>,
}

impl MatchCache {
    /// Forgets everything (the database changed).
    pub(super) fn clear(&mut self) {
        self.generation = None;
        self.types.clear();
        self.pattern_names = None;
        self.multi.clear();
        self.methods = None;
    }

    /// Empties the memo if it was filled under another typedef generation;
    /// false when `env` cannot be memoised.
    fn sync(&mut self, env: &dyn TypeReducer) -> bool {
        let Some(g) = env.generation() else {
            return false;
        };
        if self.generation != Some(g) {
            self.types.clear();
            self.generation = Some(g);
        }
        true
    }

    /// The candidate keys of `ty`, memoised when `env` allows it.
    pub(super) fn keys(&mut self, ty: &Type, env: &dyn TypeReducer) -> Rc<[String]> {
        if !self.sync(env) {
            return candidate_keys(ty, env).into();
        }
        if let Some(k) = self.types.get(ty).and_then(|e| e.keys.clone()) {
            return k;
        }
        let k: Rc<[String]> = candidate_keys(ty, env).into();
        self.types.entry(ty.clone()).or_default().keys = Some(k.clone());
        k
    }

    /// The memoised resolution of `method` for `ty` (with `name`, a
    /// pattern name, or without), if known.
    pub(super) fn resolution(
        &mut self,
        method: &str,
        ty: &Type,
        name: Option<&str>,
        env: &dyn TypeReducer,
    ) -> Option<Option<Rc<TypemapDef>>> {
        if !self.sync(env) {
            return None;
        }
        let e = self.types.get(ty)?;
        match name {
            None => e.by_method.get(method).cloned(),
            Some(n) => e.by_name.get(n)?.get(method).cloned(),
        }
    }

    /// Remembers the resolution of `method` for `ty` (with `name` or
    /// without) under `env`.
    pub(super) fn remember(
        &mut self,
        method: &str,
        ty: &Type,
        name: Option<&str>,
        env: &dyn TypeReducer,
        found: Option<Rc<TypemapDef>>,
    ) {
        if self.sync(env) {
            let e = self.types.entry(ty.clone()).or_default();
            let map = match name {
                None => &mut e.by_method,
                Some(n) => e.by_name.entry(n.to_string()).or_default(),
            };
            map.insert(method.to_string(), found);
        }
    }

    /// The multi-argument patterns with a typemap of `method`, computed by
    /// `list` on first use after a change.
    pub(super) fn multi_of_method(
        &mut self,
        method: &str,
        list: impl FnOnce() -> Vec<(PatternKey, Rc<TypemapDef>)>,
    ) -> MultiList {
        if let Some(l) = self.multi.get(method) {
            return l.clone();
        }
        let l: MultiList = list().into();
        self.multi.insert(method.to_string(), l.clone());
        l
    }

    /// The methods having some typemap, computed by `methods` on first
    /// use after a change.
    pub(super) fn methods(
        &mut self,
        methods: impl FnOnce() -> FxHashSet<String>,
    ) -> &FxHashSet<String> {
        self.methods.get_or_insert_with(methods)
    }

    /// The names of single-element named patterns, computed by `names` on
    /// first use after a change.
    pub(super) fn pattern_names(
        &mut self,
        names: impl FnOnce() -> FxHashSet<String>,
    ) -> &FxHashSet<String> {
        self.pattern_names.get_or_insert_with(names)
    }
}
