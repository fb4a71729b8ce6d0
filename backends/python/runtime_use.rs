//! Python backend: which runtime pieces the module's code calls by name
//! (typemap and user code may use a runtime helper without asking for it by
//! fragment). One pass over the code's identifiers, instead of a search of
//! the whole code per piece name.

use crate::backends::common::code::{all_wrapper_code, contains_word, for_each_wrapper_code};
use crate::backends::common::runtime::Piece;
use crate::ir::Module;

/// What the code names: `named[i]` when `pieces[i]`'s name occurs as a
/// whole identifier, and for each of `needles`, whether it occurs anywhere.
pub(super) struct Use {
    pub named: Vec<bool>,
    pub needles: Vec<bool>,
}

/// Scans the code of `m` (its pieces taken as one text, as
/// `all_wrapper_code` joins them). `needles` must be identifier
/// characters only.
pub(super) fn scan(m: &Module, pieces: &[Piece], needles: &[&str]) -> Use {
    debug_assert!(needles.iter().all(|n| is_ident(n)));
    let mut s = Scanner {
        by_len: Vec::new(),
        first: [false; 256],
        needles,
        found: Use {
            named: vec![false; pieces.len()],
            needles: vec![false; needles.len()],
        },
        carry: String::new(),
    };
    let mut odd = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        if is_ident(&p.name) {
            s.add_name(&p.name, i);
        } else {
            odd.push(i);
        }
    }
    for_each_wrapper_code(m, |c| s.feed(c));
    s.end_word();
    let mut found = s.found;
    if !odd.is_empty() {
        // A name that is not an identifier: search the joined text.
        let all = all_wrapper_code(m);
        for i in odd {
            found.named[i] = contains_word(&all, &pieces[i].name);
        }
    }
    found
}

fn is_ident(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(ident_byte)
}

/// The bytes of identifiers, `[A-Za-z0-9_]`.
const IDENT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

fn ident_byte(b: u8) -> bool {
    IDENT[usize::from(b)]
}

struct Scanner<'a> {
    /// The (identifier) names by length, each with its piece's index.
    by_len: Vec<Vec<(&'a str, usize)>>,
    /// Quick rejection: the first bytes of the names.
    first: [bool; 256],
    needles: &'a [&'a str],
    found: Use,
    /// An identifier that ran to the end of the previous text.
    carry: String,
}

impl<'a> Scanner<'a> {
    fn add_name(&mut self, name: &'a str, piece: usize) {
        if self.by_len.len() <= name.len() {
            self.by_len.resize_with(name.len() + 1, Vec::new);
        }
        self.by_len[name.len()].push((name, piece));
        self.first[usize::from(name.as_bytes()[0])] = true;
    }

    fn feed(&mut self, text: &str) {
        // A needle inside this text (one that runs on from the previous
        // text is seen in the carried word).
        for (k, n) in self.needles.iter().enumerate() {
            if !self.found.needles[k] && text.contains(n) {
                self.found.needles[k] = true;
            }
        }
        let b = text.as_bytes();
        let mut i = 0;
        if !self.carry.is_empty() {
            let end = b.iter().position(|&c| !ident_byte(c)).unwrap_or(b.len());
            self.carry.push_str(&text[..end]);
            if end == b.len() {
                return;
            }
            self.end_word();
            i = end;
        }
        while i < b.len() {
            if !ident_byte(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && ident_byte(b[i]) {
                i += 1;
            }
            if i == b.len() {
                self.carry.push_str(&text[start..]);
                return;
            }
            if self.first[usize::from(b[start])] {
                self.name(&text[start..i]);
            }
        }
    }

    fn end_word(&mut self) {
        if !self.carry.is_empty() {
            let w = std::mem::take(&mut self.carry);
            self.word(&w);
        }
    }

    /// A whole identifier that spans texts.
    fn word(&mut self, w: &str) {
        for (k, n) in self.needles.iter().enumerate() {
            if !self.found.needles[k] && w.contains(n) {
                self.found.needles[k] = true;
            }
        }
        if self.first[usize::from(w.as_bytes()[0])] {
            self.name(w);
        }
    }

    /// Marks the pieces named `w`.
    fn name(&mut self, w: &str) {
        if let Some(names) = self.by_len.get(w.len()) {
            for &(name, i) in names {
                if name == w {
                    self.found.named[i] = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(name: &str) -> Piece {
        Piece {
            name: name.into(),
            requires: Vec::new(),
            text: String::new(),
        }
    }

    #[test]
    fn whole_identifiers_across_pieces() {
        let pieces = [piece("foo"), piece("bar"), piece("baz_1")];
        let mut s = Scanner {
            by_len: Vec::new(),
            first: [false; 256],
            needles: &["AppendOutput"],
            found: Use {
                named: vec![false; 3],
                needles: vec![false],
            },
            carry: String::new(),
        };
        for (i, p) in pieces.iter().enumerate() {
            s.add_name(&p.name, i);
        }
        // `foobar` is one identifier across the two texts; `baz_1` ends the
        // last one; the needle is found inside a longer identifier.
        for t in ["x = foo", "bar; SWIG_AppendOutputX(", "); baz_1"] {
            s.feed(t);
        }
        s.end_word();
        assert_eq!(s.found.named, [false, false, true]);
        assert_eq!(s.found.needles, [true]);
    }
}
