//! Stage 4, sema: function wrappers. For each parameter (or group of
//! parameters, for multi-argument typemaps) the `in`, `check`, `argout` and
//! `freearg` typemaps are chosen and expanded; the return value gets `out`
//! (and `newfree`/`ret`); `%exception` wraps the call. The result is an
//! `ir::Function` with every piece of code final.

use super::Sema;
use crate::ast::{Expr, Type, TypeKind};
use crate::ir;
use crate::typemap::ctype::{c_decl, type_str};
use crate::typemap::matching::{lookup, lookup_multi, PatternParam};
use crate::typemap::subst::{expand, substitute, ArgVars, Expanded, Substitution};
use crate::typemap::{pattern_key, TypeReducer, TypemapDef};
use std::rc::Rc;

/// One C parameter of a wrapped call.
#[derive(Clone, Debug)]
pub(crate) struct ParamSpec {
    pub name: Option<String>,
    /// The name typemaps see, when not `name` (a destructor's `self` is
    /// matched as `DISOWN`).
    pub tm_name: Option<String>,
    pub ty: Type,
    pub default: Option<Expr>,
}

impl PatternParam for ParamSpec {
    fn param_type(&self) -> &Type {
        &self.ty
    }
    fn param_name(&self) -> Option<&str> {
        self.lookup_name()
    }
}

impl ParamSpec {
    pub fn new(name: &str, ty: Type) -> ParamSpec {
        ParamSpec {
            name: Some(name.to_string()),
            tm_name: None,
            ty,
            default: None,
        }
    }

    fn lookup_name(&self) -> Option<&str> {
        self.tm_name.as_deref().or(self.name.as_deref())
    }
}

/// What to wrap: a C call and how it is seen from the target language.
#[derive(Clone, Debug)]
pub(crate) struct WrapSpec {
    /// The C declaration, for the comment above the wrapper.
    pub c_decl: String,
    /// The C name (typemap name for `out`, `$name` in `%exception`).
    pub c_name: String,
    /// Keys for feature lookup, most specific first (`Vector::x`, `x`).
    pub keys: Vec<String>,
    pub sym_name: String,
    pub wrap_name: String,
    pub ret: Type,
    pub params: Vec<ParamSpec>,
    /// The call expression, using `arg1`..`argN` (see `call_args`).
    pub call: String,
    pub member: Option<ir::MemberKind>,
    /// The name the return value's typemaps see (the function name, or the
    /// member name of an accessor).
    pub tm_name: String,
    /// `$owner` for the result, when not decided by `%newobject`.
    pub owner: Option<&'static str>,
}

/// The C variable holding parameter `i` (0-based).
pub(crate) fn arg_name(i: usize) -> String {
    format!("arg{}", i + 1)
}

