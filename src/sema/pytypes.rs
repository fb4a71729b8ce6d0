//! Stage 4, sema: the Python type of every wrapped value, for type stubs
//! (`-pyi`) and annotations (`-typehints`). A `pytyping` typemap (SWIG
//! 4.5's name; `pytype` is taken too) or a `pytyping=`/`pytype=` attribute
//! on the `in`/`out`/`argout` typemap gives the type; otherwise it follows
//! from the C type: integers are `int`, floating types `float`, `char *`
//! `Optional[str]`, pointers to wrapped structs their proxy class (optional,
//! as NULL is `None`), other pointers an opaque pointer type. `argout`
//! values are combined with the return value as the runtime's
//! `SWIG_Python_AppendOutput` combines them. Pointers name their proxy
//! class only once the whole interface is read (`resolve_classes`), as a
//! struct may be defined after a function that uses it.

use super::functions::ParamSpec;
use super::Sema;
use crate::ast::{Prim, TagKind, Type, TypeKind};
use crate::ir::{self, PyType};
use crate::typemap::matching::lookup;
use crate::typemap::TypeReducer;
use crate::typemap::TypemapDef;
use std::collections::HashMap;
use std::rc::Rc;

/// The typemap methods that name a Python type, in order of preference.
const PYTYPING_METHODS: &[&str] = &["pytyping", "pytype"];

/// Which way a value crosses into C.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    /// An argument, converted by an `in` typemap.
    In,
    /// A result or a variable's value, converted by an `out` typemap.
    Out,
}

/// The text of a `pytyping` typemap's body: `"str"`, `%{ str %}` and
/// `{ str }` all give `str`.
fn body_text(tm: &TypemapDef) -> String {
    let t = tm.code.trim();
    let t = t
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .unwrap_or(t);
    t.trim().trim_matches('"').trim().to_string()
}

/// A `pytyping=`/`pytype=` attribute on a conversion typemap.
fn attr_type(tm: &TypemapDef) -> Option<PyType> {
    PYTYPING_METHODS
        .iter()
        .find_map(|a| tm.attr(a))
        .map(|v| PyType::Name(v.trim().trim_matches('"').to_string()))
}

