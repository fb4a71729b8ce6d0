//! Stage 4, sema: structs and unions as proxy classes. Each member variable
//! gets a getter and (unless read-only) a setter wrapper; the class gets a
//! constructor (`calloc`, or an `%extend` one) and a destructor (`free`, or
//! an `%extend` one); `%extend` methods become C helper functions plus
//! wrappers. Nested struct definitions become classes of their own; nested
//! enums give constants.

use super::functions::{call_args, indent_code, param_specs, ParamSpec, WrapSpec};
use super::names::NameKind;
use super::Sema;
use crate::ast::{
    Declaration, Ident, Item, ItemKind, Prim, StructDef, TagDef, TagKind, Type, TypeKind,
};
use crate::ir;
use crate::source::Span;
use crate::typemap::ctype::{c_decl, replace_base, type_str};
use crate::typemap::matching::lookup;
use crate::typemap::subst::{expand, ArgVars, Substitution};
use crate::typemap::TypeReducer;

/// How a member variable is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MemberAccess {
    /// `(arg1)->x`.
    Direct,
    /// `%extend` variable: through user functions `<Class>_x_get/set`.
    Extend,
    /// A member of anonymous struct type: read-only, by address.
    AnonCopy,
}

/// What sema knows of a class while wrapping its members.
struct ClassCtx {
    /// The C name used in keys: `Vector`.
    name: String,
    /// The target-language class name.
    sym: String,
    /// The struct type itself (`struct Vector` or `Vector`).
    self_ty: Type,
}

impl ClassCtx {
    fn self_ptr(&self) -> Type {
        Type::new(TypeKind::Pointer(Box::new(self.self_ty.clone())))
    }

    fn c_type(&self) -> String {
        type_str(&self.self_ty)
    }
}

/// The body `{ ... }` of a function definition, from its source text.
pub(crate) fn function_body(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut depth = 0i32;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b'"' | b'\'' => {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'{' if depth == 0 => {
                let body = text[i..].trim_end().trim_end_matches(';').trim_end();
                return body.ends_with('}').then(|| body.to_string());
            }
            _ => {}
        }
        i += 1;
    }
    None
}

