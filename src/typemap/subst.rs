//! Stage 4 (typemaps): expansion of a chosen typemap. Locals are renamed per
//! argument (`temp` → `temp1`) and special variables are substituted:
//! `$1`, `$1_type`, `$1_ltype`, `$*1_type`, `$&1_type`, `$1_name`,
//! `$1_basetype`, `$1_descriptor`, `$*1_descriptor`, `$&1_descriptor`,
//! `$1_mangle`, `$1_dim0`, `$descriptor(T)`, and named ones the caller
//! gives (`$input`, `$result`, `$symname`, `$argnum`, `$owner`, `$null`,
//! `$action`, ...). Unknown variables are left as written.

use super::ctype::{base_type, deref, leaf_name, ltype, mangle, push_c_decl};
use super::{typestr, TypeReducer, TypemapDef};
use crate::ast::{Type, TypeKind};
use std::borrow::Cow;

/// The variables of one argument of a typemap (`$1` for the first).
#[derive(Clone, Debug)]
pub struct ArgVars<'a> {
    /// The declared type (typedef names kept).
    pub ty: &'a Type,
    /// The parameter name (`$1_name`).
    pub name: Cow<'a, str>,
    /// The C variable holding it (`arg1`, `result`).
    pub lname: Cow<'a, str>,
}

/// Type services substitution needs: typedef reduction and descriptor
/// registration (so the backend emits only the descriptors in use).
pub trait SubstEnv: TypeReducer {
    /// Registers the descriptor of `ty` and returns its C name
    /// (`SWIGTYPE_p_int`).
    fn descriptor(&mut self, ty: &Type) -> String;
    /// Parses a type written in typemap code (`$descriptor(int *)`).
    fn parse_type(&self, text: &str) -> Option<Type> {
        typestr::parse_type(text)
    }
}

/// What the `$` variables of one expansion stand for.
#[derive(Clone, Debug, Default)]
pub struct Substitution<'a> {
    pub args: Vec<ArgVars<'a>>,
    /// Named variables without the `$`: `("input", "swig_obj[0]")`.
    pub vars: Vec<(&'a str, Cow<'a, str>)>,
}

impl<'a> Substitution<'a> {
    pub fn var(mut self, name: &'a str, value: impl Into<Cow<'a, str>>) -> Substitution<'a> {
        self.vars.push((name, value.into()));
        self
    }
}

/// A typemap expanded for one use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    /// Local declarations (`int temp1 = 0`), without `;`.
    pub locals: Vec<String>,
    pub code: String,
}

/// Expands a typemap: renames its locals with `suffix` and substitutes
/// special variables in the locals and the code.
pub fn expand(
    def: &TypemapDef,
    s: &Substitution,
    suffix: &str,
    env: &mut dyn SubstEnv,
) -> Expanded {
    let mut renames = Vec::new();
    let mut locals = Vec::new();
    let mut decl = String::new();
    for p in &def.locals {
        let Some(name) = &p.name else { continue };
        let new = format!("{}{}", name.name, suffix);
        decl.clear();
        push_c_decl(&mut decl, &p.ty, &new);
        if let Some(d) = &p.default {
            decl.push_str(" = ");
            decl.push_str(&d.text);
        }
        locals.push(substitute(&decl, s, env));
        renames.push((name.name.as_str(), new));
    }
    let code: Cow<str> = if def.attr("noblock").is_some_and(|v| v != "0") {
        Cow::Owned(strip_braces(&def.code))
    } else {
        Cow::Borrowed(&def.code)
    };
    let code = if renames.is_empty() {
        code
    } else {
        Cow::Owned(rename_idents(&code, &renames))
    };
    Expanded {
        locals,
        code: substitute(&code, s, env),
    }
}

/// `{ code }` → `code` (for `noblock=1`).
fn strip_braces(code: &str) -> String {
    let t = code.trim();
    if t.starts_with('{') && t.ends_with('}') && t.len() >= 2 {
        t[1..t.len() - 1].trim().to_string()
    } else {
        code.to_string()
    }
}

