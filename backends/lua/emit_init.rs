//! Lua backend: the tables `luaopen_<module>` installs — module functions,
//! variables, class method/attribute tables — and `luaopen_<module>` itself:
//! constants, classes, variables, `%init` code, the module global and
//! `%luacode`.

use super::emit_c::c_escape;
use super::emit_function::{getter_name, setter_name};
use super::metamethods::lua_metamethod;
use crate::backends::common::sink::CodeSink;
use crate::ir::{Class, Decl, Module};
use crate::options::Options;
use rustc_hash::FxHashMap as HashMap;

/// The C wrapper name of each wrapper, by target name.
fn wrappers(m: &Module) -> HashMap<&str, &str> {
    m.functions()
        .filter(|f| !f.overloaded)
        .map(|f| (f.sym_name.as_str(), f.wrap_name.as_str()))
        .collect()
}

fn wrapper_of(map: &HashMap<&str, &str>, sym: &str) -> String {
    map.get(sym)
        .map(|s| s.to_string())
        .unwrap_or_else(|| format!("_wrap_{sym}"))
}

fn class_var(c: &Class) -> String {
    format!("swig_class_{}", c.sym_name)
}

/// `swig_class_<Name>` with its methods and attributes, per proxy class.
pub(super) fn class_tables(w: &mut CodeSink, m: &Module) {
    let map = wrappers(m);
    for c in m.classes() {
        let v = class_var(c);
        writeln!(w, "/* Proxy class {} for {} */", c.sym_name, c.c_type);
        let adapters = operator_adapters(w, m, c);
        w.open(&format!("static const swig_lua_method {v}_methods[] ="));
        for meth in &c.methods {
            let wrapper = wrapper_of(&map, &meth.wrapper);
            let meta_wrapper = adapters
                .get(&meth.wrapper)
                .cloned()
                .unwrap_or(wrapper.clone());
            if meth.name.starts_with("__") {
                writeln!(w, "{{\"{}\", {meta_wrapper}}},", c_escape(&meth.name));
            } else {
                writeln!(w, "{{\"{}\", {wrapper}}},", c_escape(&meth.name));
            }
            // SWIG's operator names (`__add__`) also serve as Lua metamethods.
            let own = |n: &str| c.methods.iter().any(|m| m.name == n);
            if let Some(meta) = lua_metamethod(&meth.name).filter(|n| !own(n)) {
                writeln!(w, "{{\"{meta}\", {meta_wrapper}}},");
            }
        }
        writeln!(w, "{{NULL, NULL}}");
        w.close(";");
        w.open(&format!(
            "static const swig_lua_attribute {v}_attributes[] ="
        ));
        for a in &c.attributes {
            let set = match &a.setter {
                Some(s) => wrapper_of(&map, s),
                None => "NULL".into(),
            };
            writeln!(
                w,
                "{{\"{}\", {}, {set}}},",
                c_escape(&a.name),
                wrapper_of(&map, &a.getter)
            );
        }
        writeln!(w, "{{NULL, NULL, NULL}}");
        w.close(";");
        w.open(&format!("static const swig_lua_method {v}_statics[] ="));
        for meth in &c.statics {
            writeln!(
                w,
                "{{\"{}\", {}}},",
                c_escape(&meth.name),
                wrapper_of(&map, &meth.wrapper)
            );
        }
        writeln!(w, "{{NULL, NULL}}");
        w.close(";");
        let ctor = match &c.constructor {
            Some(k) => wrapper_of(&map, &k.wrapper),
            None => "NULL".into(),
        };
        let dtor = match &c.destructor {
            Some(d) => wrapper_of(&map, d),
            None => "NULL".into(),
        };
        writeln!(
            w,
            "static swig_lua_class {v} = {{\"{}\", {}, {ctor}, {dtor}, {v}_methods, {v}_attributes, {v}_statics}};",
            c_escape(&c.sym_name),
            c.descriptor
        );
        writeln!(w);
    }
}

/// Adapters between Lua's metamethod calls and the C methods serving them:
/// Lua calls a unary operator (`__unm`, `__len`) with the operand twice, so
/// a method taking only `self` gets a wrapper that drops the copy; Lua
/// takes a comparison's (`__eq`, `__lt`, `__le`) result for its truth, where
/// C's `int` 0 would be true, so a number result becomes a boolean.
/// Returns the adapter's name by method wrapper.
fn operator_adapters(w: &mut CodeSink, m: &Module, c: &Class) -> HashMap<String, String> {
    let mut out = HashMap::default();
    for meth in &c.methods {
        let meta = lua_metamethod(&meth.name).unwrap_or(meth.name.as_str());
        let unary = matches!(meta, "__unm" | "__len");
        let comparison = matches!(meta, "__eq" | "__lt" | "__le");
        if !unary && !comparison {
            continue;
        }
        let Some(f) = m
            .functions()
            .find(|f| f.sym_name == meth.wrapper && !f.overloaded)
        else {
            continue;
        };
        if unary && f.inputs.len() != 1 {
            continue;
        }
        let name = format!("{}_{}", f.wrap_name, if unary { "unary" } else { "truth" });
        if unary {
            writeln!(
                w,
                "/* {meta} of {}: Lua passes the operand twice. */",
                c.sym_name
            );
        } else {
            writeln!(
                w,
                "/* {meta} of {}: a C number result as a Lua boolean. */",
                c.sym_name
            );
        }
        w.open(&format!("static int {name}(lua_State *L)"));
        if unary {
            writeln!(w, "lua_settop(L, 1);");
            writeln!(w, "return {}(L);", f.wrap_name);
        } else {
            writeln!(w, "int n = {}(L);", f.wrap_name);
            w.open("if (n > 0 && lua_type(L, -n) == LUA_TNUMBER)");
            writeln!(w, "lua_pushboolean(L, lua_tonumber(L, -n) != 0);");
            writeln!(w, "lua_replace(L, -n - 1);");
            w.close("");
            writeln!(w, "return n;");
        }
        w.close("");
        out.insert(meth.wrapper.clone(), name);
    }
    out
}

