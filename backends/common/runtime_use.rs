//! Stage 6, backends (shared): which runtime pieces the module's code calls by name
//! (typemap and user code may use a runtime helper without asking for it by
//! fragment). One pass over the code's identifiers, instead of a search of
//! the whole code per piece name.

use crate::backends::common::code::{all_wrapper_code, contains_word, for_each_wrapper_code};
use crate::backends::common::runtime::Piece;
use crate::ir::Module;

/// What the code names: `named[i]` when `pieces[i]`'s name occurs as a
/// whole identifier, and for each of `needles`, whether it occurs anywhere.
pub struct Use {
    pub named: Vec<bool>,
    pub needles: Vec<bool>,
}

/// Scans the code of `m` (its pieces taken as one text, as
/// `all_wrapper_code` joins them). `needles` must be identifier
/// characters only.
pub fn scan(m: &Module, pieces: &[Piece], needles: &[&str]) -> Use {
    debug_assert!(needles.iter().all(|n| is_ident(n)));
    let mut s = Scanner {
        by_len: Vec::new(),
        first: [false; 256],
        starts: Vec::new(),
        needles,
        finders: needles.iter().map(memchr::memmem::Finder::new).collect(),
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
    /// Quick rejection: the first bytes of the names (as a table, and as a
    /// list).
    first: [bool; 256],
    starts: Vec<u8>,
    needles: &'a [&'a str],
    /// The needles' searchers.
    finders: Vec<memchr::memmem::Finder<'a>>,
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
        let b = name.as_bytes()[0];
        if !self.first[usize::from(b)] {
            self.first[usize::from(b)] = true;
            self.starts.push(b);
        }
    }

    fn feed(&mut self, text: &str) {
        // A needle inside this text (one that runs on from the previous
        // text is seen in the carried word).
        for (k, n) in self.finders.iter().enumerate() {
            if !self.found.needles[k] && n.find(text.as_bytes()).is_some() {
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
        // The identifier at the end runs on into the next text: carried.
        let tail = b.len() - b.iter().rev().take_while(|&&c| ident_byte(c)).count();
        let tail = tail.max(i);
        match *self.starts.as_slice() {
            // Few first bytes (the usual case): jump from one to the next.
            [x] => self.names_from(text, i, tail, memchr::memchr_iter(x, &b[i..tail])),
            [x, y] => self.names_from(text, i, tail, memchr::memchr2_iter(x, y, &b[i..tail])),
            [x, y, z] => self.names_from(text, i, tail, memchr::memchr3_iter(x, y, z, &b[i..tail])),
            _ => {
                let first = self.first;
                let at = (0..tail - i).filter(|&k| first[usize::from(b[i + k])]);
                self.names_from(text, i, tail, at)
            }
        }
        if tail < b.len() {
            self.carry.push_str(&text[tail..]);
        }
    }

    /// Checks the identifiers of `text[from..to]` that start at the offsets
    /// (from `from`) `candidates` gives, in increasing order.
    fn names_from(
        &mut self,
        text: &str,
        from: usize,
        to: usize,
        candidates: impl Iterator<Item = usize>,
    ) {
        let b = text.as_bytes();
        let mut done = from;
        for k in candidates {
            let start = from + k;
            if start < done || (start > from && ident_byte(b[start - 1])) {
                // Inside an identifier (the text before `from` ends with
                // a non-identifier byte, or starts the text).
                continue;
            }
            let end = b[start..to]
                .iter()
                .position(|&c| !ident_byte(c))
                .map_or(to, |n| start + n);
            self.name(&text[start..end]);
            done = end;
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

    /// What `scan` finds for `names` in `texts`, compared with
    /// `contains_word` / `contains` over the joined text.
    fn check(names: &[&str], texts: &[&str]) {
        let needles = ["AppendOutput", "Ptr"];
        let mut s = Scanner {
            by_len: Vec::new(),
            first: [false; 256],
            starts: Vec::new(),
            needles: &needles,
            finders: needles.iter().map(memchr::memmem::Finder::new).collect(),
            found: Use {
                named: vec![false; names.len()],
                needles: vec![false; needles.len()],
            },
            carry: String::new(),
        };
        for (i, n) in names.iter().enumerate() {
            s.add_name(n, i);
        }
        for t in texts {
            s.feed(t);
        }
        s.end_word();
        let all = texts.concat();
        let named: Vec<bool> = names.iter().map(|n| contains_word(&all, n)).collect();
        let found: Vec<bool> = needles.iter().map(|n| all.contains(n)).collect();
        assert_eq!(s.found.named, named, "{texts:?}");
        assert_eq!(s.found.needles, found, "{texts:?}");
    }

    #[test]
    fn whole_identifiers_across_pieces() {
        let texts: [&[&str]; 6] = [
            &["x = foo", "bar; SWIG_AppendOutputX(", "); baz_1"],
            &["foo", "", "(1); bar"],
            &["xfoo bar_ baz_1", " quux", "_Pt", "r"],
            &["é foo(é)", "bar"],
            &["foo", "bar", "baz_1"],
            &["(quux)+baz_1+zoo;w2", "aPtr"],
        ];
        for t in texts {
            check(&["foo", "bar", "baz_1"], t);
            // More than three first bytes: the table path.
            check(&["foo", "bar", "baz_1", "quux", "zoo", "w2"], t);
        }
    }
}
