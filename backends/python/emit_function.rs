//! Python backend: one C function per wrapper — the METH_FASTCALL
//! function for a C function, and the getter/setter pair of a variable.

use crate::codegen::CodeWriter;
use crate::ir::{Function, Variable};

/// `static PyObject *_wrap_f(PyObject *self, PyObject *const *args, ...)`.
/// With `threads`, the call runs with the GIL released.
pub(super) fn function(w: &mut CodeWriter, f: &Function, threads: bool) {
    if !f.dispatch.is_empty() {
        dispatcher(w, f);
        return;
    }
    writeln!(w, "/* {} */", f.c_decl);
    // (`w.open` of this head, without formatting it apart first.)
    writeln!(
        w,
        "static PyObject *{}(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {{",
        f.wrap_name
    );
    w.indent();
    writeln!(w, "PyObject *resultobj = 0;");
    for l in &f.locals {
        writeln!(w, "{};", l.decl);
    }
    let n = f.inputs.len();
    if n > 0 {
        writeln!(w, "PyObject *swig_argv[{n}];");
        writeln!(w, "PyObject *const *swig_obj = swig_argv;");
        w.write_str("static const char *const kwlist[] = {");
        for i in &f.inputs {
            kwlist_entry(w, &i.name);
        }
        w.write_str("NULL};\n");
    }
    writeln!(w);
    writeln!(w, "(void)self;");
    let reads_inputs = f
        .convert
        .iter()
        .chain(&f.check)
        .chain(&f.argout)
        .chain(&f.freearg)
        .any(|c| c.contains("swig_obj"));
    if n > 0 && !reads_inputs {
        // The typemaps ignore their `$input` (e.g. `%typemap(in) T { $1 = NULL; }`).
        writeln!(w, "(void)swig_obj;");
    }
    let fixed = if f.varargs {
        writeln!(
            w,
            "PyObject *varargs = PyTuple_New(nargs > {n} ? nargs - {n} : 0);"
        );
        writeln!(w, "if (!varargs) SWIG_fail;");
        w.open(&format!("for (Py_ssize_t i = {n}; i < nargs; i++)"));
        writeln!(w, "Py_INCREF(args[i]);");
        writeln!(w, "PyTuple_SetItem(varargs, i - {n}, args[i]);");
        w.close("");
        format!("nargs > {n} ? {n} : nargs")
    } else {
        "nargs".to_string()
    };
    let unpack = if n > 0 {
        format!(
            "!SWIG_Python_UnpackArgs(\"{}\", args, {fixed}, kwnames, kwlist, {}, {n}, swig_argv)",
            f.sym_name,
            f.min_inputs()
        )
    } else {
        format!(
            "!SWIG_Python_UnpackArgs(\"{}\", args, {fixed}, kwnames, NULL, 0, 0, NULL)",
            f.sym_name
        )
    };
    if n > 0 && !f.varargs {
        // Every argument given by position: use the caller's array as is.
        writeln!(w, "if (!kwnames && nargs == {n}) swig_obj = args;");
        writeln!(w, "else if ({unpack}) SWIG_fail;");
    } else if n == 0 && !f.varargs {
        writeln!(w, "if ((nargs || kwnames) && {unpack}) SWIG_fail;");
    } else {
        writeln!(w, "if ({unpack}) SWIG_fail;");
    }
    for c in f.convert.iter().chain(&f.check) {
        w.block(c);
    }
    if threads && releases_gil(f) {
        writeln!(w, "Py_BEGIN_ALLOW_THREADS");
        w.block(&f.action);
        writeln!(w, "Py_END_ALLOW_THREADS");
    } else {
        w.block(&f.action);
    }
    if let Some(o) = &f.out {
        w.block(o);
    }
    for c in &f.argout {
        w.block(c);
    }
    for c in &f.freearg {
        w.block(c);
    }
    if let Some(c) = &f.newfree {
        w.block(c);
    }
    if let Some(c) = &f.ret {
        w.block(c);
    }
    if f.varargs {
        writeln!(w, "Py_DECREF(varargs);");
    }
    writeln!(w, "return resultobj;");
    fail_label(w);
    for c in &f.freearg {
        w.block(c);
    }
    if f.varargs {
        writeln!(w, "Py_XDECREF(varargs);");
    }
    writeln!(w, "return NULL;");
    w.close("");
    adapter(w, f);
    writeln!(w);
}