/// Replaces whole identifiers (not inside string or character literals,
/// not after `$`, `.` or `->`).
pub fn rename_idents<S: AsRef<str>>(code: &str, renames: &[(S, String)]) -> String {
    let b = code.as_bytes();
    let mut out = String::with_capacity(code.len() + 16);
    // `code[copied..i]` is still to be copied as it is.
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'"' || c == b'\'' {
            i = skip_literal(b, i);
        } else if c == b'$' {
            i += 1;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'*' || b[i] == b'&')
            {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            let word = &code[i..j];
            if let Some((_, n)) = renames.iter().find(|(o, _)| o.as_ref() == word) {
                // What precedes is the same in the output (a renamed word
                // ends like the original), so the source tells.
                let prev = code[..i].trim_end();
                if !(prev.ends_with('.') || prev.ends_with("->")) {
                    out.push_str(&code[copied..i]);
                    out.push_str(n);
                    copied = j;
                }
            }
            i = j;
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out.push_str(&code[copied..]);
    out
}

fn skip_literal(b: &[u8], start: usize) -> usize {
    let q = b[start];
    let mut i = start + 1;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q || b[i] == b'\n' {
            return i + 1;
        }
        i += 1;
    }
    b.len()
}

const SUFFIXES: &[&str] = &[
    "descriptor",
    "lextype",
    "basemangle",
    "basetype",
    "mangle",
    "ltype",
    "lname",
    "type",
    "name",
];

/// Substitutes special variables in `code`.
pub fn substitute(code: &str, s: &Substitution, env: &mut dyn SubstEnv) -> String {
    let mut out = String::with_capacity(code.len() + 32);
    push_substituted(&mut out, code, s, env);
    out
}

