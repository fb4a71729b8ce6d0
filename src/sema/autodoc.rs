//! Stage 4, sema: `%feature("autodoc")`: a docstring made from the C
//! declaration, as SWIG writes it. Level 0 names the arguments
//! (`area(width, height=2) -> int`), level 1 also gives their C types
//! (`area(int width, int height=2) -> int`), levels 2 and 3 add a
//! `Parameters` section listing each argument's type.

use super::functions::ParamSpec;
use crate::ast::{Type, TypeKind};
use crate::typemap::ctype::type_str;

/// The autodoc text for `sym(params) -> ret`, for the script-side inputs
/// named in `inputs` (parameters a typemap hides are left out). `level`
/// is the feature's value (`"1"`, ...; anything else is level 0).
pub(crate) fn autodoc_text(
    sym: &str,
    params: &[ParamSpec],
    inputs: &[String],
    ret: &Type,
    level: &str,
) -> String {
    let level: u32 = level.trim().parse().unwrap_or(0);
    let shown: Vec<&ParamSpec> = params
        .iter()
        .filter(|p| !matches!(p.ty.kind, TypeKind::Varargs))
        .filter(|p| p.name.as_ref().is_some_and(|n| inputs.contains(n)))
        .collect();
    let args: Vec<String> = shown
        .iter()
        .map(|p| {
            let name = p.name.clone().unwrap_or_default();
            let mut s = if level == 0 {
                name
            } else {
                format!("{} {name}", type_str(&p.ty))
            };
            if let Some(d) = &p.default {
                s.push('=');
                s.push_str(d.text.trim());
            }
            s
        })
        .collect();
    let ret = type_str(ret);
    let mut out = format!("{sym}({})", args.join(", "));
    if ret != "void" {
        out.push_str(&format!(" -> {ret}"));
    }
    if level >= 2 && !shown.is_empty() {
        out.push_str("\n\nParameters\n----------");
        for p in shown {
            let name = p.name.clone().unwrap_or_default();
            out.push_str(&format!("\n{name}: {}", type_str(&p.ty)));
        }
    }
    out
}
