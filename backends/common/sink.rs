//! Stage 6, backends (shared): `CodeSink`, indented C text written straight
//! to where it goes (the output's temp file, or memory) in large chunks,
//! section after section, so a backend never holds its whole output. It
//! writes exactly what `codegen::CodeWriter` and `Sections` would.

use std::fmt;
use std::io;

/// How much text is gathered before it is handed to the destination.
const CHUNK: usize = 64 * 1024;

/// Indented text output to an `io::Write`.
pub struct CodeSink<'a> {
    out: &'a mut dyn io::Write,
    buf: String,
    /// The first write error; later writes are skipped.
    error: Option<io::Error>,
    indent: usize,
    /// Indentation unit (`"  "` for C).
    unit: &'static str,
    at_line_start: bool,
    /// `block`'s lines (offset, length, leading whitespace), kept to reuse
    /// the allocation.
    lines: Vec<(usize, usize, Option<usize>)>,
    /// Whether the current section has text, and its last byte.
    section_last: Option<u8>,
}

impl<'a> CodeSink<'a> {
    pub fn new(out: &'a mut dyn io::Write, unit: &'static str) -> CodeSink<'a> {
        CodeSink {
            out,
            buf: String::with_capacity(CHUNK + 4096),
            error: None,
            indent: 0,
            unit,
            at_line_start: true,
            lines: Vec::new(),
            section_last: None,
        }
    }

    /// Starts the next section: as `Sections` joins them, the previous one
    /// ends with a newline if it has text, and the new one starts at the
    /// left margin.
    pub fn section(&mut self) {
        if self.section_last.is_some_and(|b| b != b'\n') {
            self.push("\n");
        }
        self.section_last = None;
        self.indent = 0;
        self.at_line_start = true;
    }

    /// Appends text as it is.
    fn push(&mut self, s: &str) {
        if let Some(&b) = s.as_bytes().last() {
            self.buf.push_str(s);
            self.section_last = Some(b);
        }
    }

    fn push_indent(&mut self) {
        for _ in 0..self.indent {
            self.buf.push_str(self.unit);
        }
    }

    /// Hands the gathered text over when there is enough of it.
    fn maybe_flush(&mut self) {
        if self.buf.len() >= CHUNK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(self.buf.as_bytes()) {
                self.error = Some(e);
            }
        }
        self.buf.clear();
    }

    /// Writes what is left; the first write error, if any.
    pub fn finish(mut self) -> io::Result<()> {
        self.section();
        self.flush();
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.out.flush()
    }

    /// Makes `writeln!(w, ...)` work without a `Result`. The text is
    /// formatted straight into the buffer after the indentation; text that
    /// needs more care (an empty first line, more lines) is redone piece by
    /// piece.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        if let Some(s) = args.as_str() {
            self.write_piece(s);
        } else {
            let start = self.buf.len();
            let indented = self.at_line_start && self.indent > 0;
            if indented {
                self.push_indent();
            }
            let text_start = self.buf.len();
            let _ = fmt::Write::write_fmt(&mut self.buf, args);
            let added = &self.buf.as_bytes()[text_start..];
            let simple = match added.split_last() {
                None => false,
                Some((_, before_last)) => {
                    self.indent == 0
                        || !(before_last.contains(&b'\n') || indented && added[0] == b'\n')
                }
            };
            if simple {
                self.at_line_start = added.ends_with(b"\n");
                self.section_last = added.last().copied();
            } else {
                let text = self.buf[text_start..].to_string();
                self.buf.truncate(start);
                self.write_piece(&text);
            }
        }
        self.maybe_flush();
    }

    /// Writes text, indenting each line that starts here (an empty line
    /// gets no indentation).
    pub fn write_str(&mut self, s: &str) {
        self.write_piece(s);
        self.maybe_flush();
    }

    fn write_piece(&mut self, mut s: &str) {
        if self.indent == 0 {
            // Nothing to insert: the text as it is.
            if !s.is_empty() {
                self.push(s);
                self.at_line_start = s.ends_with('\n');
            }
            return;
        }
        while !s.is_empty() {
            let (piece, rest) = match s.find('\n') {
                Some(i) => s.split_at(i + 1),
                None => (s, ""),
            };
            if self.at_line_start && piece != "\n" {
                self.push_indent();
            }
            self.push(piece);
            self.at_line_start = piece.ends_with('\n');
            s = rest;
        }
    }

    /// Writes `text`, which holds no newline and is not empty, then a
    /// newline: one line (indented if it starts one).
    fn line(&mut self, text: &str) {
        if self.at_line_start {
            self.push_indent();
        }
        self.buf.push_str(text);
        self.buf.push('\n');
        self.section_last = Some(b'\n');
        self.at_line_start = true;
    }

    pub fn indent(&mut self) {
        self.indent += 1;
    }

    pub fn dedent(&mut self) {
        self.indent = self.indent.saturating_sub(1);
    }

    /// `head {` then one level deeper.
    pub fn open(&mut self, head: &str) {
        if !head.is_empty() {
            self.write_piece(head);
            self.write_piece(" ");
        }
        self.write_piece("{\n");
        self.indent();
        self.maybe_flush();
    }

    /// One level out, then `}` followed by `tail` (`""`, `";"`).
    pub fn close(&mut self, tail: &str) {
        self.dedent();
        self.write_piece("}");
        self.write_piece(tail);
        self.write_piece("\n");
        self.maybe_flush();
    }

    /// Writes a block of text re-indented, as `CodeWriter::block`: its
    /// common leading whitespace is removed, then each line gets the
    /// current indentation. Leading and trailing blank lines are dropped;
    /// a final newline is added.
    pub fn block(&mut self, text: &str) {
        // One pass over the lines: each one's text and its leading
        // whitespace (`None` when blank), kept for the second.
        let mut lines = std::mem::take(&mut self.lines);
        lines.clear();
        let mut common = usize::MAX;
        for l in text.lines() {
            let lead = leading_space(l);
            if let Some(n) = lead {
                common = common.min(n);
            }
            // Where the line is in `text` (`lines()` gives subslices).
            let at = l.as_ptr() as usize - text.as_ptr() as usize;
            lines.push((at, l.len(), lead));
        }
        if common != usize::MAX {
            let first = lines.iter().position(|(_, _, lead)| lead.is_some());
            let last = lines.iter().rposition(|(_, _, lead)| lead.is_some());
            if let (Some(first), Some(last)) = (first, last) {
                for &(at, len, lead) in &lines[first..=last] {
                    if lead.is_none() {
                        self.write_piece("\n");
                        continue;
                    }
                    self.line(cut_line(&text[at..at + len], common));
                }
            }
        }
        self.lines = lines;
        self.maybe_flush();
    }

    /// Writes text exactly as given (no re-indentation), ending with a
    /// newline.
    pub fn verbatim(&mut self, text: &str) {
        let saved = self.indent;
        self.indent = 0;
        self.write_piece(text);
        if !text.ends_with('\n') && !text.is_empty() {
            self.write_piece("\n");
        }
        self.indent = saved;
        self.maybe_flush();
    }
}

