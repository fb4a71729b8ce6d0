//! Stage 2, parse: the pest grammar (`grammar/*.pest`) turns preprocessed
//! text into the spanned AST of `crate::ast`.
//!
//! The text is parsed one item at a time (`Rule::item`), so that a syntax
//! error is reported and the parser resynchronises at the next `;`, `}` or
//! directive line: one run reports every error it can.

mod dump;
mod errors;
mod grammar;
mod lower;
mod lower_decl;
mod lower_directive;
mod lower_expr;
mod lower_item;
mod recover;
mod spans;
mod text;

#[cfg(test)]
mod tests;

pub use dump::dump_interface;
pub use spans::OffsetSpans;

use crate::ast::{Interface, Item};
use crate::diag::Diagnostics;
use crate::preprocess::Preprocessed;
use crate::source::SpanMap;
use grammar::{CParser, Rule};
use lower::Lower;
use pest::Parser as _;

/// Deepest bracket nesting accepted in one item.
pub const MAX_NESTING: usize = 256;

/// Runs `f` with at least 1 MiB of stack left, growing the stack on the
/// heap when needed: pest and the lowering recurse once per nesting level.
pub(crate) fn with_stack<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(1024 * 1024, 16 * 1024 * 1024, f)
}

/// Parses a whole preprocessed interface. Syntax errors are reported with
/// spans mapped through `spans`; the parser recovers at the next `;` or
/// directive so that one run reports every error it can.
///
/// The declarations of an `%inline %{ ... %}` block are parsed from its raw
/// content; [`parse_preprocessed`] parses them from the preprocessed
/// content instead, as SWIG does.
pub fn parse_interface(text: &str, spans: &dyn SpanMap, diags: &mut Diagnostics) -> Interface {
    Interface {
        items: parse_items(text, spans, None, diags),
    }
}

/// Parses the preprocessor's output, taking the declarations of each
/// `%inline` block from its preprocessed content (macros defined in or
/// before the block expanded, conditionals resolved).
pub fn parse_preprocessed(pp: &Preprocessed, diags: &mut Diagnostics) -> Interface {
    Interface {
        items: parse_items(&pp.text, &pp.origins, Some(pp), diags),
    }
}

/// Where the parser finds the preprocessed content of `%inline` blocks.
pub trait InlineSource {
    /// The preprocessed content of the `%inline` block whose raw content
    /// starts at byte `raw_start` of the parsed text, with its span map.
    fn preprocessed_inline(&self, raw_start: usize) -> Option<(&str, &dyn SpanMap)>;
}

impl InlineSource for Preprocessed {
    fn preprocessed_inline(&self, raw_start: usize) -> Option<(&str, &dyn SpanMap)> {
        self.inline_block_at(raw_start)
            .map(|b| (b.text.as_str(), &b.origins as &dyn SpanMap))
    }
}

/// Parses `text` as a sequence of items (the top level, or the content of
/// an `%inline` block).
pub(crate) fn parse_items(
    text: &str,
    spans: &dyn SpanMap,
    inline: Option<&dyn InlineSource>,
    diags: &mut Diagnostics,
) -> Vec<Item> {
    let mut items = Vec::new();
    let mut pos = 0;
    loop {
        pos = recover::skip_trivia(text, pos);
        if pos >= text.len() {
            break;
        }
        let extent = recover::item_extent(text, pos, MAX_NESTING);
        if let Some(deep) = extent.too_deep {
            errors::report_too_deep(deep, spans, diags);
            pos = extent.end.max(pos + 1);
            continue;
        }
        let input = &text[pos..];
        let parsed = with_stack(|| CParser::parse(Rule::item, input));
        match parsed {
            Ok(mut pairs) => {
                let Some(pair) = pairs.next() else {
                    pos = extent.end.max(pos + 1);
                    continue;
                };
                let end = pos + pair.as_span().end();
                if let Some(deep) = recover::too_deep(text, pos, end, MAX_NESTING) {
                    errors::report_too_deep(deep, spans, diags);
                } else {
                    let lower = Lower::new(spans, pos, inline, diags);
                    with_stack(|| lower.lower_item(pair, &mut items));
                }
                pos = end.max(pos + 1);
            }
            Err(e) => {
                let at = errors::report_syntax_error(e, text, pos, spans, diags);
                pos = recover::resync(text, pos, at).max(pos + 1);
            }
        }
        while !text.is_char_boundary(pos.min(text.len())) {
            pos += 1;
        }
    }
    items
}
