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

    /// Makes `writeln!(w, ...)` work without a `Result`; the pieces of the
    /// format go straight into the buffer.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        struct Adapter<'s, 'a>(&'s mut CodeSink<'a>);
        impl fmt::Write for Adapter<'_, '_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0.write_piece(s);
                Ok(())
            }
        }
        match args.as_str() {
            Some(s) => self.write_piece(s),
            None => {
                let _ = fmt::write(&mut Adapter(self), args);
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
        let blank = |l: &str| l.trim().is_empty();
        let mut common = usize::MAX;
        for l in text.lines() {
            if !blank(l) {
                common = common.min(l.len() - l.trim_start().len());
            }
        }
        if common == usize::MAX {
            return;
        }
        let mut started = false;
        let mut blanks = 0;
        for l in text.lines() {
            if blank(l) {
                blanks += usize::from(started);
                continue;
            }
            for _ in 0..blanks {
                self.write_piece("\n");
            }
            blanks = 0;
            started = true;
            // `common` counts bytes, but is applied as a count of
            // characters (as `CodeWriter` does); the same for ASCII.
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
            // A line of `lines()` has no newline, and this one has text.
            self.line(l[cut..].trim_end());
        }
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