/// The length in bytes of the leading whitespace of `l`, or `None` when
/// `l` is blank (as `str::trim` sees whitespace; spaces and tabs directly).
fn leading_space(l: &str) -> Option<usize> {
    let b = l.as_bytes();
    let n = b
        .iter()
        .position(|&c| c != b' ' && c != b'\t')
        .unwrap_or(b.len());
    match b.get(n) {
        None => None,
        Some(&c) if c.is_ascii() && !c.is_ascii_whitespace() && c != 0x0b => Some(n),
        _ if l.trim().is_empty() => None,
        _ => Some(l.len() - l.trim_start().len()),
    }
}

/// A non-blank line of a block without `common` leading characters and
/// trailing whitespace, as `CodeWriter::block` cuts it: `common` counts
/// bytes but is applied as a count of characters (the same for ASCII), and
/// a line whose first `common` characters are not all whitespace is not cut.
fn cut_line(l: &str, common: usize) -> &str {
    let cut = if l.as_bytes()[..common].is_ascii() {
        common
    } else {
        let cut = l
            .char_indices()
            .nth(common)
            .map(|(i, _)| i)
            .unwrap_or(l.len());
        if l[..cut].trim().is_empty() {
            cut
        } else {
            0
        }
    };
    let rest = &l[cut..];
    match rest.as_bytes().last() {
        Some(&c) if c.is_ascii() && !c.is_ascii_whitespace() && c != 0x0b => rest,
        _ => rest.trim_end(),
    }
}

