//! Stage 1, preprocess: the token lexer. Splits source text into
//! preprocessing tokens (identifiers, numbers, literals, punctuators,
//! blanks, newlines, comments and verbatim `%{ ... %}` blocks), each
//! remembering where it came from.

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{FileId, Span};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ident,
    Number,
    Str,
    Char,
    Punct,
    /// Blanks, including backslash-newline continuations.
    Space,
    Newline,
    Comment,
    /// A whole `%{ ... %}` block.
    Verbatim,
    /// Any other single character.
    Other,
}

/// Macro names a token may no longer be expanded by ("blue paint"),
/// sorted (see `hideset.rs`).
pub type HideSet = Option<Rc<Vec<Rc<str>>>>;

/// One preprocessing token.
#[derive(Clone, Debug)]
pub struct Tok {
    pub kind: Kind,
    pub text: Rc<str>,
    pub file: FileId,
    /// Source offset; for an expanded token, the start of the macro use.
    pub start: u32,
    /// Source length; for an expanded token, the length of the macro use.
    pub len: u32,
    /// True when the token came out of a macro expansion.
    pub expanded: bool,
    /// First token of its line, where a directive may start.
    pub bol: bool,
    pub hide: HideSet,
}

impl Tok {
    pub fn span(&self) -> Span {
        Span {
            file: self.file,
            start: self.start,
            end: self.start + self.len,
        }
    }

    pub fn is(&self, kind: Kind, text: &str) -> bool {
        self.kind == kind && &*self.text == text
    }

    pub fn is_punct(&self, text: &str) -> bool {
        self.is(Kind::Punct, text)
    }

    pub fn is_blank(&self) -> bool {
        matches!(self.kind, Kind::Space | Kind::Comment)
    }

    pub fn hidden_by(&self, name: &str) -> bool {
        super::hideset::contains(&self.hide, name)
    }
}

const PUNCTS3: [&str; 4] = ["<<=", ">>=", "...", "->*"];
const PUNCTS2: [&str; 24] = [
    "##", "%#", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "::", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", ".*", "%}",
];

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

fn is_ident_char(c: u8) -> bool {
    is_ident_start(c) || c.is_ascii_digit()
}

/// Lexes one file (or a piece of text standing for a place in one file).
#[derive(Debug)]
pub struct Lexer {
    pub file: FileId,
    text: Rc<str>,
    pos: usize,
    /// Offset added to every token position (for re-lexed fragments).
    base: u32,
    bol: bool,
}

impl Lexer {
    pub fn new(file: FileId, text: Rc<str>) -> Lexer {
        Lexer {
            file,
            text,
            pos: 0,
            base: 0,
            bol: true,
        }
    }

    /// A lexer over `text`, whose tokens claim to start at `base` in `file`.
    pub fn fragment(file: FileId, text: &str, base: u32) -> Lexer {
        Lexer {
            file,
            text: Rc::from(text),
            pos: 0,
            base,
            bol: false,
        }
    }

    fn byte(&self, i: usize) -> u8 {
        *self.text.as_bytes().get(i).unwrap_or(&0)
    }

    /// Lexes all remaining tokens (used for fragments; errors reported).
    pub fn collect_all(mut self, diags: &mut Diagnostics) -> Vec<Tok> {
        let mut v = Vec::new();
        while let Some(t) = self.next_tok(diags) {
            v.push(t);
        }
        v
    }

