//! Shared by backends: `CodeWriter`, a text buffer that tracks indentation
//! (C braces, Python blocks) with an infallible `write_fmt`, so emitters
//! use `writeln!(w, ...)` without `?`; and `Sections`, named writers
//! (begin, runtime, header, wrapper, init) joined in order at the end.

use std::fmt;
use std::io;

/// Indented text output.
#[derive(Clone, Debug, Default)]
pub struct CodeWriter {
    buf: String,
    indent: usize,
    /// Indentation unit (`"  "` for C, `"    "` for Python).
    unit: &'static str,
    at_line_start: bool,
    /// Scratch space of `block`: each line's start, end and indentation.
    lines: Vec<(usize, usize, usize)>,
    /// Bytes already handed to an `io::Write` by `drain_to`, and the last
    /// of them: `len` and `end_section` count them as written.
    drained: usize,
    drained_last: Option<u8>,
}

impl CodeWriter {
    pub fn new(unit: &'static str) -> CodeWriter {
        CodeWriter {
            buf: String::new(),
            indent: 0,
            unit,
            at_line_start: true,
            lines: Vec::new(),
            drained: 0,
            drained_last: None,
        }
    }

    /// Makes `writeln!(w, ...)` work without a `Result`. The pieces are
    /// written as they are formatted (no intermediate `String`).
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        match args.as_str() {
            Some(s) => self.write_str(s),
            None => {
                // `Indented::write_str` never fails.
                let _ = fmt::Write::write_fmt(&mut Indented(self), args);
            }
        }
    }

    /// Writes text, indenting each line that starts here (empty lines stay
    /// empty).
    pub fn write_str(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if self.indent == 0 {
            self.buf.push_str(s);
            self.at_line_start = s.ends_with('\n');
            return;
        }
        let mut rest = s;
        while !rest.is_empty() {
            let end = rest
                .bytes()
                .position(|b| b == b'\n')
                .map_or(rest.len(), |i| i + 1);
            let (line, tail) = rest.split_at(end);
            if self.at_line_start && line != "\n" {
                self.push_indent();
            }
            self.buf.push_str(line);
            self.at_line_start = line.ends_with('\n');
            rest = tail;
        }
    }

    /// One complete line: the indentation (at a line start), `text`, `\n`.
    fn line(&mut self, text: &str) {
        if self.at_line_start {
            self.push_indent();
        }
        self.buf.push_str(text);
        self.buf.push('\n');
        self.at_line_start = true;
    }

    fn push_indent(&mut self) {
        for _ in 0..self.indent {
            self.buf.push_str(self.unit);
        }
    }

    pub fn indent(&mut self) {
        self.indent += 1;
    }

    pub fn dedent(&mut self) {
        self.indent = self.indent.saturating_sub(1);
    }

    /// `head {` then one level deeper.
    pub fn open(&mut self, head: &str) {
        if head.is_empty() {
            self.write_str("{\n");
        } else {
            self.write_str(head);
            self.write_str(" {\n");
        }
        self.indent();
    }

    /// One level out, then `}` followed by `tail` (`""`, `";"`, `" else {"`).
    pub fn close(&mut self, tail: &str) {
        self.dedent();
        self.write_str("}");
        self.write_str(tail);
        self.write_str("\n");
    }

    /// Writes a block of text re-indented: its common leading whitespace is
    /// removed, then each line gets the current indentation. Leading and
    /// trailing blank lines are dropped; a final newline is added.
    pub fn block(&mut self, text: &str) {
        if text.is_ascii() {
            self.block_ascii(text);
            return;
        }
        // First pass: the range of non-blank lines and their common indent
        // (in bytes of leading whitespace).
        let (mut first, mut last, mut common) = (usize::MAX, 0, usize::MAX);
        for (i, l) in text.lines().enumerate() {
            let rest = l.trim_start();
            if !rest.is_empty() {
                first = first.min(i);
                last = i;
                common = common.min(l.len() - rest.len());
            }
        }
        if first == usize::MAX {
            return;
        }
        for l in text.lines().skip(first).take(last + 1 - first) {
            let rest = l.trim_start();
            if rest.is_empty() {
                self.buf.push('\n');
                self.at_line_start = true;
                continue;
            }
            // The cut is `common` characters in, kept only if all of it is
            // whitespace.
            let cut = cut_at_char(l, common);
            let cut = if l[..cut].trim().is_empty() { cut } else { 0 };
            self.line(l[cut..].trim_end());
        }
    }

    /// `block` for ASCII text, where characters are bytes and whitespace is
    /// `\t \n \v \f \r` and space. Every non-blank line has at least the
    /// common indentation, so it is cut there.
    fn block_ascii(&mut self, text: &str) {
        // One pass: each line's range and leading whitespace, the range of
        // the non-blank lines and their common indentation.
        let bytes = text.as_bytes();
        let mut lines = std::mem::take(&mut self.lines);
        lines.clear();
        let (mut first, mut last, mut common) = (usize::MAX, 0, usize::MAX);
        let mut start = 0;
        loop {
            let end = bytes[start..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(bytes.len(), |i| start + i);
            let lead = bytes[start..end]
                .iter()
                .take_while(|&&c| ascii_space(c))
                .count();
            if lead < end - start {
                first = first.min(lines.len());
                last = lines.len();
                common = common.min(lead);
            }
            lines.push((start, end, lead));
            if end == bytes.len() {
                break;
            }
            start = end + 1;
        }
        if first != usize::MAX {
            for &(start, end, lead) in &lines[first..=last] {
                if lead == end - start {
                    self.buf.push('\n');
                    self.at_line_start = true;
                } else {
                    let l = &text[start + common..end];
                    self.line(l.trim_end_matches(|c: char| ascii_space(c as u8)));
                }
            }
        }
        self.lines = lines;
    }

    /// Writes text exactly as given (no re-indentation), ending with a
    /// newline.
    pub fn verbatim(&mut self, text: &str) {
        let saved = self.indent;
        self.indent = 0;
        self.write_str(text);
        if !text.ends_with('\n') && !text.is_empty() {
            self.write_str("\n");
        }
        self.indent = saved;
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes written so far (where a section starts, for `end_section`),
    /// drained ones included.
    pub fn len(&self) -> usize {
        self.drained + self.buf.len()
    }

    /// Ends the section written since byte `start`, as `Sections::finish`
    /// joins sections: a newline is added unless it is empty or ends with
    /// one, and the next section starts unindented at a line start. An
    /// emitter whose sections are written in output order uses one writer
    /// this way instead of `Sections`, so the output is built in place.
    pub fn end_section(&mut self, start: usize) {
        let last = self.buf.as_bytes().last().copied().or(self.drained_last);
        if self.len() > start && last != Some(b'\n') {
            self.buf.push('\n');
        }
        self.indent = 0;
        self.at_line_start = true;
    }

    /// Hands the text gathered so far to `out` and empties the buffer, so
    /// that a writer streaming to a file never holds the whole output.
    pub fn drain_to(&mut self, out: &mut dyn io::Write) -> io::Result<()> {
        if let Some(&b) = self.buf.as_bytes().last() {
            self.drained += self.buf.len();
            self.drained_last = Some(b);
            let written = out.write_all(self.buf.as_bytes());
            self.buf.clear();
            written?;
        }
        Ok(())
    }

    pub fn finish(self) -> String {
        self.buf
    }

    pub fn as_str(&self) -> &str {
        &self.buf
    }
}

/// The ASCII characters `char::is_whitespace` accepts.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The byte index of character `n` of `l` (its length if shorter).
fn cut_at_char(l: &str, n: usize) -> usize {
    let k = n.min(l.len());
    if l.as_bytes()[..k].is_ascii() {
        return k;
    }
    l.char_indices().nth(n).map(|(i, _)| i).unwrap_or(l.len())
}

/// `fmt::Write` over a `CodeWriter`, for `write_fmt`.
struct Indented<'a>(&'a mut CodeWriter);

