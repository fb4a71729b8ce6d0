//! Python backend: the method table, the module definition and
//! `PyInit__<module>` with its exec slot: pointer type, `cvar`, constants,
//! then `%init` code.

use super::emit_c::c_escape;
use super::emit_function::{getter_name, setter_name};
use crate::codegen::CodeWriter;
use crate::ir::{Class, Function, Module, Variable};
use std::collections::HashMap;

/// For each proxy class: `<Class>_swigregister`, `<Class>_swiginit`, and
/// the C base class `<Class>_swigbase` holding its members (getset
/// descriptors over the member wrappers) and methods (method descriptors).
pub(super) fn class_helpers(w: &mut CodeWriter, m: &Module) {
    if m.classes().next().is_none() {
        return;
    }
    // The wrapper of each (not overloaded) function by name; the first
    // one declared wins.
    let mut wrappers: HashMap<&str, &str> = HashMap::new();
    for f in m.functions().filter(|f| !f.overloaded) {
        wrappers
            .entry(f.sym_name.as_str())
            .or_insert(f.wrap_name.as_str());
    }
    for c in m.classes() {
        let name = &c.sym_name;
        writeln!(w, "/* Proxy class {name} for {} */", c.c_type);
        w.open(&format!(
            "static PyObject *{name}_swigregister(PyObject *self, PyObject *cls)"
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
            "static PyObject *{name}_swiginit(PyObject *self, PyObject *args)"
        ));
        writeln!(w, "PyObject *inst, *this;");
        writeln!(w, "(void)self;");
        writeln!(
            w,
            "if (!PyArg_UnpackTuple(args, \"{name}_swiginit\", 2, 2, &inst, &this)) return NULL;"
        );
        writeln!(w, "return SWIG_Python_InitShadowInstance(inst, this);");
        w.close("");
        writeln!(w);
        swigbase(w, m, c, &wrappers);
    }
}

/// `<Class>_swigbase`'s descriptors and type spec.
/// `wrappers`: the wrapper of each function, by name.
fn swigbase(w: &mut CodeWriter, m: &Module, c: &Class, wrappers: &HashMap<&str, &str>) {
    let name = &c.sym_name;
    let wrap = |sym: &str| wrappers.get(sym).copied();
    let members: Vec<(&str, &str, Option<&str>)> = c
        .attributes
        .iter()
        .filter_map(|a| {
            let get = wrap(&a.getter)?;
            let set = a.setter.as_deref().and_then(wrap);
            Some((a.name.as_str(), get, set))
        })
        .collect();
    if !members.is_empty() {
        w.open(&format!("static swig_member {name}_members[] ="));
        for (_, get, set) in &members {
            writeln!(w, "{{{get}, {}}},", set.unwrap_or("NULL"));
        }
        w.close(";");
        writeln!(w);
    }
    w.open(&format!("static PyGetSetDef {name}_getset[] ="));
    for (i, (attr, _, set)) in members.iter().enumerate() {
        let setter = if set.is_some() {
            "SWIG_Python_MemberSet"
        } else {
            "NULL"
        };
        writeln!(
            w,
            "{{\"{attr}\", SWIG_Python_MemberGet, {setter}, NULL, &{name}_members[{i}]}},"
        );
    }
    writeln!(w, "{{NULL, NULL, NULL, NULL, NULL}}");
    w.close(";");
    writeln!(w);
    let mut methods: Vec<(&str, &str)> = Vec::new();
    for meth in &c.methods {
        if let Some(wrapper) = wrap(&meth.wrapper) {
            if !methods.iter().any(|(n, _)| *n == meth.name) {
                methods.push((meth.name.as_str(), wrapper));
            }
        }
    }
    for (meth, wrapper) in &methods {
        writeln!(w, "/* {name}.{meth}(self, ...) calls {wrapper} */");
        w.open(&format!(
            "static PyObject *{name}_{meth}_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)"
        ));
        writeln!(
            w,
            "return SWIG_Python_CallMethod({wrapper}, self, args, nargs, kwnames);"
        );
        w.close("");
        writeln!(w, "SWIG_FASTCALL_ADAPTER({name}_{meth}_method)");
        writeln!(w);
    }
    w.open(&format!("static PyMethodDef {name}_methods[] ="));
    for (meth, _) in &methods {
        writeln!(
            w,
            "{{\"{meth}\", SWIG_FASTCALL({name}_{meth}_method), NULL}},"
        );
    }
    writeln!(w, "{{NULL, NULL, 0, NULL}}");
    w.close(";");
    writeln!(w);
    w.open(&format!("static PyType_Slot {name}_slots[] ="));
    writeln!(w, "{{Py_tp_getset, (void *){name}_getset}},");
    writeln!(w, "{{Py_tp_methods, (void *){name}_methods}},");
    writeln!(w, "{{0, NULL}}");
    w.close(";");
    writeln!(w);
    w.open(&format!("static PyType_Spec {name}_spec ="));
    writeln!(
        w,
        "\"_{}.{name}_swigbase\", sizeof(SwigPyProxyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, {name}_slots",
        m.name
    );
    w.close(";");
    writeln!(w);
}