    pub fn next_tok(&mut self, diags: &mut Diagnostics) -> Option<Tok> {
        let start = self.pos;
        let b = self.text.as_bytes();
        if start >= b.len() {
            return None;
        }
        let c = b[start];
        let mut kind = Kind::Punct;
        let mut i = start + 1;
        match c {
            b'\n' => kind = Kind::Newline,
            b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' | b'\\' => {
                // Blanks and continuations; a lone backslash is Other.
                i = start;
                loop {
                    match self.byte(i) {
                        b' ' | b'\t' | b'\r' | b'\x0b' | b'\x0c' => i += 1,
                        b'\\' => {
                            let mut j = i + 1;
                            while matches!(self.byte(j), b' ' | b'\t' | b'\r') {
                                j += 1;
                            }
                            if self.byte(j) == b'\n' {
                                i = j + 1;
                            } else {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                if i == start {
                    i = start + 1;
                    kind = Kind::Other;
                } else {
                    kind = Kind::Space;
                }
            }
            b'/' if self.byte(start + 1) == b'*' => {
                kind = Kind::Comment;
                match self.text[start + 2..].find("*/") {
                    Some(k) => i = start + 2 + k + 2,
                    None => {
                        i = b.len();
                        diags.push(Diagnostic::error(
                            Span::new(
                                self.file,
                                self.base as usize + start,
                                self.base as usize + start + 2,
                            ),
                            "unterminated comment",
                        ));
                    }
                }
            }
            b'/' if self.byte(start + 1) == b'/' => {
                kind = Kind::Comment;
                i = start + 2;
                while i < b.len() && b[i] != b'\n' {
                    if b[i] == b'\\' && self.byte(i + 1) == b'\n' {
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            }
            b'%' if self.byte(start + 1) == b'{' => {
                kind = Kind::Verbatim;
                match self.text[start + 2..].find("%}") {
                    Some(k) => i = start + 2 + k + 2,
                    None => {
                        i = b.len();
                        diags.push(Diagnostic::error(
                            Span::new(
                                self.file,
                                self.base as usize + start,
                                self.base as usize + start + 2,
                            ),
                            "unterminated %{ block (missing %})",
                        ));
                    }
                }
            }
            b'"' | b'\'' => {
                kind = if c == b'"' { Kind::Str } else { Kind::Char };
                i = self.quoted_end(start);
            }
            b'0'..=b'9' => {
                kind = Kind::Number;
                i = self.number_end(start);
            }
            b'.' if self.byte(start + 1).is_ascii_digit() => {
                kind = Kind::Number;
                i = self.number_end(start);
            }
            _ if is_ident_start(c) => {
                kind = Kind::Ident;
                while i < b.len() && is_ident_char(b[i]) {
                    i += 1;
                }
                // Prefixed literals: L"x", u8"x", U'x' ...
                let word = &self.text[start..i];
                if matches!(word, "L" | "u" | "U" | "u8") && matches!(self.byte(i), b'"' | b'\'') {
                    kind = if self.byte(i) == b'"' {
                        Kind::Str
                    } else {
                        Kind::Char
                    };
                    i = self.quoted_end(i);
                }
                // Keep UTF-8 sequences whole.
                while !self.text.is_char_boundary(i) {
                    i += 1;
                }
            }
            _ => {
                let rest = &self.text[start..];
                if let Some(p) = PUNCTS3.iter().find(|p| rest.starts_with(**p)) {
                    i = start + p.len();
                } else if let Some(p) = PUNCTS2.iter().find(|p| rest.starts_with(**p)) {
                    i = start + p.len();
                } else if c.is_ascii() {
                    kind = if c.is_ascii_punctuation() {
                        Kind::Punct
                    } else {
                        Kind::Other
                    };
                } else {
                    kind = Kind::Other;
                    while !self.text.is_char_boundary(i) {
                        i += 1;
                    }
                }
            }
        }
        self.pos = i;
        let bol = self.bol;
        match kind {
            Kind::Newline => self.bol = true,
            Kind::Space | Kind::Comment => {}
            _ => self.bol = false,
        }
        Some(Tok {
            kind,
            text: Rc::from(&self.text[start..i]),
            file: self.file,
            start: self.base + start as u32,
            len: (i - start) as u32,
            expanded: false,
            bol: bol && !matches!(kind, Kind::Space | Kind::Comment | Kind::Newline),
            hide: None,
        })
    }

    /// End of a string or char literal starting at `q` (the quote). An
    /// unterminated literal ends at the end of its line.
    fn quoted_end(&self, q: usize) -> usize {
        let b = self.text.as_bytes();
        let quote = b[q];
        let mut i = q + 1;
        while i < b.len() {
            match b[i] {
                b'\\' if i + 1 < b.len() => i += 2,
                b'\n' => return i,
                x if x == quote => return i + 1,
                _ => i += 1,
            }
        }
        let mut i = b.len();
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    fn number_end(&self, start: usize) -> usize {
        let b = self.text.as_bytes();
        let mut i = start + 1;
        while i < b.len() {
            let c = b[i];
            let exponent_sign =
                matches!(c, b'+' | b'-') && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P');
            let separator = c == b'\'' && self.byte(i + 1).is_ascii_alphanumeric();
            if exponent_sign || separator || c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
                i += 1;
            } else {
                break;
            }
        }
        i
    }
}
