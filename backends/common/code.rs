//! Stage 6, backends: text helpers every emitter shares (C string escapes,
//! the scan of a module's code for the runtime helpers it calls).

use crate::ir::{Decl, Module};

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

#[cfg(test)]
mod tests {
    use super::c_escape;

    #[test]
    fn escapes_quotes_backslashes_and_controls() {
        assert_eq!(c_escape("a\"b\\c\nd\x01"), "a\\\"b\\\\c\\nd\\001");
    }
}
