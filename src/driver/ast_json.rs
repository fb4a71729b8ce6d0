//! Driver helper: `-dump-ast FILE`, the parse tree as JSON for tools
//! (swig's `-debug-top` is the human-readable counterpart). The JSON is
//! derived from the AST's `Debug` form, so every node and field appears
//! without a hand-kept schema:
//!
//! - `Name { a: x, b: y }` becomes `{"node": "Name", "a": x, "b": y}`;
//! - `Name(x, y)` becomes `{"node": "Name", "items": [x, y]}`;
//!   `Some(x)` becomes `x`, `None` `null`;
//! - a bare `Name` (unit variant) becomes `"Name"`; lists become arrays,
//!   strings strings, numbers numbers (non-finite floats strings).

use crate::source::SourceMap;
use std::fmt::Write as _;

/// The document `-dump-ast` writes: the files spans refer to (`FileId`
/// numbers; `start`/`end` are byte offsets in that file), then the tree:
/// `{"files": [{"id": 0, "name": "x.i", "kind": "User"}, ...],
/// "interface": {"node": "Interface", ...}}`.
pub fn ast_document(sources: &SourceMap, tree: &impl std::fmt::Debug) -> String {
    let mut out = String::from("{\"files\": [");
    for (i, (id, f)) in sources.files().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{{\"id\": {}, \"name\": ", id.0);
        push_json_string(&mut out, &f.name);
        out.push_str(", \"kind\": ");
        push_json_string(&mut out, &format!("{:?}", f.kind));
        out.push('}');
    }
    out.push_str("],\n\"interface\": ");
    out.push_str(&debug_to_json(tree));
    out.push_str("}\n");
    out
}

