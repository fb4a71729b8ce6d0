//! Stage 4, sema: constants. `#define NAME value` (from the user's own
//! files), `%constant`, and enumerators all become constants installed at
//! module initialisation through the `constcode` typemap. The type of a
//! `#define` is inferred from its expression as C would type it.

use super::names::NameKind;
use super::Sema;
use crate::ast::{BinaryOp, EnumDef, Expr, ExprKind, Ident, Prim, Type, TypeKind, UnaryOp};
use crate::ir;
use crate::source::Span;
use crate::typemap::matching::lookup;
use crate::typemap::subst::{ArgVars, Substitution};

impl Sema<'_> {
    pub(crate) fn define_constant(&mut self, name: &Ident, value: &Expr) {
        // A self-referential macro (`#define y (2 * x)` with `x` expanding
        // to `y`) keeps its own name unexpanded, as C's preprocessor does:
        // that name then means another entity, so this is no constant.
        if mentions_ident(value, &name.name) {
            return;
        }
        let Some(ty) = self.expr_type(value) else {
            return;
        };
        self.const_types.insert(name.name.clone(), ty.clone());
        let Some(sym) = self.target_name(&[&name.name], NameKind::Constant, name.span) else {
            return;
        };
        self.emit_constant(&name.name, &sym, &ty, &value.text, name.span);
    }

    pub(crate) fn percent_constant(&mut self, name: &Ident, ty: Option<&Type>, value: &Expr) {
        let ty = match ty {
            Some(t) => t.clone(),
            None => match self
                .expr_type(value)
                .or_else(|| self.variable_value_type(value))
            {
                Some(t) => t,
                None => {
                    self.diags.error(
                        value.span,
                        format!("cannot tell the type of constant '{}'", name.name),
                    );
                    return;
                }
            },
        };
        self.const_types.insert(name.name.clone(), ty.clone());
        let Some(sym) = self.target_name(&[&name.name], NameKind::Constant, name.span) else {
            return;
        };
        self.emit_constant(&name.name, &sym, &ty, &value.text, name.span);
    }

    /// Enumerators become constants valued by name. As in SWIG, each
    /// enumerator has its own type: `int`, or `char`/`bool` when its
    /// initialiser has that type (`Char = 'a'` is a character constant).
    pub(crate) fn enum_def(&mut self, e: &EnumDef, wrap: bool) {
        for en in &e.enumerators {
            self.const_types
                .insert(en.name.name.clone(), Type::prim(Prim::Int));
            if !wrap {
                continue;
            }
            let ty = self.enumerator_type(en.value.as_ref());
            let Some(sym) = self.target_name(&[&en.name.name], NameKind::EnumItem, en.span) else {
                continue;
            };
            self.emit_constant(&en.name.name, &sym, &ty, &en.name.name, en.span);
        }
    }

    fn enumerator_type(&self, value: Option<&Expr>) -> Type {
        let p = match value.and_then(|v| self.expr_type(v)).map(|t| t.kind) {
            Some(TypeKind::Prim(Prim::Char)) => Prim::Char,
            Some(TypeKind::Prim(Prim::Bool)) => Prim::Bool,
            _ => Prim::Int,
        };
        Type::prim(p)
    }

    /// Expands `constcode` for one constant and adds it to the module.
    pub(crate) fn emit_constant(
        &mut self,
        c_name: &str,
        sym: &str,
        ty: &Type,
        value: &str,
        span: Span,
    ) {
        let Some(tm) = lookup(&self.db, "constcode", ty, Some(c_name), &self.env) else {
            self.decl_warning(
                &[c_name],
                305,
                span,
                format!(
                    "Bad constant value (ignored): no constcode typemap for type {}",
                    crate::typemap::ctype::type_str(ty)
                ),
            );
            return;
        };
        if !self.claim_name(sym, span) {
            return;
        }
        if let Some(f) = tm.attr("fragment") {
            self.fragments.request_list(f);
        }
        let subst = Substitution {
            args: vec![ArgVars {
                ty,
                name: c_name.into(),
                lname: value.into(),
            }],
            vars: Vec::new(),
        }
        .var("symname", sym)
        .var("value", value)
        .var("name", c_name)
        .var("null", self.conv.null);
        let x = crate::typemap::subst::expand(&tm, &subst, "", &mut self.env);
        // A constant's string is never NULL.
        let py_type = match self.py_value(ty, Some(c_name), super::pytypes::Dir::Out) {
            ir::PyType::Optional(t) if *t == ir::PyType::Name("str".into()) => *t,
            t => t,
        };
        self.module.decls.push(ir::Decl::Constant(ir::Constant {
            py_type,
            sym_name: sym.to_string(),
            code: x.code,
        }));
    }

    /// `%constant X = some_variable;`: the variable's type.
    fn variable_value_type(&self, e: &Expr) -> Option<Type> {
        match &e.kind {
            ExprKind::Ident(n) => self.var_types.get(n).cloned(),
            _ => None,
        }
    }

    /// The C type of a constant expression, or `None` if it is not a
    /// constant rswig can type (a call, an unknown name).
    pub(crate) fn expr_type(&self, e: &Expr) -> Option<Type> {
        match &e.kind {
            ExprKind::Int(text) => Some(int_literal_type(text)),
            ExprKind::Float(text) => {
                let t = text.to_ascii_lowercase();
                Some(Type::prim(if t.ends_with('f') && !t.starts_with("0x") {
                    Prim::Float
                } else if t.ends_with('l') {
                    Prim::LongDouble
                } else {
                    Prim::Double
                }))
            }
            ExprKind::Char { wide: true, .. } => Some(Type::prim(Prim::WChar)),
            // A multicharacter constant such as 'ab' has type int in C.
            ExprKind::Char { value, .. } if char_literal_units(value) > 1 => {
                Some(Type::prim(Prim::Int))
            }
            ExprKind::Char { .. } => Some(Type::prim(Prim::Char)),
            ExprKind::Str { wide, .. } => Some(
                Type::prim(if *wide { Prim::WChar } else { Prim::Char })
                    .with_const()
                    .pointer_to(),
            ),
            ExprKind::Ident(n) => self.const_types.get(n).cloned(),
            ExprKind::Unary(op, x) => match op {
                UnaryOp::Not => Some(Type::prim(Prim::Int)),
                UnaryOp::Neg | UnaryOp::Plus | UnaryOp::BitNot => self.expr_type(x).map(promote),
                UnaryOp::Deref | UnaryOp::AddrOf => None,
            },
            ExprKind::Binary(op, a, b) => {
                let ta = self.expr_type(a)?;
                let tb = self.expr_type(b)?;
                match op {
                    BinaryOp::Lt
                    | BinaryOp::Gt
                    | BinaryOp::Le
                    | BinaryOp::Ge
                    | BinaryOp::Eq
                    | BinaryOp::Ne
                    | BinaryOp::And
                    | BinaryOp::Or => Some(Type::prim(Prim::Int)),
                    BinaryOp::Shl | BinaryOp::Shr => Some(promote(ta)),
                    BinaryOp::Comma => Some(tb),
                    _ => arith(&ta, &tb),
                }
            }
            ExprKind::Ternary(_, a, b) => self.expr_type(a).or_else(|| self.expr_type(b)),
            ExprKind::Cast(t, x) => {
                self.expr_type(x)?;
                Some(t.clone())
            }
            ExprKind::SizeofType(_) | ExprKind::SizeofExpr(_) => Some(Type::prim(Prim::ULong)),
            _ => None,
        }
    }
}