impl fmt::Write for Indented<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write_str(s);
        Ok(())
    }
}

/// Named output sections, joined in the order they were declared.
#[derive(Clone, Debug, Default)]
pub struct Sections {
    list: Vec<(String, CodeWriter)>,
}

impl Sections {
    /// Sections in output order, each with its indentation unit.
    pub fn new(names: &[&str], unit: &'static str) -> Sections {
        Sections {
            list: names
                .iter()
                .map(|n| (n.to_string(), CodeWriter::new(unit)))
                .collect(),
        }
    }

    /// The writer of a section; unknown names go to the last section.
    pub fn get(&mut self, name: &str) -> &mut CodeWriter {
        let i = self
            .list
            .iter()
            .position(|(n, _)| n == name)
            .unwrap_or(self.list.len().saturating_sub(1));
        &mut self.list[i].1
    }

    pub fn has(&self, name: &str) -> bool {
        self.list.iter().any(|(n, _)| n == name)
    }

    /// The sections joined, each non-empty one ending with a newline. The
    /// largest section's buffer becomes the result (the others are copied
    /// around it), so the output is not held twice at the end.
    pub fn finish(self) -> String {
        let texts: Vec<String> = self
            .list
            .into_iter()
            .map(|(_, w)| {
                let mut s = w.finish();
                if !s.is_empty() && !s.ends_with('\n') {
                    s.push('\n');
                }
                s
            })
            .collect();
        let Some(big) = (0..texts.len()).max_by_key(|&i| texts[i].len()) else {
            return String::new();
        };
        let mut texts = texts;
        let mut out = std::mem::take(&mut texts[big]);
        let before: String = texts[..big].concat();
        let after: String = texts[big + 1..].concat();
        drop(texts);
        out.reserve_exact(before.len() + after.len());
        out.insert_str(0, &before);
        out.push_str(&after);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_blocks_and_reindents_text() {
        let mut w = CodeWriter::new("  ");
        w.open("int f(void)");
        writeln!(w, "int x = {};", 1);
        w.block("\n    if (x) {\n      return 1;\n    }\n");
        w.close("");
        assert_eq!(
            w.finish(),
            "int f(void) {\n  int x = 1;\n  if (x) {\n    return 1;\n  }\n}\n"
        );
    }

    /// `block` as first written (one `write_str` per line), to check the
    /// faster one against.
    fn reference_block(w: &mut CodeWriter, text: &str) {
        let lines: Vec<&str> = text.lines().collect();
        let first = lines.iter().position(|l| !l.trim().is_empty());
        let last = lines.iter().rposition(|l| !l.trim().is_empty());
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        let lines = &lines[first..=last];
        let common = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        for l in lines {
            if l.trim().is_empty() {
                w.write_str("\n");
            } else {
                let cut = l
                    .char_indices()
                    .nth(common)
                    .map(|(i, _)| i)
                    .unwrap_or(l.len());
                let cut = if l[..cut].trim().is_empty() { cut } else { 0 };
                w.write_str(l[cut..].trim_end());
                w.write_str("\n");
            }
        }
    }

    #[test]
    fn block_matches_the_reference() {
        let texts = [
            "",
            "\n \n\t\n",
            "x",
            "\n    a;\n      b;\n\n    c;\n  ",
            "\r\n  a;\r\n\r\n    b; \r\n",
            "\ta\n\t\tb\x0b\n\x0c c\n",
            "  \u{a0}a\n  b\n",
            "\u{2003}\u{2003}x\n  y\n    \u{e9}z \u{3000}\n",
            "  a\n\u{a0}\n  b",
        ];
        for t in texts {
            for (indent, mid_line) in [(0, false), (2, false), (1, true)] {
                let mut a = CodeWriter::new("  ");
                let mut b = CodeWriter::new("  ");
                for w in [&mut a, &mut b] {
                    for _ in 0..indent {
                        w.indent();
                    }
                    if mid_line {
                        w.write_str("x = ");
                    }
                }
                a.block(t);
                reference_block(&mut b, t);
                a.write_str("end\n");
                b.write_str("end\n");
                assert_eq!(a.finish(), b.finish(), "{t:?}");
            }
        }
    }

    #[test]
    fn formatted_pieces_indent_like_whole_lines() {
        let mut w = CodeWriter::new("    ");
        w.indent();
        let (a, b, z) = ("x\n\ny", "", "z");
        writeln!(w, "{a}{b} = {}\n{z}", 1);
        assert_eq!(w.finish(), "    x\n\n    y = 1\n    z\n");
    }

    #[test]
    fn sections_written_in_order_join_like_sections() {
        let mut w = CodeWriter::new("  ");
        let start = w.len();
        w.write_str("a");
        w.end_section(start);
        let start = w.len();
        w.end_section(start);
        let start = w.len();
        w.open("f()");
        w.write_str("b");
        w.end_section(start);
        w.write_str("c\n");
        assert_eq!(w.finish(), "a\nf() {\n  b\nc\n");
    }

    #[test]
    fn sections_join_in_order() {
        let mut s = Sections::new(&["begin", "header", "init"], "  ");
        writeln!(s.get("init"), "c");
        writeln!(s.get("begin"), "a");
        assert_eq!(s.finish(), "a\nc\n");
        let mut s = Sections::new(&["begin", "wrapper", "init"], "  ");
        s.get("begin").write_str("a");
        s.get("wrapper").write_str("longest\n");
        s.get("init").write_str("z");
        assert_eq!(s.finish(), "a\nlongest\nz\n");
    }
}
