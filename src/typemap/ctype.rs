//! Stage 4 (typemaps): C types as text. Declarator printing (`int (*f)(int)`),
//! the display names users see (`int *`), SWIG's mangled names (`_p_int`),
//! and the structural helpers typemap matching needs (qualifier stripping,
//! `[ANY]` arrays, the base type).

use crate::ast::{Expr, ExprKind, FunctionType, Quals, TagKind, Type, TypeKind};
use crate::source::Span;

/// Appends ` const volatile` for a leaf's qualifiers, SWIG style
/// (`char const *`).
fn push_quals_suffix(out: &mut String, q: &Quals) {
    if q.is_const {
        out.push_str(" const");
    }
    if q.is_volatile {
        out.push_str(" volatile");
    }
}

/// The C spelling of a leaf (non-derived) type.
pub fn leaf_name(ty: &Type) -> String {
    let mut s = String::new();
    push_leaf_name(&mut s, ty);
    s
}

fn push_leaf_name(out: &mut String, ty: &Type) {
    match &ty.kind {
        TypeKind::Prim(p) => out.push_str(p.c_name()),
        TypeKind::Named(n) => out.push_str(n),
        TypeKind::Tagged { kind, name } => {
            out.push_str(kind.keyword());
            if let Some(n) = name {
                out.push(' ');
                out.push_str(n);
            }
        }
        TypeKind::Varargs => out.push_str("..."),
        _ => {}
    }
}

/// A C declaration of `name` with type `ty`: `int *p`, `char buf[10]`,
/// `int (*cb)(int, int)`. With an empty name, the abstract type (`int *`).
pub fn c_decl(ty: &Type, name: &str) -> String {
    let mut s = String::with_capacity(name.len() + 24);
    push_c_decl(&mut s, ty, name);
    s
}

/// `c_decl` appended to `out`.
pub fn push_c_decl(out: &mut String, ty: &Type, name: &str) {
    let start = out.len();
    write_decl(out, ty, name);
    // Leading/trailing blanks can only come from names or sizes as
    // written; the declaration is given trimmed.
    let text = &out[start..];
    if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
        let trimmed = text.trim().to_string();
        out.truncate(start);
        out.push_str(&trimmed);
    }
}

/// The derived levels of a declarator, outermost first (the one applied
/// to the name first), and the leaf.
fn declarator_levels(ty: &Type) -> (Vec<&Type>, &Type) {
    let mut levels = Vec::new();
    let mut cur = ty;
    loop {
        match &cur.kind {
            TypeKind::Pointer(t) | TypeKind::Reference(t) | TypeKind::Array(t, _) => {
                levels.push(cur);
                cur = t;
            }
            TypeKind::Function(f) => {
                levels.push(cur);
                cur = &f.ret;
            }
            _ => return (levels, cur),
        }
    }
}

/// A declaration is written inside out: each level wraps what the outer
/// levels made of the name, a pointer with a prefix (`*const `, in
/// parentheses before an array or function level), an array or function
/// with a suffix. So the text is the leaf, then the prefixes from the
/// innermost level out, the name, and the suffixes from the outermost
/// level in.
fn write_decl(out: &mut String, ty: &Type, name: &str) {
    let (levels, leaf) = declarator_levels(ty);
    push_leaf_name(out, leaf);
    push_quals_suffix(out, &leaf.quals);
    if levels.is_empty() && name.is_empty() {
        return;
    }
    out.push(' ');
    // Prefixes, innermost level first. The text a level wraps is empty
    // only at the outermost level with no name.
    for (depth, t) in levels.iter().enumerate().rev() {
        let (TypeKind::Pointer(inner) | TypeKind::Reference(inner)) = &t.kind else {
            continue;
        };
        let wrapped_empty = depth == 0 && name.is_empty();
        if matches!(inner.kind, TypeKind::Array(..) | TypeKind::Function(_)) {
            out.push('(');
        }
        out.push(if matches!(t.kind, TypeKind::Pointer(_)) {
            '*'
        } else {
            '&'
        });
        if t.quals.is_const {
            out.push_str("const");
            if !wrapped_empty {
                out.push(' ');
            }
        }
        if t.quals.is_volatile {
            out.push_str("volatile");
            if !wrapped_empty {
                out.push(' ');
            }
        }
    }
    out.push_str(name);
    // Suffixes, outermost level first.
    for t in &levels {
        match &t.kind {
            TypeKind::Pointer(inner) | TypeKind::Reference(inner) => {
                if matches!(inner.kind, TypeKind::Array(..) | TypeKind::Function(_)) {
                    out.push(')');
                }
            }
            TypeKind::Array(_, n) => {
                out.push('[');
                if let Some(e) = n {
                    push_norm_ws(out, &e.text);
                }
                out.push(']');
            }
            TypeKind::Function(f) => {
                out.push('(');
                push_params_str(out, f);
                out.push(')');
            }
            _ => {}
        }
    }
}

