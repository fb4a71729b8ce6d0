//! Lua backend: the runtime shared with C code outside the modules.
//! Modules publish their type descriptors when loaded (`publish_call`, in
//! `luaopen_<module>`); `runtime_header` is `swigluarun.h`, what
//! `rswig -lua -external-runtime` writes: the runtime's pointer pieces as
//! static functions, and a `SWIG_TypeQuery(L, name)` that finds the
//! descriptors every module loaded in the Lua state published.

use super::runtime_pieces;
use crate::backends::common::external::type_aliases_arg;
use crate::backends::common::runtime::RuntimeSet;
use crate::backends::common::sink::CodeSink;
use crate::codegen::CodeWriter;
use crate::ir::Module;

/// SWIG's name for the header.
pub(super) const DEFAULT_FILE: &str = "swigluarun.h";

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
         * swigluarun.h: rswig's Lua runtime for C code outside the wrappers, written
         * by `rswig -lua -external-runtime`. Regenerate it with the wrappers.
         *
         * C code that includes it (one or more files, linked in any Lua C module)
         * can pass pointers to and from the rswig modules loaded in the Lua state:
         *   swig_type_info *ty = SWIG_TypeQuery(L, \"struct Point *\");
         *   SWIG_NewPointerObj(L, ptr, ty, 1);
         *   if (!SWIG_IsOK(SWIG_ConvertPtr(L, 1, (void **)&ptr, ty, 0))) ...
         * The functions are static and self-contained: nothing to link. The modules
         * publish their types in the registry (\"rswig.types\"), so SWIG_TypeQuery
         * finds the types of every module loaded in the state (SWIG_TYPE_TABLE is
         * not needed).
         * ----------------------------------------------------------------------------- */
        ",
    );
    writeln!(w);
    writeln!(w, "#ifndef SWIG_RSWIG_LUA_RUNTIME_H");
    writeln!(w, "#define SWIG_RSWIG_LUA_RUNTIME_H");
    writeln!(w);
    w.verbatim(&rt.text());
    writeln!(w, "#endif /* SWIG_RSWIG_LUA_RUNTIME_H */");
    w.finish()
}

/// `luaopen_<module>`'s call publishing its types.
pub(super) fn publish_call(w: &mut CodeSink, m: &Module) {
    if m.types.is_empty() {
        return;
    }
    writeln!(
        w,
        "SWIG_Lua_PublishTypes(L, swig_types_table, {}, {});",
        m.types.len(),
        type_aliases_arg(m)
    );
}
