//! Stage 4, sema: C declarations. Typedefs go to the type environment;
//! struct/union/enum bodies are recorded (enumerators become constants);
//! functions and variables are wrapped unless they come from an
//! `%import`ed file or are `%ignore`d.

use super::functions::{call_args, param_specs, WrapSpec};
use super::names::NameKind;
use super::Sema;
use crate::ast::{
    Declaration, Declarator, FunctionType, Ident, Storage, TagDef, TagKind, Type, TypeKind,
};
use crate::ir;
use crate::source::Span;
use crate::typemap::ctype::{base_type, function_decl, replace_base};
use crate::typemap::TypeReducer;

impl Sema<'_> {
    pub(crate) fn declaration(&mut self, d: &Declaration, span: Span) {
        let wrap = self.wraps(span);
        let typedef_name = (d.storage == Storage::Typedef)
            .then(|| {
                d.declarators
                    .first()
                    .and_then(|x| x.name.as_ref())
                    .map(|n| n.name.clone())
            })
            .flatten();
        if d.storage == Storage::Typedef {
            for decl in &d.declarators {
                self.typedef(decl);
            }
        }
        if let Some(def) = &d.definition {
            match def {
                TagDef::Enum(e) => self.enum_def(e, wrap),
                TagDef::Struct(s) => self.struct_def(s, typedef_name.as_deref(), wrap, span),
            }
        }
        if d.storage == Storage::Typedef {
            return;
        }
        if !wrap {
            return;
        }
        for decl in &d.declarators {
            let Some(name) = &decl.name else { continue };
            let ty = anonymous_enum_as_int(&decl.ty);
            if let TypeKind::Tagged { name: None, .. } = &base_type(&ty).kind {
                // `struct { ... } v;`: the type has no name C code could use;
                // SWIG leaves such variables out, silently.
                continue;
            }
            match &ty.kind {
                TypeKind::Function(ft) => self.wrap_function(name, ft, decl.span.to(span)),
                // `binop add;` with `typedef int binop(int, int);` declares a function.
                _ => match self.env.resolve(&ty).kind {
                    TypeKind::Function(ft) => self.wrap_function(name, &ft, decl.span.to(span)),
                    _ => self.wrap_variable(name, &ty, decl, span),
                },
            }
        }
    }

    pub(crate) fn typedef(&mut self, decl: &Declarator) {
        let Some(name) = &decl.name else { return };
        let base = base_type(&decl.ty);
        match &base.kind {
            TypeKind::Tagged { kind, name: None } => {
                // `typedef struct { ... } Vector;` / `typedef enum {..} Color;`:
                // the typedef name is the type's only name.
                match kind {
                    TagKind::Enum => {
                        let t = Type::new(TypeKind::Tagged {
                            kind: TagKind::Enum,
                            name: Some(name.name.clone()),
                        });
                        let full = replace_base(&decl.ty, &t, true);
                        self.env.add_typedef(&name.name, full);
                        self.env.anonymous_enums.insert(name.name.clone());
                    }
                    _ => {
                        self.env.named_structs.insert(name.name.clone());
                    }
                }
            }
            TypeKind::Named(n) if n == &name.name => {}
            _ => {
                self.env.add_typedef(&name.name, decl.ty.clone());
            }
        }
    }

    fn wrap_function(&mut self, name: &Ident, ft: &FunctionType, span: Span) {
        let c_name = name.name.clone();
        let Some(sym) = self.target_name(&[&c_name], NameKind::Function, span) else {
            return;
        };
        if !self.claim_decl(&sym, &format!("fn:{}", function_decl("", ft)), span) {
            return;
        }
        let mut params = param_specs(ft, &self.env);
        self.drop_unmapped_varargs(&[&c_name], &mut params);
        let call = format!("{}({})", c_name, call_args(self, &params));
        let spec = WrapSpec {
            c_decl: function_decl(&c_name, ft),
            c_name: c_name.clone(),
            keys: vec![c_name.clone()],
            wrap_name: format!("_wrap_{sym}"),
            sym_name: sym.clone(),
            ret: ft.ret.clone(),
            params,
            call,
            member: None,
            tm_name: c_name.clone(),
            owner: None,
        };
        if let Some(f) = self.build_wrapper(&spec, span) {
            self.module.decls.push(ir::Decl::Function(f));
        }
        if let Some(fmt) = self
            .features
            .value("callback", &[&c_name])
            .map(str::to_string)
        {
            let cb_name = super::names::apply_format(&fmt, &c_name).unwrap_or(c_name.clone());
            let fptr = Type::new(TypeKind::Pointer(Box::new(Type::new(TypeKind::Function(
                Box::new(ft.clone()),
            )))));
            self.emit_constant(&cb_name, &cb_name, &fptr, &c_name, span);
        }
    }

    /// Records a target name; a second declaration of the same name is
    /// reported (SWIG warning 302) and not wrapped again. The same
    /// declaration repeated (`extern int x[10];` then `int x[10];`) is
    /// quietly taken once.
    pub(crate) fn claim_name(&mut self, sym: &str, span: Span) -> bool {
        self.claim_decl(sym, "", span)
    }

    pub(crate) fn claim_decl(&mut self, sym: &str, signature: &str, span: Span) -> bool {
        match self.wrapped.get(sym) {
            None => {
                self.wrapped.insert(sym.to_string(), signature.to_string());
                true
            }
            Some(prev) if !signature.is_empty() && prev == signature => false,
            // Two different functions of one name: overloads, dispatched at
            // run time (see `overloads`).
            Some(prev) if prev.starts_with("fn:") && signature.starts_with("fn:") => true,
            Some(_) => {
                self.diags
                    .warning(302, span, format!("Identifier '{sym}' redefined (ignored)"));
                false
            }
        }
    }
}

