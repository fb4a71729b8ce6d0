//! Ruby backend: one C function per wrapper — `VALUE f(int argc, VALUE
//! *argv, VALUE self)` for a C function or a struct member, the getter and
//! setter of a global variable, and the function that frees a struct an
//! object owns (from its destructor wrapper).

use crate::backends::common::sink::CodeSink;
use crate::ir::{Function, MemberKind, Module, Variable};
use rustc_hash::FxHashMap as HashMap;

/// What a wrapper needs to know about the classes around it.
pub(super) struct Context<'a> {
    /// Constructor wrapper `sym_name` -> the descriptor of its class.
    constructors: HashMap<&'a str, &'a str>,
    /// Each wrapper by `sym_name`: the first that is not an overload's,
    /// else the first.
    functions: HashMap<&'a str, &'a Function>,
    /// `-globalmodule`: variables are Ruby globals (`$name`).
    pub(super) global: bool,
}

impl<'a> Context<'a> {
    pub(super) fn new(m: &'a Module, global: bool) -> Context<'a> {
        let mut constructors = HashMap::default();
        for c in m.classes() {
            if let Some(k) = &c.constructor {
                constructors.insert(k.wrapper.as_str(), c.descriptor.as_str());
            }
        }
        let mut functions: HashMap<&str, &Function> = HashMap::default();
        for f in m.functions() {
            let slot = functions.entry(f.sym_name.as_str()).or_insert(f);
            if slot.overloaded && !f.overloaded {
                *slot = f;
            }
        }
        Context {
            constructors,
            functions,
            global,
        }
    }

    /// The wrapper named `sym`.
    pub(super) fn function(&self, sym: &str) -> Option<&'a Function> {
        self.functions.get(sym).copied()
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
pub(super) fn function(w: &mut CodeSink, f: &Function, ctx: &Context) {
    if !f.dispatch.is_empty() {
        dispatcher(w, f);
        return;
    }
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
    if f.varargs {
        writeln!(w, "VALUE varargs;");
    }
    writeln!(w);
    writeln!(w, "(void)self;");
    writeln!(w, "(void)argv;");
    if n > 0 {
        // A typemap may ignore its input (`{ arg1 = NULL; }`).
        writeln!(w, "(void)swig_obj;");
    }
    let max = if f.varargs {
        "INT_MAX".to_string()
    } else {
        (n - skip).to_string()
    };
    writeln!(
        w,
        "SWIG_Ruby_ArgCount(argc, {}, {max});",
        f.min_inputs().saturating_sub(skip),
    );
    if f.varargs {
        let fixed = n - skip;
        writeln!(
            w,
            "varargs = argc > {fixed} ? rb_ary_new_from_values(argc - {fixed}, argv + {fixed}) : rb_ary_new();"
        );
    }
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
    match ctx.constructors.get(f.sym_name.as_str()) {
        Some(desc) => {
            writeln!(w, "SWIG_Ruby_InitObject(self, (void *)result, {desc}, 1);");
            writeln!(w, "vresult = self;");
        }
        None if super::emit_init::has_feature(f, "predicate") => {
            writeln!(w, "vresult = result ? Qtrue : Qfalse;");
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

/// The dispatcher of overloaded functions: calls the first overload whose
/// argument count fits and whose typechecks accept the arguments, else
/// raises ArgumentError listing the prototypes (as SWIG words it).
fn dispatcher(w: &mut CodeSink, f: &Function) {
    let max = f.dispatch.iter().map(|c| c.max).max().unwrap_or(0).max(1);
    let skip = usize::from(takes_self(f));
    writeln!(
        w,
        "/* {}: dispatch among {} overloads */",
        f.sym_name,
        f.dispatch.len()
    );
    w.open(&format!(
        "SWIGINTERN VALUE {}(int argc, VALUE *argv, VALUE self)",
        f.wrap_name
    ));
    writeln!(w, "VALUE swig_obj[{max}];");
    writeln!(w, "int nargs = argc + {skip};");
    writeln!(w, "int i;");
    if skip == 1 {
        writeln!(w, "swig_obj[0] = self;");
    }
    writeln!(
        w,
        "for (i = {skip}; i < {max}; i++) swig_obj[i] = i < nargs ? argv[i - {skip}] : Qnil;"
    );
    for c in &f.dispatch {
        w.open(&format!("if (nargs >= {} && nargs <= {})", c.min, c.max));
        writeln!(w, "int _v = 1;");
        for (k, check) in c.checks.iter().enumerate() {
            if let Some(code) = check {
                w.open(&format!("if (_v && nargs > {k})"));
                w.block(code);
                w.close("");
            }
        }
        writeln!(w, "if (_v) return {}(argc, argv, self);", c.wrap_name);
        w.close("");
    }
    writeln!(
        w,
        "rb_raise(rb_eArgError, \"Wrong arguments for overloaded method '{}'.\\n\"",
        f.sym_name
    );
    writeln!(w, "  \"  Possible C/C++ prototypes are:\\n\"");
    for c in &f.dispatch {
        writeln!(w, "  \"    {}\\n\"", super::emit_c::c_escape(&c.c_decl));
    }
    writeln!(w, ");");
    writeln!(w, "return Qnil;");
    w.close("");
    writeln!(w);
}

/// `fail:` marked unused, since not every wrapper jumps to it.
fn fail_label(w: &mut CodeSink) {
    w.dedent();
    writeln!(w, "fail: SWIG_LABEL_UNUSED;");
    w.indent();
}

/// The getter and setter of a global variable: module methods, or with
/// `-globalmodule` the hooks of a Ruby global variable (`$name`).
pub(super) fn variable(w: &mut CodeSink, v: &Variable, ctx: &Context) {
    writeln!(w, "/* {} */", v.c_decl);
    if let Some((locals, code)) = &v.set {
        if ctx.global {
            w.open(&format!(
                "static void {}(VALUE _val, ID id, VALUE *data)",
                setter_name(v)
            ));
        } else {
            w.open(&format!(
                "static VALUE {}(VALUE self, VALUE _val)",
                setter_name(v)
            ));
        }
        for l in locals {
            writeln!(w, "{};", l.decl);
        }
        if ctx.global {
            writeln!(w, "(void)id;");
            writeln!(w, "(void)data;");
        } else {
            writeln!(w, "(void)self;");
        }
        w.block(code);
        let (ok, failed) = if ctx.global {
            ("return;", "return;")
        } else {
            ("return _val;", "return Qnil;")
        };
        writeln!(w, "{ok}");
        fail_label(w);
        writeln!(w, "{failed}");
        w.close("");
        writeln!(w);
    }
    if ctx.global {
        w.open(&format!(
            "static VALUE {}(ID id, VALUE *data)",
            getter_name(v)
        ));
    } else {
        w.open(&format!("static VALUE {}(VALUE self)", getter_name(v)));
    }
    writeln!(w, "VALUE vresult = Qnil;");
    for l in &v.get_locals {
        writeln!(w, "{};", l.decl);
    }
    if ctx.global {
        writeln!(w, "(void)id;");
        writeln!(w, "(void)data;");
    } else {
        writeln!(w, "(void)self;");
    }
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
pub(super) fn destroy_function(w: &mut CodeSink, name: &str, dtor: &Function) {
    writeln!(
        w,
        "/* Frees what an owning object holds: {} */",
        dtor.c_decl
    );
    w.open(&format!("SWIGINTERN void {name}(void *ptr)"));
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
