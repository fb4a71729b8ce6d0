//! Stage 4, sema: global variables, linked through the language's variable
//! object (`cvar` in Python): `varout` gives the getter, `varin` the
//! setter. `%immutable`, `const` variables, and types without a `varin`
//! typemap are read-only.

use super::names::NameKind;
use super::Sema;
use crate::ast::{Declarator, Ident, Type, TypeKind};
use crate::ir;
use crate::source::Span;
use crate::typemap::ctype::c_decl;
use crate::typemap::matching::lookup;
use crate::typemap::subst::{ArgVars, Substitution};

impl Sema<'_> {
    pub(crate) fn wrap_variable(
        &mut self,
        name: &Ident,
        ty: &Type,
        _decl: &Declarator,
        span: Span,
    ) {
        let c_name = name.name.clone();
        // `%constant X = some_variable;` takes the variable's type.
        self.const_types
            .entry(c_name.clone())
            .or_insert_with(|| ty.clone());
        let Some(sym) = self.target_name(&[&c_name], NameKind::Variable, span) else {
            return;
        };
        if !self.claim_decl(&sym, &c_decl(ty, ""), span) {
            return;
        }
        let Some((get_locals, get_code, set)) =
            self.variable_accessors(&c_name, &c_name, &sym, ty, &[c_name.as_str()], span)
        else {
            self.wrapped.remove(&sym);
            return;
        };
        let py_type = self.py_value(ty, Some(&c_name), super::pytypes::Dir::Out);
        self.module.decls.push(ir::Decl::Variable(ir::Variable {
            py_type,
            c_decl: c_decl(ty, &c_name),
            c_name,
            sym_name: sym,
            get_locals,
            get_code,
            set,
        }));
    }

    /// The getter and (unless read-only) setter code of a variable whose C
    /// lvalue is `lvalue`.
    #[allow(clippy::type_complexity)]
    pub(crate) fn variable_accessors(
        &mut self,
        c_name: &str,
        lvalue: &str,
        sym: &str,
        ty: &Type,
        keys: &[&str],
        span: Span,
    ) -> Option<(Vec<ir::Local>, String, Option<(Vec<ir::Local>, String)>)> {
        let args = vec![ArgVars {
            ty,
            name: c_name.into(),
            lname: lvalue.into(),
        }];
        let Some(out) = lookup(&self.db, "varout", ty, Some(c_name), &self.env) else {
            self.decl_warning(
                &[c_name],
                303,
                span,
                format!(
                    "Unable to read variable of type {}; '{}' not wrapped",
                    crate::typemap::ctype::type_str(ty),
                    c_name
                ),
            );
            return None;
        };
        let subst = Substitution {
            args: args.clone(),
            vars: Vec::new(),
        }
        .var("result", self.conv.var_result)
        .var("symname", sym)
        .var("name", c_name)
        .var("owner", self.conv.owner_borrowed)
        .var("null", self.conv.null);
        if let Some(f) = out.attr("fragment") {
            self.fragments.request_list(f);
        }
        let x = crate::typemap::subst::expand(&out, &subst, "", &mut self.env);
        let get_locals = x
            .locals
            .into_iter()
            .map(|decl| ir::Local { decl })
            .collect();
        let immutable = self.features.is_on("immutable", keys) || is_const(ty);
        let set = if immutable {
            None
        } else {
            match lookup(&self.db, "varin", ty, Some(c_name), &self.env) {
                Some(tm) => {
                    if let Some(f) = tm.attr("fragment") {
                        self.fragments.request_list(f);
                    }
                    let s = Substitution {
                        args,
                        vars: Vec::new(),
                    }
                    .var("input", self.conv.var_input)
                    .var("symname", sym)
                    .var("name", c_name)
                    .var("null", self.conv.null);
                    let y = crate::typemap::subst::expand(&tm, &s, "", &mut self.env);
                    Some((
                        y.locals
                            .into_iter()
                            .map(|decl| ir::Local { decl })
                            .collect(),
                        y.code,
                    ))
                }
                None => None,
            }
        };
        // `%allowexception`: `%exception` also surrounds variable access
        // (its `$action` is the read, or the assignment).
        let exc = self
            .features
            .value("except", keys)
            .filter(|e| !e.is_empty() && self.features.is_on("allowexception", keys))
            .map(str::to_string);
        let Some(exc) = exc else {
            return Some((get_locals, x.code, set));
        };
        let mut around = |action: &str| {
            let s = Substitution::default()
                .var("action", action)
                .var("symname", sym)
                .var("name", c_name);
            crate::typemap::subst::substitute(&exc, &s, &mut self.env)
        };
        let get_code = format!("{}\n{}", around(&format!("/* read {c_name} */")), x.code);
        let set = set.map(|(locals, code)| (locals, around(&code)));
        Some((get_locals, get_code, set))
    }
}

/// A `const` object (not a pointer to const) cannot be assigned.
fn is_const(ty: &Type) -> bool {
    match &ty.kind {
        TypeKind::Array(inner, _) => is_const(inner),
        _ => ty.quals.is_const,
    }
}
