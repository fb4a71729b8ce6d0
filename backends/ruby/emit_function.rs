//! Ruby backend: one C function per wrapper — `VALUE f(int argc, VALUE
//! *argv, VALUE self)` for a C function or a struct member, the getter and
//! setter of a global variable, and the function that frees a struct an
//! object owns (from its destructor wrapper).

use crate::codegen::CodeWriter;
use crate::ir::{Function, MemberKind, Module, Variable};
use std::collections::HashMap;

/// What a wrapper needs to know about the classes around it.
pub(super) struct Context {
    /// Constructor wrapper `sym_name` -> the descriptor of its class.
    constructors: HashMap<String, String>,
}

impl Context {
    pub(super) fn new(m: &Module) -> Context {
        let mut constructors = HashMap::new();
        for c in m.classes() {
            if let Some(k) = &c.constructor {
                constructors.insert(k.wrapper.clone(), c.descriptor.clone());
            }
        }
        Context { constructors }
    }
}

/// Whether the wrapper's first input is the receiver (`self`).
pub(super) fn takes_self(f: &Function) -> bool {
    matches!(
        f.member,
        Some(MemberKind::Method | MemberKind::Getter | MemberKind::Setter | MemberKind::Destructor)
    )
}

/// `static VALUE _wrap_f(int argc, VALUE *argv, VALUE self)`.
pub(super) fn function(w: &mut CodeWriter, f: &Function, ctx: &Context) {
    writeln!(w, "/* {} */", f.c_decl);
    w.open(&format!(
        "SWIGINTERN VALUE {}(int argc, VALUE *argv, VALUE self)",
        f.wrap_name
    ));
    writeln!(w, "VALUE vresult = Qnil;");
    for l in &f.locals {
        writeln!(w, "{};", l.decl);
    }
    let n = f.inputs.len();
    let skip = usize::from(takes_self(f) && n > 0);
    if n > 0 {
        writeln!(w, "VALUE swig_obj[{n}];");
    }
    writeln!(w);
    writeln!(w, "(void)self;");
    writeln!(w, "(void)argv;");
    writeln!(
        w,
        "SWIG_Ruby_ArgCount(argc, {}, {});",
        f.min_inputs().saturating_sub(skip),
        n - skip
    );
    if skip == 1 {
        writeln!(w, "swig_obj[0] = self;");
    }
    for i in skip..n {
        writeln!(
            w,
            "swig_obj[{i}] = argc > {} ? argv[{}] : Qundef;",
            i - skip,
            i - skip
        );
    }
    for c in f.convert.iter().chain(&f.check) {
        w.block(c);
    }
    w.block(&f.action);
    match ctx.constructors.get(&f.sym_name) {
        Some(desc) => {
            writeln!(w, "SWIG_Ruby_InitObject(self, (void *)result, {desc}, 1);");
            writeln!(w, "vresult = self;");
        }
        None => {
            if let Some(o) = &f.out {
                w.block(o);
            }
        }
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
    writeln!(w, "return vresult;");
    fail_label(w);
    for c in &f.freearg {
        w.block(c);
    }
    writeln!(w, "return Qnil;");
    w.close("");
    writeln!(w);
}

/// `fail:` marked unused, since not every wrapper jumps to it.
fn fail_label(w: &mut CodeWriter) {
    w.dedent();
    writeln!(w, "fail: SWIG_LABEL_UNUSED;");
    w.indent();
}

/// The getter and setter module functions of a global variable.
pub(super) fn variable(w: &mut CodeWriter, v: &Variable) {
    writeln!(w, "/* {} */", v.c_decl);
    if let Some((locals, code)) = &v.set {
        w.open(&format!(
            "static VALUE {}(VALUE self, VALUE _val)",
            setter_name(v)
        ));
        for l in locals {
            writeln!(w, "{};", l.decl);
        }
        writeln!(w, "(void)self;");
        w.block(code);
        writeln!(w, "return _val;");
        fail_label(w);
        writeln!(w, "return Qnil;");
        w.close("");
        writeln!(w);
    }
    w.open(&format!("static VALUE {}(VALUE self)", getter_name(v)));
    writeln!(w, "VALUE vresult = Qnil;");
    for l in &v.get_locals {
        writeln!(w, "{};", l.decl);
    }
    writeln!(w, "(void)self;");
    w.block(&v.get_code);
    writeln!(w, "return vresult;");
    fail_label(w);
    writeln!(w, "return Qnil;");
    w.close("");
    writeln!(w);
}

pub(super) fn getter_name(v: &Variable) -> String {
    format!("_wrap_{}_get", v.sym_name)
}

pub(super) fn setter_name(v: &Variable) -> String {
    format!("_wrap_{}_set", v.sym_name)
}

/// `static void swig_destroy_<Class>(void *ptr)`: what the garbage
/// collector calls for an object owning its struct — the destructor
/// wrapper's action, with `arg1` the pointer.
pub(super) fn destroy_function(w: &mut CodeWriter, name: &str, dtor: &Function) {
    writeln!(
        w,
        "/* Frees what an owning object holds: {} */",
        dtor.c_decl
    );
    w.open(&format!("static void {name}(void *ptr)"));
    let arg1 = dtor.locals.iter().find_map(|l| local_type(&l.decl, "arg1"));
    match arg1 {
        Some(ty) => {
            writeln!(w, "{ty} arg1 = ({ty})ptr;");
            w.block(&dtor.action);
            writeln!(w, "return;");
            fail_label(w);
            writeln!(w, "return;");
        }
        None => writeln!(w, "free(ptr);"),
    }
    w.close("");
    writeln!(w);
}

/// The type of local `name` in a declaration like `struct V *arg1 = 0`.
fn local_type(decl: &str, name: &str) -> Option<String> {
    let head = decl.split('=').next()?.trim_end();
    let ty = head.strip_suffix(name)?;
    let last = ty.chars().last()?;
    if last.is_alphanumeric() && !ty.ends_with(' ') || last == '_' {
        return None;
    }
    Some(ty.trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::local_type;

    #[test]
    fn finds_the_type_of_a_local() {
        assert_eq!(
            local_type("struct Vector *arg1 = (struct Vector *) 0", "arg1").as_deref(),
            Some("struct Vector *")
        );
        assert_eq!(local_type("int xarg1", "arg1"), None);
    }
}
