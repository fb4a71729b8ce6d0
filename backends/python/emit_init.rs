//! Python backend: the method table, the module definition and
//! `PyInit__<module>` with its exec slot: pointer type, `cvar`, constants,
//! then `%init` code.

use super::emit_c::c_escape;
use super::emit_function::{getter_name, setter_name};
use crate::codegen::CodeWriter;
use crate::ir::{Function, Module, Variable};

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
        let doc = doc_string(f);
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
    exec(w, m, uses_pyobject, &vars);
    w.open("static struct PyModuleDef swig_module =");
    writeln!(w, ".m_base = PyModuleDef_HEAD_INIT,");
    writeln!(w, ".m_name = \"_{}\",", m.name);
    match m.module_options.iter().find(|(k, _)| k == "docstring") {
        Some((_, doc)) => writeln!(w, ".m_doc = \"{}\",", c_escape(doc).replace('\n', "\\n")),
        None => writeln!(w, ".m_doc = NULL,"),
    }
    writeln!(w, ".m_size = 0,");
    writeln!(w, ".m_methods = SwigMethods,");
    writeln!(w, ".m_slots = swig_slots,");
    w.close(";");
    writeln!(w);
    writeln!(
        w,
        "/* Multi-phase initialisation (PEP 489): Python creates the module and"
    );
    writeln!(
        w,
        "   runs swig_exec on it, again for each import after a reload. */"
    );
    w.open(&format!("PyMODINIT_FUNC PyInit__{}(void)", m.name));
    writeln!(w, "return PyModuleDef_Init(&swig_module);");
    w.close("");
}

/// `swig_exec(m)`, the module's `Py_mod_exec` slot: the pointer type,
/// `cvar`, constants, then `%init` code. `m` and `d` (its dictionary) are
/// the names typemaps and `%init` code use.
fn exec(w: &mut CodeWriter, m: &Module, uses_pyobject: bool, vars: &[&Variable]) {
    w.open("static int swig_exec(PyObject *m)");
    writeln!(w, "PyObject *d = PyModule_GetDict(m);");
    writeln!(w, "(void)d;");
    if uses_pyobject {
        writeln!(w, "if (SwigPyObject_init() < 0) return -1;");
    }
    if !vars.is_empty() {
        w.open("");
        writeln!(
            w,
            "PyObject *cvar = SWIG_Python_newvarlink(swig_globals, {});",
            vars.len()
        );
        writeln!(
            w,
            "int res = cvar ? PyDict_SetItemString(d, \"cvar\", cvar) : -1;"
        );
        writeln!(w, "Py_XDECREF(cvar);");
        writeln!(w, "if (res < 0) return -1;");
        w.close("");
    }
    for c in m.constants() {
        w.block(&c.code);
    }
    for code in m.section("init") {
        w.block(code);
    }
    writeln!(w, "return PyErr_Occurred() ? -1 : 0;");
    w.close("");
    writeln!(w);
    w.open("static PyModuleDef_Slot swig_slots[] =");
    writeln!(w, "{{Py_mod_exec, (void *)swig_exec}},");
    writeln!(w, "{{0, NULL}}");
    w.close(";");
    writeln!(w);
}

/// The C docstring of a function: its text signature (`fact(n)\n--\n\n`,
/// which `inspect.signature` and `help()` read through
/// `__text_signature__`), then the `%feature("docstring")` text.
fn doc_string(f: &Function) -> String {
    let mut doc = String::new();
    let plain = f.dispatch.is_empty()
        && !f.varargs
        && f.inputs.iter().all(|i| {
            !i.optional
                && is_identifier(&i.name)
                && !super::PYTHON_KEYWORDS.contains(&i.name.as_str())
        });
    if plain && is_identifier(&f.sym_name) {
        let names: Vec<&str> = f.inputs.iter().map(|i| i.name.as_str()).collect();
        doc = format!("{}({})\n--\n\n", f.sym_name, names.join(", "));
    }
    if let Some(d) = &f.doc {
        doc.push_str(d);
    }
    if doc.is_empty() {
        "NULL".into()
    } else {
        format!("\"{}\"", c_escape(&doc).replace('\n', "\\n"))
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
