//! Python backend: the runtime shared with C code outside the modules.
//! Modules publish their type descriptors at import (`publish_call`, in
//! the module initialisation); `runtime_header` is `swigpyrun.h`, what
//! `rswig -python -external-runtime` writes: the runtime's pointer pieces
//! as static functions, and a `SWIG_TypeQuery` that finds the descriptors
//! every loaded module published.

use super::runtime_pieces;
use crate::backends::common::external::type_aliases_arg;
use crate::backends::common::runtime::RuntimeSet;
use crate::codegen::CodeWriter;
use crate::ir::Module;

/// SWIG's name for the header.
pub(super) const DEFAULT_FILE: &str = "swigpyrun.h";

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
         * swigpyrun.h: rswig's Python runtime for C code outside the wrappers, written
         * by `rswig -python -external-runtime`. Regenerate it with the wrappers.
         *
         * C code that includes it (one or more files, linked in any extension module)
         * can pass pointers to and from the rswig modules loaded in the interpreter:
         *   swig_type_info *ty = SWIG_TypeQuery(\"struct Point *\");
         *   PyObject *obj = SWIG_NewPointerObj(ptr, ty, SWIG_POINTER_OWN);
         *   if (!SWIG_IsOK(SWIG_ConvertPtr(obj, (void **)&ptr, ty, 0))) ...
         * The functions are static and self-contained: nothing to link. The modules
         * share their types through `_rswig_runtime_1`, a module in sys.modules, so
         * SWIG_TypeQuery finds the types of every loaded module (SWIG_TYPE_TABLE is
         * not needed). Call them with the GIL held.
         * ----------------------------------------------------------------------------- */
        ",
    );
    writeln!(w);
    writeln!(w, "#ifndef SWIG_RSWIG_PYTHON_RUNTIME_H");
    writeln!(w, "#define SWIG_RSWIG_PYTHON_RUNTIME_H");
    writeln!(w);
    writeln!(w, "#ifndef PY_SSIZE_T_CLEAN");
    writeln!(w, "#define PY_SSIZE_T_CLEAN");
    writeln!(w, "#endif");
    writeln!(w, "#include <Python.h>");
    writeln!(w);
    w.verbatim(&rt.text());
    writeln!(w, "#endif /* SWIG_RSWIG_PYTHON_RUNTIME_H */");
    w.finish()
}

/// The module initialisation's call publishing its types.
pub(super) fn publish_call(w: &mut CodeWriter, m: &Module) {
    if m.types.is_empty() {
        return;
    }
    writeln!(
        w,
        "if (SWIG_Python_PublishTypes(swig_types_table, {}, {}) < 0) return -1;",
        m.types.len(),
        type_aliases_arg(m)
    );
}
