//! Stage 1, preprocess: the output buffer. Appends text and records, for
//! each piece, where in the sources it came from (the origin map).

use super::lexer::{Kind, Tok};
use super::{OriginMap, Segment};
use crate::source::FileId;

#[derive(Debug, Default)]
pub struct Output {
    pub text: String,
    pub origins: OriginMap,
    /// Whether the last thing written came out of a macro expansion.
    last_expanded: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

fn is_op_char(c: char) -> bool {
    "+-<>=&|!*/%:#.^".contains(c)
}

impl Output {
    /// Appends `text` whose first byte came from `file` at `start`
    /// (linearly), or from the macro use `start..start+len` if `expanded`.
    pub fn push(&mut self, text: &str, file: FileId, start: u32, len: u32, expanded: bool) {
        if text.is_empty() {
            return;
        }
        let out = self.text.len() as u32;
        let need_new = match self.origins.segments.last() {
            None => true,
            Some(s) => {
                if expanded {
                    !(s.expansion
                        && s.file == file
                        && s.src_start == start
                        && s.expansion_len == len)
                } else {
                    s.expansion || s.file != file || s.src_start + (out - s.out_start) != start
                }
            }
        };
        if need_new {
            self.origins.segments.push(Segment {
                out_start: out,
                file,
                src_start: start,
                expansion_len: if expanded { len } else { 0 },
                expansion: expanded,
            });
        }
        self.text.push_str(text);
    }

    /// Writes one token as it appears in the output: comments become a
    /// blank (keeping their newlines), `%#` becomes `#`, and a blank is
    /// added where an expansion would otherwise glue onto its neighbour.
    pub fn push_tok(&mut self, t: &Tok) {
        let text: &str = match t.kind {
            Kind::Comment => {
                let n = t.text.matches('\n').count();
                let s = if n == 0 {
                    " ".to_string()
                } else {
                    "\n".repeat(n)
                };
                self.push(&s, t.file, t.start, t.len, t.expanded);
                self.last_expanded = t.expanded;
                return;
            }
            Kind::Punct if &*t.text == "%#" => "#",
            _ => &t.text,
        };
        if (t.expanded || self.last_expanded) && !matches!(t.kind, Kind::Space | Kind::Newline) {
            if let (Some(a), Some(b)) = (self.text.chars().last(), text.chars().next()) {
                if (is_word_char(a) && is_word_char(b)) || (is_op_char(a) && is_op_char(b)) {
                    self.push(" ", t.file, t.start, t.len, t.expanded);
                }
            }
        }
        self.push(text, t.file, t.start, t.len, t.expanded);
        self.last_expanded = t.expanded;
    }

    pub fn newlines(&mut self, n: usize, file: FileId, at: u32) {
        if n > 0 {
            self.push(&"\n".repeat(n), file, at, 0, false);
            self.last_expanded = false;
        }
    }
}
