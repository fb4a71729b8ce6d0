//! Stage 6, backends (shared): `CodeSink`, indented C text written straight
//! to where it goes (the output's temp file, or memory) in large chunks,
//! section after section, so a backend never holds its whole output. It
//! writes exactly what `codegen::CodeWriter` and `Sections` would.

use crate::codegen::CodeWriter;
use std::fmt;
use std::io;

/// How much text is gathered before it is handed to the destination.
const CHUNK: usize = 64 * 1024;

/// A `CodeWriter` whose text is handed to an `io::Write` whenever a chunk
/// has gathered, with `Sections`' joining of sections written in order.
pub struct CodeSink<'a> {
    w: CodeWriter,
    out: &'a mut dyn io::Write,
    /// The first write error; later writes are skipped.
    error: Option<io::Error>,
    /// Where the current section starts (`CodeWriter::end_section`).
    section_start: usize,
}

impl<'a> CodeSink<'a> {
    pub fn new(out: &'a mut dyn io::Write, unit: &'static str) -> CodeSink<'a> {
        CodeSink {
            w: CodeWriter::new(unit),
            out,
            error: None,
            section_start: 0,
        }
    }

    /// Starts the next section: as `Sections` joins them, the previous one
    /// ends with a newline if it has text, and the new one starts at the
    /// left margin.
    pub fn section(&mut self) {
        self.w.end_section(self.section_start);
        self.section_start = self.w.len();
    }

    /// Hands the gathered text over when there is enough of it.
    fn maybe_flush(&mut self) {
        // `as_str` is the text not handed over yet.
        if self.w.as_str().len() >= CHUNK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if let Err(e) = self.w.drain_to(&mut *self.out) {
            self.error.get_or_insert(e);
        }
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

    /// Makes `writeln!(w, ...)` work without a `Result`.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        self.w.write_fmt(args);
        self.maybe_flush();
    }

    /// Writes text, indenting each line that starts here.
    pub fn write_str(&mut self, s: &str) {
        self.w.write_str(s);
        self.maybe_flush();
    }

    pub fn indent(&mut self) {
        self.w.indent();
    }

    pub fn dedent(&mut self) {
        self.w.dedent();
    }

    /// `head {` then one level deeper.
    pub fn open(&mut self, head: &str) {
        self.w.open(head);
        self.maybe_flush();
    }

    /// One level out, then `}` followed by `tail` (`""`, `";"`).
    pub fn close(&mut self, tail: &str) {
        self.w.close(tail);
        self.maybe_flush();
    }

    /// `CodeWriter::block`: the text re-indented at the current level.
    pub fn block(&mut self, text: &str) {
        self.w.block(text);
        self.maybe_flush();
    }

    /// `CodeWriter::verbatim`: the text as given, ending with a newline.
    pub fn verbatim(&mut self, text: &str) {
        self.w.verbatim(text);
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
