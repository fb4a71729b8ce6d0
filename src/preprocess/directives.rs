//! Stage 1, preprocess: directives. `#define`/`#undef`, the conditionals,
//! `#error`/`#warning`/`#line`/`#pragma`/`#include`, and SWIG's `%define`
//! ... `%enddef`, `%include` and `%import`.

use super::engine::{Cond, Pp, Reach, Src};
use super::lexer::{Kind, Tok};
use super::macros::{split_verbatim, Macro};
use crate::diag::Diagnostic;
use crate::source::Span;
use std::rc::Rc;

fn count_newlines(toks: &[Tok]) -> usize {
    toks.iter()
        .filter(|t| !t.expanded)
        .map(|t| t.text.matches('\n').count())
        .sum()
}

fn skip_blanks(toks: &[Tok], mut i: usize) -> usize {
    while i < toks.len() && toks[i].is_blank() {
        i += 1;
    }
    i
}

impl Pp<'_> {
    pub fn is_percent_directive(&self, name: &str) -> bool {
        matches!(name, "define" | "enddef" | "include" | "import")
    }

    /// Reads the rest of a directive line, including its newline.
    fn read_line(&mut self, stack: &mut Vec<Src>) -> Vec<Tok> {
        let mut v = Vec::new();
        while let Some(t) = self.next_raw(stack, Reach::Source) {
            let nl = t.kind == Kind::Newline;
            v.push(t);
            if nl {
                break;
            }
        }
        v
    }

    /// Handles a `#` directive line starting at `hash`.
    pub fn hash_directive(&mut self, stack: &mut Vec<Src>, hash: Tok) {
        let line = self.read_line(stack);
        let nl = count_newlines(&line);
        let i = skip_blanks(&line, 0);
        let Some(name_tok) = line.get(i).filter(|t| t.kind == Kind::Ident).cloned() else {
            self.out.newlines(nl, hash.file, hash.start);
            return;
        };
        let rest: Vec<Tok> = line[i + 1..]
            .iter()
            .filter(|t| t.kind != Kind::Newline)
            .cloned()
            .collect();
        let name: &str = &name_tok.text;
        match name {
            "if" | "ifdef" | "ifndef" | "elif" | "else" | "endif" => {
                let base = stack
                    .iter()
                    .rev()
                    .find_map(|s| match s {
                        Src::File(f) => Some(f.cond_base),
                        Src::Toks(..) => None,
                    })
                    .unwrap_or(0);
                if name != "if" && name != "ifdef" && name != "ifndef" && self.conds.len() <= base {
                    let span = hash.span().to(name_tok.span());
                    self.diags.error(span, format!("#{name} without #if"));
                } else {
                    self.conditional(name, &hash, &name_tok, &rest);
                }
                self.out.newlines(nl, hash.file, hash.start);
                return;
            }
            _ if self.skipping() => return,
            _ => {}
        }
        match name {
            "define" => {
                if let Some(m) = self.parse_define(&name_tok, &rest, false) {
                    let object_like = m.params.is_none() && !m.body.is_empty();
                    let m = Rc::new(m);
                    self.macros.insert(m.name.clone(), m.clone());
                    if object_like {
                        self.emit_define(&hash, &line[..i + 1], &rest, &m);
                        self.out.newlines(nl, hash.file, hash.start);
                        return;
                    }
                }
            }
            "undef" => {
                let j = skip_blanks(&rest, 0);
                match macro_name_at(&rest, j) {
                    Some(n) => {
                        self.macros.remove(&n.text);
                    }
                    None => self
                        .diags
                        .error(name_tok.span(), "macro name missing in #undef"),
                }
            }
            "error" | "warning" => {
                let msg = line_text(&rest);
                if name == "error" && self.error_as_warning {
                    self.diags.warning(
                        205,
                        hash.span().to(name_tok.span()),
                        format!("#error {msg}"),
                    );
                } else if name == "error" {
                    self.diags.push(Diagnostic::error(
                        hash.span().to(name_tok.span()),
                        format!("#error {msg}"),
                    ));
                } else {
                    self.diags.warning(
                        204,
                        hash.span().to(name_tok.span()),
                        format!("#warning {msg}"),
                    );
                }
            }
            "pragma" => self.pragma(&rest),
            "include" if self.opts.include_all || self.opts.import_all => {
                self.out.newlines(nl, hash.file, hash.start);
                let import = !self.opts.include_all;
                let at = hash.span().to(name_tok.span());
                self.include_directive_at(stack, at, &rest, import, true);
                return;
            }
            _ => {}
        }
        self.out.newlines(nl, hash.file, hash.start);
    }

    /// Writes `#define NAME body` with the body's macros expanded.
    fn emit_define(&mut self, hash: &Tok, head: &[Tok], rest: &[Tok], m: &Macro) {
        self.out.push_tok(hash);
        for t in head {
            if t.kind != Kind::Newline {
                let mut t = t.clone();
                if t.is_blank() {
                    t.text = Rc::from(" ");
                    t.kind = Kind::Space;
                }
                self.out.push_tok(&t);
            }
        }
        let j = skip_blanks(rest, 0);
        if let Some(n) = rest.get(j) {
            self.out.push(" ", n.file, n.start, 0, n.expanded);
            self.out.push_tok(n);
        }
        self.out.push(" ", hash.file, hash.start, 0, false);
        // Expand the body on a bounded budget; print it raw if too big.
        let saved = (self.work, self.limits.max_work);
        self.work = 0;
        self.limits.max_work = self.limits.max_define_work;
        let saved_diags = std::mem::take(self.diags);
        // Expanded as the macro's own use would be: its name is in the
        // hide set, so a self-reference stays unexpanded (C's rule).
        let painted: Vec<Tok> = m
            .body
            .iter()
            .map(|t| {
                let mut t = t.clone();
                t.hide = super::hideset::with(&t.hide, &m.name);
                t
            })
            .collect();
        let body = self.expand_all(painted, 1);
        let failed = self.aborted;
        let _ = std::mem::replace(self.diags, saved_diags);
        self.aborted = false;
        self.work = saved.0;
        self.limits.max_work = saved.1;
        let body = if failed { m.body.clone() } else { body };
        for t in &body {
            self.out.push_tok(t);
        }
    }

    /// Parses a macro definition: `NAME`, `NAME(params)`, then the body.
    pub fn parse_define(&mut self, at: &Tok, toks: &[Tok], swig: bool) -> Option<Macro> {
        let mut i = skip_blanks(toks, 0);
        // SWIG macro names may start with `%` (`%define %name`, `#define %arg`).
        let percent_name = percent_macro_name(toks, i);
        if percent_name.is_some() {
            i += 1;
        }
        let Some(name) = percent_name
            .as_ref()
            .or_else(|| toks.get(i).filter(|t| t.kind == Kind::Ident))
        else {
            let span = toks.get(i).map_or(at.span(), |t| t.span());
            self.diags.error(span, "macro names must be identifiers");
            return None;
        };
        if &*name.text == "defined" {
            self.diags
                .error(name.span(), "'defined' cannot be used as a macro name");
            return None;
        }
        let mut j = i + 1;
        let mut params = None;
        let mut variadic = false;
        if toks.get(j).is_some_and(|t| t.is_punct("(")) {
            let mut ps: Vec<Rc<str>> = Vec::new();
            j += 1;
            loop {
                j = skip_blanks(toks, j);
                let Some(t) = toks.get(j) else {
                    self.diags
                        .error(name.span(), "missing ')' in macro parameter list");
                    return None;
                };
                if t.is_punct(")") {
                    j += 1;
                    break;
                }
                if t.is_punct("...") {
                    ps.push(Rc::from("__VA_ARGS__"));
                    variadic = true;
                    j += 1;
                } else if t.kind == Kind::Ident {
                    ps.push(t.text.clone());
                    j += 1;
                    let k = skip_blanks(toks, j);
                    if toks.get(k).is_some_and(|t| t.is_punct("...")) {
                        variadic = true;
                        j = k + 1;
                    }
                } else if swig && t.kind != Kind::Punct {
                    // SWIG lets %define parameters be odd words; keep going.
                    j += 1;
                    continue;
                } else {
                    self.diags.error(
                        t.span(),
                        format!("invalid token '{}' in macro parameter list", t.text),
                    );
                    return None;
                }
                j = skip_blanks(toks, j);
                match toks.get(j) {
                    Some(t) if t.is_punct(",") && !variadic => j += 1,
                    Some(t) if t.is_punct(")") => {}
                    Some(t) => {
                        self.diags
                            .error(t.span(), "expected ',' or ')' in macro parameter list");
                        return None;
                    }
                    None => {}
                }
            }
            params = Some(ps);
        }
        let body: Vec<Tok> = if swig {
            let b = &toks[j.min(toks.len())..];
            let s = b
                .iter()
                .position(|t| !t.is_blank() && t.kind != Kind::Newline)
                .unwrap_or(b.len());
            let e = b
                .iter()
                .rposition(|t| !t.is_blank() && t.kind != Kind::Newline)
                .map_or(s, |e| e + 1);
            b[s..e.max(s)].iter().map(strip_hide).collect()
        } else {
            let mut v: Vec<Tok> = Vec::new();
            for t in &toks[j.min(toks.len())..] {
                if t.is_blank() || t.kind == Kind::Newline {
                    if !v.is_empty() && !v.last().is_some_and(|l: &Tok| l.kind == Kind::Space) {
                        let mut s = t.clone();
                        s.kind = Kind::Space;
                        s.text = Rc::from(" ");
                        v.push(s);
                    }
                } else {
                    let mut t = strip_hide(t);
                    t.bol = false;
                    v.push(t);
                }
            }
            if v.last().is_some_and(|l| l.kind == Kind::Space) {
                v.pop();
            }
            v
        };
        let body = split_verbatim(body, self.diags);
        Some(Macro {
            name: name.text.clone(),
            params,
            variadic,
            body,
            swig,
            span: name.span(),
            builtin: None,
        })
    }

    /// `#if` and friends.
    fn conditional(&mut self, name: &str, hash: &Tok, name_tok: &Tok, rest: &[Tok]) {
        let span = hash.span().to(name_tok.span());
        match name {
            "if" | "ifdef" | "ifndef" => {
                if self.conds.len() >= self.limits.max_cond_depth {
                    self.diags
                        .error(span, "conditional directives nested too deeply");
                    self.conds.push(Cond {
                        span,
                        parent_active: false,
                        taken: true,
                        active: false,
                        else_seen: false,
                    });
                    return;
                }
                let parent_active = !self.skipping();
                let value = parent_active && self.condition_value(name, name_tok, rest);
                self.conds.push(Cond {
                    span,
                    parent_active,
                    taken: value,
                    active: value,
                    else_seen: false,
                });
            }
            "elif" => {
                let Some(c) = self.conds.last().cloned() else {
                    self.diags.error(span, "#elif without #if");
                    return;
                };
                if c.else_seen {
                    self.diags.error(span, "#elif after #else");
                }
                let value =
                    c.parent_active && !c.taken && self.condition_value("if", name_tok, rest);
                if let Some(c) = self.conds.last_mut() {
                    c.active = value;
                    c.taken |= value;
                }
            }
            "else" => {
                let Some(c) = self.conds.last_mut() else {
                    self.diags.error(span, "#else without #if");
                    return;
                };
                if c.else_seen {
                    let d = Diagnostic::error(span, "#else after #else");
                    self.diags.push(d);
                    return;
                }
                c.else_seen = true;
                c.active = c.parent_active && !c.taken;
                c.taken = true;
            }
            _ => {
                if self.conds.pop().is_none() {
                    self.diags.error(span, "#endif without #if");
                }
            }
        }
    }

    fn condition_value(&mut self, kind: &str, name_tok: &Tok, rest: &[Tok]) -> bool {
        if kind == "if" {
            return self.eval_condition(name_tok, rest);
        }
        let i = skip_blanks(rest, 0);
        match macro_name_at(rest, i) {
            Some(n) => self.macros.contains_key(&n.text) == (kind == "ifdef"),
            None => {
                self.diags.error(
                    name_tok.span(),
                    format!("no macro name given in #{kind} directive"),
                );
                false
            }
        }
    }

    /// Handles `%define`, `%enddef`, `%include`, `%import` (after `%`).
    pub fn percent_directive(&mut self, stack: &mut Vec<Src>, pct: Tok, name: Tok) {
        let span = Span {
            file: pct.file,
            start: pct.start,
            end: name.start + name.len,
        };
        let span = if pct.expanded { pct.span() } else { span };
        match &*name.text {
            "define" => {
                let mut toks = Vec::new();
                let mut ended = false;
                // Bodies may hold nested `%define ... %enddef` pairs.
                let mut nested = 0usize;
                while let Some(t) = self.next_raw(stack, Reach::Source) {
                    let after_pct = toks.last().is_some_and(|p: &Tok| p.is_punct("%"));
                    if after_pct && t.is(Kind::Ident, "define") {
                        nested += 1;
                    } else if after_pct && t.kind == Kind::Ident && &*t.text == "enddef" {
                        if nested == 0 {
                            toks.pop();
                            ended = true;
                            break;
                        }
                        nested -= 1;
                    }
                    toks.push(t);
                }
                if !ended {
                    self.diags.error(span, "%define without matching %enddef");
                }
                let nl = count_newlines(&toks);
                if let Some(m) = self.parse_define(&name, &toks, true) {
                    self.macros.insert(m.name.clone(), Rc::new(m));
                }
                self.out.newlines(nl, pct.file, pct.start);
            }
            "enddef" => self.diags.error(span, "%enddef without %define"),
            "include" | "import" => {
                let rest = self.read_include_args(stack);
                let import = &*name.text == "import";
                self.include_directive_at(stack, span, &rest, import, false);
            }
            _ => {}
        }
    }

    /// Reads `(options) "file"` or `<file>` after `%include`.
    fn read_include_args(&mut self, stack: &mut Vec<Src>) -> Vec<Tok> {
        let mut v = Vec::new();
        let mut depth = 0usize;
        let mut angle = false;
        while let Some(t) = self.next_raw(stack, Reach::Source) {
            let done = match t.kind {
                Kind::Newline => {
                    Self::push_back(stack, vec![t]);
                    break;
                }
                Kind::Str | Kind::Verbatim if depth == 0 && !angle => true,
                Kind::Punct if &*t.text == "(" => {
                    depth += 1;
                    false
                }
                Kind::Punct if &*t.text == ")" => {
                    depth = depth.saturating_sub(1);
                    false
                }
                Kind::Punct if &*t.text == "<" && depth == 0 => {
                    angle = true;
                    false
                }
                Kind::Punct if &*t.text == ">" && angle => true,
                _ => false,
            };
            v.push(t);
            if done {
                break;
            }
        }
        v
    }
}