impl Sema<'_> {
    /// The target-language name of a declaration (after `%rename`), with
    /// the language's reserved words prefixed by `_` (SWIG warning 314);
    /// `None` when `%ignore`d.
    pub(crate) fn target_name(
        &mut self,
        names: &[&str],
        kind: NameKind,
        span: Span,
    ) -> Option<String> {
        let sym = self.names.sym_name(names, kind)?;
        if self.conv.keywords.contains(&sym.as_str()) {
            let prefix = self
                .opts
                .lang
                .and_then(crate::backends::backend_for)
                .map(|b| b.keyword_prefix())
                .unwrap_or("_");
            let new = format!("{prefix}{sym}");
            self.decl_warning(
                names,
                314,
                span,
                format!(
                    "'{sym}' is a {} keyword, renaming to '{new}'",
                    self.lang_name()
                ),
            );
            return Some(new);
        }
        Some(sym)
    }

    /// A warning about the declaration `names` (lookup keys, most specific
    /// first), unless `%warnfilter` silences its number there.
    pub(crate) fn decl_warning(
        &mut self,
        names: &[&str],
        code: u32,
        span: Span,
        message: impl Into<String>,
    ) {
        let filtered = self
            .features
            .value("warnfilter", names)
            .is_some_and(|v| v.split(',').any(|c| c.trim() == code.to_string()));
        if !filtered {
            self.diags.warning(code, span, message);
        }
    }

    fn lang_name(&self) -> &'static str {
        self.opts.lang.map(|l| l.name()).unwrap_or("python")
    }
}

/// `enum { A, B } v;`: a value of an anonymous enum is an `int`.
pub(crate) fn anonymous_enum_as_int(ty: &Type) -> Type {
    match &base_type(ty).kind {
        TypeKind::Tagged {
            kind: TagKind::Enum,
            name: None,
        } => replace_base(ty, &Type::prim(crate::ast::Prim::Int), true),
        _ => ty.clone(),
    }
}
