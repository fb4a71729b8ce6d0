//! Stage 1, preprocess: macro definitions (`#define`, `%define`) and the
//! substitution of arguments into a macro body (`#`, `##`, `__VA_ARGS__`,
//! `__VA_OPT__`), producing the tokens of one expansion.

use super::engine::Pp;
use super::lexer::{HideSet, Kind, Lexer, Tok};
use crate::diag::Diagnostics;
use crate::source::Span;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Line,
    File,
}

#[derive(Debug)]
pub struct Macro {
    pub name: Rc<str>,
    /// `None` for an object-like macro.
    pub params: Option<Vec<Rc<str>>>,
    /// The last parameter takes all remaining arguments.
    pub variadic: bool,
    pub body: Vec<Tok>,
    /// Defined with `%define` (body may hold newlines and directives).
    pub swig: bool,
    pub span: Span,
    pub builtin: Option<Builtin>,
}

impl Macro {
    fn param_index(&self, name: &str) -> Option<usize> {
        self.params.as_ref()?.iter().position(|p| &**p == name)
    }
}

/// Splits verbatim `%{ ... %}` tokens of a macro body into `%{`, the
/// tokens inside, and `%}`, so parameters inside are substituted.
pub fn split_verbatim(body: Vec<Tok>, diags: &mut Diagnostics) -> Vec<Tok> {
    let mut v = Vec::with_capacity(body.len());
    for t in body {
        if t.kind == Kind::Verbatim && t.text.len() >= 4 && t.text.ends_with("%}") {
            let inner = &t.text[2..t.text.len() - 2];
            let mut open = t.clone();
            open.kind = Kind::Punct;
            open.text = Rc::from("%{");
            open.len = if t.expanded { t.len } else { 2 };
            v.push(open);
            let base = if t.expanded { t.start } else { t.start + 2 };
            let mut inner_toks = Lexer::fragment(t.file, inner, base).collect_all(diags);
            for it in &mut inner_toks {
                if t.expanded {
                    it.start = t.start;
                    it.len = t.len;
                    it.expanded = true;
                }
            }
            v.extend(inner_toks);
            let mut close = t.clone();
            close.kind = Kind::Punct;
            close.text = Rc::from("%}");
            if !t.expanded {
                close.start = t.start + t.len - 2;
                close.len = 2;
            }
            v.push(close);
        } else {
            v.push(t);
        }
    }
    v
}

/// Joins `%{` ... `%}` runs back into single verbatim tokens.
fn join_verbatim(toks: Vec<Tok>) -> Vec<Tok> {
    if !toks.iter().any(|t| t.is_punct("%{")) {
        return toks;
    }
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut open: Option<(Tok, String)> = None;
    for t in toks {
        match &mut open {
            None if t.is_punct("%{") => open = Some((t, "%{".to_string())),
            None => out.push(t),
            Some((_, s)) => {
                s.push_str(&t.text);
                if t.is_punct("%}") {
                    if let Some((mut o, s)) = open.take() {
                        o.kind = Kind::Verbatim;
                        o.text = Rc::from(s.as_str());
                        out.push(o);
                    }
                }
            }
        }
    }
    if let Some((mut o, s)) = open {
        o.kind = Kind::Verbatim;
        o.text = Rc::from(s.as_str());
        out.push(o);
    }
    out
}

fn trim_blanks(toks: &[Tok]) -> &[Tok] {
    let is_ws = |t: &Tok| matches!(t.kind, Kind::Space | Kind::Comment | Kind::Newline);
    let s = toks.iter().position(|t| !is_ws(t)).unwrap_or(toks.len());
    let e = toks.iter().rposition(|t| !is_ws(t)).map_or(s, |e| e + 1);
    &toks[s..e.max(s)]
}

/// The `#x` string of an argument.
pub fn stringize(toks: &[Tok]) -> String {
    let mut s = String::from("\"");
    let mut blank = false;
    for t in trim_blanks(toks) {
        match t.kind {
            Kind::Space | Kind::Comment | Kind::Newline => blank = true,
            _ => {
                if blank {
                    s.push(' ');
                    blank = false;
                }
                if matches!(t.kind, Kind::Str | Kind::Char) {
                    for c in t.text.chars() {
                        if c == '"' || c == '\\' {
                            s.push('\\');
                        }
                        s.push(c);
                    }
                } else {
                    s.push_str(&t.text);
                }
            }
        }
    }
    s.push('"');
    s
}