impl Sema<'_> {
    /// The `pytyping` typemap for the parameter group at `i` (the one of
    /// the same pattern as the `in` typemap, for a group of several).
    fn pytyping_group(
        &self,
        params: &[ParamSpec],
        i: usize,
        arity: usize,
        in_tm: &TypemapDef,
    ) -> Option<Rc<TypemapDef>> {
        PYTYPING_METHODS
            .iter()
            .find_map(|m| self.group_typemap(m, params, i, arity, in_tm))
    }

    fn pytyping_single(&self, ty: &Type, name: Option<&str>) -> Option<Rc<TypemapDef>> {
        PYTYPING_METHODS
            .iter()
            .find_map(|m| lookup(&self.db, m, ty, name, &self.env))
    }

    /// The type of one input of the group at `i`, converted by `in_tm`.
    pub(crate) fn py_input(
        &self,
        params: &[ParamSpec],
        i: usize,
        arity: usize,
        in_tm: &TypemapDef,
    ) -> PyType {
        if matches!(params[i].ty.kind, TypeKind::Varargs) {
            return PyType::Any;
        }
        if let Some(t) = attr_type(in_tm) {
            return t;
        }
        if let Some(tm) = self.pytyping_group(params, i, arity, in_tm) {
            return PyType::Name(body_text(&tm));
        }
        self.py_of_c(&params[i].ty, Dir::In)
    }

    /// What an `argout` typemap does to the result: adds a value (of this
    /// type), replaces the whole result (`overwrite=1`), or nothing
    /// (`numoutputs=0`, `None`). Without a `pytyping` typemap the value is
    /// the one the parameter points to.
    pub(crate) fn py_argout(
        &self,
        params: &[ParamSpec],
        i: usize,
        arity: usize,
        in_tm: &TypemapDef,
        argout: &TypemapDef,
    ) -> Option<Output> {
        let overwrite = argout.attr("overwrite").map(str::trim) == Some("1");
        let ty = self.py_argout_type(params, i, arity, in_tm, argout)?;
        Some(if overwrite {
            Output::Replace(ty)
        } else {
            Output::Append(ty)
        })
    }

    fn py_argout_type(
        &self,
        params: &[ParamSpec],
        i: usize,
        arity: usize,
        in_tm: &TypemapDef,
        argout: &TypemapDef,
    ) -> Option<PyType> {
        if argout.attr("numoutputs").map(str::trim) == Some("0") {
            return None;
        }
        if let Some(t) = attr_type(argout) {
            return Some(t);
        }
        if let Some(tm) = self.pytyping_group(params, i, arity, in_tm) {
            return Some(match tm.attr("out") {
                Some(o) => PyType::Name(o.trim().trim_matches('"').to_string()),
                None => PyType::Name(body_text(&tm)),
            });
        }
        let ty = self.env.resolve(&params[i].ty);
        Some(match crate::typemap::ctype::deref(&ty) {
            Some(pointee) => self.py_of_c(pointee, Dir::Out),
            None => PyType::Any,
        })
    }

    /// The type of a function's return value as its `out` typemap gives
    /// it; `None` when there is no value (`void`, or `numoutputs=0`).
    pub(crate) fn py_return(
        &self,
        ret: &Type,
        tm_name: &str,
        out_tm: Option<&TypemapDef>,
    ) -> Option<PyType> {
        let out_tm = out_tm?;
        if out_tm.attr("numoutputs").map(str::trim) == Some("0") {
            return None;
        }
        if let Some(t) = attr_type(out_tm) {
            return Some(t);
        }
        Some(self.py_value(ret, Some(tm_name), Dir::Out))
    }

    /// The type of a value of C type `ty` (a variable, a constant, a
    /// result): a `pytyping` typemap for it, else by its C type.
    pub(crate) fn py_value(&self, ty: &Type, name: Option<&str>, dir: Dir) -> PyType {
        if let Some(tm) = self.pytyping_single(ty, name) {
            if dir == Dir::Out {
                if let Some(o) = tm.attr("out") {
                    return PyType::Name(o.trim().trim_matches('"').to_string());
                }
            }
            return PyType::Name(body_text(&tm));
        }
        self.py_of_c(ty, dir)
    }

    /// The type the standard typemaps give a C type.
    pub(crate) fn py_of_c(&self, ty: &Type, dir: Dir) -> PyType {
        let r = self.env.resolved(ty);
        match &r.kind {
            TypeKind::Prim(p) => prim_type(*p),
            TypeKind::Tagged {
                kind: TagKind::Enum,
                ..
            } => PyType::Name("int".into()),
            TypeKind::Named(n) if self.env.anonymous_enums.contains(n) => {
                PyType::Name("int".into())
            }
            TypeKind::Tagged { .. } | TypeKind::Named(_) => self.pointer_to(&r),
            TypeKind::Array(elem, _) => {
                if is_char(&self.env.resolved(elem)) {
                    PyType::Name("str".into())
                } else {
                    self.pointer_to(elem)
                }
            }
            TypeKind::Pointer(inner) | TypeKind::Reference(inner) => {
                let inner = self.env.resolved(inner);
                if is_char(&inner) {
                    return PyType::Optional(Box::new(PyType::Name("str".into())));
                }
                if dir == Dir::In && crate::typemap::ctype::is_void(&inner) {
                    // `void *` takes any wrapped pointer or object.
                    return PyType::Any;
                }
                PyType::Optional(Box::new(self.pointer_to(&inner)))
            }
            TypeKind::Function(_) => self.pointer_to(&r),
            TypeKind::Varargs => PyType::Any,
        }
    }

    /// The type of a wrapped `T *`: its proxy class or an opaque pointer
    /// (decided in `resolve_classes`).
    fn pointer_to(&self, pointee: &Type) -> PyType {
        let (mangled, display) = self.env.pointer_names(pointee);
        PyType::Pointer { mangled, display }
    }
}

fn is_char(ty: &Type) -> bool {
    matches!(ty.kind, TypeKind::Prim(Prim::Char | Prim::WChar))
}

fn prim_type(p: Prim) -> PyType {
    let name = match p {
        Prim::Void => return PyType::None,
        Prim::Bool => "bool",
        Prim::Char | Prim::WChar => "str",
        Prim::Float | Prim::Double | Prim::LongDouble => "float",
        Prim::FloatComplex | Prim::DoubleComplex | Prim::LongDoubleComplex => "complex",
        _ => "int",
    };
    PyType::Name(name.into())
}

/// What an `argout` typemap does to a wrapper's result.
#[derive(Clone, Debug)]
pub(crate) enum Output {
    /// Appends a value (`SWIG_AppendOutput`).
    Append(PyType),
    /// Assigns the whole result (`overwrite=1`).
    Replace(PyType),
}

/// What a call returns: the return value (`None` for none) and then the
/// `argout` values, combined as `SWIG_Python_AppendOutput` does: a `None`
/// result is replaced by the next value, a single value becomes a list.
pub(crate) fn combine_result(ret: Option<PyType>, outs: Vec<Output>) -> PyType {
    let mut elems: Vec<PyType> = ret.into_iter().collect();
    for o in outs {
        match o {
            Output::Append(t) => {
                // A `void` result is `None`, which the first value replaces.
                if elems.len() == 1 && elems[0] == PyType::None {
                    elems.clear();
                }
                elems.push(t);
            }
            Output::Replace(t) => elems = vec![t],
        }
    }
    let Some(last) = elems.last().cloned() else {
        return PyType::None;
    };
    if elems.len() == 1 {
        return last;
    }
    let mut shapes = Vec::new();
    // Each value after the first is appended (to a list made of the first).
    let mut items: Vec<PyType> = vec![elems[0].clone().without_none()];
    items.extend(elems[1..].iter().cloned());
    shapes.push(PyType::List(Box::new(PyType::union(items))));
    // When all the values before the last may be `None`, the last one is
    // returned alone.
    if elems[..elems.len() - 1].iter().all(PyType::may_be_none) {
        shapes.push(last);
    }
    PyType::union(shapes)
}