/// What `CodeWriter` and `CodeSink` both do, for helpers shared by
/// backends that write into either.
pub trait CodeOut {
    fn write_fmt(&mut self, args: fmt::Arguments<'_>);
    fn open(&mut self, head: &str);
    fn close(&mut self, tail: &str);
}

impl CodeOut for CodeSink<'_> {
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        CodeSink::write_fmt(self, args);
    }
    fn open(&mut self, head: &str) {
        CodeSink::open(self, head);
    }
    fn close(&mut self, tail: &str) {
        CodeSink::close(self, tail);
    }
}

impl CodeOut for crate::codegen::CodeWriter {
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        crate::codegen::CodeWriter::write_fmt(self, args);
    }
    fn open(&mut self, head: &str) {
        crate::codegen::CodeWriter::open(self, head);
    }
    fn close(&mut self, tail: &str) {
        crate::codegen::CodeWriter::close(self, tail);
    }
}

#[cfg(test)]
mod tests {
    use super::CodeSink;
    use crate::codegen::{CodeWriter, Sections};

    /// Writes the same to a `CodeWriter` and to a `CodeSink`.
    type Calls<'c> = &'c dyn Fn(&mut CodeWriter, &mut CodeSink);

    /// The same calls on a `CodeWriter` in `Sections` and on a `CodeSink`.
    fn both(calls: &[Calls], sections: &[usize]) {
        let names = ["a", "b", "c", "d"];
        let mut s = Sections::new(&names, "  ");
        let mut bytes = Vec::new();
        let mut sink = CodeSink::new(&mut bytes, "  ");
        let mut cur = 0;
        for (i, call) in calls.iter().enumerate() {
            while sections.get(cur + 1).is_some_and(|&start| start <= i) {
                cur += 1;
                sink.section();
            }
            call(s.get(names[cur]), &mut sink);
        }
        sink.finish().unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), s.finish());
    }

    #[test]
    fn writes_what_code_writer_and_sections_write() {
        both(
            &[
                &|w, k| {
                    w.open("int f(void)");
                    k.open("int f(void)");
                },
                &|w, k| {
                    writeln!(w, "int x = {};\n\nint y;", 1);
                    writeln!(k, "int x = {};\n\nint y;", 1);
                    for (a, b) in [("", ""), ("\n", "z"), ("q", "\n"), ("r", "s")] {
                        write!(w, "{a}{b}");
                        write!(k, "{a}{b}");
                        writeln!(w, "{a}{b}");
                        writeln!(k, "{a}{b}");
                    }
                },
                &|w, k| {
                    let t = "\n\n    if (x) {\n\t\n      return 1;\r\n    }  \n\n";
                    w.block(t);
                    k.block(t);
                    w.block(" \n ");
                    k.block(" \n ");
                    w.write_str("a");
                    k.write_str("a");
                    w.block("  b\n c");
                    k.block("  b\n c");
                },
                &|w, k| {
                    w.close(";");
                    k.close(";");
                    w.verbatim("  raw\n  text");
                    k.verbatim("  raw\n  text");
                    w.write_str("no newline");
                    k.write_str("no newline");
                },
                &|w, k| {
                    w.indent();
                    k.indent();
                    w.block("\u{3000}x\n\u{3000}\u{3000}y");
                    k.block("\u{3000}x\n\u{3000}\u{3000}y");
                    w.write_str("tail");
                    k.write_str("tail");
                },
            ],
            &[0, 3, 4],
        );
    }
}