/// The functions, the variables and `luaopen_<module>`.
pub(super) fn init(w: &mut CodeSink, m: &Module, opts: &Options) {
    w.open("static const swig_lua_method swig_functions[] =");
    for f in m
        .functions()
        .filter(|f| f.member.is_none() && !f.overloaded)
    {
        writeln!(w, "{{\"{}\", {}}},", c_escape(&f.sym_name), f.wrap_name);
    }
    // Static methods are also module functions named `Class_method`, as SWIG
    // keeps its pre-3.0 names alongside `Class.method`.
    let map = wrappers(m);
    for c in m.classes() {
        for meth in &c.statics {
            let name = format!("{}_{}", c.sym_name, meth.name);
            writeln!(
                w,
                "{{\"{}\", {}}},",
                c_escape(&name),
                wrapper_of(&map, &meth.wrapper)
            );
        }
    }
    writeln!(w, "{{NULL, NULL}}");
    w.close(";");
    writeln!(w);
    let vars: Vec<_> = m.variables().collect();
    if !vars.is_empty() {
        w.open("static const swig_lua_variable swig_variables[] =");
        for v in &vars {
            let set = if v.set.is_some() {
                setter_name(v)
            } else {
                "NULL".into()
            };
            writeln!(
                w,
                "{{\"{}\", {}, {set}}},",
                c_escape(&v.sym_name),
                getter_name(v)
            );
        }
        writeln!(w, "{{NULL, NULL, NULL}}");
        w.close(";");
        writeln!(w);
    }
    let luacode: Vec<&str> = m
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::TargetCode(c) if c.section == "luacode" => Some(strip_braces(&c.text)),
            _ => None,
        })
        .collect();
    if !luacode.is_empty() {
        writeln!(w, "static const char swig_luacode[] =");
        for line in luacode.join("\n").split_inclusive('\n') {
            writeln!(w, "  \"{}\"", c_escape(line));
        }
        writeln!(w, "  \"\";");
        writeln!(w);
    }
    crate::backends::common::external::write_type_aliases(w, m);
    let global = !opts.lang_flags.iter().any(|f| f == "nomoduleglobal");
    writeln!(w, "#ifdef __cplusplus");
    writeln!(w, "extern \"C\"");
    writeln!(w, "#endif");
    writeln!(w, "SWIGEXPORT int luaopen_{}(lua_State *L);", m.name);
    w.open(&format!("SWIGEXPORT int luaopen_{}(lua_State *L)", m.name));
    writeln!(w, "lua_newtable(L);");
    writeln!(w, "SWIG_Lua_InitPointers(L);");
    super::external::publish_call(w, m);
    writeln!(w, "SWIG_Lua_SetFuncs(L, swig_functions);");
    for d in &m.decls {
        match d {
            Decl::Constant(c) => w.block(&c.code),
            Decl::Class(c) => class_init(w, c),
            _ => {}
        }
    }
    if !vars.is_empty() {
        writeln!(w, "SWIG_Lua_InstallVariables(L, swig_variables);");
    }
    for code in m.section("init") {
        w.block(code);
    }
    if global {
        writeln!(w, "lua_pushvalue(L, -1);");
        writeln!(w, "lua_setglobal(L, \"{}\");", m.name);
    }
    if !luacode.is_empty() {
        writeln!(
            w,
            "if (luaL_loadbuffer(L, swig_luacode, sizeof(swig_luacode) - 1, \"=[luacode]\") != 0) lua_error(L);"
        );
        writeln!(w, "lua_pushvalue(L, -2);");
        writeln!(w, "lua_call(L, 1, 0);");
    }
    writeln!(w, "return 1;");
    w.close("");
}

/// `%luacode { ... }` is Lua code without its braces.
fn strip_braces(text: &str) -> &str {
    let t = text.trim();
    match t.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
        Some(inner) => inner,
        None => text,
    }
}

/// Registers a class, then copies its constants from the module table into
/// its class table (`Class.CONST`).
fn class_init(w: &mut CodeSink, c: &Class) {
    writeln!(w, "SWIG_Lua_RegisterClass(L, &{});", class_var(c));
    if c.constants.is_empty() {
        return;
    }
    writeln!(w, "lua_getfield(L, -1, \"{}\");", c_escape(&c.sym_name));
    for (attr, constant) in &c.constants {
        writeln!(w, "lua_getfield(L, -2, \"{}\");", c_escape(constant));
        writeln!(w, "lua_setfield(L, -2, \"{}\");", c_escape(attr));
    }
    writeln!(w, "lua_pop(L, 1);");
}
