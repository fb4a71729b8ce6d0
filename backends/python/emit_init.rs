//! Python backend: the method table, the module definition and
//! `PyInit__<module>`: pointer type, `cvar`, constants, then `%init` code.

use super::emit_c::c_escape;
use super::emit_function::{getter_name, setter_name};
use crate::codegen::CodeWriter;
use crate::ir::Module;

/// `<Class>_swigregister` and `<Class>_swiginit` for each proxy class.
pub(super) fn class_helpers(w: &mut CodeWriter, m: &Module) {
    for c in m.classes() {
        writeln!(w, "/* Proxy class {} for {} */", c.sym_name, c.c_type);
        w.open(&format!(
            "static PyObject *{}_swigregister(PyObject *self, PyObject *cls)",
            c.sym_name
        ));
        writeln!(w, "(void)self;");
        writeln!(
            w,
            "return SWIG_Python_RegisterClass({}, cls);",
            c.descriptor
        );
        w.close("");
        writeln!(w);
        w.open(&format!(
            "static PyObject *{}_swiginit(PyObject *self, PyObject *const *args, Py_ssize_t nargs)",
            c.sym_name
        ));
        writeln!(w, "(void)self;");
        writeln!(w, "return SWIG_Python_InitShadowInstance(args, nargs);");
        w.close("");
        writeln!(w);
    }
}

pub(super) fn init(w: &mut CodeWriter, m: &Module, uses_pyobject: bool) {
    w.open("static PyMethodDef SwigMethods[] =");
    for f in m.functions().filter(|f| !f.overloaded) {
        let doc = match &f.doc {
            Some(d) => format!("\"{}\"", c_escape(d).replace('\n', "\\n")),
            None => "NULL".into(),
        };
        writeln!(
            w,
            "{{\"{}\", (PyCFunction)(void (*)(void)){}, METH_FASTCALL | METH_KEYWORDS, {doc}}},",
            f.sym_name, f.wrap_name
        );
    }
    for c in m.classes() {
        writeln!(
            w,
            "{{\"{0}_swigregister\", {0}_swigregister, METH_O, NULL}},",
            c.sym_name
        );
        writeln!(
            w,
            "{{\"{0}_swiginit\", (PyCFunction)(void (*)(void)){0}_swiginit, METH_FASTCALL, NULL}},",
            c.sym_name
        );
    }
    writeln!(w, "{{NULL, NULL, 0, NULL}}");
    w.close(";");
    writeln!(w);
    w.open("static struct PyModuleDef swig_module =");
    writeln!(w, ".m_base = PyModuleDef_HEAD_INIT,");
    writeln!(w, ".m_name = \"_{}\",", m.name);
    match m.module_options.iter().find(|(k, _)| k == "docstring") {
        Some((_, doc)) => writeln!(w, ".m_doc = \"{}\",", c_escape(doc).replace('\n', "\\n")),
        None => writeln!(w, ".m_doc = NULL,"),
    }
    writeln!(w, ".m_size = -1,");
    writeln!(w, ".m_methods = SwigMethods,");
    w.close(";");
    writeln!(w);
    let vars: Vec<_> = m.variables().collect();
    if !vars.is_empty() {
        w.open("static swig_globalvar swig_globals[] =");
        for v in &vars {
            let set = if v.set.is_some() {
                setter_name(v)
            } else {
                "NULL".into()
            };
            writeln!(w, "{{\"{}\", {}, {set}}},", v.sym_name, getter_name(v));
        }
        w.close(";");
        writeln!(w);
    }
    w.open(&format!("PyMODINIT_FUNC PyInit__{}(void)", m.name));
    writeln!(w, "PyObject *m, *d;");
    writeln!(w, "m = PyModule_Create(&swig_module);");
    writeln!(w, "if (!m) return NULL;");
    writeln!(w, "d = PyModule_GetDict(m);");
    writeln!(w, "(void)d;");
    if uses_pyobject {
        w.open("if (SwigPyObject_init() < 0)");
        writeln!(w, "Py_DECREF(m);");
        writeln!(w, "return NULL;");
        w.close("");
    }
    if !vars.is_empty() {
        w.open("");
        writeln!(
            w,
            "PyObject *cvar = SWIG_Python_newvarlink(swig_globals, {});",
            vars.len()
        );
        w.open("if (!cvar || PyDict_SetItemString(d, \"cvar\", cvar) < 0)");
        writeln!(w, "Py_XDECREF(cvar);");
        writeln!(w, "Py_DECREF(m);");
        writeln!(w, "return NULL;");
        w.close("");
        writeln!(w, "Py_DECREF(cvar);");
        w.close("");
    }
    for c in m.constants() {
        w.block(&c.code);
    }
    for code in m.section("init") {
        w.block(code);
    }
    writeln!(w, "return m;");
    w.close("");
}
