//! Stage 1, preprocess: the engine's state, its input stack (files and
//! pending macro expansions) and the main loop that routes each token to
//! a directive, a macro expansion or the output.

use super::lexer::{Kind, Lexer, Tok};
use super::macros::Macro;
use super::output::Output;
use super::{Limits, PreprocessOptions};
use crate::diag::Diagnostics;
use crate::source::{FileId, SourceMap, Span};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// An open file on the input stack.
#[derive(Debug)]
pub struct FileSrc {
    pub lexer: Lexer,
    /// Conditional-stack depth when the file was entered.
    pub cond_base: usize,
    /// Whether `SWIGIMPORTED` was defined on entering (undefined on leaving).
    pub defined_imported: bool,
}

/// One level of the input stack.
#[derive(Debug)]
pub enum Src {
    File(FileSrc),
    /// Pending tokens, in reverse order (the next one is last). The flag
    /// is set for tokens put back after a look-ahead (which a directive
    /// line may continue through), clear for a macro expansion.
    Toks(Vec<Tok>, bool),
}

/// How far `next_raw` may go down the input stack.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Stay in the source on top of the stack.
    Source,
    /// Leave finished expansions, but not the current file.
    File,
}

/// One `#if` level.
#[derive(Debug, Clone)]
pub struct Cond {
    pub span: Span,
    /// Whether the enclosing text is being kept.
    pub parent_active: bool,
    /// Whether some branch was already taken.
    pub taken: bool,
    pub active: bool,
    pub else_seen: bool,
}

pub struct Pp<'a> {
    pub sm: &'a mut SourceMap,
    pub opts: &'a PreprocessOptions,
    pub diags: &'a mut Diagnostics,
    pub limits: Limits,
    pub macros: HashMap<Rc<str>, Rc<Macro>>,
    pub out: Output,
    pub conds: Vec<Cond>,
    /// Keys of files already included (canonical path or library name).
    pub included: HashSet<String>,
    /// The file each key was read into.
    pub included_ids: HashMap<String, FileId>,
    /// Every `%import` seen, in order.
    pub imports: Vec<super::Import>,
    pub files: Vec<FileId>,
    /// Tokens produced by macro expansion so far.
    pub work: u64,
    /// Set when a bound was hit inside an expansion; pending expansion
    /// tokens are dropped and expansion stops unwinding.
    pub aborted: bool,
    /// `#pragma SWIG cpperraswarn=1`: `#error` only warns.
    pub error_as_warning: bool,
    /// `%inline %{ ... %}` blocks seen: output offset of the content, and
    /// the verbatim token (preprocessed again at the end, as SWIG does).
    pub inline_pending: Vec<(usize, Tok)>,
    /// False while re-preprocessing an inline block.
    pub record_inline: bool,
}

impl Pp<'_> {
    pub fn skipping(&self) -> bool {
        self.conds.last().is_some_and(|c| !c.active)
    }

    /// The next token on the stack, without expansion or directives.
    /// Returns `None` at the end of the reachable input.
    pub fn next_raw(&mut self, stack: &mut Vec<Src>, reach: Reach) -> Option<Tok> {
        loop {
            let top = stack.last_mut()?;
            match top {
                Src::Toks(v, pushed_back) => {
                    if let Some(t) = v.pop() {
                        return Some(t);
                    }
                    if reach == Reach::Source && !*pushed_back {
                        return None;
                    }
                    stack.pop();
                }
                Src::File(f) => return f.lexer.next_tok(self.diags),
            }
        }
    }

    /// Puts tokens back so they are read next, in order.
    pub fn push_back(stack: &mut Vec<Src>, toks: Vec<Tok>) {
        Self::push_toks(stack, toks, true);
    }

    /// Pushes a macro expansion to be read next.
    pub fn push_expansion(stack: &mut Vec<Src>, toks: Vec<Tok>) {
        Self::push_toks(stack, toks, false);
    }

    fn push_toks(stack: &mut Vec<Src>, mut toks: Vec<Tok>, pushed_back: bool) {
        if toks.is_empty() {
            return;
        }
        toks.reverse();
        // Drop finished expansions so the stack does not grow needlessly.
        while matches!(stack.last(), Some(Src::Toks(v, _)) if v.is_empty()) {
            stack.pop();
        }
        stack.push(Src::Toks(toks, pushed_back));
    }

    /// Looks at the next raw token without consuming it.
    pub fn peek_raw(&mut self, stack: &mut Vec<Src>, reach: Reach) -> Option<Tok> {
        let t = self.next_raw(stack, reach)?;
        Self::push_back(stack, vec![t.clone()]);
        Some(t)
    }

    /// The id of the file on top of the stack.
    pub fn current_file(stack: &[Src]) -> Option<FileId> {
        stack.iter().rev().find_map(|s| match s {
            Src::File(f) => Some(f.lexer.file),
            Src::Toks(..) => None,
        })
    }

    /// Runs until the input stack is empty.
    pub fn run(&mut self, stack: &mut Vec<Src>) {
        loop {
            if self.aborted {
                while matches!(stack.last(), Some(Src::Toks(..))) {
                    stack.pop();
                }
                self.aborted = false;
            }
            let Some(t) = self.next_raw(stack, Reach::File) else {
                match stack.pop() {
                    None => break,
                    Some(Src::File(f)) => self.end_file(f),
                    Some(Src::Toks(..)) => {}
                }
                continue;
            };
            if self.skipping() {
                if t.bol && t.is_punct("#") {
                    self.hash_directive(stack, t);
                }
                continue;
            }
            let here = t.span();
            match t.kind {
                Kind::Punct if t.bol && &*t.text == "#" => self.hash_directive(stack, t),
                Kind::Punct if &*t.text == "%" => {
                    let next = self.peek_raw(stack, Reach::Source);
                    match next {
                        Some(n) if n.kind == Kind::Ident && self.is_percent_directive(&n.text) => {
                            let _ = self.next_raw(stack, Reach::Source);
                            self.percent_directive(stack, t, n);
                        }
                        _ => match self.percent_macro(stack, &t) {
                            Some(name) => {
                                if let Some(n) = self.try_expand(stack, name, 0) {
                                    self.out.push_tok(&n);
                                }
                            }
                            None => self.out.push_tok(&t),
                        },
                    }
                }
                Kind::Ident => {
                    if let Some(t) = self.try_expand(stack, t, 0) {
                        self.out.push_tok(&t);
                    }
                }
                Kind::Verbatim => {
                    self.note_inline_block(&t);
                    self.out.push_tok(&t);
                }
                _ => self.out.push_tok(&t),
            }
            if self.out.text.len() > self.limits.max_output {
                let msg = format!(
                    "preprocessed output is too large (more than {} bytes)",
                    self.limits.max_output
                );
                self.diags.error(here, msg);
                let mut end = self.limits.max_output;
                while !self.out.text.is_char_boundary(end) {
                    end -= 1;
                }
                self.out.text.truncate(end);
                break;
            }
        }
    }

    /// Checks for unterminated conditionals when a file ends.
    pub fn end_file(&mut self, f: FileSrc) {
        while self.conds.len() > f.cond_base {
            if let Some(c) = self.conds.pop() {
                self.diags.error(
                    c.span,
                    "unterminated conditional directive (missing #endif)",
                );
            }
        }
        if f.defined_imported {
            self.macros.remove("SWIGIMPORTED");
        }
    }
}