fn placemarker(at: &Tok) -> Tok {
    let mut t = at.clone();
    t.kind = Kind::Other;
    t.text = Rc::from("");
    t
}

fn is_placemarker(t: &Tok) -> bool {
    t.kind == Kind::Other && t.text.is_empty()
}

/// Where an expansion's tokens point and what they may not expand again.
pub struct Site {
    pub name_tok: Tok,
    pub file: crate::source::FileId,
    pub start: u32,
    pub len: u32,
    pub hide: HideSet,
}

impl Pp<'_> {
    /// Pastes two tokens (`a ## b`), re-lexing the joined spelling.
    fn paste(&mut self, a: &Tok, b: &Tok) -> Vec<Tok> {
        let joined = format!("{}{}", a.text, b.text);
        let mut toks = Lexer::fragment(a.file, &joined, a.start).collect_all(self.diags);
        for t in &mut toks {
            t.file = a.file;
            t.start = a.start;
            t.len = a.len;
            t.expanded = a.expanded;
            t.hide = super::hideset::union(&a.hide, &b.hide);
        }
        toks
    }

    /// The tokens of one expansion of `m` with `args`, before rescanning.
    pub fn substitute(
        &mut self,
        m: &Macro,
        args: &[Vec<Tok>],
        site: &Site,
        depth: usize,
    ) -> Vec<Tok> {
        if depth > self.limits.max_arg_depth {
            let span = site.name_tok.span();
            self.diags.error(span, "macro expansion nested too deeply");
            self.aborted = true;
            return Vec::new();
        }
        let body = &m.body;
        let mut expanded_args: Vec<Option<Vec<Tok>>> = vec![None; args.len()];
        let mut res: Vec<Tok> = Vec::with_capacity(body.len());
        let next_nonblank = |from: usize| (from..body.len()).find(|&j| !body[j].is_blank());
        let va_index = if m.variadic {
            m.params.as_ref().map(|p| p.len() - 1)
        } else {
            None
        };
        let mut i = 0;
        while i < body.len() {
            if self.aborted {
                return Vec::new();
            }
            let t = &body[i];
            // `#param`: stringize.
            if t.is_punct("#") {
                if let Some(j) = next_nonblank(i + 1) {
                    if body[j].kind == Kind::Ident {
                        if let Some(p) = m.param_index(&body[j].text) {
                            let mut s = t.clone();
                            s.kind = Kind::Str;
                            s.text =
                                Rc::from(stringize(args.get(p).map_or(&[][..], |a| a)).as_str());
                            res.push(s);
                            i = j + 1;
                            continue;
                        }
                    }
                }
            }
            // SWIG's `` `param` ``: the argument if it is a string, else `#param`.
            if t.is_punct("`") {
                let j = next_nonblank(i + 1);
                let k = j.and_then(|j| next_nonblank(j + 1));
                if let (Some(j), Some(k)) = (j, k) {
                    let p = (body[j].kind == Kind::Ident)
                        .then(|| m.param_index(&body[j].text))
                        .flatten();
                    if let (Some(p), true) = (p, body[k].is_punct("`")) {
                        let arg = trim_blanks(args.get(p).map_or(&[][..], |a| a));
                        let mut s = t.clone();
                        s.kind = Kind::Str;
                        s.text = match arg {
                            [one] if one.kind == Kind::Str => one.text.clone(),
                            _ => Rc::from(stringize(arg).as_str()),
                        };
                        res.push(s);
                        i = k + 1;
                        continue;
                    }
                }
            }
            // `__VA_OPT__(x)`
            if t.kind == Kind::Ident && &*t.text == "__VA_OPT__" && m.variadic {
                if let Some(j) = next_nonblank(i + 1).filter(|&j| body[j].is_punct("(")) {
                    let mut depth_p = 0usize;
                    let mut k = j;
                    while k < body.len() {
                        if body[k].is_punct("(") {
                            depth_p += 1;
                        } else if body[k].is_punct(")") {
                            depth_p -= 1;
                            if depth_p == 0 {
                                break;
                            }
                        }
                        k += 1;
                    }
                    let va_nonempty = va_index
                        .and_then(|v| args.get(v))
                        .is_some_and(|a| !trim_blanks(a).is_empty());
                    if va_nonempty && k > j + 1 {
                        let inner = Macro {
                            name: m.name.clone(),
                            params: m.params.clone(),
                            variadic: m.variadic,
                            body: body[j + 1..k.min(body.len())].to_vec(),
                            swig: m.swig,
                            span: m.span,
                            builtin: None,
                        };
                        let sub = self.substitute(&inner, args, site, depth + 1);
                        res.extend(sub);
                    } else {
                        res.push(placemarker(t));
                    }
                    i = k + 1;
                    continue;
                }
            }
            // `a ## b`
            if t.is_punct("##") && !res.is_empty() {
                while res
                    .last()
                    .is_some_and(|r| matches!(r.kind, Kind::Space | Kind::Comment))
                {
                    res.pop();
                }
                let Some(j) = next_nonblank(i + 1) else {
                    i = body.len();
                    continue;
                };
                let rhs: Vec<Tok> = match (body[j].kind == Kind::Ident)
                    .then(|| m.param_index(&body[j].text))
                    .flatten()
                {
                    Some(p) => {
                        let a = trim_blanks(args.get(p).map_or(&[][..], |a| a)).to_vec();
                        // GNU `, ## __VA_ARGS__` drops the comma when empty.
                        if a.is_empty()
                            && Some(p) == va_index
                            && res.last().is_some_and(|r| r.is_punct(","))
                        {
                            res.pop();
                        }
                        a
                    }
                    None => vec![body[j].clone()],
                };
                i = j + 1;
                let mut rhs = rhs.into_iter();
                let Some(first) = rhs.next() else { continue };
                match res.pop() {
                    Some(lhs) if !is_placemarker(&lhs) => {
                        let pasted = self.paste(&lhs, &first);
                        res.extend(pasted);
                    }
                    _ => res.push(first),
                }
                res.extend(rhs);
                continue;
            }
            if t.kind == Kind::Ident {
                if let Some(p) = m.param_index(&t.text) {
                    let before_paste = next_nonblank(i + 1).is_some_and(|j| body[j].is_punct("##"));
                    let arg = args.get(p).map_or(&[][..], |a| a);
                    if before_paste {
                        let a = trim_blanks(arg);
                        if a.is_empty() {
                            res.push(placemarker(t));
                        } else {
                            res.extend(a.iter().cloned());
                        }
                    } else {
                        if expanded_args[p].is_none() {
                            let e = self.expand_all(trim_blanks(arg).to_vec(), depth + 1);
                            expanded_args[p] = Some(e);
                        }
                        if let Some(e) = &expanded_args[p] {
                            res.extend(e.iter().cloned());
                        }
                    }
                    i += 1;
                    continue;
                }
            }
            res.push(t.clone());
            i += 1;
        }
        self.finish_expansion(res, m, site)
    }

    /// Gives expansion tokens their origin, hide set and line starts.
    fn finish_expansion(&mut self, res: Vec<Tok>, m: &Macro, site: &Site) -> Vec<Tok> {
        let mut out = Vec::with_capacity(res.len());
        let mut bol = site.name_tok.bol;
        for mut t in res {
            if is_placemarker(&t) {
                continue;
            }
            t.file = site.file;
            t.start = site.start;
            t.len = site.len;
            t.expanded = true;
            t.hide = super::hideset::union(&t.hide, &site.hide);
            let blank = matches!(t.kind, Kind::Space | Kind::Comment);
            if m.swig {
                // A body token that starts a line of the definition still does.
                t.bol = (bol || t.bol) && !blank && t.kind != Kind::Newline;
                if t.kind == Kind::Newline {
                    bol = true;
                } else if !blank {
                    bol = false;
                }
            } else {
                t.bol = false;
                if t.kind == Kind::Newline {
                    t.kind = Kind::Space;
                    t.text = Rc::from(" ");
                }
            }
            out.push(t);
        }
        join_verbatim(out)
    }
}