/// `ext` is the C extension module's name (`_<module>`, or `-interface`'s).
pub(super) fn init(w: &mut CodeWriter, m: &Module, ext: &str, uses_pyobject: bool, nogil: bool) {
    w.open("static PyMethodDef SwigMethods[] =");
    for f in m.functions().filter(|f| !f.overloaded) {
        let doc = doc_string(f);
        writeln!(
            w,
            "{{\"{}\", SWIG_FASTCALL({}), {doc}}},",
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
            "{{\"{0}_swiginit\", {0}_swiginit, METH_VARARGS, NULL}},",
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
    crate::backends::common::external::write_type_aliases(w, m);
    exec(w, m, uses_pyobject, &vars, nogil);
    w.open("static struct PyModuleDef swig_module =");
    writeln!(w, ".m_base = PyModuleDef_HEAD_INIT,");
    writeln!(w, ".m_name = \"{ext}\",");
    match m.module_options.iter().find(|(k, _)| k == "docstring") {
        Some((_, doc)) => writeln!(w, ".m_doc = \"{}\",", c_escape(doc)),
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
    w.open(&format!("PyMODINIT_FUNC PyInit_{ext}(void)"));
    writeln!(w, "return PyModuleDef_Init(&swig_module);");
    w.close("");
}

/// `swig_exec(m)`, the module's `Py_mod_exec` slot: the pointer type,
/// `cvar`, constants, then `%init` code. `m` and `d` (its dictionary) are
/// the names typemaps and `%init` code use.
fn exec(w: &mut CodeWriter, m: &Module, uses_pyobject: bool, vars: &[&Variable], nogil: bool) {
    w.open("static int swig_exec(PyObject *m)");
    writeln!(w, "PyObject *d = PyModule_GetDict(m);");
    writeln!(w, "(void)d;");
    if uses_pyobject {
        writeln!(w, "if (SwigPyObject_init() < 0) return -1;");
    }
    super::external::publish_call(w, m);
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
    for c in m.classes() {
        writeln!(
            w,
            "if (SWIG_Python_AddProxyBase(m, \"{0}_swigbase\", &{0}_spec) < 0) return -1;",
            c.sym_name
        );
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
    if nogil {
        // -nogil: the module declares that it does not need the GIL
        // (Python 3.13+, where Py_mod_gil exists; free-threaded builds).
        writeln!(w, "#ifdef Py_mod_gil");
        writeln!(w, "{{Py_mod_gil, Py_MOD_GIL_NOT_USED}},");
        writeln!(w, "#endif");
    }
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
        doc.push_str(&f.sym_name);
        doc.push('(');
        for (k, i) in f.inputs.iter().enumerate() {
            if k > 0 {
                doc.push_str(", ");
            }
            doc.push_str(&i.name);
        }
        doc.push_str(")\n--\n\n");
    }
    if let Some(d) = &f.doc {
        doc.push_str(d);
    }
    if doc.is_empty() {
        "NULL".into()
    } else {
        // (`c_escape` writes newlines as `\n`.)
        let mut lit = String::with_capacity(doc.len() + 16);
        lit.push('"');
        lit.push_str(&c_escape(&doc));
        lit.push('"');
        lit
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
