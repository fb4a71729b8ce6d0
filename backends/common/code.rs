//! Stage 6, backends: text helpers every emitter shares (C string escapes,
//! the scan of a module's code for the runtime helpers it calls).

use crate::ir::{Decl, Module};
use std::collections::HashSet;

/// `s` escaped for the inside of a C string literal.
pub fn c_escape(s: &str) -> String {
    let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    if !s.bytes().any(special) {
        return s.to_string();
    }
    // Runs of plain text are copied whole; the characters escaped are all
    // ASCII, so byte positions are character boundaries.
    let mut out = String::with_capacity(s.len() + 8);
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        if !special(b) {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + 1;
        match b {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push_str(&s[run..]);
    out
}

/// Every piece of code the wrappers contain (to find runtime helpers that
/// typemap code calls directly).
pub fn all_wrapper_code(m: &Module) -> String {
    let mut s = String::new();
    for_each_wrapper_code(m, |c| s.push_str(c));
    s
}

/// The pieces `all_wrapper_code` joins, in its order, without joining them.
pub fn for_each_wrapper_code(m: &Module, mut f: impl FnMut(&str)) {
    for d in &m.decls {
        match d {
            Decl::Function(func) => {
                for c in func
                    .convert
                    .iter()
                    .chain(&func.check)
                    .chain(&func.argout)
                    .chain(&func.freearg)
                    .chain(func.out.iter())
                    .chain(func.newfree.iter())
                    .chain(func.ret.iter())
                {
                    f(c);
                }
                f(&func.action);
            }
            Decl::Variable(v) => {
                f(&v.get_code);
                if let Some((_, c)) = &v.set {
                    f(c);
                }
            }
            Decl::Constant(c) => f(&c.code),
            _ => {}
        }
    }
    for c in &m.code {
        f(&c.text);
    }
    for d in &m.decls {
        if let Decl::TargetCode(c) = d {
            f(&c.text);
        }
    }
    for fr in &m.fragments {
        if let Some(c) = &fr.code {
            f(c);
        }
    }
}

/// Does `text` contain `word` as a whole identifier?
pub fn contains_word(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// The words of `words` that `text` contains as whole identifiers (what
/// `contains_word` says of each), found in one pass over `text`: each
/// maximal run of identifier characters is compared with the words of its
/// length.
pub fn words_in<'w>(text: &str, words: &[&'w str]) -> HashSet<&'w str> {
    let mut ident = [false; 256];
    for b in 0..=255u8 {
        ident[usize::from(b)] = b.is_ascii_alphanumeric() || b == b'_';
    }
    let is_ident = |w: &str| !w.is_empty() && w.bytes().all(|b| ident[usize::from(b)]);
    let mut found = HashSet::new();
    // Words by length; a word that is not an identifier is never a whole
    // run, so it is searched alone.
    let mut by_len: Vec<Vec<&'w str>> = Vec::new();
    for &w in words {
        if is_ident(w) {
            if by_len.len() <= w.len() {
                by_len.resize(w.len() + 1, Vec::new());
            }
            by_len[w.len()].push(w);
        } else if contains_word(text, w) {
            found.insert(w);
        }
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !ident[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && ident[usize::from(bytes[i])] {
            i += 1;
        }
        if let Some(candidates) = by_len.get(i - start) {
            let run = &bytes[start..i];
            if let Some(w) = candidates.iter().find(|w| w.as_bytes() == run) {
                found.insert(*w);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{c_escape, contains_word, words_in};

    #[test]
    fn finds_whole_identifiers_as_contains_word() {
        let text = "x = SWIG_Foo(a); SWIG_FooBar(b); _SWIG_Baz; y->SWIG_Qux\n a-b";
        let words = ["SWIG_Foo", "SWIG_Bar", "SWIG_Baz", "SWIG_Qux", "a-b", "Foo"];
        let found = words_in(text, &words);
        for w in words {
            assert_eq!(found.contains(w), contains_word(text, w), "{w}");
        }
        assert!(found.contains("SWIG_Qux") && found.contains("a-b"));
    }

    #[test]
    fn escapes_quotes_backslashes_and_controls() {
        assert_eq!(c_escape("a\"b\\c\nd\x01"), "a\\\"b\\\\c\\nd\\001");
    }
}
