//! Stage 2, parse: lowering of C declarations (`grammar/cdecl.pest`):
//! specifiers, declarators (inside-out), parameters, struct/union/enum bodies.

use super::grammar::Rule;
use super::lower::{child, Lower, P};
use crate::ast::{
    Declaration, Declarator, EnumDef, Enumerator, FunctionType, Ident, Item, Param, Prim, Quals,
    Storage, StructDef, TagDef, TagKind, Type, TypeKind,
};

/// What declaration specifiers say.
pub struct Specs {
    pub storage: Storage,
    pub is_inline: bool,
    pub base: Type,
    pub definition: Option<TagDef>,
}

impl Lower<'_> {
    /// Lowers `decl_specs`.
    pub fn lower_specs(&self, p: P) -> Specs {
        let span = self.span(&p);
        let mut storage = Storage::None;
        let mut is_inline = false;
        let mut quals = Quals::default();
        let mut words: Vec<String> = Vec::new();
        let mut kind: Option<TypeKind> = None;
        let mut definition = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::storage => {
                    storage = match c.clone().into_inner().next().map(|x| x.as_rule()) {
                        Some(Rule::extern_c) => Storage::ExternC,
                        _ => match c.as_str() {
                            "typedef" => Storage::Typedef,
                            "extern" => Storage::Extern,
                            "static" => Storage::Static,
                            "register" => Storage::Register,
                            _ => Storage::Auto,
                        },
                    }
                }
                Rule::qualifier => apply_qualifier(&mut quals, &c),
                Rule::fn_spec => is_inline |= c.as_str().contains("inline"),
                Rule::prim_word | Rule::complex_word => words.push(c.as_str().to_string()),
                Rule::named_type => kind = Some(TypeKind::Named(c.as_str().to_string())),
                Rule::atomic_type => {
                    if let Some(t) = child(&c, Rule::type_name) {
                        let inner = self.lower_type_name(t);
                        quals.is_const |= inner.quals.is_const;
                        quals.is_volatile |= inner.quals.is_volatile;
                        quals.is_restrict |= inner.quals.is_restrict;
                        kind = Some(inner.kind);
                    }
                }
                Rule::struct_spec => {
                    let (k, def) = self.lower_struct_spec(c);
                    kind = Some(k);
                    definition = def.or(definition);
                }
                Rule::enum_spec => {
                    let (k, def) = self.lower_enum_spec(c);
                    kind = Some(k);
                    definition = def.or(definition);
                }
                _ => {}
            }
        }
        let kind = match (kind, words.is_empty()) {
            (Some(k), true) => k,
            (Some(k), false) => {
                self.error(
                    span,
                    "a built-in type word cannot be combined with another type",
                );
                k
            }
            (None, _) => match prim_from_words(&words) {
                Some(p) => TypeKind::Prim(p),
                None => {
                    self.error(span, format!("invalid type `{}`", words.join(" ")));
                    TypeKind::Prim(Prim::Int)
                }
            },
        };
        Specs {
            storage,
            is_inline,
            base: Type { kind, quals },
            definition,
        }
    }

    /// Lowers a `type_name` (specifiers plus abstract declarator).
    pub fn lower_type_name(&self, p: P) -> Type {
        let mut inner = p.into_inner();
        let Some(specs) = inner.next() else {
            return Type::prim(Prim::Int);
        };
        let base = self.lower_specs(specs).base;
        match inner.next() {
            Some(d) => self.lower_declarator(d, base).1,
            None => base,
        }
    }

    /// Lowers any declarator rule (`declarator`, `abstract_declarator`,
    /// `tm_declarator`) applied to `base`: the declared name (if any) and
    /// its full type.
    pub fn lower_declarator(&self, p: P, base: Type) -> (Option<Ident>, Type) {
        super::with_stack(|| self.lower_declarator_inner(p, base))
    }

    fn lower_declarator_inner(&self, p: P, base: Type) -> (Option<Ident>, Type) {
        let mut ty = base;
        let mut direct = None;
        let mut levels = 0;
        for c in p.clone().into_inner() {
            match c.as_rule() {
                Rule::ptr_op => {
                    levels += 1;
                    if levels == super::MAX_NESTING {
                        self.error(
                            self.span(&p),
                            format!(
                                "declarator too complex (more than {} levels of pointers)",
                                super::MAX_NESTING
                            ),
                        );
                    }
                    if levels < super::MAX_NESTING {
                        ty = lower_ptr_op(c, ty);
                    }
                }
                Rule::direct_declarator | Rule::abstract_direct | Rule::tm_direct => {
                    direct = Some(c)
                }
                _ => {}
            }
        }
        let Some(direct) = direct else {
            return (None, ty);
        };
        let mut nested = None;
        let mut name = None;
        let mut suffixes = Vec::new();
        for c in direct.into_inner() {
            match c.as_rule() {
                Rule::paren_declarator | Rule::abstract_paren => {
                    nested = c.into_inner().find(|x| {
                        matches!(x.as_rule(), Rule::declarator | Rule::abstract_declarator)
                    })
                }
                Rule::decl_name => name = Some(self.ident(&c)),
                Rule::array_suffix | Rule::param_suffix => suffixes.push(c),
                _ => {}
            }
        }
        if suffixes.len() > super::MAX_NESTING {
            self.error(
                self.span_of_pair(&suffixes[super::MAX_NESTING]),
                format!(
                    "declarator too complex (more than {} array or function suffixes)",
                    super::MAX_NESTING
                ),
            );
            suffixes.truncate(super::MAX_NESTING);
        }
        for s in suffixes.into_iter().rev() {
            ty = self.apply_suffix(s, ty);
        }
        match nested {
            Some(n) => self.lower_declarator(n, ty),
            None => (name, ty),
        }
    }

    fn span_of_pair(&self, p: &P) -> crate::source::Span {
        self.span(p)
    }

    fn apply_suffix(&self, s: P, ty: Type) -> Type {
        if s.as_rule() == Rule::array_suffix {
            let size = s.into_inner().next().map(|e| Box::new(self.lower_expr(e)));
            return Type::new(TypeKind::Array(Box::new(ty), size));
        }
        let (params, variadic) = self.lower_params(s);
        Type::new(TypeKind::Function(Box::new(FunctionType {
            ret: ty,
            params,
            variadic,
        })))
    }

    /// Lowers a `param_suffix` or `tm_locals`: the parameters (`(void)`
    /// gives none) and whether the list ends with `...`.
    pub fn lower_params(&self, p: P) -> (Vec<Param>, bool) {
        let mut params = Vec::new();
        let mut variadic = false;
        let Some(list) = child(&p, Rule::param_list) else {
            return (params, false);
        };
        for c in list.into_inner() {
            match c.as_rule() {
                Rule::varargs => variadic = true,
                Rule::param_decl => params.push(self.lower_param(c)),
                _ => {}
            }
        }
        if params.len() == 1
            && !variadic
            && params[0].name.is_none()
            && params[0].ty == Type::prim(Prim::Void)
        {
            params.clear();
        }
        (params, variadic)
    }

    fn lower_param(&self, p: P) -> Param {
        let span = self.span(&p);
        let mut ty = Type::prim(Prim::Int);
        let mut name = None;
        let mut default = None;
        let mut base = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::decl_specs => base = Some(self.lower_specs(c).base),
                Rule::declarator => {
                    let b = base.take().unwrap_or_else(|| Type::prim(Prim::Int));
                    (name, ty) = self.lower_declarator(c, b);
                }
                Rule::default_value => default = Some(self.lower_expr(c)),
                _ => {}
            }
        }
        if let Some(b) = base {
            ty = b;
        }
        Param {
            name,
            ty,
            default,
            span,
        }
    }

    /// Lowers a `declaration`.
    pub fn lower_declaration(&self, p: P) -> Declaration {
        let span = self.span(&p);
        let mut inner = p.into_inner();
        let specs = match inner.next() {
            Some(s) => self.lower_specs(s),
            None => Specs {
                storage: Storage::None,
                is_inline: false,
                base: Type::prim(Prim::Int),
                definition: None,
            },
        };
        let mut declarators = Vec::new();
        for c in inner {
            match c.as_rule() {
                Rule::declarator => {
                    let dspan = self.span(&c);
                    let (name, ty) = self.lower_declarator(c, specs.base.clone());
                    declarators.push(Declarator {
                        name,
                        ty,
                        init: None,
                        bitfield: None,
                        span: dspan,
                    });
                }
                Rule::lead_declarator => {
                    self.lower_lead_declarator(c, &specs.base, &mut declarators)
                }
                _ => {}
            }
        }
        Declaration {
            storage: specs.storage,
            is_inline: specs.is_inline,
            base: specs.base,
            definition: specs.definition,
            declarators,
            span,
        }
    }

    /// Lowers the first declarator of a declaration (`lead_declarator`):
    /// a function definition's declarator, or the first init-declarator
    /// (spanning its bit-field and initialiser) and the ones after it.
    fn lower_lead_declarator(&self, p: P, base: &Type, out: &mut Vec<Declarator>) {
        let mut start = p.as_span().start();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::declarator => {
                    start = c.as_span().start();
                    let span = self.span(&c);
                    let (name, ty) = self.lower_declarator(c, base.clone());
                    out.push(Declarator {
                        name,
                        ty,
                        init: None,
                        bitfield: None,
                        span,
                    });
                }
                Rule::init_tail => {
                    if let Some(d) = out.last_mut() {
                        d.span = self.range(start, c.as_span().end());
                        for t in c.into_inner() {
                            self.lower_init_part(t, d);
                        }
                    }
                }
                Rule::init_declarator => out.push(self.lower_init_declarator(c, base)),
                _ => {}
            }
        }
    }

    /// A bit-field width or an initialiser of a declarator.
    fn lower_init_part(&self, c: P, d: &mut Declarator) {
        match c.as_rule() {
            Rule::bitfield => d.bitfield = c.into_inner().next().map(|e| self.lower_expr(e)),
            Rule::initializer => d.init = Some(self.lower_expr(c)),
            _ => {}
        }
    }

    fn lower_init_declarator(&self, p: P, base: &Type) -> Declarator {
        let span = self.span(&p);
        let mut d = Declarator {
            name: None,
            ty: base.clone(),
            init: None,
            bitfield: None,
            span,
        };
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::declarator => (d.name, d.ty) = self.lower_declarator(c, base.clone()),
                _ => self.lower_init_part(c, &mut d),
            }
        }
        d
    }

    /// `Name(params) { ... }` in `%extend`: a declaration of a function
    /// named like the struct, returning the struct type (sema reads it as a
    /// constructor); `~Name()` is named `~Name` and returns `void`.
    pub fn lower_ctor_dtor(&self, p: P) -> Declaration {
        let span = self.span(&p);
        let is_dtor = p.as_rule() == Rule::dtor_decl;
        let mut name: Option<Ident> = None;
        let mut fn_ty = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::named_type | Rule::ident => name = Some(self.ident(&c)),
                Rule::param_suffix => fn_ty = Some(c),
                _ => {}
            }
        }
        let mut name = name.unwrap_or(Ident {
            name: String::new(),
            span,
        });
        let ret = if is_dtor {
            name.name = format!("~{}", name.name);
            Type::prim(Prim::Void)
        } else {
            Type::new(TypeKind::Named(name.name.clone()))
        };
        let ty = match fn_ty {
            Some(s) => self.apply_suffix(s, ret.clone()),
            None => ret.clone(),
        };
        Declaration {
            storage: Storage::None,
            is_inline: false,
            base: ret,
            definition: None,
            declarators: vec![Declarator {
                name: Some(name),
                ty,
                init: None,
                bitfield: None,
                span,
            }],
            span,
        }
    }

    fn lower_struct_spec(&self, p: P) -> (TypeKind, Option<TagDef>) {
        let span = self.span(&p);
        let mut kind = TagKind::Struct;
        let mut name: Option<Ident> = None;
        let mut body = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::struct_kw if c.as_str() == "union" => kind = TagKind::Union,
                Rule::named_type => name = Some(self.ident(&c)),
                Rule::struct_body => body = Some(c),
                _ => {}
            }
        }
        let ty = TypeKind::Tagged {
            kind,
            name: name.as_ref().map(|n| n.name.clone()),
        };
        let def = body.map(|b| {
            let mut members = Vec::new();
            for m in b.into_inner() {
                self.lower_member(m, &mut members);
            }
            TagDef::Struct(StructDef {
                kind,
                name,
                members,
                span,
            })
        });
        (ty, def)
    }

    /// Lowers one member of a struct body or `%extend` block.
    pub fn lower_member(&self, m: P, out: &mut Vec<Item>) {
        self.lower_item_pair(m, out);
    }

    fn lower_enum_spec(&self, p: P) -> (TypeKind, Option<TagDef>) {
        let span = self.span(&p);
        let mut name: Option<Ident> = None;
        let mut body = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::named_type => name = Some(self.ident(&c)),
                Rule::enum_body => body = Some(c),
                _ => {}
            }
        }
        let ty = TypeKind::Tagged {
            kind: TagKind::Enum,
            name: name.as_ref().map(|n| n.name.clone()),
        };
        let def = body.map(|b| {
            let mut enumerators = Vec::new();
            for e in b.into_inner() {
                if e.as_rule() == Rule::enumerator {
                    enumerators.push(self.lower_enumerator(e));
                } else {
                    let mut items = Vec::new();
                    self.lower_item_pair(e, &mut items);
                    self.hoisted.borrow_mut().extend(items);
                }
            }
            TagDef::Enum(EnumDef {
                name,
                enumerators,
                span,
            })
        });
        (ty, def)
    }

    fn lower_enumerator(&self, p: P) -> Enumerator {
        let span = self.span(&p);
        let mut name = Ident {
            name: String::new(),
            span,
        };
        let mut value = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::ident => name = self.ident(&c),
                Rule::expr => value = Some(self.lower_expr(c)),
                _ => {}
            }
        }
        Enumerator { name, value, span }
    }
}

