//! Unit tests of the typemap database: matching order and expansion.

use super::matching::{candidate_keys, lookup, lookup_multi};
use super::subst::{expand, ArgVars, SubstEnv, Substitution};
use super::typestr::parse_type;
use super::*;
use crate::ast::{Ident, TypeKind};
use std::collections::HashMap;

struct Env {
    typedefs: HashMap<String, Type>,
    used: Vec<String>,
}

impl TypeReducer for Env {
    fn reduce_once(&self, ty: &Type) -> Option<Type> {
        let base = ctype::base_type(ty);
        if let TypeKind::Named(n) = &base.kind {
            let def = self.typedefs.get(n)?;
            let mut d = def.clone();
            d.quals.is_const |= base.quals.is_const;
            return Some(ctype::replace_base(ty, &d, false));
        }
        None
    }
}

impl SubstEnv for Env {
    fn descriptor(&mut self, ty: &Type) -> String {
        let r = ctype::strip_all_quals(&self.resolve(ty));
        let d = format!("SWIGTYPE{}", ctype::mangle(&r));
        self.used.push(d.clone());
        d
    }
}

fn env() -> Env {
    let mut typedefs = HashMap::new();
    typedefs.insert("Integer".to_string(), parse_type("int").unwrap());
    typedefs.insert("size_t".to_string(), parse_type("unsigned long").unwrap());
    typedefs.insert("IntPtr".to_string(), parse_type("int *").unwrap());
    Env {
        typedefs,
        used: Vec::new(),
    }
}

fn t(s: &str) -> Type {
    parse_type(s).unwrap()
}

fn def(method: &str, pat: &[(&str, Option<&str>)], code: &str) -> TypemapDef {
    TypemapDef {
        method: method.into(),
        code: code.into(),
        attrs: vec![],
        locals: vec![],
        pattern: pat
            .iter()
            .map(|(ty, n)| (t(ty), n.map(String::from)))
            .collect(),
        span: Span::default(),
    }
}

#[test]
fn candidates_follow_swig_order() {
    let e = env();
    let keys = candidate_keys(&t("const Integer *const"), &e);
    assert_eq!(
        keys,
        vec![
            "Integer const *const",
            "Integer *const",
            "Integer *",
            "int const *const",
            "int *const",
            "int *",
            "SWIGTYPE const *const",
            "SWIGTYPE *const",
            "SWIGTYPE *",
            "SWIGTYPE const",
            "SWIGTYPE",
        ]
    );
    let keys = candidate_keys(&t("int [10]"), &e);
    assert_eq!(
        keys,
        vec![
            "int [10]",
            "int [ANY]",
            "SWIGTYPE [10]",
            "SWIGTYPE [ANY]",
            "SWIGTYPE []",
            "SWIGTYPE"
        ]
    );
}

#[test]
fn lookup_prefers_name_then_type_then_reduction() {
    let e = env();
    let mut db = TypemapDb::new();
    db.add(def("in", &[("int", None)], "INT"));
    db.add(def("in", &[("SWIGTYPE *", None)], "PTR"));
    db.add(def("in", &[("int *", Some("OUTPUT"))], "OUT"));
    let code_in = |db: &TypemapDb, ty: &str, n: Option<&str>| {
        lookup(db, "in", &t(ty), n, &e).map(|d| d.code.clone())
    };
    macro_rules! code {
        ($ty:expr, $n:expr) => {
            code_in(&db, $ty, $n)
        };
    }
    assert_eq!(code!("size_t", None), None);
    assert_eq!(code!("Integer", Some("x")).as_deref(), Some("INT"));
    assert_eq!(code!("const int", None).as_deref(), Some("INT"));
    assert_eq!(code!("int *", Some("OUTPUT")).as_deref(), Some("OUT"));
    assert_eq!(code!("int *", Some("x")).as_deref(), Some("PTR"));
    assert_eq!(code!("IntPtr", None).as_deref(), Some("PTR"));
    // %apply copies every method; %clear removes them.
    assert!(db.apply(
        &pattern_key(&[(t("int *"), Some("OUTPUT".into()))]),
        &[(t("int *"), Some("r".into()))]
    ));
    assert_eq!(code!("int *", Some("r")).as_deref(), Some("OUT"));
    db.clear(&pattern_key(&[(t("int *"), Some("r".into()))]));
    assert_eq!(code!("int *", Some("r")).as_deref(), Some("PTR"));
}

#[test]
fn multi_argument_patterns_match_longest() {
    let e = env();
    let mut db = TypemapDb::new();
    db.add(def(
        "in",
        &[("char *", Some("str")), ("int", Some("len"))],
        "STRLEN",
    ));
    let ps = vec![
        (t("char *"), Some("str".to_string())),
        (t("Integer"), Some("len".to_string())),
    ];
    assert_eq!(
        lookup_multi(&db, "in", &ps, &e)
            .map(|d| d.code.clone())
            .as_deref(),
        Some("STRLEN")
    );
    let ps2 = vec![
        (t("char *"), Some("s".to_string())),
        (t("int"), Some("len".to_string())),
    ];
    assert!(lookup_multi(&db, "in", &ps2, &e).is_none());
}

#[test]
fn expansion_renames_locals_and_substitutes() {
    let mut e = env();
    let mut d = def(
        "in",
        &[("int *", Some("INPUT"))],
        "{ temp = ($*1_ltype)PyLong_AsLong($input); $1 = &temp; /* $1_type $*1_type $1_name */ x.temp = $descriptor(size_t *); $1_descriptor; \"temp\"; }",
    );
    d.locals.push(Param {
        name: Some(Ident {
            name: "temp".into(),
            span: Span::default(),
        }),
        ty: t("int"),
        default: None,
        span: Span::default(),
    });
    let ty = t("int *");
    let s = Substitution {
        args: vec![ArgVars {
            ty: &ty,
            name: "x".into(),
            lname: "arg2".into(),
        }],
        vars: vec![],
    }
    .var("input", "swig_obj[1]");
    let x = expand(&d, &s, "2", &mut e);
    assert_eq!(x.locals, vec!["int temp2"]);
    assert_eq!(
        x.code,
        "{ temp2 = (int)PyLong_AsLong(swig_obj[1]); arg2 = &temp2; /* int * int x */ x.temp = SWIGTYPE_p_unsigned_long; SWIGTYPE_p_int; \"temp\"; }"
    );
}
