//! Stage 4, sema: the `$typemap(method, pattern)` special variable macro
//! (Typemaps.html 16.4.4.2): replaced by the body of the typemap that
//! `pattern` matches (`$typemap(method:attr, pattern)`: by that typemap's
//! attribute), before the enclosing typemap's own special variables are
//! expanded, so that `$1`, `$input`, ... are the enclosing wrapper's. The
//! matched typemap's local variables join the enclosing typemap's.

use super::Sema;
use crate::ast::Param;
use crate::typemap::matching::lookup;
use crate::typemap::subst::matching_paren;
use crate::typemap::typestr::parse_type;

/// How deep `$typemap` may nest before it is reported as recursive.
const MAX_DEPTH: usize = 16;

const TYPE_WORDS: &[&str] = &[
    "int", "char", "short", "long", "double", "float", "unsigned", "signed", "bool", "_Bool",
    "void", "_Complex", "const", "volatile",
];

impl Sema<'_> {
    /// `code` with each `$typemap(...)` replaced, and the locals the
    /// inlined bodies need; `Err` names a macro that matched nothing or
    /// recursed without end.
    pub(crate) fn inline_typemap_macros(
        &self,
        code: &str,
        locals: &mut Vec<Param>,
    ) -> Result<String, String> {
        self.inline_at_depth(code, 0, locals)
    }

    fn inline_at_depth(
        &self,
        code: &str,
        depth: usize,
        locals: &mut Vec<Param>,
    ) -> Result<String, String> {
        let mut out = String::new();
        let mut rest = code;
        while let Some(pos) = rest.find("$typemap(") {
            out.push_str(&rest[..pos]);
            let args_start = pos + "$typemap(".len();
            let Some(close) = matching_paren(&rest[args_start..]) else {
                return Err("unterminated $typemap(".to_string());
            };
            let args = &rest[args_start..args_start + close];
            let whole = &rest[pos..args_start + close + 1];
            if depth >= MAX_DEPTH {
                return Err(format!(
                    "Likely recursive $typemap calls containing {whole}"
                ));
            }
            let body = self
                .typemap_macro_body(args, locals)
                .ok_or_else(|| format!("No typemap found for {whole}"))?;
            out.push_str(&self.inline_at_depth(&body, depth + 1, locals)?);
            rest = &rest[args_start + close + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// The body (or attribute) that `method[:attr], pattern` names.
    fn typemap_macro_body(&self, args: &str, locals: &mut Vec<Param>) -> Option<String> {
        let (method, pattern) = args.split_once(',')?;
        let (method, attr) = match method.trim().split_once(':') {
            Some((m, a)) => (m.trim(), Some(a.trim())),
            None => (method.trim(), None),
        };
        let pattern = pattern.trim();
        let pattern = pattern
            .strip_prefix('(')
            .and_then(|p| p.strip_suffix(')'))
            .unwrap_or(pattern)
            .trim();
        let (ty, name) = split_pattern(pattern)?;
        let tm = lookup(&self.db, method, &ty, name.as_deref(), &self.env)?;
        match attr {
            Some(a) => tm.attr(a).map(str::to_string),
            None => {
                for l in &tm.locals {
                    if !locals.iter().any(|x| x.name == l.name) {
                        locals.push(l.clone());
                    }
                }
                Some(super::strip_outer_braces(&tm.code))
            }
        }
    }
}

/// `unsigned long bb` is the type `unsigned long` named `bb`.
fn split_pattern(pattern: &str) -> Option<(crate::ast::Type, Option<String>)> {
    let last_start = pattern
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map(|i| i + 1)
        .unwrap_or(0);
    let last = &pattern[last_start..];
    let head = pattern[..last_start].trim();
    let is_name = !last.is_empty()
        && !head.is_empty()
        && !TYPE_WORDS.contains(&last)
        && !last.starts_with(|c: char| c.is_ascii_digit());
    if is_name {
        if let Some(t) = parse_type(head) {
            return Some((t, Some(last.to_string())));
        }
    }
    parse_type(pattern).map(|t| (t, None))
}
