//! Stage 2, parse: the lowering context shared by the `lower_*` files:
//! maps pest positions to AST spans and collects diagnostics.

use super::grammar::Rule;
use crate::ast::Ident;
use crate::diag::Diagnostics;
use crate::source::{Span, SpanMap};
use pest::iterators::Pair;
use pest::pratt_parser::PrattParser;

pub type P<'i> = Pair<'i, Rule>;

/// Lowers the pest pairs of one item (parsed from `text[base..]`).
pub struct Lower<'a> {
    pub spans: &'a dyn SpanMap,
    /// Offset of the parsed input in the text `spans` maps.
    pub base: std::cell::Cell<usize>,
    pub diags: std::cell::RefCell<&'a mut Diagnostics>,
    /// The preprocessed content of `%inline` blocks, if known.
    pub inline: Option<&'a dyn super::InlineSource>,
    pub pratt: PrattParser<Rule>,
    /// Items found where the AST has no room for them (directives inside
    /// an enum body): they follow the item being lowered.
    pub hoisted: std::cell::RefCell<Vec<crate::ast::Item>>,
}

impl<'a> Lower<'a> {
    pub fn new(
        spans: &'a dyn SpanMap,
        base: usize,
        inline: Option<&'a dyn super::InlineSource>,
        diags: &'a mut Diagnostics,
    ) -> Lower<'a> {
        Lower {
            spans,
            inline,
            base: std::cell::Cell::new(base),
            diags: std::cell::RefCell::new(diags),
            pratt: super::lower_expr::expr_pratt(),
            hoisted: Default::default(),
        }
    }

    /// The AST span of a pair.
    pub fn span(&self, p: &P) -> Span {
        let s = p.as_span();
        self.spans
            .span(self.base.get() + s.start(), self.base.get() + s.end())
    }

    /// The AST span of a local byte range.
    pub fn range(&self, start: usize, end: usize) -> Span {
        self.spans
            .span(self.base.get() + start, self.base.get() + end)
    }

    pub fn ident(&self, p: &P) -> Ident {
        Ident {
            name: p.as_str().to_string(),
            span: self.span(p),
        }
    }

    pub fn error(&self, span: Span, message: impl Into<String>) {
        self.diags.borrow_mut().error(span, message);
    }
}

/// The first inner pair of a given rule.
pub fn child<'i>(p: &P<'i>, rule: Rule) -> Option<P<'i>> {
    p.clone().into_inner().find(|c| c.as_rule() == rule)
}