/// `substitute`, appended to `out`.
fn push_substituted(out: &mut String, code: &str, s: &Substitution, env: &mut dyn SubstEnv) {
    let mut rest = code;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        match expand_one(after, s, env, out) {
            Some(used) => rest = &after[used..],
            None => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// Expands the variable starting right after a `$` onto `out`; returns
/// how many bytes of `after` it used, or `None` (and writes nothing) when
/// it is not a variable.
fn expand_one(
    after: &str,
    s: &Substitution,
    env: &mut dyn SubstEnv,
    out: &mut String,
) -> Option<usize> {
    if let Some(r) = after.strip_prefix("descriptor(") {
        let close = matching_paren(r)?;
        let inner = substitute(&r[..close], s, env);
        let ty = env.parse_type(inner.trim())?;
        out.push_str(&env.descriptor(&ty));
        return Some("descriptor(".len() + close + 1);
    }
    let (prefix, body) = match after.as_bytes().first()? {
        b'*' => (Some('*'), &after[1..]),
        b'&' => (Some('&'), &after[1..]),
        _ => (None, after),
    };
    let plen = usize::from(prefix.is_some());
    if let Some(used) = old_style(prefix, body, s, env, out) {
        return Some(plen + used);
    }
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let n: usize = body[..digits].parse().ok()?;
        let arg = s.args.get(n.checked_sub(1)?)?;
        let tail = &body[digits..];
        if let Some(t) = tail.strip_prefix('_') {
            for suf in SUFFIXES {
                if t.starts_with(suf) && !ident_continues(&t[suf.len()..]) {
                    push_arg_suffix(out, arg, prefix, suf, env);
                    return Some(plen + digits + 1 + suf.len());
                }
            }
            if let Some(d) = t.strip_prefix("dim") {
                let dl = d.bytes().take_while(u8::is_ascii_digit).count();
                if dl > 0 && !ident_continues(&d[dl..]) {
                    let k: usize = d[..dl].parse().ok()?;
                    out.push_str(array_dim(arg.ty, k)?);
                    return Some(plen + digits + 4 + dl);
                }
            }
        }
        match prefix {
            None => out.push_str(&arg.lname),
            Some(p) => {
                out.push('(');
                out.push(p);
                out.push_str(&arg.lname);
                out.push(')');
            }
        }
        return Some(plen + digits);
    }
    if prefix.is_some() {
        return None;
    }
    let len = after
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    let word = &after[..len];
    let (_, v) = s.vars.iter().find(|(k, _)| *k == word)?;
    out.push_str(v);
    Some(len)
}

/// SWIG's older names for the first argument's variables: `$type`,
/// `$ltype`, `$basetype`, `$descriptor` (without parentheses), `$mangle`,
/// with optional `*`/`&` (already split off as `prefix`). Returns how many
/// bytes of `body` were used.
fn old_style(
    prefix: Option<char>,
    body: &str,
    s: &Substitution,
    env: &mut dyn SubstEnv,
    out: &mut String,
) -> Option<usize> {
    let arg = s.args.first()?;
    let len = body
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    let word = &body[..len];
    let suf = match word {
        "type" => "type",
        "ltype" => "ltype",
        "basetype" => "basetype",
        "descriptor" => "descriptor",
        "mangle" => "mangle",
        "lextype" => "basetype",
        _ => return None,
    };
    if word == "descriptor" && body[len..].starts_with('(') {
        return None;
    }
    if s.vars.iter().any(|(k, _)| *k == word) {
        return None;
    }
    push_arg_suffix(out, arg, prefix, suf, env);
    Some(len)
}

fn ident_continues(s: &str) -> bool {
    s.bytes()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// The index of the `)` closing an already opened `(`.
pub(crate) fn matching_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Writes `$<prefix>N_<suf>` for `arg` (`suf` one of `SUFFIXES`).
fn push_arg_suffix(
    out: &mut String,
    arg: &ArgVars,
    prefix: Option<char>,
    suf: &str,
    env: &mut dyn SubstEnv,
) {
    let ty: Cow<Type> = match prefix {
        None => Cow::Borrowed(arg.ty),
        Some('*') => Cow::Owned(deref_resolved(arg.ty, env)),
        _ => Cow::Owned(Type::new(TypeKind::Pointer(Box::new(arg.ty.clone())))),
    };
    // Qualifiers appear neither in mangled names nor in leaf names.
    match suf {
        "type" => push_c_decl(out, &ty, ""),
        "ltype" => push_c_decl(out, &local_type(&ty, env), ""),
        "name" => out.push_str(&arg.name),
        "lname" => out.push_str(&arg.lname),
        "basetype" | "lextype" => out.push_str(&leaf_name(base_type(&ty))),
        "mangle" => out.push_str(&mangle(&env.resolve(&ty))),
        "basemangle" => out.push_str(&mangle(base_type(&env.resolve(&ty)))),
        "descriptor" => out.push_str(&env.descriptor(&ty)),
        _ => {}
    }
}

/// The type of a local holding `ty` (SWIG's ltype); a typedef name of an
/// array type is looked through, as an array cannot be assigned.
pub fn local_type(ty: &Type, env: &dyn TypeReducer) -> Type {
    let r = env.resolved(ty);
    if matches!(r.kind, TypeKind::Array(..)) {
        ltype(&r)
    } else {
        ltype(ty)
    }
}

/// `$*1_type`: one pointer level removed, looking through typedefs if the
/// declared type is a typedef name of a pointer.
fn deref_resolved(ty: &Type, env: &dyn SubstEnv) -> Type {
    if let Some(d) = deref(ty) {
        return d.clone();
    }
    let r = env.resolve(ty);
    deref(&r).cloned().unwrap_or(r)
}

fn array_dim(ty: &Type, k: usize) -> Option<&str> {
    let mut cur = ty;
    let mut i = 0;
    while let TypeKind::Array(inner, n) = &cur.kind {
        if i == k {
            return Some(n.as_ref().map(|e| e.text.as_str()).unwrap_or_default());
        }
        i += 1;
        cur = inner;
    }
    None
}
