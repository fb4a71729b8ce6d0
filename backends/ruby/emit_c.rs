//! Ruby backend: the C wrapper file, section by section — begin, the
//! runtime pieces the module uses (with its type table), the user's
//! header code and fragments, the wrappers, and `Init_<module>`.

use super::{emit_function, emit_init, runtime_pieces};
pub(super) use crate::backends::common::code::c_escape;
use crate::backends::common::runtime::RuntimeSet;
use crate::backends::common::runtime_use;
use crate::backends::common::sink::CodeSink;
use crate::codegen::CodeWriter;
use crate::diag::Diagnostics;
use crate::ir::{Decl, Module};
use crate::options::Options;

/// Writes the wrapper file into `out` as it is produced.
pub(super) fn wrapper_file(
    m: &Module,
    opts: &Options,
    diags: &mut Diagnostics,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let pieces = runtime_pieces();
    let mut rt = RuntimeSet::new(&pieces);
    rt.require("swig_core");
    if m.functions().next().is_some() {
        rt.require("SWIG_Ruby_ArgCount");
    }
    if !m.types.is_empty() {
        rt.require("swig_type_table");
        rt.require("SWIG_Ruby_DefinePointerClasses");
    }
    if m.classes().next().is_some() {
        rt.require("SWIG_ConvertPtr");
        rt.require("SWIG_NewPointerObj");
    }
    for f in &m.fragments {
        if f.code.is_none() && !rt.require(&f.name) {
            diags.warning(
                490,
                crate::source::Span::default(),
                format!("Fragment '{}' not found", f.name),
            );
        }
    }
    // Typemap and user code may call runtime helpers without asking for
    // them by fragment: these names anywhere, and any piece named in the
    // code, are included.
    let needles = [
        ("Ruby_Format_TypeError", "Ruby_Format_TypeError"),
        ("SWIG_Ruby_AppendOutput", "SWIG_Ruby_AppendOutput"),
        ("SWIG_AppendOutput", "SWIG_Ruby_AppendOutput"),
        ("SWIG_ConvertPtr", "SWIG_ConvertPtr"),
        ("SWIG_ConvertInstance", "SWIG_ConvertPtr"),
        ("SWIG_ConvertFunctionPtr", "SWIG_ConvertPtr"),
        ("SWIG_NewPointerObj", "SWIG_NewPointerObj"),
        ("SWIG_NewInstanceObj", "SWIG_NewPointerObj"),
        ("SWIG_NewFunctionPtrObj", "SWIG_NewPointerObj"),
        ("SWIG_TypeQuery", "SWIG_TypeQuery"),
        ("SWIG_AcquirePtr", "SWIG_Ruby_AcquirePtr"),
        ("SWIG_Ruby_SetConstant", "SWIG_Ruby_SetConstant"),
    ];
    let used = runtime_use::scan(m, &pieces, &needles.map(|(n, _)| n));
    for ((_, piece), found) in needles.iter().zip(&used.needles) {
        if *found {
            rt.require(piece);
        }
    }
    for (p, found) in pieces.iter().zip(&used.named) {
        if *found {
            rt.require(&p.name);
        }
    }
    if !m.types.is_empty() {
        rt.require("SWIG_Ruby_PublishTypes");
    }

    // The sections in order: begin, runtime, header, wrapper, init.
    let mut sink = CodeSink::new(out, "  ");
    let w = &mut sink;
    begin(w, m);
    {
        w.section();
        // Ruby's own inline functions leave parameters unused.
        writeln!(w, "#if defined(__GNUC__)");
        writeln!(w, "#pragma GCC diagnostic push");
        writeln!(w, "#pragma GCC diagnostic ignored \"-Wunused-parameter\"");
        writeln!(w, "#endif");
        writeln!(w, "#include <ruby.h>");
        writeln!(w, "#if defined(__GNUC__)");
        writeln!(w, "#pragma GCC diagnostic pop");
        writeln!(w, "#endif");
        writeln!(w);
        writeln!(w, "/* The Ruby module the wrappers are defined in. */");
        writeln!(w, "static VALUE swig_module;");
        writeln!(w);
        let table = type_table(m);
        w.verbatim(&rt.text_with(|name| (name == "swig_type_table").then(|| table.clone())));
        for code in m.section("runtime") {
            w.verbatim(code);
        }
    }
    {
        w.section();
        for code in m.section("header") {
            w.verbatim(code);
        }
        for f in &m.fragments {
            if let Some(code) = &f.code {
                if f.section == "header" || f.section == "wrapper" {
                    w.verbatim(code);
                }
            }
        }
    }
    let ctx = emit_function::Context::new(m, super::names::has_flag(opts, "globalmodule"));
    {
        w.section();
        writeln!(w);
        for d in &m.decls {
            match d {
                Decl::Function(f) => emit_function::function(w, f, &ctx),
                Decl::Variable(v) => emit_function::variable(w, v, &ctx),
                Decl::TargetCode(c) if c.section == "wrapper" => w.verbatim(&c.text),
                _ => {}
            }
        }
        emit_init::class_helpers(w, m, &ctx);
        for code in m.section("wrapper") {
            w.verbatim(code);
        }
    }
    w.section();
    emit_init::init(w, m, opts, &ctx);
    sink.finish()
}

fn begin(w: &mut CodeSink, m: &Module) {
    w.block(
        "
        /* ----------------------------------------------------------------------------
         * This file was automatically generated by rswig, a SWIG-compatible
         * interface compiler. Do not make changes to this file unless you know
         * what you are doing: modify the interface file instead.
         * ----------------------------------------------------------------------------- */
        ",
    );
    writeln!(w);
    for code in m.section("begin") {
        w.verbatim(code);
    }
    writeln!(
        w,
        "#define SWIG_VERSION {}",
        crate::preprocess::SWIG_VERSION
    );
    writeln!(w, "#define SWIGRUBY");
    writeln!(w);
}

/// The descriptor table and the `SWIGTYPE_*` names for it.
fn type_table(m: &Module) -> String {
    let mut w = CodeWriter::new("  ");
    writeln!(
        w,
        "/* The C types this module passes as pointer objects. */"
    );
    w.open("static swig_type_info swig_types_table[] =");
    for t in &m.types {
        let casts = if t.casts.is_empty() {
            "NULL".to_string()
        } else {
            format!("\"|{}|\"", t.casts.join("|"))
        };
        writeln!(
            w,
            "{{\"{}\", \"{}\", 0, NULL, NULL, 0, {casts}}},",
            t.mangled,
            c_escape(&t.display)
        );
    }
    writeln!(w, "{{\"\", \"\", 0, NULL, NULL, 0, NULL}}");
    w.close(";");
    for (i, t) in m.types.iter().enumerate() {
        writeln!(w, "#define {} (&swig_types_table[{i}])", t.descriptor);
    }
    w.finish()
}