/// How many C chars a character literal's content (as written between the
/// quotes) holds: an escape is one, a raw byte is one, a UTF-8 character is
/// as many as its bytes.
fn char_literal_units(value: &str) -> usize {
    let mut chars = value.chars().peekable();
    let mut n = 0;
    while let Some(c) = chars.next() {
        n += 1;
        if c == '\\' {
            match chars.next() {
                Some('x') => while chars.next_if(|d| d.is_ascii_hexdigit()).is_some() {},
                Some(d) if d.is_digit(8) => {
                    for _ in 0..2 {
                        chars.next_if(|d| d.is_digit(8));
                    }
                }
                _ => {}
            }
        } else if crate::raw_text::raw_byte(c).is_none() {
            n += c.len_utf8() - 1;
        }
    }
    n
}

fn int_literal_type(text: &str) -> Type {
    let t = text.to_ascii_lowercase();
    let suffix: String = t
        .chars()
        .rev()
        .take_while(|c| *c == 'u' || *c == 'l')
        .collect();
    let u = suffix.contains('u');
    let longs = suffix.matches('l').count();
    let p = match (u, longs) {
        (false, 0) => {
            let digits = t.trim_end_matches(['u', 'l']);
            let v = if let Some(h) = digits.strip_prefix("0x") {
                u64::from_str_radix(h, 16).ok()
            } else if digits.len() > 1 && digits.starts_with('0') {
                u64::from_str_radix(&digits[1..], 8).ok()
            } else {
                digits.parse::<u64>().ok()
            };
            match v {
                Some(v) if v > i32::MAX as u64 => Prim::Long,
                _ => Prim::Int,
            }
        }
        (true, 0) => Prim::UInt,
        (false, 1) => Prim::Long,
        (true, 1) => Prim::ULong,
        (false, _) => Prim::LongLong,
        (true, _) => Prim::ULongLong,
    };
    Type::prim(p)
}

