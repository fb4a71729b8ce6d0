//! Lua backend: one C function per wrapper — the `lua_CFunction` of a C
//! function (or struct member accessor), and the getter/setter pair of a
//! global variable.

use crate::backends::common::sink::CodeSink;
use crate::ir::{Function, Variable};

/// `static int _wrap_f(lua_State *L)`: checks the argument count, converts,
/// calls, pushes the results and returns how many.
pub(super) fn function(w: &mut CodeSink, f: &Function) {
    if !f.dispatch.is_empty() {
        dispatcher(w, f);
        return;
    }
    writeln!(w, "/* {} */", f.c_decl);
    w.open(&format!("static int {}(lua_State *L)", f.wrap_name));
    writeln!(w, "int SWIG_arg = 0;");
    for l in &f.locals {
        writeln!(w, "{};", l.decl);
    }
    writeln!(w);
    writeln!(
        w,
        "SWIG_check_num_args(\"{}\", {}, {})",
        f.sym_name,
        f.min_inputs(),
        f.inputs.len()
    );
    for c in f.convert.iter().chain(&f.check) {
        w.block(c);
    }
    w.block(&f.action);
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
    writeln!(w, "return SWIG_arg;");
    fail_label(w);
    for c in &f.freearg {
        w.block(c);
    }
    writeln!(w, "lua_error(L);");
    writeln!(w, "return 0;");
    w.close("");
    writeln!(w);
}

/// `fail:` marked unused, since not every wrapper jumps to it.
fn fail_label(w: &mut CodeSink) {
    w.dedent();
    writeln!(w, "fail: SWIG_LABEL_UNUSED;");
    w.indent();
}

/// The getter (no arguments, pushes the value) and the setter (the new
/// value at index 1) the module table's metatable calls.
pub(super) fn variable(w: &mut CodeSink, v: &Variable) {
    writeln!(w, "/* {} */", v.c_decl);
    if let Some((locals, code)) = &v.set {
        w.open(&format!("static int {}(lua_State *L)", setter_name(v)));
        for l in locals {
            writeln!(w, "{};", l.decl);
        }
        w.block(code);
        writeln!(w, "return 0;");
        fail_label(w);
        writeln!(w, "lua_error(L);");
        writeln!(w, "return 0;");
        w.close("");
        writeln!(w);
    }
    w.open(&format!("static int {}(lua_State *L)", getter_name(v)));
    writeln!(w, "int SWIG_arg = 0;");
    for l in &v.get_locals {
        writeln!(w, "{};", l.decl);
    }
    w.block(&v.get_code);
    writeln!(w, "return SWIG_arg;");
    fail_label(w);
    writeln!(w, "lua_error(L);");
    writeln!(w, "return 0;");
    w.close("");
    writeln!(w);
}

pub(super) fn getter_name(v: &Variable) -> String {
    format!("Swig_var_{}_get", v.sym_name)
}

pub(super) fn setter_name(v: &Variable) -> String {
    format!("Swig_var_{}_set", v.sym_name)
}

/// The dispatcher of overloaded functions: calls the first overload whose
/// argument count fits and whose typechecks accept the arguments.
fn dispatcher(w: &mut CodeSink, f: &Function) {
    writeln!(
        w,
        "/* {}: dispatch among {} overloads */",
        f.sym_name,
        f.dispatch.len()
    );
    w.open(&format!("static int {}(lua_State *L)", f.wrap_name));
    writeln!(w, "int argc = lua_gettop(L);");
    for c in &f.dispatch {
        w.open(&format!("if (argc >= {} && argc <= {})", c.min, c.max));
        writeln!(w, "int _v = 1;");
        for (k, check) in c.checks.iter().enumerate() {
            if let Some(code) = check {
                w.open(&format!("if (_v && argc > {k})"));
                w.block(code);
                w.close("");
            }
        }
        writeln!(w, "if (_v) return {}(L);", c.wrap_name);
        w.close("");
    }
    writeln!(
        w,
        "lua_pushstring(L, \"Wrong arguments for overloaded function '{}'\\n\"",
        f.sym_name
    );
    writeln!(w, "  \"  Possible C/C++ prototypes are:\\n\"");
    for c in &f.dispatch {
        writeln!(w, "  \"    {}\\n\"", super::emit_c::c_escape(&c.c_decl));
    }
    writeln!(w, ");");
    writeln!(w, "lua_error(L);");
    writeln!(w, "return 0;");
    w.close("");
    writeln!(w);
}