impl Pp<'_> {
    /// `#pragma SWIG nowarn=LIST` and `#pragma SWIG cpperraswarn=0|1`;
    /// other pragmas are ignored.
    fn pragma(&mut self, rest: &[Tok]) {
        let text = line_text(rest);
        let Some(arg) = text.strip_prefix("SWIG") else {
            return;
        };
        let arg: String = arg.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(list) = arg.strip_prefix("nowarn=") {
            for w in list.split(',') {
                if let Some(n) = crate::warnings::warning_number(w) {
                    self.diags.policy.suppressed.push(n);
                }
            }
        } else if let Some(v) = arg.strip_prefix("cpperraswarn=") {
            self.error_as_warning = v != "0";
        }
    }
}

/// `%` directly followed by an identifier at `i`, joined into one name.
pub fn percent_macro_name(toks: &[Tok], i: usize) -> Option<Tok> {
    let pct = toks.get(i).filter(|t| t.is_punct("%"))?;
    let n = toks.get(i + 1).filter(|t| t.kind == Kind::Ident)?;
    let mut c = n.clone();
    c.text = Rc::from(format!("%{}", n.text).as_str());
    if !pct.expanded && !n.expanded && n.start >= pct.start {
        c.start = pct.start;
        c.len = n.start + n.len - pct.start;
    }
    Some(c)
}

/// The macro name at `i`: an identifier or a `%name`.
pub fn macro_name_at(toks: &[Tok], i: usize) -> Option<Tok> {
    percent_macro_name(toks, i).or_else(|| toks.get(i).filter(|t| t.kind == Kind::Ident).cloned())
}

fn strip_hide(t: &Tok) -> Tok {
    let mut t = t.clone();
    t.hide = None;
    t
}

/// The text of a directive's tokens, blanks squeezed.
pub fn line_text(toks: &[Tok]) -> String {
    let mut s = String::new();
    for t in toks {
        if t.is_blank() {
            if !s.is_empty() && !s.ends_with(' ') {
                s.push(' ');
            }
        } else {
            s.push_str(&t.text);
        }
    }
    s.trim().to_string()
}
