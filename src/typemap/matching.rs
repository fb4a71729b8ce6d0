//! Stage 4 (typemaps): SWIG's pattern matching rules (Typemaps.html,
//! "Pattern matching rules"). For a `TYPE NAME` pair, in order: the exact
//! type with the name, then without; the same for each qualifier-stripped
//! type (left-most qualifier first) and the `[ANY]` array form; then all of
//! it again after each typedef reduction; finally the generic `SWIGTYPE`
//! forms of the fully reduced type, most specialised first.

use super::ctype::{arrays_to_any, drop_innermost_level, qualifier_steps, replace_base};
use super::{type_key, PatternKey, TypeReducer, TypemapDb, TypemapDef};
use crate::ast::{TagKind, Type, TypeKind};
use std::rc::Rc;

/// The candidate type keys for a type, in matching order, without
/// repetitions.
pub fn candidate_keys(ty: &Type, env: &dyn TypeReducer) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |t: &Type, out: &mut Vec<String>| {
        let k = type_key(t);
        if !out.contains(&k) {
            out.push(k);
        }
    };
    let mut t = ty.clone();
    for _ in 0..64 {
        push(&t, &mut out);
        if let Some(a) = arrays_to_any(&t) {
            push(&a, &mut out);
        }
        for s in qualifier_steps(&t) {
            push(&s, &mut out);
            if let Some(a) = arrays_to_any(&s) {
                push(&a, &mut out);
            }
        }
        match env.reduce_once(&t) {
            Some(r) => t = r,
            None => break,
        }
    }
    for g in default_types(&env.resolve(ty)) {
        push(&g, &mut out);
    }
    out
}

/// The generic `SWIGTYPE` forms of a fully reduced type, most specialised
/// first: `SWIGTYPE const *`, `SWIGTYPE *`, `SWIGTYPE`; for a plain enum,
/// `enum SWIGTYPE` before `SWIGTYPE`.
pub fn default_types(resolved: &Type) -> Vec<Type> {
    let swigtype = Type::new(TypeKind::Named("SWIGTYPE".into()));
    let mut out = Vec::new();
    if let TypeKind::Tagged {
        kind: TagKind::Enum,
        ..
    } = &resolved.kind
    {
        let e = Type::new(TypeKind::Tagged {
            kind: TagKind::Enum,
            name: Some("SWIGTYPE".into()),
        });
        let t = replace_base(resolved, &e, true);
        out.push(t.clone());
        out.extend(qualifier_steps(&t));
    }
    let mut t = replace_base(resolved, &swigtype, true);
    for _ in 0..64 {
        let mut variants = vec![t.clone()];
        variants.extend(qualifier_steps(&t));
        for v in variants {
            out.push(v.clone());
            if let Some(a) = arrays_to_any(&v) {
                out.push(a.clone());
                if let Some(u) = arrays_unsized(&a) {
                    out.push(u);
                }
            } else if let Some(u) = arrays_unsized(&v) {
                out.push(u);
            }
        }
        match drop_innermost_level(&t) {
            Some(d) => t = d,
            None => break,
        }
    }
    out.push(swigtype);
    out
}

/// `[ANY]` dimensions turned into `[]`.
fn arrays_unsized(ty: &Type) -> Option<Type> {
    match &ty.kind {
        TypeKind::Array(i, Some(_)) => {
            let mut t = ty.clone();
            t.kind = TypeKind::Array(i.clone(), None);
            Some(t)
        }
        _ => None,
    }
}

/// Finds the single-argument typemap of `method` for `ty name`.
pub fn lookup(
    db: &TypemapDb,
    method: &str,
    ty: &Type,
    name: Option<&str>,
    env: &dyn TypeReducer,
) -> Option<Rc<TypemapDef>> {
    if !db.has_method(method) {
        return None;
    }
    match name.filter(|n| !n.is_empty() && db.is_pattern_name(n)) {
        Some(n) => lookup_named(db, method, ty, n, env),
        None => lookup_unnamed(db, method, ty, env),
    }
}

/// `lookup` for a name that occurs in some pattern: each candidate type
/// with the name, then without; memoised per (type, method, name).
fn lookup_named(
    db: &TypemapDb,
    method: &str,
    ty: &Type,
    name: &str,
    env: &dyn TypeReducer,
) -> Option<Rc<TypemapDef>> {
    if let Some(found) = db.memoised(method, ty, Some(name), env) {
        return found;
    }
    let mut key = vec![(String::new(), None)];
    let mut found = None;
    for k in db.candidate_keys(ty, env).iter() {
        key[0] = (k.clone(), Some(name.to_string()));
        if let Some(d) = db.exact(method, &key) {
            found = Some(d);
            break;
        }
        key[0].1 = None;
        if let Some(d) = db.exact(method, &key) {
            found = Some(d);
            break;
        }
    }
    db.remember(method, ty, Some(name), env, found.clone());
    found
}

/// `lookup` without a name (or with one no pattern has), memoised per
/// (type, method).
fn lookup_unnamed(
    db: &TypemapDb,
    method: &str,
    ty: &Type,
    env: &dyn TypeReducer,
) -> Option<Rc<TypemapDef>> {
    if let Some(found) = db.memoised(method, ty, None, env) {
        return found;
    }
    let mut key = vec![(String::new(), None)];
    let found = db.candidate_keys(ty, env).iter().find_map(|k| {
        key[0].0.clone_from(k);
        db.exact(method, &key)
    });
    db.remember(method, ty, None, env, found.clone());
    found
}

/// A parameter as multi-argument matching sees it.
pub trait PatternParam {
    fn param_type(&self) -> &Type;
    fn param_name(&self) -> Option<&str>;
}

impl PatternParam for (Type, Option<String>) {
    fn param_type(&self) -> &Type {
        &self.0
    }
    fn param_name(&self) -> Option<&str> {
        self.1.as_deref()
    }
}

/// Finds the longest multi-argument typemap of `method` whose pattern
/// matches the parameters starting at `params[0]`.
pub fn lookup_multi<P: PatternParam>(
    db: &TypemapDb,
    method: &str,
    params: &[P],
    env: &dyn TypeReducer,
) -> Option<Rc<TypemapDef>> {
    let mut best: Option<(usize, Rc<TypemapDef>)> = None;
    let mut cands: Vec<Option<Rc<[String]>>> = Vec::new();
    for (key, def) in db.multi_of_method(method).iter() {
        if key.len() > params.len() || best.as_ref().is_some_and(|(n, _)| *n >= key.len()) {
            continue;
        }
        if cands.is_empty() {
            cands = vec![None; params.len()];
        }
        if elements_match(db, key, params, &mut cands, env) {
            best = Some((key.len(), def.clone()));
        }
    }
    best.map(|(_, d)| d)
}

fn elements_match<P: PatternParam>(
    db: &TypemapDb,
    key: &PatternKey,
    params: &[P],
    cands: &mut [Option<Rc<[String]>>],
    env: &dyn TypeReducer,
) -> bool {
    key.iter().enumerate().all(|(i, (kty, kname))| {
        let p = &params[i];
        if let Some(kn) = kname {
            if p.param_name() != Some(kn.as_str()) {
                return false;
            }
        }
        let c = cands[i].get_or_insert_with(|| db.candidate_keys(p.param_type(), env));
        c.contains(kty)
    })
}
