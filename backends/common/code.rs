//! Stage 6, backends: text helpers every emitter shares (C string escapes,
//! the scan of a module's code for the runtime helpers it calls).

use crate::ir::{Decl, Module};

/// `s` escaped for the inside of a C string literal.
pub fn c_escape(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Every piece of code the wrappers contain (to find runtime helpers that
/// typemap code calls directly).
pub fn all_wrapper_code(m: &Module) -> String {
    let mut s = String::new();
    for d in &m.decls {
        match d {
            Decl::Function(f) => {
                for c in f
                    .convert
                    .iter()
                    .chain(&f.check)
                    .chain(&f.argout)
                    .chain(&f.freearg)
                    .chain(f.out.iter())
                    .chain(f.newfree.iter())
                    .chain(f.ret.iter())
                {
                    s.push_str(c);
                }
                s.push_str(&f.action);
            }
            Decl::Variable(v) => {
                s.push_str(&v.get_code);
                if let Some((_, c)) = &v.set {
                    s.push_str(c);
                }
            }
            Decl::Constant(c) => s.push_str(&c.code),
            _ => {}
        }
    }
    for c in &m.code {
        s.push_str(&c.text);
    }
    for d in &m.decls {
        if let Decl::TargetCode(c) = d {
            s.push_str(&c.text);
        }
    }
    for f in &m.fragments {
        if let Some(c) = &f.code {
            s.push_str(c);
        }
    }
    s
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
