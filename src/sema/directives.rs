//! Stage 4, sema: the name-and-feature directives (`%rename`, `%ignore`,
//! `%feature`, `%immutable`, `%mutable`, `%newobject`, `%exception`,
//! `%callback`, ...) and `%fragment`.

use super::{attr_text, code_text, Sema};
use crate::ast::{Attr, AttrValue, Code, Directive, Target};
use crate::source::Span;

/// The key a target names: `x`, `Vector::x`.
pub(crate) fn target_key(t: &Target) -> String {
    t.name
        .iter()
        .map(|i| i.name.as_str())
        .collect::<Vec<_>>()
        .join("::")
}

/// Target-language code given as a directive body: `{ }` only delimits it.
fn target_code(b: &crate::ast::Code) -> String {
    match b.delim {
        crate::ast::CodeDelim::Brace => super::strip_outer_braces(&b.text),
        _ => b.text.clone(),
    }
}

/// Positional arguments (no `name=`), as text.
fn positional(args: &[Attr]) -> Vec<String> {
    args.iter()
        .filter(|a| a.name.is_none())
        .filter_map(attr_text)
        .collect()
}

/// `key=value` arguments (not `%$` flags), as text.
fn named_args(args: &[Attr]) -> Vec<(String, String)> {
    args.iter()
        .filter_map(|a| {
            let n = a.name.as_ref().filter(|n| !n.starts_with("%$"))?;
            Some((n.clone(), attr_text(a).unwrap_or_default()))
        })
        .collect()
}

/// `%$isfunction`-like flags among the arguments.
fn flags(args: &[Attr]) -> Vec<String> {
    args.iter()
        .filter_map(|a| a.name.clone().filter(|n| n.starts_with("%$")))
        .collect()
}

