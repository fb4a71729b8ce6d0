//! Shared: diagnostics. Every stage reports into one [`Diagnostics`] sink;
//! only `main.rs` decides the exit code. Rendered gcc-style:
//! `file.i:2:7: error: message`, then the source line and a caret.

use crate::source::{SourceMap, Span};
use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Note,
    Warning,
    Error,
}

#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    /// SWIG's warning number, when the diagnostic has one (e.g. 302).
    pub code: Option<u32>,
    pub message: String,
    /// Where it happened. `None` for errors with no source (command line).
    pub primary: Option<Label>,
    /// Further places ("previous definition here").
    pub secondary: Vec<Label>,
    /// Free text shown after the snippet ("help: ...").
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, span: Option<Span>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            code: None,
            message: message.into(),
            primary: span.map(|span| Label {
                span,
                message: String::new(),
            }),
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, Some(span), message)
    }

    pub fn warning(code: u32, span: Span, message: impl Into<String>) -> Diagnostic {
        let mut d = Diagnostic::new(Severity::Warning, Some(span), message);
        d.code = Some(code);
        d
    }

    pub fn with_label(mut self, message: impl Into<String>) -> Diagnostic {
        if let Some(p) = &mut self.primary {
            p.message = message.into();
        }
        self
    }

    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Renders this diagnostic, gcc-style, with the source line and a caret.
    pub fn render(&self, sm: &SourceMap) -> String {
        let mut out = String::new();
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        let code = self.code.map(|c| format!(" [W{c}]")).unwrap_or_default();
        match &self.primary {
            Some(l) => {
                let _ = writeln!(
                    out,
                    "{}: {sev}: {}{code}",
                    sm.location(l.span),
                    self.message
                );
                render_snippet(&mut out, sm, l);
            }
            None => {
                let _ = writeln!(out, "rswig: {sev}: {}{code}", self.message);
            }
        }
        for l in &self.secondary {
            let _ = writeln!(out, "{}: note: {}", sm.location(l.span), l.message);
            render_snippet(
                &mut out,
                sm,
                &Label {
                    span: l.span,
                    message: String::new(),
                },
            );
        }
        for n in &self.notes {
            let _ = writeln!(out, "  = {n}");
        }
        out
    }
}

fn render_snippet(out: &mut String, sm: &SourceMap, label: &Label) {
    let file = sm.get(label.span.file);
    let (line, col) = file.line_col(label.span.start);
    let text = file.line_text(line);
    let (end_line, end_col) = file.line_col(label.span.end);
    let width = if end_line == line && end_col > col {
        end_col - col
    } else {
        1
    };
    let gutter = line.to_string().len().max(4);
    let _ = writeln!(out, "{line:>gutter$} | {}", text.replace('\t', " "));
    let _ = write!(
        out,
        "{:>gutter$} | {}^{}",
        "",
        " ".repeat(col - 1),
        "~".repeat(width - 1)
    );
    if !label.message.is_empty() {
        let _ = write!(out, " {}", label.message);
    }
    out.push('\n');
}

/// Warning filter settings from `-w`, `-Wall`, `-Werror`, `%warnfilter`.
#[derive(Clone, Debug, Default)]
pub struct WarningPolicy {
    pub suppressed: Vec<u32>,
    pub enabled: Vec<u32>,
    pub all: bool,
    pub as_errors: bool,
}

/// The sink that collects every diagnostic of a run.
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    pub policy: WarningPolicy,
}

impl Diagnostics {
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    /// Records a diagnostic, applying the warning policy.
    pub fn push(&mut self, mut d: Diagnostic) {
        if d.severity == Severity::Warning {
            if let Some(code) = d.code {
                if self.policy.suppressed.contains(&code) {
                    return;
                }
            }
            if self.policy.as_errors {
                d.severity = Severity::Error;
            }
        }
        self.list.push(d);
    }

    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(span, message));
    }

    pub fn warning(&mut self, code: u32, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::warning(code, span, message));
    }

    /// An error with no source location (command line, I/O).
    pub fn error_nospan(&mut self, message: impl Into<String>) {
        self.push(Diagnostic::new(Severity::Error, None, message));
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.list
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.list {
            self.push(d);
        }
    }

    /// All diagnostics, rendered, in the order they were reported.
    pub fn render(&self, sm: &SourceMap) -> String {
        self.list.iter().map(|d| d.render(sm)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    #[test]
    fn renders_location_line_and_caret() {
        let mut sm = SourceMap::new();
        let f = sm.add(
            "bad.i",
            None,
            "%module m\nint fact(int n\n".into(),
            FileKind::User,
        );
        let d = Diagnostic::error(Span::new(f, 19, 20), "expected ')'");
        let s = d.render(&sm);
        assert!(s.starts_with("bad.i:2:10: error: expected ')'\n"), "{s}");
        assert!(s.contains("   2 | int fact(int n\n"), "{s}");
        assert!(s.contains("     |          ^\n"), "{s}");
    }
}
