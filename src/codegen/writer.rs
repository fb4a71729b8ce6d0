//! Shared by backends: `CodeWriter`, a text buffer that tracks indentation
//! (C braces, Python blocks) with an infallible `write_fmt`, so emitters
//! use `writeln!(w, ...)` without `?`; and `Sections`, named writers
//! (begin, runtime, header, wrapper, init) joined in order at the end.

use std::fmt;

/// Indented text output.
#[derive(Clone, Debug, Default)]
pub struct CodeWriter {
    buf: String,
    indent: usize,
    /// Indentation unit (`"  "` for C, `"    "` for Python).
    unit: &'static str,
    at_line_start: bool,
}

impl CodeWriter {
    pub fn new(unit: &'static str) -> CodeWriter {
        CodeWriter {
            buf: String::new(),
            indent: 0,
            unit,
            at_line_start: true,
        }
    }

    /// Makes `writeln!(w, ...)` work without a `Result`.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) {
        let s = fmt::format(args);
        self.write_str(&s);
    }

    /// Writes text, indenting each line that starts here.
    pub fn write_str(&mut self, s: &str) {
        for piece in s.split_inclusive('\n') {
            if self.at_line_start && piece != "\n" {
                for _ in 0..self.indent {
                    self.buf.push_str(self.unit);
                }
            }
            self.buf.push_str(piece);
            self.at_line_start = piece.ends_with('\n');
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
                self.write_str("\n");
            } else {
                let cut = l
                    .char_indices()
                    .nth(common)
                    .map(|(i, _)| i)
                    .unwrap_or(l.len());
                let cut = if l[..cut].trim().is_empty() { cut } else { 0 };
                self.write_str(l[cut..].trim_end());
                self.write_str("\n");
            }
        }
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
        self.buf.is_empty()
    }

    pub fn finish(self) -> String {
        self.buf
    }

    pub fn as_str(&self) -> &str {
        &self.buf
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