/// The JSON text of any value's `Debug` form (see the module comment).
pub fn debug_to_json(value: &impl std::fmt::Debug) -> String {
    let text = format!("{value:?}");
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
        out: String::new(),
    };
    p.value();
    p.out.push('\n');
    p.out
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    out: String,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) {
        self.skip_ws();
        match self.peek() {
            Some('"') => self.string('"'),
            Some('\'') => self.string('\''),
            Some('[') => {
                self.pos += 1;
                self.list(']');
            }
            Some('(') => {
                self.pos += 1;
                self.list(')');
            }
            Some('{') => {
                // A map (`{k: v}`): an object with the keys as strings.
                self.pos += 1;
                self.fields(None);
            }
            Some(c) if c == '-' || c.is_ascii_digit() => self.number(),
            Some(c) if c.is_alphabetic() || c == '_' => self.named(),
            Some(_) => {
                // Not something Debug prints; keep the rest as a string.
                let rest: String = self.chars[self.pos..].iter().collect();
                self.pos = self.chars.len();
                push_json_string(&mut self.out, &rest);
            }
            None => self.out.push_str("null"),
        }
    }

    /// `[a, b]` or `(a, b)` after the opening bracket.
    fn list(&mut self, close: char) {
        self.out.push('[');
        let mut first = true;
        while !self.eat(close) {
            if self.peek().is_none() {
                break;
            }
            if !first {
                self.out.push_str(", ");
            }
            first = false;
            self.value();
            self.eat(',');
        }
        self.out.push(']');
    }

    /// `name: value, ...}` after the `{`, as a JSON object; `node` is the
    /// struct's name, when it has one.
    fn fields(&mut self, node: Option<&str>) {
        self.out.push('{');
        let mut first = true;
        if let Some(n) = node {
            self.out.push_str("\"node\": ");
            push_json_string(&mut self.out, n);
            first = false;
        }
        while !self.eat('}') {
            if self.peek().is_none() {
                break;
            }
            if self.eat('.') {
                // `..` of a non-exhaustive struct.
                self.eat('.');
                continue;
            }
            if !first {
                self.out.push_str(", ");
            }
            first = false;
            self.skip_ws();
            let key = self.key();
            push_json_string(&mut self.out, &key);
            self.out.push_str(": ");
            self.eat(':');
            self.value();
            self.eat(',');
        }
        self.out.push('}');
    }

    /// A field name, or a map key printed as a value (kept as its text).
    fn key(&mut self) -> String {
        self.skip_ws();
        if self.peek() == Some('"') {
            let mut s = String::new();
            let start = self.out.len();
            self.string('"');
            s.push_str(&self.out[start..]);
            self.out.truncate(start);
            return s.trim_matches('"').to_string();
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c != ':' && c != '}') {
            self.pos += 1;
        }
        self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .trim()
            .to_string()
    }

    fn ident(&mut self) -> String {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
        {
            self.pos += 1;
        }
        self.chars[start..self.pos].iter().collect()
    }

    /// `Name`, `Name { .. }`, `Name(..)`, `true`, `None`, `Some(x)`,
    /// `inf`, `NaN`.
    fn named(&mut self) {
        let name = self.ident();
        self.skip_ws();
        match (name.as_str(), self.peek()) {
            ("Some", Some('(')) => {
                self.pos += 1;
                self.value();
                while !self.eat(')') && self.peek().is_some() {
                    self.pos += 1;
                }
            }
            (_, Some('{')) => {
                self.pos += 1;
                self.fields(Some(&name));
            }
            (_, Some('(')) => {
                self.pos += 1;
                let _ = write!(self.out, "{{\"node\": ");
                push_json_string(&mut self.out, &name);
                self.out.push_str(", \"items\": ");
                self.list(')');
                self.out.push('}');
            }
            ("true" | "false", _) => self.out.push_str(&name),
            ("None", _) => self.out.push_str("null"),
            _ => push_json_string(&mut self.out, &name),
        }
    }

    fn number(&mut self) {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '+' || c == '-')
        {
            self.pos += 1;
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if text.parse::<f64>().is_ok_and(f64::is_finite) {
            self.out.push_str(&text);
        } else {
            push_json_string(&mut self.out, &text);
        }
    }

    /// A Rust string or char literal, re-escaped for JSON.
    fn string(&mut self, quote: char) {
        self.pos += 1;
        let mut s = String::new();
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                c if c == quote => break,
                '\\' => s.push(self.escape()),
                c => s.push(c),
            }
        }
        push_json_string(&mut self.out, &s);
    }

    /// The character of a Rust escape (after the backslash).
    fn escape(&mut self) -> char {
        let Some(c) = self.peek() else {
            return '\\';
        };
        self.pos += 1;
        match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            'u' if self.peek() == Some('{') => {
                self.pos += 1;
                let start = self.pos;
                while self.peek().is_some_and(|c| c != '}') {
                    self.pos += 1;
                }
                let hex: String = self.chars[start..self.pos].iter().collect();
                self.pos += 1;
                u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{fffd}')
            }
            other => other,
        }
    }
}

fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    #[allow(dead_code)]
    enum Kind {
        Unit,
        Pair(i32, String),
    }

    #[derive(Debug)]
    #[allow(dead_code)]
    struct Node {
        name: String,
        kinds: Vec<Kind>,
        size: Option<f64>,
        missing: Option<u8>,
        flag: bool,
        ch: char,
    }

    #[test]
    fn debug_forms_become_json() {
        let n = Node {
            name: "a \"q\"\n\u{1}".into(),
            kinds: vec![Kind::Unit, Kind::Pair(-3, "x".into())],
            size: Some(1.5),
            missing: None,
            flag: true,
            ch: '\'',
        };
        assert_eq!(
            debug_to_json(&n),
            "{\"node\": \"Node\", \"name\": \"a \\\"q\\\"\\n\\u0001\", \"kinds\": [\"Unit\", \
             {\"node\": \"Pair\", \"items\": [-3, \"x\"]}], \"size\": 1.5, \"missing\": null, \
             \"flag\": true, \"ch\": \"'\"}\n"
        );
        assert_eq!(debug_to_json(&f64::NAN), "\"NaN\"\n");
        assert_eq!(debug_to_json(&(1, "b")), "[1, \"b\"]\n");
    }
}