impl Sema<'_> {
    /// Collects `%extend` blocks by the name they extend, so a struct
    /// defined before or after its `%extend` gets it; and every typedef,
    /// as SWIG knows all typedefs (in any order) when it wraps.
    pub(crate) fn collect_extends(&mut self, items: &[Item]) {
        for it in items {
            match &it.kind {
                ItemKind::Decl(d) if d.storage == crate::ast::Storage::Typedef => {
                    for decl in &d.declarators {
                        self.typedef(decl);
                    }
                }
                ItemKind::Extend {
                    name: Some(n),
                    items,
                } => {
                    self.extends
                        .entry(n.name.clone())
                        .or_default()
                        .extend(items.iter().cloned());
                    self.last_extend.insert(n.name.clone(), it.span);
                }
                ItemKind::Directive(d) => {
                    if let Some(t) = d.target.as_ref().filter(|t| t.name.len() >= 2) {
                        self.member_directives
                            .entry(t.name[0].name.clone())
                            .or_default()
                            .push((d.clone(), it.span));
                    }
                }
                ItemKind::Inline { items, .. } => self.collect_extends(items),
                _ => {}
            }
        }
    }

    /// A top-level `%extend` was collected beforehand (see
    /// `collect_extends`); an `%extend` of a struct already wrapped is
    /// reported, as its members can no longer be added.
    pub(crate) fn extend(&mut self, name: Option<&Ident>, _items: &[Item], span: Span) {
        if let Some(n) = name {
            if self.extends.contains_key(&n.name)
                && self.known_structs.contains(&n.name)
                && self.wraps(span)
            {
                self.diags.warning(
                    303,
                    span,
                    format!("%extend defined for an undeclared class {}", n.name),
                );
            }
        }
    }

    pub(crate) fn struct_def(
        &mut self,
        s: &StructDef,
        typedef_name: Option<&str>,
        wrap: bool,
        span: Span,
    ) {
        let tag = s.name.as_ref().map(|n| n.name.clone());
        let Some(name) = typedef_name.map(str::to_string).or(tag.clone()) else {
            // `struct { ... } v;`: no name to wrap it by; nested enums still count.
            self.nested_enums(s, wrap);
            return;
        };
        let self_ty = match &tag {
            Some(t) => Type::new(TypeKind::Tagged {
                kind: s.kind,
                name: Some(t.clone()),
            }),
            None => Type::new(TypeKind::Named(name.clone())),
        };
        self.known_structs.insert(name.clone());
        if let Some(t) = &tag {
            self.known_structs.insert(t.clone());
        }
        if !wrap {
            self.nested_enums(s, wrap);
            return;
        }
        let Some(sym) = self.target_name(&[&name], NameKind::Class, span) else {
            return;
        };
        if !self.claim_name(&sym, span) {
            return;
        }
        let ctx = ClassCtx {
            name: name.clone(),
            sym: sym.clone(),
            self_ty,
        };
        let ptr_desc = self.env.register(&ctx.self_ptr()).clone();
        self.env
            .classes
            .insert(ptr_desc.mangled.clone(), sym.clone());
        self.env.set_class(&ptr_desc.mangled, &sym);
        let mut class = ir::Class {
            c_type: ctx.c_type(),
            sym_name: sym.clone(),
            descriptor: ptr_desc.descriptor.clone(),
            features: self.features.in_force(&[&name]),
            ..Default::default()
        };
        for m in &s.members {
            self.member_item(&ctx, m, &mut class);
        }
        let mut ext: Vec<Item> = Vec::new();
        for key in [
            Some(name.clone()),
            tag.clone(),
            typedef_name.map(str::to_string),
        ]
        .into_iter()
        .flatten()
        {
            if let Some(items) = self.extends.remove(&key) {
                ext.extend(items);
            }
        }
        // `%extend` members are declared where their block is: directives
        // about them between the struct and that block apply (as in SWIG),
        // although the block is merged here.
        for key in [Some(name.clone()), tag.clone()].into_iter().flatten() {
            let Some(last) = self.last_extend.get(&key).copied() else {
                continue;
            };
            let dirs = self
                .member_directives
                .get(&key)
                .cloned()
                .unwrap_or_default();
            for (d, at) in dirs {
                if at.file == last.file && at.start > span.start && at.start < last.start {
                    self.directive(&d, at);
                }
            }
        }
        let mut has_ctor = false;
        let mut has_dtor = false;
        for it in &ext {
            self.extend_item(&ctx, it, &mut class, &mut has_ctor, &mut has_dtor);
        }
        let keys = [name.as_str()];
        if !has_ctor && !self.features.is_on("nodefaultctor", &keys) {
            self.default_constructor(&ctx, &mut class, span);
        }
        if !has_dtor && !self.features.is_on("nodefaultdtor", &keys) {
            self.default_destructor(&ctx, &mut class, span);
        }
        class.doc = self.features.value("docstring", &keys).map(str::to_string);
        class.nondynamic = self.features.is_on("python:nondynamic", &keys);
        self.module.decls.push(ir::Decl::Class(class));
    }

    fn nested_enums(&mut self, s: &StructDef, wrap: bool) {
        for m in &s.members {
            if let ItemKind::Decl(d) = &m.kind {
                if let Some(TagDef::Enum(e)) = &d.definition {
                    self.enum_def(e, wrap);
                }
            }
        }
    }

    fn member_item(&mut self, ctx: &ClassCtx, m: &Item, class: &mut ir::Class) {
        match &m.kind {
            ItemKind::Decl(d) => self.member_decl(ctx, d, class, m.span),
            ItemKind::Directive(d) => {
                // `%immutable;` inside a body applies to the following members.
                self.directive(d, m.span);
            }
            ItemKind::Extend { items, .. } => {
                let (mut c, mut d) = (false, false);
                for it in items {
                    self.extend_item(ctx, it, class, &mut c, &mut d);
                }
            }
            _ => self.item(m),
        }
    }

    fn member_decl(&mut self, ctx: &ClassCtx, d: &Declaration, class: &mut ir::Class, span: Span) {
        let mut anon_class: Option<String> = None;
        if let Some(def) = &d.definition {
            match def {
                TagDef::Enum(e) => self.enum_def(e, true),
                TagDef::Struct(inner) if inner.name.is_some() => {
                    self.struct_def(inner, None, true, span);
                }
                TagDef::Struct(inner) => {
                    anon_class = self.anonymous_member_struct(ctx, inner, d);
                }
            }
        }
        for decl in &d.declarators {
            let Some(n) = &decl.name else { continue };
            if matches!(decl.ty.kind, TypeKind::Function(_)) {
                continue;
            }
            if d.storage == crate::ast::Storage::Static {
                self.class_constant(ctx, &n.name, &decl.ty, decl.init.as_ref(), class, decl.span);
                continue;
            }
            let base = crate::typemap::ctype::base_type(&decl.ty);
            match (&base.kind, &anon_class) {
                (
                    TypeKind::Tagged {
                        kind: TagKind::Enum,
                        name: None,
                    },
                    _,
                ) => {
                    // An anonymous enum member is an int.
                    let ty = replace_base(&decl.ty, &Type::prim(Prim::Int), true);
                    self.member_variable(ctx, &n.name, &ty, class, decl.span, MemberAccess::Direct);
                }
                (TypeKind::Tagged { name: None, .. }, Some(cls)) => {
                    let ty = replace_base(&decl.ty, &Type::new(TypeKind::Named(cls.clone())), true);
                    self.member_variable(
                        ctx,
                        &n.name,
                        &ty,
                        class,
                        decl.span,
                        MemberAccess::AnonCopy,
                    );
                }
                (TypeKind::Tagged { name: None, .. }, None) => {
                    self.diags.warning(
                        312,
                        decl.span,
                        format!(
                            "Nested anonymous struct/union member '{}::{}' not wrapped",
                            ctx.name, n.name
                        ),
                    );
                }
                _ => self.member_variable(
                    ctx,
                    &n.name,
                    &decl.ty,
                    class,
                    decl.span,
                    MemberAccess::Direct,
                ),
            }
        }
    }

    /// `struct { ... } inner;` inside `Outer`: the anonymous type gets the
    /// name `Outer_inner` (as SWIG names it), declared in C as the type of
    /// that member (`typedef __typeof__(((Outer *)0)->inner) Outer_inner;`),
    /// and is wrapped as a class of that name.
    fn anonymous_member_struct(
        &mut self,
        ctx: &ClassCtx,
        inner: &StructDef,
        d: &Declaration,
    ) -> Option<String> {
        let first = d.declarators.iter().find_map(|x| x.name.as_ref())?;
        let name = format!("{}_{}", ctx.name, first.name);
        self.module.code.push(ir::CodeBlock {
            section: "header".into(),
            text: format!(
                "typedef __typeof__((({} *)0)->{}) {name};\n",
                ctx.c_type(),
                first.name
            ),
        });
        self.env.named_structs.insert(name.clone());
        self.struct_def(inner, Some(&name), true, inner.span);
        Some(name)
    }

    /// Getter and setter wrappers of one member variable. `accessors` is
    /// set for `%extend` variables: they call `<Class>_<name>_get/set`.
    fn member_variable(
        &mut self,
        ctx: &ClassCtx,
        member: &str,
        ty: &Type,
        class: &mut ir::Class,
        span: Span,
        access: MemberAccess,
    ) {
        let qual = format!("{}::{}", ctx.name, member);
        let keys = [qual.as_str(), member];
        let Some(attr) = self.target_name(&keys, NameKind::Member, span) else {
            return;
        };
        let struct_value = self.env.is_struct_value(ty);
        let array = matches!(self.env.resolve(ty).kind, TypeKind::Array(..));
        let get_ty = if struct_value {
            Type::new(TypeKind::Pointer(Box::new(ty.clone())))
        } else {
            ty.clone()
        };
        let self_param = ParamSpec::new("self", ctx.self_ptr());
        let get_sym = format!("{}_{}_get", ctx.sym, attr);
        let get_call = match access {
            MemberAccess::Extend => format!("{}_{}_get(arg1)", ctx.name, member),
            _ if struct_value => format!("&(arg1)->{member}"),
            _ => format!("(arg1)->{member}"),
        };
        let getter = WrapSpec {
            c_decl: format!("{} (get)", c_decl(ty, &qual)),
            c_name: get_sym.clone(),
            keys: vec![qual.clone(), member.to_string()],
            sym_name: get_sym.clone(),
            wrap_name: format!("_wrap_{get_sym}"),
            ret: get_ty,
            params: vec![self_param.clone()],
            call: get_call,
            member: Some(ir::MemberKind::Getter),
            tm_name: member.to_string(),
            owner: None,
        };
        let Some(mut gf) = self.build_wrapper(&getter, span) else {
            return;
        };
        if struct_value || array {
            // The member's own address: never NULL.
            gf.py_result = std::mem::take(&mut gf.py_result).without_none();
        }
        self.module.decls.push(ir::Decl::Function(gf));
        let immutable = access == MemberAccess::AnonCopy
            || self.features.is_on("immutable", &keys)
            || ty.quals.is_const
            || (array && matches!(&ty.kind, TypeKind::Array(t, _) if t.quals.is_const));
        let mut setter_sym = None;
        if !immutable {
            let set_ty = if struct_value {
                Type::new(TypeKind::Pointer(Box::new(ty.clone())))
            } else {
                ty.clone()
            };
            let set_sym = format!("{}_{}_set", ctx.sym, attr);
            let call = match access {
                MemberAccess::Extend => format!("{}_{}_set(arg1, arg2)", ctx.name, member),
                _ => self.member_assign(member, ty, struct_value),
            };
            let setter = WrapSpec {
                c_decl: format!("{} (set)", c_decl(ty, &qual)),
                c_name: set_sym.clone(),
                keys: vec![qual.clone(), member.to_string()],
                sym_name: set_sym.clone(),
                wrap_name: format!("_wrap_{set_sym}"),
                ret: Type::prim(Prim::Void),
                params: vec![
                    self_param,
                    ParamSpec {
                        name: Some(member.to_string()),
                        tm_name: None,
                        ty: set_ty,
                        default: None,
                    },
                ],
                call,
                member: Some(ir::MemberKind::Setter),
                tm_name: member.to_string(),
                owner: None,
            };
            if let Some(sf) = self.build_wrapper(&setter, span) {
                self.module.decls.push(ir::Decl::Function(sf));
                setter_sym = Some(set_sym);
            }
        }
        class.attributes.push(ir::Attribute {
            name: attr,
            getter: get_sym,
            setter: setter_sym,
        });
    }

    /// `if (arg1) (arg1)->x = arg2`, or the `memberin` typemap (arrays).
    fn member_assign(&mut self, member: &str, ty: &Type, struct_value: bool) -> String {
        let lvalue = format!("(arg1)->{member}");
        if let Some(tm) = lookup(&self.db, "memberin", ty, Some(member), &self.env) {
            let s = Substitution {
                args: vec![ArgVars {
                    ty,
                    name: member.into(),
                    lname: lvalue.as_str().into(),
                }],
                vars: Vec::new(),
            }
            .var("input", "arg2")
            .var("name", member)
            .var("symname", member);
            if let Some(f) = tm.attr("fragment") {
                self.fragments.request_list(f);
            }
            let x = expand(&tm, &s, "", &mut self.env);
            return format!("if (arg1) {{\n{}\n}}", indent_code(&x.code));
        }
        if struct_value {
            format!("if (arg1) {lvalue} = *arg2")
        } else {
            format!("if (arg1) {lvalue} = arg2")
        }
    }

    fn default_constructor(&mut self, ctx: &ClassCtx, class: &mut ir::Class, span: Span) {
        let sym = format!("new_{}", ctx.sym);
        let ct = ctx.c_type();
        let spec = WrapSpec {
            c_decl: format!("{ct} *new_{}(void) (default constructor)", ctx.name),
            c_name: sym.clone(),
            keys: vec![format!("{}::{}", ctx.name, ctx.name), sym.clone()],
            sym_name: sym.clone(),
            wrap_name: format!("_wrap_{sym}"),
            ret: ctx.self_ptr(),
            params: Vec::new(),
            call: format!("({ct} *)calloc(1, sizeof({ct}))"),
            member: Some(ir::MemberKind::Constructor),
            tm_name: sym.clone(),
            owner: Some(self.conv.owner_constructor),
        };
        if let Some(f) = self.build_wrapper(&spec, span) {
            class.constructor = Some(ir::Method {
                name: "__init__".into(),
                wrapper: sym,
                inputs: f.inputs.clone(),
            });
            self.module.decls.push(ir::Decl::Function(f));
        }
    }

    fn default_destructor(&mut self, ctx: &ClassCtx, class: &mut ir::Class, span: Span) {
        let c_decl = format!(
            "void delete_{}({} *self) (default destructor)",
            ctx.name,
            ctx.c_type()
        );
        self.destructor_wrapper(ctx, class, c_decl, "free((char *) arg1)".into(), span);
    }

    /// The `delete_<Class>` wrapper calling `call` on `arg1`, which the
    /// target language stops owning (the `DISOWN` typemap).
    fn destructor_wrapper(
        &mut self,
        ctx: &ClassCtx,
        class: &mut ir::Class,
        c_decl: String,
        call: String,
        span: Span,
    ) {
        let sym = format!("delete_{}", ctx.sym);
        let mut p = ParamSpec::new("self", ctx.self_ptr());
        p.tm_name = Some("DISOWN".into());
        let spec = WrapSpec {
            c_decl,
            c_name: sym.clone(),
            keys: vec![format!("{}::~{}", ctx.name, ctx.name), sym.clone()],
            sym_name: sym.clone(),
            wrap_name: format!("_wrap_{sym}"),
            ret: Type::prim(Prim::Void),
            params: vec![p],
            call,
            member: Some(ir::MemberKind::Destructor),
            tm_name: sym.clone(),
            owner: None,
        };
        if let Some(f) = self.build_wrapper(&spec, span) {
            class.destructor = Some(sym);
            self.module.decls.push(ir::Decl::Function(f));
        }
    }

    /// One item of an `%extend` block: a method, a constructor
    /// (`Name(...)`), a destructor (`~Name()`), or a member variable
    /// backed by user functions.
    fn extend_item(
        &mut self,
        ctx: &ClassCtx,
        it: &Item,
        class: &mut ir::Class,
        has_ctor: &mut bool,
        has_dtor: &mut bool,
    ) {
        let ItemKind::Decl(d) = &it.kind else {
            self.member_item(ctx, it, class);
            return;
        };
        let text = self.sm.snippet(it.span).to_string();
        for decl in &d.declarators {
            let Some(n) = &decl.name else { continue };
            let TypeKind::Function(ft) = &decl.ty.kind else {
                if d.storage == crate::ast::Storage::Static {
                    self.class_constant(
                        ctx,
                        &n.name,
                        &decl.ty,
                        decl.init.as_ref(),
                        class,
                        decl.span,
                    );
                } else {
                    self.member_variable(
                        ctx,
                        &n.name,
                        &decl.ty,
                        class,
                        decl.span,
                        MemberAccess::Extend,
                    );
                }
                continue;
            };
            let body = function_body(&text).map(|b| b.replace("$self", "self"));
            let mut params = param_specs(ft, &self.env);
            let qual = format!("{}::{}", ctx.name, n.name);
            self.drop_unmapped_varargs(&[&qual, &n.name], &mut params);
            let is_dtor = n.name.starts_with('~');
            let is_ctor = !is_dtor
                && (n.name == ctx.name
                    || matches!(&ft.ret.kind, TypeKind::Named(r) if *r == n.name && *r == ctx.name));
            if d.storage == crate::ast::Storage::Static {
                self.extend_static(ctx, class, &n.name, &ft.ret, &params, body, decl.span);
            } else if is_ctor {
                *has_ctor = true;
                self.extend_constructor(ctx, class, &params, body, decl.span);
            } else if is_dtor {
                *has_dtor = true;
                self.extend_destructor(ctx, class, body, decl.span);
            } else {
                self.extend_method(ctx, class, &n.name, &ft.ret, &params, body, decl.span);
            }
        }
    }

    fn params_decl(params: &[ParamSpec]) -> String {
        params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let n = p.name.clone().unwrap_or_else(|| format!("arg{}", i + 1));
                c_decl(&p.ty, &n)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A C name for an `%extend` helper, unique among helpers (overloads
    /// get `__SWIG_<n>`).
    fn unique_helper(&mut self, base: String) -> String {
        let mut name = base.clone();
        let mut n = 1;
        while !self.helpers.insert(name.clone()) {
            name = format!("{base}__SWIG_{n}");
            n += 1;
        }
        name
    }

    fn add_helper(&mut self, decl: String, body: Option<String>) {
        if let Some(mut b) = body {
            // `self` is ours, not the user's: a body that ignores it must
            // not make -Wunused-parameter fire.
            let uses_self = b
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|w| w == "self");
            if decl.contains("*self") && !uses_self {
                if let Some(rest) = b.trim_start().strip_prefix('{') {
                    b = format!("{{\n  (void)self;{rest}");
                }
            }
            self.module.code.push(ir::CodeBlock {
                section: "header".into(),
                text: format!("SWIGINTERN {decl} {b}\n"),
            });
        }
    }

    fn extend_constructor(
        &mut self,
        ctx: &ClassCtx,
        class: &mut ir::Class,
        params: &[ParamSpec],
        body: Option<String>,
        span: Span,
    ) {
        let sym = format!("new_{}", ctx.sym);
        let helper = format!("new_{}", ctx.name);
        let ct = ctx.c_type();
        let pd = Self::params_decl(params);
        let decl = format!(
            "{ct} *{helper}({})",
            if pd.is_empty() {
                "void".to_string()
            } else {
                pd
            }
        );
        self.add_helper(decl.clone(), body);
        let spec = WrapSpec {
            c_decl: decl,
            c_name: sym.clone(),
            keys: vec![format!("{}::{}", ctx.name, ctx.name), sym.clone()],
            sym_name: sym.clone(),
            wrap_name: format!("_wrap_{sym}"),
            ret: ctx.self_ptr(),
            params: params.to_vec(),
            call: format!("{helper}({})", call_args(self, params)),
            member: Some(ir::MemberKind::Constructor),
            tm_name: sym.clone(),
            owner: Some(self.conv.owner_constructor),
        };
        if let Some(f) = self.build_wrapper(&spec, span) {
            class.constructor = Some(ir::Method {
                name: "__init__".into(),
                wrapper: sym,
                inputs: f.inputs.clone(),
            });
            self.module.decls.push(ir::Decl::Function(f));
        }
    }

    fn extend_destructor(
        &mut self,
        ctx: &ClassCtx,
        class: &mut ir::Class,
        body: Option<String>,
        span: Span,
    ) {
        let helper = format!("delete_{}", ctx.name);
        let decl = format!("void {helper}({} *self)", ctx.c_type());
        self.add_helper(decl.clone(), body);
        self.destructor_wrapper(ctx, class, decl, format!("{helper}(arg1)"), span);
    }

    /// `static const T name = value;` in a struct or `%extend`: a constant
    /// `<Class>_<name>`, also reachable as a class attribute.
    fn class_constant(
        &mut self,
        ctx: &ClassCtx,
        name: &str,
        ty: &Type,
        init: Option<&crate::ast::Expr>,
        class: &mut ir::Class,
        span: Span,
    ) {
        let Some(value) = init else {
            return;
        };
        let qual = format!("{}::{}", ctx.name, name);
        let Some(attr) = self.target_name(&[&qual, name], NameKind::Constant, span) else {
            return;
        };
        let sym = format!("{}_{}", ctx.sym, attr);
        let before = self.module.decls.len();
        self.emit_constant(&qual, &sym, ty, &value.text, span);
        if self.module.decls.len() > before {
            class.constants.push((attr, sym));
        }
    }

    /// `static T name(...)` in `%extend`: a function of the class, called
    /// without `self`.
    #[allow(clippy::too_many_arguments)]
    fn extend_static(
        &mut self,
        ctx: &ClassCtx,
        class: &mut ir::Class,
        name: &str,
        ret: &Type,
        params: &[ParamSpec],
        body: Option<String>,
        span: Span,
    ) {
        let m = ExtendFn {
            name,
            ret,
            params: params.to_vec(),
            body,
            member: ir::MemberKind::Static,
        };
        if let Some((method, f)) = self.extend_wrapper(ctx, m, span) {
            class.statics.push(ir::Method {
                name: method,
                wrapper: f.sym_name.clone(),
                inputs: f.inputs.clone(),
            });
            self.module.decls.push(ir::Decl::Function(f));
        }
    }

    /// `T name(...)` in `%extend`: a method, its helper taking `self` first.
    #[allow(clippy::too_many_arguments)]
    fn extend_method(
        &mut self,
        ctx: &ClassCtx,
        class: &mut ir::Class,
        name: &str,
        ret: &Type,
        params: &[ParamSpec],
        body: Option<String>,
        span: Span,
    ) {
        let mut all = vec![ParamSpec::new("self", ctx.self_ptr())];
        all.extend(params.iter().cloned());
        let m = ExtendFn {
            name,
            ret,
            params: all,
            body,
            member: ir::MemberKind::Method,
        };
        if let Some((method, f)) = self.extend_wrapper(ctx, m, span) {
            class.methods.push(ir::Method {
                name: method,
                wrapper: f.sym_name.clone(),
                inputs: f.inputs.iter().skip(1).cloned().collect(),
            });
            self.module.decls.push(ir::Decl::Function(f));
        }
    }

    /// The helper function an `%extend` method's body becomes, and its
    /// wrapper; with the method's target-language name.
    fn extend_wrapper(
        &mut self,
        ctx: &ClassCtx,
        m: ExtendFn,
        span: Span,
    ) -> Option<(String, ir::Function)> {
        let qual = format!("{}::{}", ctx.name, m.name);
        let method = self.target_name(&[&qual, m.name], NameKind::Function, span)?;
        let sym = format!("{}_{}", ctx.sym, method);
        let pd = Self::params_decl(&m.params);
        let (pd, kind) = match m.member {
            ir::MemberKind::Static if pd.is_empty() => ("void".to_string(), "fn:static "),
            ir::MemberKind::Static => (pd, "fn:static "),
            _ => (pd, "fn:"),
        };
        if !self.claim_decl(
            &sym,
            &format!("{kind}{}", c_decl(m.ret, &format!("({pd})"))),
            span,
        ) {
            return None;
        }
        let helper = self.unique_helper(format!("{}_{}", ctx.name, m.name));
        let decl = c_decl(m.ret, &format!("{helper}({pd})"));
        self.add_helper(decl.clone(), m.body);
        let spec = WrapSpec {
            c_decl: decl,
            c_name: helper.clone(),
            keys: vec![qual, m.name.to_string()],
            sym_name: sym.clone(),
            wrap_name: format!("_wrap_{sym}"),
            ret: m.ret.clone(),
            call: format!("{helper}({})", call_args(self, &m.params)),
            params: m.params,
            member: Some(m.member),
            tm_name: m.name.to_string(),
            owner: None,
        };
        let f = self.build_wrapper(&spec, span)?;
        Some((method, f))
    }
}

/// An `%extend` function: a method (`self` first among `params`) or a
/// static function.
struct ExtendFn<'a> {
    name: &'a str,
    ret: &'a Type,
    params: Vec<ParamSpec>,
    body: Option<String>,
    member: ir::MemberKind,
}

#[cfg(test)]
mod tests {
    use super::function_body;

    #[test]
    fn finds_function_bodies() {
        assert_eq!(
            function_body("double norm(int (*f)(int)) { return $self->x; }").as_deref(),
            Some("{ return $self->x; }")
        );
        assert_eq!(function_body("int f(void);"), None);
    }
}
