//! Stage 2, parse: span maps for text parsed out of a larger text
//! (the content of an `%inline` block).

use crate::source::{Span, SpanMap};

/// Maps offsets in a piece of text that starts at byte `offset` of the
/// text `inner` maps.
pub struct OffsetSpans<'a> {
    pub inner: &'a dyn SpanMap,
    pub offset: usize,
}

impl SpanMap for OffsetSpans<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        self.inner.span(self.offset + start, self.offset + end)
    }
}