/// Arguments for calling the C function: `arg1,(char const **)arg2`.
/// A cast is added where the local's type differs from the parameter's.
pub(crate) fn call_args(s: &Sema, params: &[ParamSpec]) -> String {
    params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let lt = s.env.local_type(&p.ty);
            let needs_cast = type_str(&lt) != type_str(&p.ty)
                && !matches!(p.ty.kind, TypeKind::Array(..))
                && s.env.is_scalar(&p.ty);
            if needs_cast {
                format!("({}){}", type_str(&p.ty), arg_name(i))
            } else {
                arg_name(i)
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Normalises C parameters: `(void)` is none, function parameters become
/// function pointers. `...` stays; see `Sema::drop_unmapped_varargs`.
pub(crate) fn param_specs(ft: &crate::ast::FunctionType, env: &dyn TypeReducer) -> Vec<ParamSpec> {
    let params = &ft.params;
    let mut out = Vec::new();
    for p in params {
        if params.len() == 1
            && p.name.is_none()
            && matches!(p.ty.kind, TypeKind::Prim(crate::ast::Prim::Void))
        {
            continue;
        }
        let ty = match &p.ty.kind {
            TypeKind::Function(_) => Type::new(TypeKind::Pointer(Box::new(p.ty.clone()))),
            // A parameter of a typedef'd function type is a pointer to it.
            _ if matches!(env.resolve(&p.ty).kind, TypeKind::Function(_)) => {
                Type::new(TypeKind::Pointer(Box::new(p.ty.clone())))
            }
            _ => p.ty.clone(),
        };
        out.push(ParamSpec {
            name: p.name.as_ref().map(|n| n.name.clone()),
            tm_name: None,
            ty,
            default: p.default.clone(),
        });
    }
    if ft.variadic && !out.iter().any(|p| matches!(p.ty.kind, TypeKind::Varargs)) {
        out.push(ParamSpec {
            name: None,
            tm_name: None,
            ty: Type::new(TypeKind::Varargs),
            default: None,
        });
    }
    out
}

impl Sema<'_> {
    /// SWIG wraps a variadic function without its variable part unless an
    /// `in` typemap for `(...)` says how to take it.
    pub(crate) fn drop_unmapped_varargs(&self, keys: &[&str], params: &mut Vec<ParamSpec>) {
        if params
            .last()
            .is_some_and(|p| matches!(p.ty.kind, TypeKind::Varargs))
        {
            if let Some(repl) = keys.iter().find_map(|k| self.varargs.get(*k)) {
                params.pop();
                params.extend(repl.iter().cloned());
                return;
            }
        }
        if params
            .last()
            .is_some_and(|p| matches!(p.ty.kind, TypeKind::Varargs))
            && self
                .db
                .exact("in", &vec![("...".to_string(), None)])
                .is_none()
        {
            params.pop();
        }
    }

    fn keys(spec: &WrapSpec) -> Vec<&str> {
        spec.keys.iter().map(String::as_str).collect()
    }

    /// Finds a typemap for the parameters starting at `i`: the longest
    /// multi-argument one, else a single one.
    fn find_param_typemap(
        &self,
        method: &str,
        params: &[ParamSpec],
        i: usize,
    ) -> Option<Rc<TypemapDef>> {
        if let Some(d) = lookup_multi(&self.db, method, &params[i..], &self.env) {
            return Some(d);
        }
        let p = &params[i];
        lookup(&self.db, method, &p.ty, p.lookup_name(), &self.env)
    }

    /// A typemap of another method for the same group the `in` typemap
    /// matched: for a group of several, the exact same pattern.
    pub(super) fn group_typemap(
        &self,
        method: &str,
        params: &[ParamSpec],
        i: usize,
        arity: usize,
        in_tm: &TypemapDef,
    ) -> Option<Rc<TypemapDef>> {
        if arity > 1 {
            return self.db.exact(method, &pattern_key(&in_tm.pattern));
        }
        let p = &params[i];
        lookup(&self.db, method, &p.ty, p.lookup_name(), &self.env)
    }

    fn group_vars(params: &[ParamSpec], i: usize, arity: usize) -> Vec<ArgVars<'_>> {
        (i..i + arity)
            .map(|k| ArgVars {
                ty: &params[k].ty,
                name: match &params[k].name {
                    Some(n) => n.as_str().into(),
                    None => arg_name(k).into(),
                },
                lname: arg_name(k).into(),
            })
            .collect()
    }

    fn expand_tm(&mut self, tm: &TypemapDef, subst: &Substitution, suffix: &str) -> Expanded {
        if let Some(f) = tm.attr("fragment") {
            self.fragments.request_list(f);
        }
        if tm.code.contains("$typemap(") {
            let mut copy = tm.clone();
            match self.inline_typemap_macros(&tm.code, &mut copy.locals) {
                Ok(code) => copy.code = code,
                Err(msg) => self.diags.error(tm.span, msg),
            }
            return expand(&copy, subst, suffix, &mut self.env);
        }
        expand(tm, subst, suffix, &mut self.env)
    }

    /// Builds a wrapper, or reports why the declaration cannot be wrapped.
    pub(crate) fn build_wrapper(
        &mut self,
        spec: &WrapSpec,
        span: crate::source::Span,
    ) -> Option<ir::Function> {
        let mut f = ir::Function {
            c_decl: spec.c_decl.clone(),
            c_name: spec.c_name.clone(),
            sym_name: spec.sym_name.clone(),
            wrap_name: spec.wrap_name.clone(),
            member: spec.member,
            ..Default::default()
        };
        let mut locals: Vec<String> = Vec::new();
        // `%delobject f;`: `f` frees its first argument, which Python must
        // then stop owning (the `DISOWN` typemap).
        let disowned;
        let params = if self.features.is_on("del", &Self::keys(spec)) && !spec.params.is_empty() {
            let mut ps = spec.params.clone();
            ps[0].tm_name = Some("DISOWN".into());
            disowned = ps;
            &disowned
        } else {
            &spec.params
        };
        f.varargs = params
            .iter()
            .any(|p| matches!(p.ty.kind, TypeKind::Varargs));
        for (i, p) in params.iter().enumerate() {
            locals.push(self.arg_local(&arg_name(i), &p.ty, p.default.as_ref()));
        }
        let mut tm_locals: Vec<String> = Vec::new();
        let mut arginit: Vec<String> = Vec::new();
        let mut py_outs: Vec<super::pytypes::Output> = Vec::new();
        let mut input = 0usize;
        let mut i = 0usize;
        let mut seen_optional = false;
        while i < params.len() {
            let Some(tm) = self.find_param_typemap("in", params, i) else {
                self.decl_warning(
                    &Self::keys(spec),
                    206,
                    span,
                    format!(
                        "Unable to use type {} as a function argument; {} not wrapped",
                        type_str(&params[i].ty),
                        spec.c_name
                    ),
                );
                return None;
            };
            let arity = tm.arity().max(1);
            let args = Self::group_vars(params, i, arity);
            let is_varargs = matches!(params[i].ty.kind, TypeKind::Varargs);
            let ninputs = if is_varargs { 0 } else { tm.num_inputs() };
            let default_tm = self.group_typemap("default", params, i, arity, &tm);
            let optional = ninputs > 0
                && (params[i].default.is_some() || default_tm.is_some() || seen_optional);
            let argnum = (i + 1).to_string();
            let mut subst = Substitution {
                args: args.clone(),
                vars: Vec::new(),
            }
            .var("symname", spec.sym_name.as_str())
            .var("argnum", argnum.as_str())
            .var("null", self.conv.null)
            .var("result", self.conv.result)
            .var("name", spec.c_name.as_str());
            if ninputs > 0 {
                subst = subst.var("input", (self.conv.input)(input));
            }
            // `arginit`: runs before any argument is converted.
            if let Some(a) = self.group_typemap("arginit", params, i, arity, &tm) {
                let x = self.expand_tm(&a, &subst, &argnum);
                tm_locals.extend(x.locals);
                arginit.push(x.code);
            }
            if let Some(d) = &default_tm {
                let x = self.expand_tm(d, &subst, &argnum);
                tm_locals.extend(x.locals);
                f.convert.push(x.code);
            }
            let x = self.expand_tm(&tm, &subst, &argnum);
            tm_locals.extend(x.locals);
            if optional {
                seen_optional = true;
                f.convert.push(format!(
                    "if ({}) {{\n{}\n}}",
                    (self.conv.input_given)(input),
                    indent_code(&x.code)
                ));
            } else {
                f.convert.push(x.code);
            }
            if ninputs > 0 {
                let tc = self.group_typemap("typecheck", params, i, arity, &tm);
                let check = match tc {
                    Some(t) => {
                        let mut targs = args.clone();
                        targs[0].lname = "_v".into();
                        let ts = Substitution {
                            args: targs,
                            vars: Vec::new(),
                        }
                        .var("input", (self.conv.input)(input))
                        .var("symname", spec.sym_name.as_str())
                        .var("argnum", argnum.as_str());
                        // Fragments are requested only if the function
                        // turns out to be overloaded (see `overloads`).
                        let x = expand(&t, &ts, &argnum, &mut self.env);
                        ir::Typecheck {
                            code: Some(x.code),
                            precedence: super::overloads::precedence_value(t.attr("precedence")),
                            fragments: t.attr("fragment").map(str::to_string),
                        }
                    }
                    None => ir::Typecheck {
                        code: None,
                        precedence: 10_000,
                        fragments: None,
                    },
                };
                for _ in 0..ninputs {
                    f.typechecks.push(check.clone());
                }
            }
            let py_input = self.py_input(params, i, arity, &tm);
            for k in 0..ninputs {
                f.py_inputs.push(py_input.clone());
                let pname = params
                    .get(i + k.min(arity - 1))
                    .and_then(|p| p.name.clone())
                    .unwrap_or_else(|| arg_name(i + k));
                f.inputs.push(ir::Input {
                    name: pname,
                    optional,
                });
            }
            input += ninputs;
            for (method, dest) in [("check", 0), ("argout", 1), ("freearg", 2)] {
                let found = self.group_typemap(method, params, i, arity, &tm);
                // `match="in"`: only together with the `in` typemap of the
                // same pattern (its code uses that typemap's locals).
                let found = found.filter(|t| {
                    t.attr("match") != Some("in")
                        || pattern_key(&t.pattern) == pattern_key(&tm.pattern)
                });
                if let Some(t) = found {
                    if dest == 1 {
                        py_outs.extend(self.py_argout(params, i, arity, &tm, &t));
                    }
                    let x = self.expand_tm(&t, &subst, &argnum);
                    tm_locals.extend(x.locals);
                    match dest {
                        0 => f.check.push(x.code),
                        1 => f.argout.push(x.code),
                        _ => f.freearg.push(x.code),
                    }
                }
            }
            i += arity;
        }
        f.convert.splice(0..0, arginit);
        let keys = Self::keys(spec);
        let newobject = self.features.is_on("new", &keys);
        let owner = match spec.owner {
            Some(o) => o,
            None if newobject => self.conv.owner_new,
            None => self.conv.owner_borrowed,
        };
        let void_ret = self.env.is_void(&spec.ret) && !self.env.is_pointerish(&spec.ret);
        let mut action = if void_ret {
            format!("{};", spec.call)
        } else {
            let lt = self.env.local_type(&spec.ret);
            locals.push(self.result_local(&spec.ret));
            let array = matches!(self.env.resolve(&spec.ret).kind, TypeKind::Array(..));
            if !self.env.is_scalar(&spec.ret) && !array {
                format!("result = {};", spec.call)
            } else {
                format!("result = ({}){};", type_str(&lt), spec.call)
            }
        };
        let rvars = vec![ArgVars {
            ty: &spec.ret,
            name: spec.tm_name.as_str().into(),
            lname: "result".into(),
        }];
        let rsubst = Substitution {
            args: rvars,
            vars: Vec::new(),
        }
        .var("result", self.conv.result)
        .var("owner", owner)
        .var("symname", spec.sym_name.as_str())
        .var("null", self.conv.null)
        .var("name", spec.c_name.as_str());
        let out_tm = lookup(&self.db, "out", &spec.ret, Some(&spec.tm_name), &self.env);
        let py_ret = self.py_return(&spec.ret, &spec.tm_name, out_tm.as_deref());
        f.py_result = super::pytypes::combine_result(py_ret, py_outs);
        match out_tm {
            Some(tm) => {
                let x = self.expand_tm(&tm, &rsubst, "");
                tm_locals.extend(x.locals);
                f.out = Some(x.code);
            }
            None if void_ret => {}
            None => {
                self.decl_warning(
                    &Self::keys(spec),
                    303,
                    span,
                    format!(
                        "Unable to use return type {} in function {}; not wrapped",
                        type_str(&spec.ret),
                        spec.c_name
                    ),
                );
                return None;
            }
        }
        if newobject {
            if let Some(tm) = lookup(
                &self.db,
                "newfree",
                &spec.ret,
                Some(&spec.c_name),
                &self.env,
            ) {
                let x = self.expand_tm(&tm, &rsubst, "");
                tm_locals.extend(x.locals);
                f.newfree = Some(x.code);
            }
        }
        if let Some(tm) = lookup(&self.db, "ret", &spec.ret, Some(&spec.tm_name), &self.env) {
            let x = self.expand_tm(&tm, &rsubst, "");
            tm_locals.extend(x.locals);
            f.ret = Some(x.code);
        }
        if let Some(exc) = self.features.value("except", &keys).map(str::to_string) {
            let esubst = Substitution::default()
                .var("action", action.as_str())
                .var("symname", spec.sym_name.as_str())
                .var("name", spec.c_name.as_str())
                .var("wrapname", spec.wrap_name.as_str())
                .var("decl", spec.c_decl.as_str())
                .var("fulldecl", spec.c_decl.as_str())
                .var("null", self.conv.null)
                .var("result", self.conv.result);
            action = substitute(&exc, &esubst, &mut self.env);
        }
        if let Some(a) = self.features.value("action", &keys).map(str::to_string) {
            action = a;
        }
        // `%contract`: `require:` checks after the typemaps' own, `ensure:`
        // checks right after the call.
        if let Some(req) = self.features.value("contract:require", &keys) {
            f.check.push(req.to_string());
        }
        if let Some(ens) = self.features.value("contract:ensure", &keys) {
            action = format!("{action}\n{ens}");
        }
        f.action = action;
        for l in tm_locals {
            if !locals.contains(&l) {
                locals.push(l);
            }
        }
        f.locals = locals.into_iter().map(|decl| ir::Local { decl }).collect();
        f.doc = self.features.value("docstring", &keys).map(str::to_string);
        if let Some(level) = self.features.value("autodoc", &keys) {
            let inputs: Vec<String> = f.inputs.iter().map(|i| i.name.clone()).collect();
            let auto =
                super::autodoc::autodoc_text(&spec.sym_name, params, &inputs, &spec.ret, level);
            f.doc = Some(match f.doc.take() {
                Some(d) => format!("{auto}\n\n{d}"),
                None => auto,
            });
        }
        // Features named for the target language (`%pythonprepend`, ...)
        // are the backend's to print.
        let lang = self.opts.lang.map(|l| l.name()).unwrap_or("python");
        for name in self.features.names_with_prefix(lang) {
            if let Some(v) = self.features.value(name, &keys) {
                f.features.push((name.to_string(), v.to_string()));
            }
        }
        for (name, v) in self.features.in_force(&keys) {
            if !f.features.iter().any(|(n, _)| *n == name) {
                f.features.push((name, v));
            }
        }
        Some(f)
    }

    /// `int arg1`, `char *arg1 = (char *) 0`, `int arg2 = (int) 3`.
    pub(crate) fn arg_local(&self, name: &str, ty: &Type, default: Option<&Expr>) -> String {
        if matches!(ty.kind, TypeKind::Varargs) {
            return format!("void *{name} = (void *) 0");
        }
        let lt = self.env.local_type(ty);
        let decl = c_decl(&lt, name);
        if let Some(d) = default {
            if self.env.is_struct_value(ty) {
                return format!("{decl} = {}", d.text);
            }
            return format!("{decl} = ({}) {}", type_str(&lt), d.text);
        }
        if self.env.is_pointerish(&lt) {
            format!("{decl} = ({}) 0", type_str(&lt))
        } else {
            decl
        }
    }

    fn result_local(&self, ret: &Type) -> String {
        let lt = self.env.local_type(ret);
        c_decl(&lt, "result")
    }
}

/// Indents every line of `code` by two spaces.
pub(crate) fn indent_code(code: &str) -> String {
    code.lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("  {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
