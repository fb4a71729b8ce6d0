//! Ruby backend: the struct classes' allocators and free functions, and
//! `Init_<module>`: the module, the classes, the module functions, the
//! global variables' accessors, the constants, then `%init` code.

use super::emit_function::{destroy_function, getter_name, setter_name, Context};
use super::names;
use crate::backends::common::sink::CodeSink;
use crate::ir::{Decl, Function, Module};
use crate::options::Options;

/// The Ruby name of a method: `%predicate` adds `?`, `%bang` adds `!`.
pub(super) fn method_name(name: &str, f: &Function) -> String {
    // The library's indexing methods (carrays.i) are Ruby's operators.
    let name = match name {
        "__getitem__" => "[]".to_string(),
        "__setitem__" => "[]=".to_string(),
        _ => names::ruby_name(name),
    };
    if has_feature(f, "predicate") {
        format!("{name}?")
    } else if has_feature(f, "bang") {
        format!("{name}!")
    } else {
        name
    }
}

pub(super) fn has_feature(f: &Function, name: &str) -> bool {
    f.features.iter().any(|(n, _)| n == name)
}

/// `rb_define_alias` for each name of `%alias`, in each of `targets`.
fn aliases(w: &mut CodeSink, targets: &[&str], name: &str, f: &Function) {
    for (n, v) in &f.features {
        if n != "alias" {
            continue;
        }
        for alias in v.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            for t in targets {
                writeln!(w, "rb_define_alias({t}, \"{alias}\", \"{name}\");");
            }
        }
    }
}

fn destroy_name(sym: &str) -> String {
    format!("swig_destroy_{sym}")
}

fn alloc_name(sym: &str) -> String {
    format!("swig_alloc_{sym}")
}

/// For each struct class: its class variable, allocator and free function.
pub(super) fn class_helpers(w: &mut CodeSink, m: &Module, ctx: &Context) {
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
        if let Some(dtor) = c.destructor.as_deref().and_then(|d| ctx.function(d)) {
            destroy_function(w, &destroy_name(&c.sym_name), dtor);
        }
    }
}

