//! Stage 6, backends (shared): what every module emits so that C code
//! outside it (`-external-runtime`'s header) finds its types: the table of
//! the other spellings of its types, which its initialisation publishes
//! with the types' own names (`SWIG_<Lang>_PublishTypes`).

use super::code::c_escape;
use super::sink::CodeOut;
use crate::ir::Module;

/// The name of the aliases table.
const ALIASES: &str = "swig_type_aliases";

/// Writes `swig_type_aliases`, the typedef spellings of the module's types
/// as pairs of mangled name and spelling ending with NULL, when it has any.
pub fn write_type_aliases(w: &mut impl CodeOut, m: &Module) {
    if m.types.iter().all(|t| t.aliases.is_empty()) {
        return;
    }
    writeln!(
        w,
        "/* Other spellings of the types, for SWIG_TypeQuery outside the module. */"
    );
    w.open(&format!("static const char *const {ALIASES}[] ="));
    for t in &m.types {
        for a in &t.aliases {
            writeln!(w, "\"{}\", \"{}\",", t.mangled, c_escape(a));
        }
    }
    writeln!(w, "NULL");
    w.close(";");
    writeln!(w);
}

/// The publishing call's aliases argument: the table, or `NULL`.
pub fn type_aliases_arg(m: &Module) -> &'static str {
    if m.types.iter().all(|t| t.aliases.is_empty()) {
        "NULL"
    } else {
        ALIASES
    }
}