fn rank(p: Prim) -> u8 {
    match p {
        Prim::LongDouble => 12,
        Prim::Double => 11,
        Prim::Float => 10,
        Prim::ULongLong => 9,
        Prim::LongLong => 8,
        Prim::ULong => 7,
        Prim::Long => 6,
        Prim::UInt => 5,
        _ => 4,
    }
}

/// Integer promotion: small types become `int`.
fn promote(t: Type) -> Type {
    match t.kind {
        TypeKind::Prim(p) if rank(p) <= 4 && !matches!(p, Prim::Int) => {
            if matches!(
                p,
                Prim::Char
                    | Prim::SChar
                    | Prim::UChar
                    | Prim::Short
                    | Prim::UShort
                    | Prim::Bool
                    | Prim::WChar
            ) {
                Type::prim(Prim::Int)
            } else {
                Type::new(t.kind)
            }
        }
        _ => Type::new(t.kind),
    }
}

/// The usual arithmetic conversions.
fn arith(a: &Type, b: &Type) -> Option<Type> {
    match (&a.kind, &b.kind) {
        (TypeKind::Prim(x), TypeKind::Prim(y)) => {
            let p = if rank(*x) >= rank(*y) { *x } else { *y };
            Some(promote(Type::prim(p)))
        }
        _ => None,
    }
}

/// Whether `name` appears as an identifier anywhere in `e`.
fn mentions_ident(e: &Expr, name: &str) -> bool {
    let sub = |x: &Expr| mentions_ident(x, name);
    match &e.kind {
        ExprKind::Ident(n) => n == name,
        ExprKind::Unary(_, x) | ExprKind::Cast(_, x) | ExprKind::SizeofExpr(x) => sub(x),
        ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => sub(a) || sub(b),
        ExprKind::Ternary(a, b, c) => sub(a) || sub(b) || sub(c),
        ExprKind::Call(f, args) => sub(f) || args.iter().any(sub),
        ExprKind::Member { base, .. } => sub(base),
        ExprKind::InitList(items) => items.iter().any(sub),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Char { .. }
        | ExprKind::Str { .. }
        | ExprKind::SizeofType(_) => false,
    }
}

#[cfg(test)]
mod char_literal_tests {
    use super::char_literal_units;

    #[test]
    fn escapes_count_as_one_char() {
        assert_eq!(char_literal_units("a"), 1);
        assert_eq!(char_literal_units("\\n"), 1);
        assert_eq!(char_literal_units("\\102"), 1);
        assert_eq!(char_literal_units("\\x43"), 1);
        assert_eq!(char_literal_units("\\0"), 1);
        assert_eq!(char_literal_units("ab"), 2);
        assert_eq!(char_literal_units("\\1a"), 2);
    }
}
