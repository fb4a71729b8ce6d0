//! Stage 4 (typemaps): memo of typemap matching. An interface has few
//! distinct types but many parameters and members, and each of them is
//! looked up for a dozen methods; this remembers each type's candidate keys
//! and each (type, method) resolution. The memo lives in the `TypemapDb`,
//! is emptied by every change to the database, and is stamped with the
//! typedef generation of the environment it was filled under: a typedef
//! added since empties it too. A reducer without a generation is not
//! memoised at all.

use super::matching::candidate_keys;
use super::{TypeReducer, TypemapDef};
use crate::ast::Type;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What is remembered of one type.
#[derive(Clone, Debug, Default)]
struct TypeEntry {
    /// The candidate keys, in matching order.
    keys: Option<Rc<[String]>>,
    /// Unnamed resolutions by method.
    by_method: HashMap<String, Option<Rc<TypemapDef>>>,
}

#[derive(Clone, Debug, Default)]
pub(super) struct MatchCache {
    /// The typedef generation the entries were computed under.
    generation: Option<u64>,
    types: HashMap<Type, TypeEntry>,
    /// Names that occur in single-element named patterns (`int *OUTPUT`);
    /// `None` until computed.
    pattern_names: Option<HashSet<String>>,
}

impl MatchCache {
    /// Forgets everything (the database changed).
    pub(super) fn clear(&mut self) {
        self.generation = None;
        self.types.clear();
        self.pattern_names = None;
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

    /// The memoised unnamed resolution of `method` for `ty`, if known.
    pub(super) fn resolution(
        &mut self,
        method: &str,
        ty: &Type,
        env: &dyn TypeReducer,
    ) -> Option<Option<Rc<TypemapDef>>> {
        if !self.sync(env) {
            return None;
        }
        self.types.get(ty)?.by_method.get(method).cloned()
    }

    /// Remembers the unnamed resolution of `method` for `ty` under `env`.
    pub(super) fn remember(
        &mut self,
        method: &str,
        ty: &Type,
        env: &dyn TypeReducer,
        found: Option<Rc<TypemapDef>>,
    ) {
        if self.sync(env) {
            self.types
                .entry(ty.clone())
                .or_default()
                .by_method
                .insert(method.to_string(), found);
        }
    }

    /// The names of single-element named patterns, computed by `names` on
    /// first use after a change.
    pub(super) fn pattern_names(
        &mut self,
        names: impl FnOnce() -> HashSet<String>,
    ) -> &HashSet<String> {
        self.pattern_names.get_or_insert_with(names)
    }
}
