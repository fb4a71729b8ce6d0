//! Stage 1, preprocess: `%inline %{ ... %}` content. The block is copied
//! verbatim into the output, and its content is also preprocessed again at
//! the end of the run (with the macros known then), as SWIG does before
//! parsing inline code.

use super::engine::{FileSrc, Pp, Src};
use super::lexer::{Kind, Lexer, Tok};
use super::output::Output;
use super::{InlineBlock, OriginMap, Segment};

impl Pp<'_> {
    /// Remembers `t` if it is the code block of an `%inline` directive.
    pub fn note_inline_block(&mut self, t: &Tok) {
        if !self.record_inline || t.kind != Kind::Verbatim || !t.text.ends_with("%}") {
            return;
        }
        let before = self.out.text.trim_end();
        let Some(head) = before.strip_suffix("inline") else {
            return;
        };
        if head.trim_end().ends_with('%') {
            self.inline_pending
                .push((self.out.text.len() + 2, t.clone()));
        }
    }

    /// Preprocesses every remembered inline block's content.
    pub fn preprocess_inline_blocks(&mut self) -> Vec<InlineBlock> {
        let pending = std::mem::take(&mut self.inline_pending);
        self.record_inline = false;
        let mut blocks = Vec::with_capacity(pending.len());
        for (out_start, t) in pending {
            let inner = &t.text[2..t.text.len() - 2];
            let main_out = std::mem::take(&mut self.out);
            let lexer = Lexer::fragment(t.file, inner, t.start + 2);
            let mut stack = vec![Src::File(FileSrc {
                lexer,
                cond_base: self.conds.len(),
                defined_imported: false,
            })];
            self.run(&mut stack);
            let Output {
                text, mut origins, ..
            } = std::mem::replace(&mut self.out, main_out);
            if t.expanded {
                origins = OriginMap {
                    segments: vec![Segment {
                        out_start: 0,
                        file: t.file,
                        src_start: t.start,
                        expansion_len: t.len,
                        expansion: true,
                    }],
                };
            }
            blocks.push(InlineBlock {
                out_start,
                out_end: out_start + inner.len(),
                text,
                origins,
            });
        }
        blocks
    }
}