/// One `"name", ` of a keyword list.
fn kwlist_entry(w: &mut CodeWriter, name: &str) {
    w.write_str("\"");
    w.write_str(name);
    w.write_str("\", ");
}

/// Does the call release the GIL when the module's threads are on? Not
/// with `%nothread` or `%nothreadallow`, nor under `%exception`, whose code
/// around the call may use the Python API (its `$action` is already
/// expanded here).
fn releases_gil(f: &Function) -> bool {
    !f.features
        .iter()
        .any(|(k, v)| matches!(k.as_str(), "nothread" | "nothreadallow" | "except") && v != "0")
}

/// The METH_VARARGS adapter a limited-API build needs (a macro that is
/// empty otherwise); overloads are reached only through their dispatcher.
fn adapter(w: &mut CodeWriter, f: &Function) {
    if !f.overloaded {
        writeln!(w, "SWIG_FASTCALL_ADAPTER({})", f.wrap_name);
    }
}

/// `fail:` marked unused, since not every wrapper jumps to it.
fn fail_label(w: &mut CodeWriter) {
    w.dedent();
    writeln!(w, "fail: SWIG_LABEL_UNUSED;");
    w.indent();
}

/// `Swig_var_x_get` / `Swig_var_x_set` for the `cvar` link object.
pub(super) fn variable(w: &mut CodeWriter, v: &Variable) {
    writeln!(w, "/* {} */", v.c_decl);
    if let Some((locals, code)) = &v.set {
        w.open(&format!("static int {}(PyObject *_val)", setter_name(v)));
        for l in locals {
            writeln!(w, "{};", l.decl);
        }
        w.block(code);
        writeln!(w, "return 0;");
        fail_label(w);
        writeln!(w, "return 1;");
        w.close("");
        writeln!(w);
    }
    w.open(&format!("static PyObject *{}(void)", getter_name(v)));
    writeln!(w, "PyObject *pyobj = 0;");
    for l in &v.get_locals {
        writeln!(w, "{};", l.decl);
    }
    w.block(&v.get_code);
    writeln!(w, "return pyobj;");
    fail_label(w);
    writeln!(w, "return NULL;");
    w.close("");
    writeln!(w);
}

pub(super) fn getter_name(v: &Variable) -> String {
    format!("Swig_var_{}_get", v.sym_name)
}

pub(super) fn setter_name(v: &Variable) -> String {
    format!("Swig_var_{}_set", v.sym_name)
}

/// The dispatcher of overloaded functions: tries each overload whose
/// argument count fits and whose typechecks accept the arguments.
fn dispatcher(w: &mut CodeWriter, f: &Function) {
    let max = f.dispatch.iter().map(|c| c.max).max().unwrap_or(0).max(1);
    writeln!(
        w,
        "/* {}: dispatch among {} overloads */",
        f.sym_name,
        f.dispatch.len()
    );
    w.open(&format!(
        "static PyObject *{}(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)",
        f.wrap_name
    ));
    writeln!(w, "PyObject *swig_obj[{max}];");
    writeln!(w, "Py_ssize_t i;");
    writeln!(
        w,
        "Py_ssize_t argc = nargs + (kwnames ? PyTuple_Size(kwnames) : 0);"
    );
    writeln!(
        w,
        "for (i = 0; i < {max}; i++) swig_obj[i] = i < nargs ? args[i] : NULL;"
    );
    for c in &f.dispatch {
        w.open(&format!("if (argc >= {} && argc <= {})", c.min, c.max));
        writeln!(w, "int _v = 1;");
        for (k, check) in c.checks.iter().enumerate() {
            if let Some(code) = check {
                w.open(&format!("if (_v && nargs > {k})"));
                w.block(code);
                w.close("");
            }
        }
        writeln!(
            w,
            "if (_v) return {}(self, args, nargs, kwnames);",
            c.wrap_name
        );
        w.close("");
    }
    let protos: Vec<String> = f
        .dispatch
        .iter()
        .map(|c| format!("    {}\\n", super::emit_c::c_escape(&c.c_decl)))
        .collect();
    writeln!(
        w,
        "PyErr_SetString(PyExc_TypeError, \"Wrong number or type of arguments for overloaded function '{}'.\\n\"",
        f.sym_name
    );
    writeln!(w, "  \"  Possible C/C++ prototypes are:\\n\"");
    for p in protos {
        writeln!(w, "  \"{p}\"");
    }
    writeln!(w, ");");
    writeln!(w, "return NULL;");
    w.close("");
    adapter(w, f);
    writeln!(w);
}