impl Sema<'_> {
    pub(crate) fn directive(&mut self, d: &Directive, span: Span) {
        let target = d.target.as_ref().map(target_key);
        let name = d.name.name.as_str();
        match name {
            "rename" => {
                let pos = positional(&d.args);
                // `%rename old "new";` is the old spelling.
                let new = pos
                    .first()
                    .cloned()
                    .or_else(|| d.body.as_ref().map(|b| b.text.clone()));
                let Some(new) = new else {
                    self.diags.error(span, "%rename needs a new name");
                    return;
                };
                let attrs = named_args(&d.args);
                if let Err(msg) = self
                    .names
                    .add_matching(target, new, &flags(&d.args), &attrs)
                {
                    self.diags.error(span, msg);
                }
            }
            "ignore" => self.names.add(target, "$ignore".into(), &flags(&d.args)),
            "unignore" => {
                if let Some(t) = target {
                    self.names.add(Some(t.clone()), t, &[]);
                }
            }
            "feature" => {
                let pos = positional(&d.args);
                let Some(fname) = pos.first().cloned() else {
                    self.diags.error(span, "%feature needs a feature name");
                    return;
                };
                let value = match (&d.body, pos.get(1)) {
                    (Some(b), _) if fname.starts_with("python") => target_code(b),
                    (Some(b), _) => code_text(b),
                    (None, Some(v)) => v.clone(),
                    (None, None) => "1".to_string(),
                };
                self.set_feature(&fname, target, value);
            }
            "immutable" => self.set_feature("immutable", target, "1".into()),
            "mutable" => self.set_feature("immutable", target, String::new()),
            "newobject" => self.set_feature("new", target, "1".into()),
            "delobject" => self.set_feature("del", target, "1".into()),
            "exception" => {
                let value = d.body.as_ref().map(code_text).unwrap_or_default();
                self.set_feature("except", target, value);
            }
            "noexception" => self.set_feature("except", target, String::new()),
            "allowexception" => self.set_feature("allowexception", target, "1".into()),
            "noallowexception" => self.set_feature("allowexception", target, String::new()),
            "callback" => {
                let v = positional(&d.args)
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "%s".into());
                self.set_feature("callback", target, v);
            }
            "nocallback" => self.set_feature("callback", target, String::new()),
            "pythonnondynamic" => self.set_feature("python:nondynamic", target, "1".into()),
            "pythondynamic" => self.set_feature("python:nondynamic", target, String::new()),
            "kwargs" => self.set_feature("kwargs", target, "1".into()),
            "nodefaultctor" => self.set_feature("nodefaultctor", target, "1".into()),
            "nodefaultdtor" => self.set_feature("nodefaultdtor", target, "1".into()),
            // SWIG's library spells these `%feature("alias")` and so on:
            // `%alias f "g,h";`, `%predicate f;`, `%markfunc S "mark_S";`,
            // `%mixin S "Enumerable";`.
            "alias" | "predicate" | "bang" | "freefunc" | "markfunc" | "trackobjects" | "mixin" => {
                let value = positional(&d.args)
                    .first()
                    .cloned()
                    .or_else(|| d.body.as_ref().map(|b| b.text.clone()))
                    .unwrap_or_else(|| "1".to_string());
                self.set_feature(name, target, value);
            }
            "nodefault" => {
                self.set_feature("nodefaultctor", target.clone(), "1".into());
                self.set_feature("nodefaultdtor", target, "1".into());
            }
            "pythonprepend" | "pythonappend" | "docstring" | "autodoc" => {
                let value = d.body.as_ref().map(target_code).unwrap_or_default();
                self.set_feature(name, target, value);
            }
            "echo" => {
                if let Some(b) = &d.body {
                    eprintln!("{}", b.text);
                }
            }
            "error" => {
                let msg = d.body.as_ref().map(|b| b.text.clone()).unwrap_or_default();
                self.diags.error(span, msg);
            }
            "warn" => {
                let msg = d.body.as_ref().map(|b| b.text.clone()).unwrap_or_default();
                self.diags.warning(0, span, msg);
            }
            "types" => self.types_directive(&d.args),
            "warnfilter" => {
                // `%warnfilter(314, SWIGWARN_TYPE_UNDEFINED_CLASS) decl;`:
                // warning numbers (or names) silenced for the declaration,
                // or for everything after when no declaration is named.
                let codes: Vec<String> = positional(&d.args)
                    .iter()
                    .flat_map(|a| a.split(',').map(str::to_string).collect::<Vec<_>>())
                    .filter_map(|w| crate::warnings::warning_number(&w))
                    .map(|n| n.to_string())
                    .collect();
                self.set_feature("warnfilter", target, codes.join(","));
            }
            "varargs" => self.varargs_directive(&d.args, target, span),
            "contract" => {
                let nocontract = self.opts.lang_flags.iter().any(|f| f == "nocontract");
                if let (Some(t), Some(b), false) = (&d.target, &d.body, nocontract) {
                    let c = super::contracts::lower_contract(t, &b.text);
                    self.set_feature("contract:require", target.clone(), c.require);
                    self.set_feature("contract:ensure", target, c.ensure);
                }
            }
            // Accepted and without effect on C wrappers (or not needed yet).
            "pragma"
            | "naturalvar"
            | "nonaturalvar"
            | "nocopyctor"
            | "copyctor"
            | "implicitconv"
            | "noimplicitconv"
            | "threadallow"
            | "nothreadallow"
            | "nothread"
            | "thread"
            | "nspace"
            | "nonspace"
            | "refobject"
            | "unrefobject"
            | "catches"
            | "director"
            | "nodirector"
            | "template"
            | "defaultctor"
            | "defaultdtor"
            | "aggregate_check"
            | "shared_ptr"
            | "attribute"
            | "python"
            | "nopythonnondynamic"
            | "extend_smart_pointer"
            | "feature_cmp"
            | "csconst"
            | "javaconst"
            | "insert"
            | "beginfile"
            | "begin" => {}
            _ => {
                if let Some(b) = &d.body {
                    // `%somecode %{ %}` for another language: ignored.
                    let _ = b;
                }
            }
        }
    }

    fn set_feature(&mut self, name: &str, target: Option<String>, value: String) {
        self.features.add(name, target, value);
    }

    /// `%varargs(int mode = 0) open;` and `%varargs(3, char *s = NULL) f;`:
    /// the parameters that replace `...` (a count repeats the one
    /// parameter, numbered `s1`, `s2`, ...).
    fn varargs_directive(&mut self, args: &[Attr], target: Option<String>, span: Span) {
        let Some(target) = target else {
            self.diags
                .error(span, "%varargs needs the function it applies to");
            return;
        };
        let mut count: Option<usize> = None;
        let mut params = Vec::new();
        for (i, a) in args.iter().enumerate() {
            match &a.value {
                Some(AttrValue::Word(w)) if i == 0 && a.name.is_none() => {
                    match w.parse::<usize>() {
                        Ok(n) => count = Some(n),
                        Err(_) => {
                            self.diags
                                .error(a.span, format!("%varargs: '{w}' is not a type"));
                            return;
                        }
                    }
                }
                Some(AttrValue::Type(t)) => {
                    let text = self.sm.snippet(a.span);
                    let default = text.split_once('=').map(|(_, d)| crate::ast::Expr {
                        kind: crate::ast::ExprKind::Ident(d.trim().to_string()),
                        text: d.trim().to_string(),
                        span: a.span,
                    });
                    let name = a.name.clone().unwrap_or_else(|| format!("varg{}", i + 1));
                    let mut p = super::functions::ParamSpec::new(&name, t.clone());
                    p.default = default;
                    params.push(p);
                }
                _ => {
                    self.diags.error(
                        a.span,
                        "%varargs: expected a parameter such as `char *s = NULL`",
                    );
                    return;
                }
            }
        }
        if let (Some(n), Some(p)) = (count, params.first().cloned()) {
            let base = p.name.clone().unwrap_or_default();
            params = (1..=n)
                .map(|k| {
                    let mut q = p.clone();
                    q.name = Some(format!("{base}{k}"));
                    q
                })
                .collect();
        }
        self.varargs.insert(target, params);
    }

    /// `%types(int *, Foo *);`: registers descriptors. `%types(A = B)`:
    /// an `A *` may be passed where a `B *` is expected.
    fn types_directive(&mut self, args: &[Attr]) {
        for a in args {
            if let (Some(n), Some(v)) = (&a.name, attr_text(a)) {
                if !n.starts_with("%$") {
                    let from = crate::typemap::typestr::parse_type(n);
                    let to = crate::typemap::typestr::parse_type(&v);
                    if let (Some(f), Some(t)) = (from, to) {
                        self.env.add_cast(&f, &t);
                    }
                    continue;
                }
            }
            if let Some(AttrValue::Type(t)) = &a.value {
                self.env.register(t);
            } else if let Some(txt) = attr_text(a) {
                if let Some(t) = crate::typemap::typestr::parse_type(&txt) {
                    self.env.register(&t);
                }
            }
        }
    }

    /// `%fragment("name", "section", fragment="dep") %{ code %}` defines;
    /// `%fragment("name");` requests.
    pub(crate) fn fragment(&mut self, name: &str, args: &[Attr], code: Option<&Code>) {
        match code {
            Some(c) => {
                let section = args
                    .iter()
                    .find(|a| a.name.is_none())
                    .and_then(attr_text)
                    .unwrap_or_else(|| "header".into());
                let deps: Vec<String> = args
                    .iter()
                    .filter(|a| a.name.as_deref() == Some("fragment"))
                    .filter_map(attr_text)
                    .collect();
                self.fragments.define(name, &section, deps, code_text(c));
            }
            None => self.fragments.request_list(name),
        }
    }
}