fn apply_qualifier(q: &mut Quals, c: &P) {
    match c.clone().into_inner().next().map(|x| x.as_rule()) {
        Some(Rule::qual_const) => q.is_const = true,
        Some(Rule::qual_volatile) => q.is_volatile = true,
        Some(Rule::qual_restrict) => q.is_restrict = true,
        _ => {}
    }
}

/// Applies one `ptr_op` (`*`, `&`, `&&`, `Class::*`, with qualifiers).
fn lower_ptr_op(p: P, ty: Type) -> Type {
    let mut quals = Quals::default();
    let mut out = ty.clone();
    for c in p.into_inner() {
        match c.as_rule() {
            Rule::ptr_star | Rule::member_ptr => out = ty.clone().pointer_to(),
            Rule::lref => out = Type::new(TypeKind::Reference(Box::new(ty.clone()))),
            Rule::rref => {
                let r = Type::new(TypeKind::Reference(Box::new(ty.clone())));
                out = Type::new(TypeKind::Reference(Box::new(r)));
            }
            Rule::qualifier => apply_qualifier(&mut quals, &c),
            _ => {}
        }
    }
    out.quals = quals;
    out
}

/// Combines built-in type words (`long unsigned int`) into one [`Prim`].
pub fn prim_from_words(words: &[String]) -> Option<Prim> {
    let mut unsigned = false;
    let mut signed = false;
    let (mut short, mut long, mut int, mut char_, mut float, mut double) = (0, 0, 0, 0, 0, 0);
    let (mut void, mut bool_, mut complex, mut wchar) = (0, 0, 0, 0);
    for w in words {
        match w.as_str() {
            "unsigned" => unsigned = true,
            "signed" | "__signed" | "__signed__" => signed = true,
            "short" => short += 1,
            "long" => long += 1,
            "int" => int += 1,
            "char" => char_ += 1,
            "float" => float += 1,
            "double" => double += 1,
            "void" => void += 1,
            "_Bool" | "bool" => bool_ += 1,
            "_Complex" | "__complex__" | "complex" => complex += 1,
            "wchar_t" => wchar += 1,
            _ => return None,
        }
    }
    if unsigned && signed || int > 1 || short > 1 || long > 2 || complex > 1 {
        return None;
    }
    let others = char_ + float + double + void + bool_ + wchar;
    if others > 1 || (others == 1 && int > 0) {
        return None;
    }
    let sized = short > 0 || long > 0;
    let p = if void == 1 {
        (!sized && !unsigned && !signed && complex == 0).then_some(Prim::Void)?
    } else if bool_ == 1 {
        (!sized && !unsigned && !signed && complex == 0).then_some(Prim::Bool)?
    } else if wchar == 1 {
        (!sized && !unsigned && !signed && complex == 0).then_some(Prim::WChar)?
    } else if char_ == 1 {
        if sized || complex > 0 {
            return None;
        }
        if unsigned {
            Prim::UChar
        } else if signed {
            Prim::SChar
        } else {
            Prim::Char
        }
    } else if float == 1 {
        if sized || unsigned || signed {
            return None;
        }
        if complex > 0 {
            Prim::FloatComplex
        } else {
            Prim::Float
        }
    } else if double == 1 || (complex > 0 && !unsigned && !signed && short == 0 && int == 0) {
        if short > 0 || long > 1 || unsigned || signed {
            return None;
        }
        match (long == 1, complex > 0) {
            (false, false) => Prim::Double,
            (true, false) => Prim::LongDouble,
            (false, true) => Prim::DoubleComplex,
            (true, true) => Prim::LongDoubleComplex,
        }
    } else {
        if complex > 0 {
            return None;
        }
        match (short, long, unsigned) {
            (1, 0, false) => Prim::Short,
            (1, 0, true) => Prim::UShort,
            (0, 0, false) => Prim::Int,
            (0, 0, true) => Prim::UInt,
            (0, 1, false) => Prim::Long,
            (0, 1, true) => Prim::ULong,
            (0, 2, false) => Prim::LongLong,
            (0, 2, true) => Prim::ULongLong,
            _ => return None,
        }
    };
    Some(p)
}