pub(super) fn init(w: &mut CodeSink, m: &Module, opts: &Options, ctx: &Context) {
    crate::backends::common::external::write_type_aliases(w, m);
    let global = names::has_flag(opts, "globalmodule");
    w.open(&format!(
        "SWIGEXPORT void Init_{}(void)",
        names::init_name(opts, &m.name)
    ));
    if global {
        writeln!(w, "swig_module = rb_cObject;");
    } else {
        let path = names::module_path(opts, &m.name);
        for (i, part) in path.iter().enumerate() {
            if i == 0 {
                writeln!(w, "swig_module = rb_define_module(\"{part}\");");
            } else {
                writeln!(
                    w,
                    "swig_module = rb_define_module_under(swig_module, \"{part}\");"
                );
            }
        }
    }
    for c in m.classes() {
        let var = names::class_var(&c.sym_name);
        writeln!(
            w,
            "{var} = rb_define_class_under(swig_module, \"{}\", rb_cObject);",
            names::constant_name(&c.sym_name)
        );
        writeln!(w, "SWIG_Ruby_RegisterClass({}, {var});", c.descriptor);
        let feature = |n: &str| {
            c.features
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
        };
        // `%mixin S "Enumerable, Comparable";`: modules included in the class.
        if let Some(mixin) = feature("mixin") {
            for module in mixin.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                writeln!(
                    w,
                    "rb_include_module({var}, rb_eval_string(\"{}\"));",
                    super::emit_c::c_escape(module)
                );
            }
        }
        // `%freefunc` and `%markfunc` name user functions taking the
        // struct pointer; the cast through `void (*)(void)` keeps gcc's
        // -Wcast-function-type quiet.
        if let Some(free) = feature("freefunc") {
            writeln!(
                w,
                "{}->destroy = (void (*)(void *))(void (*)(void)){free};",
                c.descriptor
            );
        } else if c
            .destructor
            .as_deref()
            .and_then(|d| ctx.function(d))
            .is_some()
        {
            writeln!(
                w,
                "{}->destroy = {};",
                c.descriptor,
                destroy_name(&c.sym_name)
            );
        }
        if feature("trackobjects").is_some() {
            writeln!(w, "{}->track = 1;", c.descriptor);
        }
        if let Some(mark) = feature("markfunc") {
            writeln!(
                w,
                "{}->mark = (void (*)(void *))(void (*)(void)){mark};",
                c.descriptor
            );
        }
        if let Some(k) = &c.constructor {
            writeln!(
                w,
                "rb_define_alloc_func({var}, {});",
                alloc_name(&c.sym_name)
            );
            if let Some(f) = ctx.function(&k.wrapper) {
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
            if let Some(f) = ctx.function(&a.getter) {
                writeln!(
                    w,
                    "rb_define_method({var}, \"{}\", {}, -1);",
                    names::ruby_name(&a.name),
                    f.wrap_name
                );
            }
            if let Some(f) = a.setter.as_deref().and_then(|s| ctx.function(s)) {
                writeln!(
                    w,
                    "rb_define_method({var}, \"{}=\", {}, -1);",
                    names::ruby_name(&a.name),
                    f.wrap_name
                );
            }
        }
        for meth in &c.statics {
            if let Some(f) = ctx.function(&meth.wrapper) {
                writeln!(
                    w,
                    "rb_define_singleton_method({var}, \"{}\", {}, -1);",
                    method_name(&meth.name, f),
                    f.wrap_name
                );
            }
        }
        for meth in &c.methods {
            if let Some(f) = ctx.function(&meth.wrapper) {
                let name = method_name(&meth.name, f);
                writeln!(
                    w,
                    "rb_define_method({var}, \"{name}\", {}, -1);",
                    f.wrap_name
                );
                aliases(w, &[&var], &name, f);
            }
        }
    }
    if !m.types.is_empty() {
        writeln!(w, "SWIG_Ruby_DefinePointerClasses();");
        super::external::publish_call(w, m);
    }
    for d in &m.decls {
        match d {
            Decl::Function(f) if f.member.is_none() && !f.overloaded => {
                let name = method_name(&f.sym_name, f);
                if global {
                    writeln!(
                        w,
                        "rb_define_global_function(\"{name}\", {}, -1);",
                        f.wrap_name
                    );
                    aliases(w, &["rb_mKernel"], &name, f);
                } else {
                    writeln!(
                        w,
                        "rb_define_module_function(swig_module, \"{name}\", {}, -1);",
                        f.wrap_name
                    );
                    aliases(
                        w,
                        &["swig_module", "rb_singleton_class(swig_module)"],
                        &name,
                        f,
                    );
                }
            }
            Decl::Variable(v) if global => {
                let set = if v.set.is_some() {
                    setter_name(v)
                } else {
                    "NULL".into()
                };
                writeln!(
                    w,
                    "rb_define_virtual_variable(\"${}\", {}, {set});",
                    v.sym_name,
                    getter_name(v)
                );
            }
            Decl::Variable(v) => {
                writeln!(
                    w,
                    "rb_define_singleton_method(swig_module, \"{}\", {}, 0);",
                    names::ruby_name(&v.sym_name),
                    getter_name(v)
                );
                if v.set.is_some() {
                    writeln!(
                        w,
                        "rb_define_singleton_method(swig_module, \"{}=\", {}, 1);",
                        names::ruby_name(&v.sym_name),
                        setter_name(v)
                    );
                }
            }
            Decl::Constant(c) => w.block(&c.code),
            _ => {}
        }
    }
    // Class constants: copies of the module constants they stand for.
    for c in m.classes() {
        for (attr, sym) in &c.constants {
            writeln!(
                w,
                "rb_define_const({}, \"{}\", rb_const_get(swig_module, rb_intern(\"{}\")));",
                names::class_var(&c.sym_name),
                names::constant_name(attr),
                names::constant_name(sym)
            );
        }
    }
    for code in m.section("init") {
        w.block(code);
    }
    w.close("");
}
