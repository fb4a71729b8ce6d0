//! Stage 4, sema: overloaded functions. Functions that end up with one
//! target name (overloaded `%extend` methods, `%rename`d functions) are
//! wrapped each on its own (`_wrap_f__SWIG_0`, ...) and joined by a
//! dispatcher that picks the first whose argument count fits and whose
//! `typecheck` typemaps accept the arguments, cheapest types first (by the
//! typemaps' `precedence`).

use super::Sema;
use crate::ir::{self, Decl};
use rustc_hash::FxHashMap;

/// SWIG's typecheck precedence names, for `precedence=SWIG_TYPECHECK_...`
/// attributes the preprocessor left as names.
const PRECEDENCES: &[(&str, i64)] = &[
    ("SWIG_TYPECHECK_POINTER", 0),
    ("SWIG_TYPECHECK_ITERATOR", 5),
    ("SWIG_TYPECHECK_VOIDPTR", 10),
    ("SWIG_TYPECHECK_BOOL", 15),
    ("SWIG_TYPECHECK_UINT8", 20),
    ("SWIG_TYPECHECK_INT8", 25),
    ("SWIG_TYPECHECK_UINT16", 30),
    ("SWIG_TYPECHECK_INT16", 35),
    ("SWIG_TYPECHECK_UINT32", 40),
    ("SWIG_TYPECHECK_INT32", 45),
    ("SWIG_TYPECHECK_UINT64", 50),
    ("SWIG_TYPECHECK_INT64", 55),
    ("SWIG_TYPECHECK_UINT128", 60),
    ("SWIG_TYPECHECK_INT128", 65),
    ("SWIG_TYPECHECK_INTEGER", 70),
    ("SWIG_TYPECHECK_FLOAT", 80),
    ("SWIG_TYPECHECK_DOUBLE", 90),
    ("SWIG_TYPECHECK_CPLXFLT", 95),
    ("SWIG_TYPECHECK_CPLXDBL", 100),
    ("SWIG_TYPECHECK_COMPLEX", 105),
    ("SWIG_TYPECHECK_UNICHAR", 110),
    ("SWIG_TYPECHECK_STDUNISTRING", 115),
    ("SWIG_TYPECHECK_UNISTRING", 120),
    ("SWIG_TYPECHECK_CHAR", 130),
    ("SWIG_TYPECHECK_STDSTRING", 135),
    ("SWIG_TYPECHECK_STRING", 140),
    ("SWIG_TYPECHECK_PAIR", 150),
    ("SWIG_TYPECHECK_STDARRAY", 155),
    ("SWIG_TYPECHECK_VECTOR", 160),
    ("SWIG_TYPECHECK_DEQUE", 170),
    ("SWIG_TYPECHECK_LIST", 180),
    ("SWIG_TYPECHECK_SET", 190),
    ("SWIG_TYPECHECK_MULTISET", 200),
    ("SWIG_TYPECHECK_MAP", 210),
    ("SWIG_TYPECHECK_MULTIMAP", 220),
    ("SWIG_TYPECHECK_STACK", 230),
    ("SWIG_TYPECHECK_QUEUE", 240),
    ("SWIG_TYPECHECK_BOOL_ARRAY", 1015),
    ("SWIG_TYPECHECK_INT8_ARRAY", 1025),
    ("SWIG_TYPECHECK_INT16_ARRAY", 1035),
    ("SWIG_TYPECHECK_INT32_ARRAY", 1045),
    ("SWIG_TYPECHECK_INT64_ARRAY", 1055),
    ("SWIG_TYPECHECK_INT128_ARRAY", 1065),
    ("SWIG_TYPECHECK_FLOAT_ARRAY", 1080),
    ("SWIG_TYPECHECK_DOUBLE_ARRAY", 1090),
    ("SWIG_TYPECHECK_CHAR_ARRAY", 1130),
    ("SWIG_TYPECHECK_STRING_ARRAY", 1140),
    ("SWIG_TYPECHECK_OBJECT_ARRAY", 1150),
    ("SWIG_TYPECHECK_SWIGOBJECT", 5000),
];