/// A function declaration with its parameter names, as a comment shows it:
/// `int fact(int n)`, `char *get_time(void)`.
pub fn function_decl(name: &str, f: &FunctionType) -> String {
    let mut parts: Vec<String> = f
        .params
        .iter()
        .map(|p| {
            c_decl(
                &p.ty,
                p.name.as_ref().map(|n| n.name.as_str()).unwrap_or(""),
            )
        })
        .collect();
    if f.variadic {
        parts.push("...".into());
    }
    if parts.is_empty() {
        parts.push("void".into());
    }
    c_decl(&f.ret, &format!("{name}({})", parts.join(", ")))
}

fn push_params_str(out: &mut String, f: &FunctionType) {
    for (i, p) in f.params.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_c_decl(out, &p.ty, "");
    }
    if f.variadic {
        if !f.params.is_empty() {
            out.push(',');
        }
        out.push_str("...");
    }
}

fn push_norm_ws(out: &mut String, s: &str) {
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// The type as SWIG shows it in messages (`int *`, `char const *`).
pub fn type_str(ty: &Type) -> String {
    c_decl(ty, "")
}

/// The type with every qualifier removed, at every level.
pub fn strip_all_quals(ty: &Type) -> Type {
    let mut t = ty.clone();
    t.quals = Quals::default();
    t.kind = match t.kind {
        TypeKind::Pointer(inner) => TypeKind::Pointer(Box::new(strip_all_quals(&inner))),
        TypeKind::Reference(inner) => TypeKind::Reference(Box::new(strip_all_quals(&inner))),
        TypeKind::Array(inner, n) => TypeKind::Array(Box::new(strip_all_quals(&inner)), n),
        k => k,
    };
    t
}

/// The type with its top-level qualifiers removed (`const int` → `int`).
pub fn strip_top_quals(ty: &Type) -> Type {
    let mut t = ty.clone();
    t.quals = Quals::default();
    t
}

/// The derived levels of a type, outermost first, ending with the leaf.
fn levels(ty: &Type) -> Vec<&Type> {
    let mut v = vec![ty];
    let mut cur = ty;
    loop {
        match &cur.kind {
            TypeKind::Pointer(t) | TypeKind::Reference(t) | TypeKind::Array(t, _) => {
                v.push(t);
                cur = t;
            }
            _ => return v,
        }
    }
}

/// Rebuilds `ty` applying `f` to the level at `depth` (0 = outermost).
fn map_level(ty: &Type, depth: usize, f: &dyn Fn(&Type) -> Type) -> Type {
    if depth == 0 {
        return f(ty);
    }
    let mut t = ty.clone();
    t.kind = match &ty.kind {
        TypeKind::Pointer(i) => TypeKind::Pointer(Box::new(map_level(i, depth - 1, f))),
        TypeKind::Reference(i) => TypeKind::Reference(Box::new(map_level(i, depth - 1, f))),
        TypeKind::Array(i, n) => TypeKind::Array(Box::new(map_level(i, depth - 1, f)), n.clone()),
        k => k.clone(),
    };
    t
}

/// SWIG's qualifier stripping for matching: each qualifier is stripped one
/// at a time, left-most (innermost) first, so `int const *const` gives
/// `int *const`, then `int *`. The original type is not included.
pub fn qualifier_steps(ty: &Type) -> Vec<Type> {
    let lv = levels(ty);
    let mut out = Vec::new();
    let mut cur = ty.clone();
    for depth in (0..lv.len()).rev() {
        if lv[depth].quals != Quals::default() {
            cur = map_level(&cur, depth, &strip_top_quals);
            out.push(cur.clone());
        }
    }
    out
}

/// The `ANY` size used in array patterns.
pub fn any_size() -> Expr {
    Expr {
        kind: ExprKind::Ident("ANY".into()),
        text: "ANY".into(),
        span: Span::default(),
    }
}

fn is_any(n: &Option<Box<Expr>>) -> bool {
    matches!(n, Some(e) if e.text == "ANY")
}

/// Every sized array dimension replaced by `[ANY]`; `None` if nothing changed.
pub fn arrays_to_any(ty: &Type) -> Option<Type> {
    fn go(t: &Type, changed: &mut bool) -> Type {
        let mut out = t.clone();
        out.kind = match &t.kind {
            TypeKind::Array(i, n) => {
                let n2 = if n.is_some() && !is_any(n) {
                    *changed = true;
                    Some(Box::new(any_size()))
                } else {
                    n.clone()
                };
                TypeKind::Array(Box::new(go(i, changed)), n2)
            }
            TypeKind::Pointer(i) => TypeKind::Pointer(Box::new(go(i, changed))),
            TypeKind::Reference(i) => TypeKind::Reference(Box::new(go(i, changed))),
            k => k.clone(),
        };
        out
    }
    let mut changed = false;
    let t = go(ty, &mut changed);
    changed.then_some(t)
}

/// The innermost (leaf) type: `int` for `const int *[3]`; a function type is
/// a leaf.
pub fn base_type(ty: &Type) -> &Type {
    match &ty.kind {
        TypeKind::Pointer(t) | TypeKind::Reference(t) | TypeKind::Array(t, _) => base_type(t),
        _ => ty,
    }
}

/// Replaces the leaf type, keeping the leaf's qualifiers when `keep_quals`.
pub fn replace_base(ty: &Type, new: &Type, keep_quals: bool) -> Type {
    let mut t = ty.clone();
    t.kind = match &ty.kind {
        TypeKind::Pointer(i) => TypeKind::Pointer(Box::new(replace_base(i, new, keep_quals))),
        TypeKind::Reference(i) => TypeKind::Reference(Box::new(replace_base(i, new, keep_quals))),
        TypeKind::Array(i, n) => {
            TypeKind::Array(Box::new(replace_base(i, new, keep_quals)), n.clone())
        }
        _ => {
            let mut n = new.clone();
            if keep_quals {
                n.quals = ty.quals;
            }
            return n;
        }
    };
    t
}

/// The pointed-to / element type one level down (`int` for `int *`).
pub fn deref(ty: &Type) -> Option<&Type> {
    match &ty.kind {
        TypeKind::Pointer(t) | TypeKind::Reference(t) | TypeKind::Array(t, _) => Some(t),
        _ => None,
    }
}

/// Removes the level closest to the leaf (`int **` → `int *`,
/// `int *[3]` → `int [3]`); `None` for a leaf.
pub fn drop_innermost_level(ty: &Type) -> Option<Type> {
    let inner = deref(ty)?;
    if deref(inner).is_none() {
        return Some(inner.clone());
    }
    let mut t = ty.clone();
    let new_inner = drop_innermost_level(inner)?;
    t.kind = match &ty.kind {
        TypeKind::Pointer(_) => TypeKind::Pointer(Box::new(new_inner)),
        TypeKind::Reference(_) => TypeKind::Reference(Box::new(new_inner)),
        TypeKind::Array(_, n) => TypeKind::Array(Box::new(new_inner), n.clone()),
        k => k.clone(),
    };
    Some(t)
}

/// The type a local variable holding a value of `ty` gets (SWIG's ltype):
/// qualifiers removed at every level (so it can be assigned), a leading
/// array turned into a pointer to its elements.
pub fn ltype(ty: &Type) -> Type {
    let t = strip_all_quals(ty);
    match t.kind {
        TypeKind::Array(elem, _) => Type::new(TypeKind::Pointer(elem)),
        _ => t,
    }
}

/// SWIG's mangled form (`_p_int`, `_p_p_char`, `_p_f_int_int__int`,
/// `_a_10__int`). Qualifiers do not appear.
pub fn mangle(ty: &Type) -> String {
    let mut s = String::from("_");
    mangle_into(ty, &mut s);
    s
}

fn mangle_into(ty: &Type, s: &mut String) {
    match &ty.kind {
        TypeKind::Pointer(t) => {
            s.push_str("p_");
            mangle_into(t, s);
        }
        TypeKind::Reference(t) => {
            s.push_str("r_");
            mangle_into(t, s);
        }
        TypeKind::Array(t, n) => {
            s.push_str("a_");
            if let Some(n) = n {
                s.push_str(&ident_chars(&n.text));
            }
            s.push_str("__");
            mangle_into(t, s);
        }
        TypeKind::Function(f) => {
            s.push_str("f_");
            let ps: Vec<String> = f
                .params
                .iter()
                .map(|p| {
                    let mut m = String::new();
                    mangle_into(&p.ty, &mut m);
                    m
                })
                .collect();
            s.push_str(&ps.join("_"));
            s.push_str("__");
            mangle_into(&f.ret, s);
        }
        TypeKind::Tagged { kind, name } => match (kind, name) {
            (TagKind::Enum, Some(n)) => {
                s.push_str("enum_");
                s.push_str(&ident_chars(n));
            }
            (_, Some(n)) => s.push_str(&ident_chars(n)),
            (k, None) => s.push_str(k.keyword()),
        },
        _ => s.push_str(&ident_chars(&leaf_name(ty))),
    }
}

/// Replaces every non-identifier character with `_`.
pub fn ident_chars(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Is `ty` (already typedef-reduced) `void`?
pub fn is_void(ty: &Type) -> bool {
    matches!(ty.kind, TypeKind::Prim(crate::ast::Prim::Void))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Param, Prim};

    fn int() -> Type {
        Type::prim(Prim::Int)
    }

    #[test]
    fn prints_declarators() {
        let t = Type::prim(Prim::Char).with_const().pointer_to();
        assert_eq!(c_decl(&t, "s"), "char const *s");
        assert_eq!(type_str(&t), "char const *");
        let f = Type::new(TypeKind::Function(Box::new(FunctionType {
            ret: int(),
            params: vec![
                Param {
                    name: None,
                    ty: int(),
                    default: None,
                    span: Span::default(),
                },
                Param {
                    name: None,
                    ty: int(),
                    default: None,
                    span: Span::default(),
                },
            ],
            variadic: false,
        })))
        .pointer_to();
        assert_eq!(c_decl(&f, "cb"), "int (*cb)(int,int)");
        assert_eq!(type_str(&f), "int (*)(int,int)");
        assert_eq!(mangle(&f), "_p_f_int_int__int");
        let cp = int().pointer_to().with_const();
        assert_eq!(c_decl(&cp, "p"), "int *const p");
        assert_eq!(type_str(&cp), "int *const");
        let arr = Type::new(TypeKind::Array(
            Box::new(int()),
            Some(Box::new(Expr {
                kind: ExprKind::Int("10".into()),
                text: "10".into(),
                span: Span::default(),
            })),
        ));
        assert_eq!(c_decl(&arr, "a"), "int a[10]");
        assert_eq!(type_str(&arr), "int [10]");
        assert_eq!(type_str(&arrays_to_any(&arr).unwrap()), "int [ANY]");
        assert_eq!(
            mangle(&Type::prim(Prim::UInt).pointer_to()),
            "_p_unsigned_int"
        );
    }

    #[test]
    fn strips_qualifiers_left_first() {
        let t = int().with_const().pointer_to().with_const();
        let steps: Vec<String> = qualifier_steps(&t).iter().map(type_str).collect();
        assert_eq!(steps, vec!["int *const", "int *"]);
        assert_eq!(
            type_str(&ltype(&Type::prim(Prim::Char).with_const().pointer_to())),
            "char *"
        );
    }
}