/// Pointers to wrapped structs become their proxy classes.
pub(crate) fn resolve_classes(m: &mut ir::Module, classes: &HashMap<String, String>) {
    for d in &mut m.decls {
        match d {
            ir::Decl::Function(f) => {
                for t in &mut f.py_inputs {
                    t.resolve(classes);
                }
                f.py_result.resolve(classes);
            }
            ir::Decl::Variable(v) => v.py_type.resolve(classes),
            ir::Decl::Constant(c) => c.py_type.resolve(classes),
            _ => {}
        }
    }
}

impl PyType {
    fn resolve(&mut self, classes: &HashMap<String, String>) {
        match self {
            PyType::Pointer { mangled, .. } => {
                if let Some(c) = classes.get(mangled.as_str()) {
                    *self = PyType::Class(c.clone());
                }
            }
            PyType::Optional(t) | PyType::List(t) => t.resolve(classes),
            PyType::Union(ts) => ts.iter_mut().for_each(|t| t.resolve(classes)),
            _ => {}
        }
    }

    /// A union, flattened, without repeats; one type stands alone.
    pub fn union(types: Vec<PyType>) -> PyType {
        let mut out: Vec<PyType> = Vec::new();
        for t in types {
            let parts = match t {
                PyType::Union(ts) => ts,
                PyType::Optional(t) => vec![*t, PyType::None],
                t => vec![t],
            };
            for p in parts {
                if p == PyType::Any {
                    return PyType::Any;
                }
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        if out.len() == 1 {
            return out.pop().unwrap_or_default();
        }
        // `None` last: `Optional[...]` reads best.
        if let Some(i) = out.iter().position(|t| *t == PyType::None) {
            out.remove(i);
            let rest = PyType::union(out);
            return PyType::Optional(Box::new(rest));
        }
        PyType::Union(out)
    }

    /// Can a value of this type be `None`?
    pub fn may_be_none(&self) -> bool {
        match self {
            PyType::Any | PyType::None | PyType::Optional(_) => true,
            PyType::Union(ts) => ts.iter().any(PyType::may_be_none),
            PyType::Name(n) => n == "None" || n.contains("Optional") || n.contains("None"),
            _ => false,
        }
    }

    /// The type without `None` (a pointer known not to be NULL).
    pub fn without_none(self) -> PyType {
        match self {
            PyType::Optional(t) => *t,
            PyType::Union(ts) => {
                PyType::union(ts.into_iter().filter(|t| *t != PyType::None).collect())
            }
            t => t,
        }
    }

    /// The annotation text: `int`, `typing.Optional[Vector]`,
    /// `typing.List[typing.Union[int, float]]`. Opaque pointer types are
    /// named by `opaque_name`.
    pub fn render(&self) -> String {
        match self {
            PyType::Any => "typing.Any".into(),
            PyType::None => "None".into(),
            PyType::Name(n) => n.clone(),
            PyType::Class(c) => c.clone(),
            PyType::Pointer { mangled, .. } => opaque_name(mangled),
            PyType::Optional(t) => format!("typing.Optional[{}]", t.render()),
            PyType::Union(ts) => format!(
                "typing.Union[{}]",
                ts.iter().map(PyType::render).collect::<Vec<_>>().join(", ")
            ),
            PyType::List(t) => format!("typing.List[{}]", t.render()),
        }
    }

    /// The opaque pointer types this type mentions: (mangled, shown).
    pub fn opaque_pointers(&self, out: &mut Vec<(String, String)>) {
        match self {
            PyType::Pointer { mangled, display } if !out.iter().any(|(m, _)| m == mangled) => {
                out.push((mangled.clone(), display.clone()));
            }
            PyType::Optional(t) | PyType::List(t) => t.opaque_pointers(out),
            PyType::Union(ts) => ts.iter().for_each(|t| t.opaque_pointers(out)),
            _ => {}
        }
    }
}

/// The stub's name for the opaque type of pointers with this mangled name
/// (`_p_int` → `_SWIGTYPE_p_int`). It is private: it exists only for type
/// checkers (stubtest ignores private names missing at runtime).
pub fn opaque_name(mangled: &str) -> String {
    format!("_SWIGTYPE{mangled}")
}
