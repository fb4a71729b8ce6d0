//! Ruby backend: the runtime shared with C code outside the modules.
//! Modules publish their type descriptors when loaded (`publish_call`, in
//! `Init_<module>`); `runtime_header` is `swigrubyrun.h`, what
//! `rswig -ruby -external-runtime` writes: the runtime's pointer pieces as
//! static functions, and a `SWIG_TypeQuery` that finds the descriptors
//! every loaded module published.

use super::runtime_pieces;
use crate::backends::common::external::type_aliases_arg;
use crate::backends::common::runtime::RuntimeSet;
use crate::backends::common::sink::CodeSink;
use crate::codegen::CodeWriter;
use crate::ir::Module;

/// SWIG's name for the header.
pub(super) const DEFAULT_FILE: &str = "swigrubyrun.h";

/// The header's text.
pub(super) fn runtime_header() -> String {
    let pieces = runtime_pieces();
    let mut rt = RuntimeSet::new(&pieces);
    rt.require("swig_core");
    rt.require("swig_external");
    let mut w = CodeWriter::new("  ");
    w.block(
        "
        /* ----------------------------------------------------------------------------
         * swigrubyrun.h: rswig's Ruby runtime for C code outside the wrappers, written
         * by `rswig -ruby -external-runtime`. Regenerate it with the wrappers.
         *
         * C code that includes it (one or more files, linked in any extension) can
         * pass pointers to and from the rswig modules loaded in the interpreter:
         *   swig_type_info *ty = SWIG_TypeQuery(\"struct Point *\");
         *   VALUE obj = SWIG_NewPointerObj(ptr, ty, SWIG_POINTER_OWN);
         *   if (!SWIG_IsOK(SWIG_ConvertPtr(obj, (void **)&ptr, ty, 0))) ...
         * The functions are static and self-contained: nothing to link. The modules
         * publish their types in the `SWIG` module (a hidden instance variable), so
         * SWIG_TypeQuery finds the types of every loaded module (SWIG_TYPE_TABLE is
         * not needed).
         * ----------------------------------------------------------------------------- */
        ",
    );
    writeln!(w);
    writeln!(w, "#ifndef SWIG_RSWIG_RUBY_RUNTIME_H");
    writeln!(w, "#define SWIG_RSWIG_RUBY_RUNTIME_H");
    writeln!(w);
    writeln!(
        w,
        "/* Ruby's own inline functions leave parameters unused. */"
    );
    writeln!(w, "#if defined(__GNUC__)");
    writeln!(w, "#pragma GCC diagnostic push");
    writeln!(w, "#pragma GCC diagnostic ignored \"-Wunused-parameter\"");
    writeln!(w, "#endif");
    writeln!(w, "#include <ruby.h>");
    writeln!(w, "#if defined(__GNUC__)");
    writeln!(w, "#pragma GCC diagnostic pop");
    writeln!(w, "#endif");
    writeln!(w);
    w.verbatim(&rt.text());
    writeln!(w, "#endif /* SWIG_RSWIG_RUBY_RUNTIME_H */");
    w.finish()
}

/// `Init_<module>`'s call publishing its types.
pub(super) fn publish_call(w: &mut CodeSink, m: &Module) {
    if m.types.is_empty() {
        return;
    }
    writeln!(
        w,
        "SWIG_Ruby_PublishTypes(swig_types_table, {}, {});",
        m.types.len(),
        type_aliases_arg(m)
    );
}
