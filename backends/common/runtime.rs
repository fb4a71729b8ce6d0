//! Stage 6, backends (shared): runtime C pieces. A backend's runtime lives in
//! real `.h` files, split into named pieces by marker comments:
//!
//! ```c
//! /* @piece SWIG_AsVal_int requires SWIG_AsVal_long, errors */
//! ```
//!
//! A piece runs until the next marker. The emitter asks for the pieces it
//! uses; `RuntimeSet` adds their dependencies and emits each once, in an
//! order where dependencies come first.

/// One named piece of runtime code.
#[derive(Clone, Debug)]
pub struct Piece {
    pub name: String,
    pub requires: Vec<String>,
    pub text: String,
}

/// Splits runtime files into pieces.
pub fn parse_pieces(files: &[&str]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for file in files {
        let mut cur: Option<Piece> = None;
        for line in file.split_inclusive('\n') {
            let t = line.trim();
            if let Some(rest) = t.strip_prefix("/* @piece ") {
                if let Some(p) = cur.take() {
                    out.push(p);
                }
                let rest = rest.trim_end_matches("*/").trim();
                let (name, reqs) = match rest.split_once(" requires ") {
                    Some((n, r)) => (n.trim(), r),
                    None => (rest, ""),
                };
                cur = Some(Piece {
                    name: name.to_string(),
                    requires: reqs
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect(),
                    text: String::new(),
                });
            } else if let Some(p) = &mut cur {
                p.text.push_str(line);
            }
        }
        if let Some(p) = cur {
            out.push(p);
        }
    }
    for p in &mut out {
        p.text = p.text.trim_matches('\n').to_string();
        p.text.push('\n');
    }
    out
}

/// The pieces a module uses, with their dependencies.
#[derive(Debug)]
pub struct RuntimeSet<'a> {
    pieces: &'a [Piece],
    order: Vec<usize>,
}

impl<'a> RuntimeSet<'a> {
    pub fn new(pieces: &'a [Piece]) -> RuntimeSet<'a> {
        RuntimeSet {
            pieces,
            order: Vec::new(),
        }
    }

    pub fn knows(&self, name: &str) -> bool {
        self.pieces.iter().any(|p| p.name == name)
    }

    /// Requests a piece (and what it requires). Returns false for an
    /// unknown name.
    pub fn require(&mut self, name: &str) -> bool {
        let Some(i) = self.pieces.iter().position(|p| p.name == name) else {
            return false;
        };
        if self.order.contains(&i) {
            return true;
        }
        // Mark first so cycles terminate, then place after dependencies.
        self.order.push(i);
        let deps = self.pieces[i].requires.clone();
        for d in &deps {
            self.require(d);
        }
        if let Some(pos) = self.order.iter().position(|&j| j == i) {
            self.order.remove(pos);
        }
        self.order.push(i);
        true
    }

    pub fn contains(&self, name: &str) -> bool {
        self.order.iter().any(|&i| self.pieces[i].name == name)
    }

    /// The requested pieces' code, dependencies first.
    pub fn text(&self) -> String {
        self.text_with(|_| None)
    }

    /// Like `text`, with some pieces' code supplied by the emitter
    /// (e.g. a table it generates).
    pub fn text_with(&self, fill: impl Fn(&str) -> Option<String>) -> String {
        let mut s = String::new();
        for &i in &self.order {
            let p = &self.pieces[i];
            match fill(&p.name) {
                Some(t) => s.push_str(&t),
                None => s.push_str(&p.text),
            }
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_come_first_once() {
        let file =
            "/* @piece a requires b, c */\nA\n/* @piece b requires c */\nB\n/* @piece c */\nC\n";
        let pieces = parse_pieces(&[file]);
        let mut set = RuntimeSet::new(&pieces);
        assert!(set.require("a"));
        assert!(set.require("b"));
        assert!(!set.require("zz"));
        assert_eq!(set.text(), "C\n\nB\n\nA\n\n");
    }
}
