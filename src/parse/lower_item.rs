//! Stage 2, parse: lowering of one item (a declaration, a directive, a
//! kept `#define`) into [`crate::ast::Item`]s.

use super::grammar::{CParser, Rule};
use super::lower::{child, Lower, P};
use crate::ast::{Item, ItemKind};
use pest::Parser as _;

impl Lower<'_> {
    /// Lowers a `Rule::item` pair, appending what it gives to `out`.
    pub fn lower_item(&self, p: P, out: &mut Vec<Item>) {
        for c in p.into_inner() {
            self.lower_item_pair(c, out);
        }
    }

    /// Lowers the pair inside an item or a struct body member.
    pub fn lower_item_pair(&self, p: P, out: &mut Vec<Item>) {
        super::with_stack(|| self.lower_item_pair_inner(p, out))
    }

    fn lower_item_pair_inner(&self, p: P, out: &mut Vec<Item>) {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::item => {
                for c in p.into_inner() {
                    self.lower_item_pair(c, out);
                }
                return;
            }
            Rule::stray_semi | Rule::pp_line | Rule::static_assert => return,
            Rule::define_line => match self.lower_define(p) {
                Some(k) => k,
                None => return,
            },
            Rule::extern_c_block => {
                for c in p.into_inner() {
                    if c.as_rule() != Rule::extern_c {
                        self.lower_item_pair(c, out);
                    }
                }
                return;
            }
            Rule::declaration => ItemKind::Decl(self.lower_declaration(p)),
            Rule::ctor_decl | Rule::dtor_decl => ItemKind::Decl(self.lower_ctor_dtor(p)),
            Rule::inline_dir => {
                out.push(self.lower_inline(p));
                return;
            }
            _ => match self.lower_directive(p) {
                Some(k) => k,
                None => return,
            },
        };
        out.push(Item { kind, span });
        out.append(&mut self.hoisted.borrow_mut());
    }

    /// `#define NAME body`: `value` when the body is a constant expression.
    /// Function-like macros give nothing.
    fn lower_define(&self, p: P) -> Option<ItemKind> {
        if child(&p, Rule::define_params).is_some() {
            return None;
        }
        let name = self.ident(&child(&p, Rule::ident)?);
        let body = child(&p, Rule::define_body)?;
        let raw = body.as_str();
        let text = raw.trim();
        let lead = raw.len() - raw.trim_start().len();
        let start = body.as_span().start() + lead;
        let value = if text.is_empty() {
            None
        } else {
            match CParser::parse(Rule::define_value, text) {
                Ok(mut pairs) => pairs.next().map(|v| {
                    let old = self.base.replace(old_base(self) + start);
                    let e = self.lower_expr(v);
                    self.base.set(old);
                    e
                }),
                Err(_) => None,
            }
        };
        Some(ItemKind::Define {
            name,
            value,
            text: text.to_string(),
        })
    }
}

fn old_base(l: &Lower) -> usize {
    l.base.get()
}
