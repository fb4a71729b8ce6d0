//! Stage 1, preprocess: macro invocation. Recognizes a macro use, collects
//! its arguments, substitutes and pushes the result back for rescanning,
//! within the work and depth bounds.

use super::engine::{Pp, Reach, Src};
use super::hideset;
use super::lexer::{Kind, Tok};
use super::macros::{Builtin, Site};
use std::rc::Rc;

impl Pp<'_> {
    /// Expands `t` if it names a macro (pushing the expansion onto the
    /// stack and returning `None`); otherwise returns it.
    pub fn try_expand(&mut self, stack: &mut Vec<Src>, t: Tok, depth: usize) -> Option<Tok> {
        if self.aborted || t.hidden_by(&t.text) {
            return Some(t);
        }
        let Some(m) = self.macros.get(&t.text).cloned() else {
            return Some(t);
        };
        let reach = Reach::File;
        let (args, end_tok) = if m.params.is_some() {
            // Look for `(`, across blanks and newlines.
            let mut skipped = Vec::new();
            let found = loop {
                match self.next_raw(stack, reach) {
                    Some(n) if matches!(n.kind, Kind::Space | Kind::Comment | Kind::Newline) => {
                        skipped.push(n)
                    }
                    Some(n) if n.is_punct("(") => break Some(n),
                    Some(n) => {
                        skipped.push(n);
                        break None;
                    }
                    None => break None,
                }
            };
            if found.is_none() {
                Self::push_back(stack, skipped);
                return Some(t);
            }
            match self.collect_args(stack, &t, found) {
                Ok(x) => x,
                Err(consumed) => {
                    Self::push_back(stack, consumed);
                    return Some(t);
                }
            }
        } else {
            (Vec::new(), None)
        };
        let (file, start, len) = if t.expanded {
            (t.file, t.start, t.len)
        } else {
            let end = end_tok
                .as_ref()
                .filter(|e| !e.expanded && e.file == t.file && e.start >= t.start)
                .map_or(t.start + t.len, |e| e.start + e.len);
            (t.file, t.start, end - t.start)
        };
        let Some(params) = &m.params else {
            return self.expand_with(stack, &m, &[], t, (file, start, len), None, depth);
        };
        // Check the argument count.
        let mut args = args;
        let n = params.len();
        if n == 0
            && args.len() == 1
            && args[0]
                .iter()
                .all(|a| a.is_blank() || a.kind == Kind::Newline)
        {
            args.clear();
        }
        if m.variadic && args.len() == n - 1 {
            args.push(Vec::new());
        }
        let ok = if m.variadic {
            args.len() >= n
        } else {
            args.len() == n
        };
        if !ok {
            let span = crate::source::Span {
                file,
                start,
                end: start + len,
            };
            self.diags.error(
                span,
                format!(
                    "macro '{}' requires {} argument{}, but {} given",
                    m.name,
                    if m.variadic { n - 1 } else { n },
                    if n == 1 { "" } else { "s" },
                    args.len()
                ),
            );
            return None;
        }
        if m.variadic && args.len() > n {
            // Join the extra arguments into the variadic one.
            let mut rest: Vec<Tok> = Vec::new();
            let comma = end_tok.clone();
            for (k, a) in args.drain(n - 1..).enumerate() {
                if k > 0 {
                    if let Some(c) = &comma {
                        let mut c = c.clone();
                        c.text = Rc::from(",");
                        rest.push(c);
                    }
                }
                rest.extend(a);
            }
            args.push(rest);
        }
        let rp_hide = end_tok.and_then(|e| e.hide);
        self.expand_with(
            stack,
            &m,
            &args,
            t,
            (file, start, len),
            Some(rp_hide),
            depth,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn expand_with(
        &mut self,
        stack: &mut Vec<Src>,
        m: &super::macros::Macro,
        args: &[Vec<Tok>],
        t: Tok,
        (file, start, len): (crate::source::FileId, u32, u32),
        rp_hide: Option<super::lexer::HideSet>,
        depth: usize,
    ) -> Option<Tok> {
        let base = match &rp_hide {
            Some(rh) => hideset::intersection(&t.hide, rh),
            None => t.hide.clone(),
        };
        if hideset::len(&base) >= self.limits.max_nested_macros {
            self.diags.error(
                t.span_site(file, start, len),
                format!(
                    "macro expansion of '{}' nested too deeply (more than {} macros expanding \
                     inside one another)",
                    m.name, self.limits.max_nested_macros
                ),
            );
            self.aborted = true;
            return None;
        }
        let hide = hideset::with(&base, &m.name);
        // Copying the hide set costs as much as making its tokens.
        self.work += hideset::len(&hide) as u64;
        let site = Site {
            name_tok: t.clone(),
            file,
            start,
            len,
            hide,
        };
        let result = match m.builtin {
            Some(b) => {
                let mut r = t.clone();
                r.file = file;
                r.start = start;
                r.len = len;
                r.expanded = true;
                r.bol = false;
                let sf = self.sm.get(file);
                match b {
                    Builtin::Line => {
                        r.kind = Kind::Number;
                        r.text = Rc::from(sf.line_col(start).0.to_string().as_str());
                    }
                    Builtin::File => {
                        r.kind = Kind::Str;
                        let name = sf.name.replace('\\', "\\\\").replace('"', "\\\"");
                        r.text = Rc::from(format!("\"{name}\"").as_str());
                    }
                }
                vec![r]
            }
            None => self.substitute(m, args, &site, depth),
        };
        if self.aborted {
            return None;
        }
        self.work += result.len() as u64 + 1;
        let toks_depth = stack.len();
        if self.work > self.limits.max_work {
            self.diags.error(
                t.span_site(file, start, len),
                format!(
                    "macro expansion is too large (more than {} tokens)",
                    self.limits.max_work
                ),
            );
            self.aborted = true;
            return None;
        }
        if toks_depth > self.limits.max_expansion_depth {
            self.diags.error(
                t.span_site(file, start, len),
                format!("macro expansion of '{}' nested too deeply", m.name),
            );
            self.aborted = true;
            return None;
        }
        Self::push_expansion(stack, result);
        None
    }

    /// After `%`: if the next token makes a `%name` macro, consumes it and
    /// returns the joined name token.
    pub fn percent_macro(&mut self, stack: &mut Vec<Src>, pct: &Tok) -> Option<Tok> {
        let n = self.peek_raw(stack, Reach::Source)?;
        if n.kind != Kind::Ident {
            return None;
        }
        let name = format!("%{}", n.text);
        if !self.macros.contains_key(name.as_str()) {
            return None;
        }
        let _ = self.next_raw(stack, Reach::Source);
        let mut c = n.clone();
        c.text = Rc::from(name.as_str());
        c.bol = pct.bol;
        if !pct.expanded && !n.expanded && pct.file == n.file && n.start >= pct.start {
            c.start = pct.start;
            c.len = n.start + n.len - pct.start;
        }
        Some(c)
    }

    /// Reads the arguments of a macro call after `(`. On error, returns
    /// the tokens consumed so they can be put back.
    #[allow(clippy::type_complexity)]
    fn collect_args(
        &mut self,
        stack: &mut Vec<Src>,
        name: &Tok,
        lparen: Option<Tok>,
    ) -> Result<(Vec<Vec<Tok>>, Option<Tok>), Vec<Tok>> {
        let mut consumed: Vec<Tok> = lparen.into_iter().collect();
        let mut args: Vec<Vec<Tok>> = vec![Vec::new()];
        let mut depth = 0usize;
        loop {
            let Some(mut n) = self.next_raw(stack, Reach::File) else {
                self.diags.error(
                    name.span(),
                    format!("unterminated argument list invoking macro '{}'", name.text),
                );
                return Err(consumed);
            };
            // Directives inside the arguments act as usual (#ifdef ...).
            if n.bol && !n.expanded && n.is_punct("#") {
                self.hash_directive(stack, n);
                continue;
            }
            if self.skipping() {
                continue;
            }
            consumed.push(n.clone());
            // Collected arguments are copied and rescanned: they count
            // as work like the tokens an expansion makes.
            self.work += 1;
            if self.work > self.limits.max_work {
                self.diags.error(
                    name.span(),
                    format!(
                        "macro expansion is too large (more than {} tokens)",
                        self.limits.max_work
                    ),
                );
                self.aborted = true;
                return Err(consumed);
            }
            if n.is_punct("(") {
                depth += 1;
            } else if n.is_punct(")") {
                if depth == 0 {
                    return Ok((args, Some(n)));
                }
                depth -= 1;
            } else if n.is_punct(",") && depth == 0 {
                args.push(Vec::new());
                continue;
            }
            if n.kind == Kind::Newline {
                n.kind = Kind::Space;
                n.text = Rc::from(" ");
            }
            n.bol = false;
            if let Some(a) = args.last_mut() {
                a.push(n);
            }
        }
    }

    /// Fully macro-expands a token list on its own (arguments, `#if`
    /// expressions, `#define` bodies).
    pub fn expand_all(&mut self, toks: Vec<Tok>, depth: usize) -> Vec<Tok> {
        if depth > self.limits.max_arg_depth {
            if let Some(t) = toks.first() {
                self.diags
                    .error(t.span(), "macro arguments nested too deeply");
            }
            self.aborted = true;
            return toks;
        }
        let mut st: Vec<Src> = Vec::new();
        Self::push_back(&mut st, toks);
        let mut out = Vec::new();
        while let Some(t) = self.next_raw(&mut st, Reach::File) {
            if self.aborted {
                break;
            }
            let t = if t.is_punct("%") {
                self.percent_macro(&mut st, &t).unwrap_or(t)
            } else {
                t
            };
            if t.kind == Kind::Ident {
                if let Some(t) = self.try_expand(&mut st, t, depth) {
                    out.push(t);
                }
            } else {
                out.push(t);
            }
        }
        out
    }
}

impl Tok {
    fn span_site(&self, file: crate::source::FileId, start: u32, len: u32) -> crate::source::Span {
        crate::source::Span {
            file,
            start,
            end: start + len,
        }
    }
}
