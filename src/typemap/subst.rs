//! Stage 4 (typemaps): expansion of a chosen typemap. Locals are renamed per
//! argument (`temp` → `temp1`) and special variables are substituted:
//! `$1`, `$1_type`, `$1_ltype`, `$*1_type`, `$&1_type`, `$1_name`,
//! `$1_basetype`, `$1_descriptor`, `$*1_descriptor`, `$&1_descriptor`,
//! `$1_mangle`, `$1_dim0`, `$descriptor(T)`, and named ones the caller
//! gives (`$input`, `$result`, `$symname`, `$argnum`, `$owner`, `$null`,
//! `$action`, ...). Unknown variables are left as written.

use super::ctype::{base_type, c_decl, deref, leaf_name, ltype, mangle, strip_all_quals, type_str};
use super::{typestr, TypeReducer, TypemapDef};
use crate::ast::{Type, TypeKind};

/// The variables of one argument of a typemap (`$1` for the first).
#[derive(Clone, Debug)]
pub struct ArgVars {
    /// The declared type (typedef names kept).
    pub ty: Type,
    /// The parameter name (`$1_name`).
    pub name: String,
    /// The C variable holding it (`arg1`, `result`).
    pub lname: String,
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
pub struct Substitution {
    pub args: Vec<ArgVars>,
    /// Named variables without the `$`: `("input", "swig_obj[0]")`.
    pub vars: Vec<(String, String)>,
}

impl Substitution {
    pub fn var(mut self, name: &str, value: impl Into<String>) -> Substitution {
        self.vars.push((name.to_string(), value.into()));
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
    for p in &def.locals {
        let Some(name) = &p.name else { continue };
        let new = format!("{}{}", name.name, suffix);
        let mut decl = c_decl(&p.ty, &new);
        if let Some(d) = &p.default {
            decl = format!("{decl} = {}", d.text);
        }
        locals.push(substitute(&decl, s, env));
        renames.push((name.name.clone(), new));
    }
    let mut code = def.code.clone();
    if def.attr("noblock").is_some_and(|v| v != "0") {
        code = strip_braces(&code);
    }
    let code = rename_idents(&code, &renames);
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
pub fn rename_idents(code: &str, renames: &[(String, String)]) -> String {
    if renames.is_empty() {
        return code.to_string();
    }
    let b = code.as_bytes();
    let mut out = String::with_capacity(code.len() + 16);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'"' || c == b'\'' {
            let end = skip_literal(b, i);
            out.push_str(&code[i..end]);
            i = end;
        } else if c == b'$' {
            let mut j = i + 1;
            while j < b.len()
                && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'*' || b[j] == b'&')
            {
                j += 1;
            }
            out.push_str(&code[i..j]);
            i = j;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            let word = &code[i..j];
            let prev = out.trim_end();
            let member = prev.ends_with('.') || prev.ends_with("->");
            match renames.iter().find(|(o, _)| o == word) {
                Some((_, n)) if !member => out.push_str(n),
                _ => out.push_str(word),
            }
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'.') {
                j += 1;
            }
            out.push_str(&code[i..j]);
            i = j;
        } else {
            let ch = code[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
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
    let mut rest = code;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        match expand_one(after, s, env) {
            Some((text, used)) => {
                out.push_str(&text);
                rest = &after[used..];
            }
            None => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Expands the variable starting right after a `$`; returns the text and
/// how many bytes of `after` it used.
fn expand_one(after: &str, s: &Substitution, env: &mut dyn SubstEnv) -> Option<(String, usize)> {
    if let Some(r) = after.strip_prefix("descriptor(") {
        let close = matching_paren(r)?;
        let inner = substitute(&r[..close], s, env);
        let ty = env.parse_type(inner.trim())?;
        return Some((env.descriptor(&ty), "descriptor(".len() + close + 1));
    }
    if let Some(x) = old_style(after, s, env) {
        return Some(x);
    }
    let (prefix, body) = match after.as_bytes().first()? {
        b'*' => (Some('*'), &after[1..]),
        b'&' => (Some('&'), &after[1..]),
        _ => (None, after),
    };
    let plen = usize::from(prefix.is_some());
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let n: usize = body[..digits].parse().ok()?;
        let arg = s.args.get(n.checked_sub(1)?)?;
        let tail = &body[digits..];
        if let Some(t) = tail.strip_prefix('_') {
            for suf in SUFFIXES {
                if t.starts_with(suf) && !ident_continues(&t[suf.len()..]) {
                    let text = arg_suffix(arg, prefix, suf, env)?;
                    return Some((text, plen + digits + 1 + suf.len()));
                }
            }
            if let Some(d) = t.strip_prefix("dim") {
                let dl = d.bytes().take_while(u8::is_ascii_digit).count();
                if dl > 0 && !ident_continues(&d[dl..]) {
                    let k: usize = d[..dl].parse().ok()?;
                    return Some((array_dim(&arg.ty, k)?, plen + digits + 4 + dl));
                }
            }
        }
        return match prefix {
            None => Some((arg.lname.clone(), digits)),
            Some('*') => Some((format!("(*{})", arg.lname), 1 + digits)),
            _ => Some((format!("(&{})", arg.lname), 1 + digits)),
        };
    }
    if prefix.is_some() {
        return None;
    }
    let len = after
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .count();
    let word = &after[..len];
    let (_, v) = s.vars.iter().find(|(k, _)| k == word)?;
    Some((v.clone(), len))
}

/// SWIG's older names for the first argument's variables: `$type`,
/// `$ltype`, `$basetype`, `$descriptor` (without parentheses), `$mangle`,
/// with optional `*`/`&`.
fn old_style(after: &str, s: &Substitution, env: &mut dyn SubstEnv) -> Option<(String, usize)> {
    let (prefix, body) = match after.as_bytes().first()? {
        b'*' => (Some('*'), &after[1..]),
        b'&' => (Some('&'), &after[1..]),
        _ => (None, after),
    };
    let arg = s.args.first()?;
    for (word, suf) in [
        ("type", "type"),
        ("ltype", "ltype"),
        ("basetype", "basetype"),
        ("descriptor", "descriptor"),
        ("mangle", "mangle"),
        ("lextype", "basetype"),
    ] {
        if body.starts_with(word) && !ident_continues(&body[word.len()..]) {
            if word == "descriptor" && body[word.len()..].starts_with('(') {
                return None;
            }
            if s.vars.iter().any(|(k, _)| k == word) {
                return None;
            }
            let text = arg_suffix(arg, prefix, suf, env)?;
            return Some((text, usize::from(prefix.is_some()) + word.len()));
        }
    }
    None
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

fn arg_suffix(
    arg: &ArgVars,
    prefix: Option<char>,
    suf: &str,
    env: &mut dyn SubstEnv,
) -> Option<String> {
    let ty = match prefix {
        None => arg.ty.clone(),
        Some('*') => deref_resolved(&arg.ty, env),
        _ => Type::new(TypeKind::Pointer(Box::new(arg.ty.clone()))),
    };
    Some(match suf {
        "type" => type_str(&ty),
        "ltype" => type_str(&local_type(&ty, env)),
        "name" => arg.name.clone(),
        "lname" => arg.lname.clone(),
        "basetype" | "lextype" => leaf_name(&strip_all_quals(base_type(&ty))),
        "mangle" => mangle(&strip_all_quals(&env.resolve(&ty))),
        "basemangle" => mangle(&strip_all_quals(base_type(&env.resolve(&ty)))),
        "descriptor" => env.descriptor(&ty),
        _ => return None,
    })
}

/// The type of a local holding `ty` (SWIG's ltype); a typedef name of an
/// array type is looked through, as an array cannot be assigned.
pub fn local_type(ty: &Type, env: &dyn TypeReducer) -> Type {
    let r = env.resolve(ty);
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

fn array_dim(ty: &Type, k: usize) -> Option<String> {
    let mut cur = ty;
    let mut i = 0;
    while let TypeKind::Array(inner, n) = &cur.kind {
        if i == k {
            return Some(n.as_ref().map(|e| e.text.clone()).unwrap_or_default());
        }
        i += 1;
        cur = inner;
    }
    None
}
