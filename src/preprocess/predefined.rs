//! Stage 1, preprocess: the predefined macros (`SWIG`, the language macro,
//! `SWIG_VERSION`, `__STDC__`, `__FILE__`, `__LINE__`, `-D`/`-U`).

use super::engine::Pp;
use super::lexer::Lexer;
use super::macros::{Builtin, Macro};
use crate::source::{FileId, FileKind, Span};
use std::rc::Rc;

/// The SWIG version rswig claims to be compatible with.
pub const SWIG_VERSION: &str = "0x040100";

pub fn define_all(pp: &mut Pp<'_>, main: FileId) {
    let mut text = String::new();
    let mut defs: Vec<(String, String)> = vec![
        ("SWIG_VERSION".into(), SWIG_VERSION.into()),
        ("__STDC__".into(), "1".into()),
    ];
    for (n, v) in &pp.opts.defines {
        defs.push((n.clone(), v.clone().unwrap_or_else(|| "1".into())));
    }
    for (n, v) in &defs {
        text.push_str(&format!("#define {n} {v}\n"));
    }
    let id = pp.sm.add("<command line>", None, text, FileKind::Builtin);
    let mut stack = Vec::new();
    stack.push(super::engine::Src::File(super::engine::FileSrc {
        lexer: Lexer::new(id, Rc::from(pp.sm.get(id).text.as_str())),
        cond_base: 0,
        defined_imported: false,
    }));
    pp.run(&mut stack);
    pp.out = Default::default();
    for (name, b) in [("__LINE__", Builtin::Line), ("__FILE__", Builtin::File)] {
        let m = Macro {
            name: Rc::from(name),
            params: None,
            variadic: false,
            body: Vec::new(),
            swig: false,
            span: Span::new(main, 0, 0),
            builtin: Some(b),
        };
        pp.macros.insert(m.name.clone(), Rc::new(m));
    }
    for u in &pp.opts.undefines {
        pp.macros.remove(u.as_str());
    }
}
