//! Ruby backend: the struct classes' allocators and free functions, and
//! `Init_<module>`: the module, the classes, the module functions, the
//! global variables' accessors, the constants, then `%init` code.

use super::emit_function::{destroy_function, getter_name, setter_name};
use super::names;
use crate::codegen::CodeWriter;
use crate::ir::{Decl, Function, Module};
use crate::options::Options;

fn find_function<'a>(m: &'a Module, sym: &str) -> Option<&'a Function> {
    m.functions().find(|f| f.sym_name == sym)
}

fn destroy_name(sym: &str) -> String {
    format!("swig_destroy_{sym}")
}

fn alloc_name(sym: &str) -> String {
    format!("swig_alloc_{sym}")
}

/// For each struct class: its class variable, allocator and free function.
pub(super) fn class_helpers(w: &mut CodeWriter, m: &Module) {
    for c in m.classes() {
        writeln!(w, "/* Class {} for {} */", c.sym_name, c.c_type);
        writeln!(w, "static VALUE {};", names::class_var(&c.sym_name));
        writeln!(w);
        w.open(&format!(
            "static VALUE {}(VALUE klass)",
            alloc_name(&c.sym_name)
        ));
        writeln!(w, "return SWIG_Ruby_Alloc(klass, {});", c.descriptor);
        w.close("");
        writeln!(w);
        if let Some(dtor) = c.destructor.as_deref().and_then(|d| find_function(m, d)) {
            destroy_function(w, &destroy_name(&c.sym_name), dtor);
        }
    }
}

pub(super) fn init(w: &mut CodeWriter, m: &Module, opts: &Options) {
    let global = names::has_flag(opts, "globalmodule");
    w.open(&format!(
        "SWIGEXPORT void Init_{}(void)",
        names::init_name(opts, &m.name)
    ));
    if global {
        writeln!(w, "swig_module = rb_mKernel;");
    } else {
        writeln!(
            w,
            "swig_module = rb_define_module(\"{}\");",
            names::module_name(opts, &m.name)
        );
    }
    for c in m.classes() {
        let var = names::class_var(&c.sym_name);
        writeln!(
            w,
            "{var} = rb_define_class_under(swig_module, \"{}\", rb_cObject);",
            names::constant_name(&c.sym_name)
        );
        writeln!(w, "{}->klass = {var};", c.descriptor);
        if c.destructor
            .as_deref()
            .and_then(|d| find_function(m, d))
            .is_some()
        {
            writeln!(
                w,
                "{}->destroy = {};",
                c.descriptor,
                destroy_name(&c.sym_name)
            );
        }
        if let Some(k) = &c.constructor {
            writeln!(
                w,
                "rb_define_alloc_func({var}, {});",
                alloc_name(&c.sym_name)
            );
            if let Some(f) = find_function(m, &k.wrapper) {
                writeln!(
                    w,
                    "rb_define_method({var}, \"initialize\", {}, -1);",
                    f.wrap_name
                );
            }
        } else {
            writeln!(w, "rb_undef_alloc_func({var});");
        }
        for a in &c.attributes {
            if let Some(f) = find_function(m, &a.getter) {
                writeln!(
                    w,
                    "rb_define_method({var}, \"{}\", {}, -1);",
                    a.name, f.wrap_name
                );
            }
            if let Some(f) = a.setter.as_deref().and_then(|s| find_function(m, s)) {
                writeln!(
                    w,
                    "rb_define_method({var}, \"{}=\", {}, -1);",
                    a.name, f.wrap_name
                );
            }
        }
        for meth in &c.methods {
            if let Some(f) = find_function(m, &meth.wrapper) {
                writeln!(
                    w,
                    "rb_define_method({var}, \"{}\", {}, -1);",
                    meth.name, f.wrap_name
                );
            }
        }
    }
    for d in &m.decls {
        match d {
            Decl::Function(f) if f.member.is_none() => {
                writeln!(
                    w,
                    "rb_define_module_function(swig_module, \"{}\", {}, -1);",
                    f.sym_name, f.wrap_name
                );
            }
            Decl::Variable(v) => {
                writeln!(
                    w,
                    "rb_define_singleton_method(swig_module, \"{}\", {}, 0);",
                    v.sym_name,
                    getter_name(v)
                );
                if v.set.is_some() {
                    writeln!(
                        w,
                        "rb_define_singleton_method(swig_module, \"{}=\", {}, 1);",
                        v.sym_name,
                        setter_name(v)
                    );
                }
            }
            Decl::Constant(c) => w.block(&c.code),
            _ => {}
        }
    }
    for code in m.section("init") {
        w.block(code);
    }
    w.close("");
}