/// A typecheck typemap's `precedence` attribute as a number; unknown or
/// missing precedences sort last.
pub(crate) fn precedence_value(attr: Option<&str>) -> i64 {
    let Some(a) = attr else {
        return 10_000;
    };
    let a = a.trim();
    if let Ok(n) = a.parse() {
        return n;
    }
    PRECEDENCES
        .iter()
        .find(|(n, _)| *n == a)
        .map(|(_, v)| *v)
        .unwrap_or(10_000)
}

impl Sema<'_> {
    /// Turns each group of same-named functions into overloads plus a
    /// dispatcher.
    pub(crate) fn overloads(&mut self) {
        // Groups in order of first appearance, found by name.
        let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
        let mut group_of: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, d) in self.module.decls.iter().enumerate() {
            if let Decl::Function(f) = d {
                match group_of.get(f.sym_name.as_str()) {
                    Some(&g) => groups[g].1.push(i),
                    None => {
                        group_of.insert(&f.sym_name, groups.len());
                        groups.push((f.sym_name.clone(), vec![i]));
                    }
                }
            }
        }
        drop(group_of);
        let mut inserts: Vec<(usize, ir::Function)> = Vec::new();
        for (sym, idxs) in groups.into_iter().filter(|(_, v)| v.len() > 1) {
            let mut cases = Vec::new();
            let mut first: Option<ir::Function> = None;
            for (k, &i) in idxs.iter().enumerate() {
                let Decl::Function(f) = &mut self.module.decls[i] else {
                    continue;
                };
                if first.is_none() {
                    first = Some(f.clone());
                }
                for t in &f.typechecks {
                    if let Some(fr) = &t.fragments {
                        self.fragments.request_list(fr);
                    }
                }
                f.wrap_name = format!("{}__SWIG_{k}", f.wrap_name);
                f.overloaded = true;
                cases.push(ir::DispatchCase {
                    wrap_name: f.wrap_name.clone(),
                    c_decl: f.c_decl.clone(),
                    min: f.min_inputs(),
                    max: f.inputs.len(),
                    checks: f.typechecks.iter().map(|t| t.code.clone()).collect(),
                    rank: f.typechecks.iter().map(|t| t.precedence).collect(),
                });
            }
            cases.sort_by(|a, b| a.rank.cmp(&b.rank).then(a.max.cmp(&b.max)));
            let Some(first) = first else { continue };
            let dispatcher = ir::Function {
                c_decl: format!("overloaded {sym}"),
                c_name: first.c_name.clone(),
                sym_name: sym.clone(),
                wrap_name: first.wrap_name.clone(),
                member: first.member,
                dispatch: cases,
                ..Default::default()
            };
            inserts.push((*idxs.last().unwrap_or(&0) + 1, dispatcher));
        }
        for (at, f) in inserts.into_iter().rev() {
            self.module.decls.insert(at, Decl::Function(f));
        }
        // A class lists an overloaded method once, taking any arguments.
        for d in &mut self.module.decls {
            if let Decl::Class(c) = d {
                let mut seen: Vec<String> = Vec::new();
                let mut dup: Vec<String> = Vec::new();
                c.methods.retain(|m| {
                    if seen.contains(&m.name) {
                        dup.push(m.name.clone());
                        false
                    } else {
                        seen.push(m.name.clone());
                        true
                    }
                });
                for m in c.methods.iter_mut().chain(c.statics.iter_mut()) {
                    if dup.contains(&m.name) {
                        for i in &mut m.inputs {
                            i.optional = true;
                        }
                        if m.inputs.is_empty() {
                            m.inputs.push(ir::Input {
                                name: "args".into(),
                                optional: true,
                            });
                        }
                    }
                }
            }
        }
    }
}
