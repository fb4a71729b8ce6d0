//! Stage 4 (typemaps): parses the small type names that appear inside
//! typemap code, as in `$descriptor(int *)` or `$descriptor(struct Foo **)`:
//! base words with qualifiers, then `*`, `&`, `const` and `[N]`.

use crate::ast::{Expr, ExprKind, Prim, Quals, TagKind, Type, TypeKind};
use crate::source::Span;

/// Parses `text` as an abstract C type; `None` if it is not one.
pub fn parse_type(text: &str) -> Option<Type> {
    let toks = tokenize(text)?;
    let mut i = 0;
    let mut quals = Quals::default();
    let mut words: Vec<String> = Vec::new();
    let mut tag: Option<TagKind> = None;
    while i < toks.len() {
        match toks[i].as_str() {
            "const" => quals.is_const = true,
            "volatile" => quals.is_volatile = true,
            "struct" => tag = Some(TagKind::Struct),
            "union" => tag = Some(TagKind::Union),
            "enum" => tag = Some(TagKind::Enum),
            "*" | "&" | "[" => break,
            w => words.push(w.to_string()),
        }
        i += 1;
    }
    let mut ty = match tag {
        Some(kind) => {
            if words.len() != 1 {
                return None;
            }
            Type::new(TypeKind::Tagged {
                kind,
                name: words.pop(),
            })
        }
        None => Type::new(leaf_kind(&words)?),
    };
    ty.quals = quals;
    while i < toks.len() {
        match toks[i].as_str() {
            "*" => ty = Type::new(TypeKind::Pointer(Box::new(ty))),
            "&" => ty = Type::new(TypeKind::Reference(Box::new(ty))),
            "const" => ty.quals.is_const = true,
            "volatile" => ty.quals.is_volatile = true,
            "[" => {
                let mut size = String::new();
                i += 1;
                while i < toks.len() && toks[i] != "]" {
                    size.push_str(&toks[i]);
                    i += 1;
                }
                let n = (!size.is_empty()).then(|| {
                    Box::new(Expr {
                        kind: ExprKind::Int(size.clone()),
                        text: size,
                        span: Span::default(),
                    })
                });
                ty = wrap_array(ty, n);
            }
            _ => return None,
        }
        i += 1;
    }
    Some(ty)
}

/// `T[a][b]`: the first dimension written is the outermost.
fn wrap_array(ty: Type, n: Option<Box<Expr>>) -> Type {
    match ty.kind {
        TypeKind::Array(inner, m) => Type {
            kind: TypeKind::Array(Box::new(wrap_array(*inner, n)), m),
            quals: ty.quals,
        },
        _ => Type::new(TypeKind::Array(Box::new(ty), n)),
    }
}

fn tokenize(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' || c == '$' {
            cur.push(c);
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        match c {
            '*' | '&' | '[' | ']' => out.push(c.to_string()),
            c if c.is_whitespace() => {}
            _ => return None,
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Some(out)
}

/// The leaf type named by base words (`unsigned long long`, `size_t`).
pub fn leaf_kind(words: &[String]) -> Option<TypeKind> {
    let mut signed = false;
    let mut unsigned = false;
    let mut longs = 0;
    let mut short = false;
    let mut base: Option<&str> = None;
    for w in words {
        match w.as_str() {
            "signed" => signed = true,
            "unsigned" => unsigned = true,
            "long" => longs += 1,
            "short" => short = true,
            "int" | "char" | "void" | "bool" | "_Bool" | "float" | "double" | "wchar_t" => {
                if base.is_some() {
                    return None;
                }
                base = Some(w.as_str());
            }
            other => {
                if words.len() == 1 {
                    return Some(TypeKind::Named(other.to_string()));
                }
                return None;
            }
        }
    }
    let p = match (base, unsigned, signed, short, longs) {
        (Some("void"), ..) => Prim::Void,
        (Some("bool" | "_Bool"), ..) => Prim::Bool,
        (Some("float"), ..) => Prim::Float,
        (Some("double"), _, _, _, 0) => Prim::Double,
        (Some("double"), ..) => Prim::LongDouble,
        (Some("wchar_t"), ..) => Prim::WChar,
        (Some("char"), true, ..) => Prim::UChar,
        (Some("char"), _, true, ..) => Prim::SChar,
        (Some("char"), ..) => Prim::Char,
        (_, true, _, true, _) => Prim::UShort,
        (_, false, _, true, _) => Prim::Short,
        (_, true, _, _, 0) => Prim::UInt,
        (_, true, _, _, 1) => Prim::ULong,
        (_, true, ..) => Prim::ULongLong,
        (_, false, _, _, 0) => {
            if base.is_none() && !signed {
                return None;
            }
            Prim::Int
        }
        (_, false, _, _, 1) => Prim::Long,
        _ => Prim::LongLong,
    };
    Some(TypeKind::Prim(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typemap::ctype::type_str;

    #[test]
    fn parses_descriptor_types() {
        let t = |s: &str| parse_type(s).map(|t| type_str(&t));
        assert_eq!(t("int *").as_deref(), Some("int *"));
        assert_eq!(
            t("unsigned long long*").as_deref(),
            Some("unsigned long long *")
        );
        assert_eq!(t("const char **").as_deref(), Some("char const **"));
        assert_eq!(t("struct Foo *").as_deref(), Some("struct Foo *"));
        assert_eq!(t("int [10][20]").as_deref(), Some("int [10][20]"));
        assert_eq!(t("Vector *const").as_deref(), Some("Vector *const"));
        assert_eq!(t("a + b"), None);
    }
}
