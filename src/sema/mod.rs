//! Stage 4, sema: resolves typedefs, applies `%rename`/`%ignore`/
//! `%feature`/`%extend`, selects typemaps, and lowers the AST into the IR.
//! Items are taken in order of appearance, so typemaps, renames and
//! features only affect the declarations that follow them.

mod autodoc;
mod constants;
mod contracts;
mod decls;
mod directives;
mod features;
mod fragments;
mod functions;
mod names;
mod overloads;
pub(crate) mod pytypes;
mod structs;
#[cfg(test)]
mod tests;
mod tm_macro;
mod typemaps;
pub mod types;
mod variables;

use crate::ast::{Attr, AttrValue, Code, CodeDelim, Interface, Item, ItemKind};
use crate::backends::{self, Conventions};
use crate::diag::Diagnostics;
use crate::ir;
use crate::options::{Lang, Options};
use crate::source::{FileKind, SourceMap, Span};
use crate::typemap::TypemapDb;
use features::Features;
use fragments::FragmentTable;
use names::NameRules;
use std::collections::{HashMap, HashSet};
use types::TypeEnv;

/// Lowers a parsed interface into the module a backend prints. The
/// interface is consumed: each top-level item is freed once analysed, so
/// the AST shrinks while the IR grows.
pub fn analyze(
    iface: Interface,
    sm: &SourceMap,
    opts: &Options,
    diags: &mut Diagnostics,
) -> ir::Module {
    let lang = opts.lang.unwrap_or(Lang::Python);
    let conv = match backends::backend_for(lang) {
        Some(b) => b.conventions(),
        None => backends::Backend::conventions(&backends::python::PythonBackend),
    };
    let mut s = Sema::new(sm, opts, conv, diags);
    s.collect_extends(&iface.items);
    for item in iface.items {
        s.item(&item);
    }
    s.finish()
}

/// The state of one analysis.
pub(crate) struct Sema<'a> {
    sm: &'a SourceMap,
    opts: &'a Options,
    conv: Conventions,
    diags: &'a mut Diagnostics,
    env: TypeEnv,
    db: TypemapDb,
    names: NameRules,
    features: Features,
    fragments: FragmentTable,
    module: ir::Module,
    /// Target names already wrapped (to report redefinitions).
    wrapped: HashMap<String, String>,
    /// Types of the constants known so far (for `#define` expressions).
    const_types: HashMap<String, crate::ast::Type>,
    /// Types of the global variables known so far (a `%constant` may be
    /// valued by one; a `#define` may not).
    var_types: HashMap<String, crate::ast::Type>,
    /// Whether the module name came from `%module`.
    have_module: bool,
    /// `%extend` blocks by the struct name they extend, not yet used.
    extends: HashMap<String, Vec<Item>>,
    /// Top-level directives naming a member (`%immutable Vec::len;`), by
    /// struct name, with where the struct's last `%extend` block starts:
    /// those before it apply to the `%extend` members too (see
    /// `collect_extends`).
    member_directives: HashMap<String, Vec<(crate::ast::Directive, Span)>>,
    last_extend: HashMap<String, Span>,
    /// Struct/union names (tags and typedef names) defined so far.
    known_structs: HashSet<String>,
    /// C names of `%extend` helper functions emitted so far.
    helpers: HashSet<String>,
    /// `%varargs(N, type name = default) f;`: the parameters that replace
    /// `f`'s `...`, by target key.
    varargs: HashMap<String, Vec<functions::ParamSpec>>,
}

impl<'a> Sema<'a> {
    fn new(
        sm: &'a SourceMap,
        opts: &'a Options,
        conv: Conventions,
        diags: &'a mut Diagnostics,
    ) -> Sema<'a> {
        let mut module = ir::Module::default();
        if let Some(m) = &opts.module {
            module.name = m.clone();
        }
        let mut features = Features::default();
        for (k, v) in &opts.features {
            features.add_global(k, v);
        }
        Sema {
            sm,
            opts,
            conv,
            diags,
            env: TypeEnv::default(),
            db: TypemapDb::new(),
            names: NameRules::default(),
            features,
            fragments: FragmentTable::default(),
            module,
            wrapped: HashMap::new(),
            const_types: HashMap::new(),
            var_types: HashMap::new(),
            have_module: false,
            extends: HashMap::new(),
            member_directives: HashMap::new(),
            last_extend: HashMap::new(),
            known_structs: HashSet::new(),
            helpers: HashSet::new(),
            varargs: HashMap::new(),
        }
    }

    fn finish(mut self) -> ir::Module {
        if self.module.name.is_empty() {
            // Located at the start of the main input (file 0).
            let start = crate::source::Span::new(crate::source::FileId(0), 0, 0);
            self.diags
                .error(start, "no module name given (use %module or -module)");
        }
        self.overloads();
        pytypes::resolve_classes(&mut self.module, &self.env.classes);
        self.module.typing = self.opts.lang_flags.iter().any(|f| f == "typehints")
            || self.features.value("python:annotations", &[]) == Some("typing");
        self.module.stub = self
            .opts
            .lang_flags
            .iter()
            .any(|f| f == "pyi" || f.starts_with("pyifile="));
        self.module.types = self.env.finish_descriptors();
        self.module.fragments = self.fragments.take_used();
        self.module
    }

    /// True when declarations at `span` are wrapped (not from an
    /// `%import`ed file).
    fn wraps(&self, span: Span) -> bool {
        !self.sm.get(span.file).imported
    }

    /// True when `span` lies in one of the user's own files (not the
    /// library, not imported): `#define`s are wrapped only from these.
    fn in_user_file(&self, span: Span) -> bool {
        let f = self.sm.get(span.file);
        f.kind == FileKind::User && !f.imported
    }

    pub(crate) fn items(&mut self, items: &[Item]) {
        for item in items {
            self.item(item);
        }
    }

    fn item(&mut self, item: &Item) {
        match &item.kind {
            ItemKind::Module { name, options } => {
                if self.opts.module.is_none() && !self.have_module {
                    self.module.name = name.name.clone();
                    self.have_module = true;
                    self.module.module_options = options
                        .iter()
                        .filter_map(|a| {
                            let v = attr_text(a).unwrap_or_default();
                            let v = match v.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
                                Some(inner) => inner.replace("\\n", "\n").replace("\\\"", "\""),
                                None => v,
                            };
                            Some((a.name.clone()?, v))
                        })
                        .collect();
                }
            }
            ItemKind::Code { section, code } => self.code_section(section, code, item.span),
            ItemKind::Inline { code, items } => {
                if self.wraps(item.span) {
                    self.module.code.push(ir::CodeBlock {
                        section: "header".into(),
                        text: code.text.clone(),
                    });
                }
                self.items(items);
            }
            ItemKind::Decl(d) => self.declaration(d, item.span),
            ItemKind::Define { name, value, .. } => {
                if let Some(v) = value {
                    if self.in_user_file(item.span) {
                        self.define_constant(name, v);
                    }
                }
            }
            ItemKind::Constant { name, ty, value } => {
                if self.wraps(item.span) {
                    self.percent_constant(name, ty.as_ref(), value);
                }
            }
            ItemKind::Typemap(tm) => self.typemap(tm),
            ItemKind::Apply { source, targets } => self.apply(source, targets),
            ItemKind::Clear { patterns } => self.clear(patterns),
            ItemKind::Extend { name, items } => self.extend(name.as_ref(), items, item.span),
            ItemKind::Fragment { name, args, code } => self.fragment(name, args, code.as_ref()),
            ItemKind::Directive(d) => self.directive(d, item.span),
        }
    }

    fn code_section(&mut self, section: &str, code: &Code, span: Span) {
        if !self.wraps(span) && section != "runtime" {
            return;
        }
        let section = match section {
            "shadow" | "pythoncode" => "python",
            s => s,
        };
        // `%insert("header") { ... }`: the braces only delimit the code.
        let text = match code.delim {
            CodeDelim::Brace => strip_outer_braces(&code.text),
            _ => code.text.clone(),
        };
        // Language code, and `%wrapper` code (which goes among the wrappers,
        // in order), stay in place among the declarations.
        if (self.conv.code_sections.contains(&section) && !section.ends_with("begin"))
            || section == "wrapper"
        {
            self.module.decls.push(ir::Decl::TargetCode(ir::CodeBlock {
                section: section.to_string(),
                text,
            }));
        } else {
            self.module.code.push(ir::CodeBlock {
                section: section.to_string(),
                text,
            });
        }
    }
}

/// The code of a body: `{ ... }` keeps its braces, `%{ %}` and strings do not.
pub(crate) fn code_text(code: &Code) -> String {
    match code.delim {
        CodeDelim::Brace => {
            let t = code.text.trim();
            if t.starts_with('{') {
                code.text.clone()
            } else {
                format!("{{{}}}", code.text)
            }
        }
        _ => code.text.clone(),
    }
}

/// `{ code }` → `code`.
pub(crate) fn strip_outer_braces(text: &str) -> String {
    let t = text.trim();
    match t.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
        Some(inner) => inner.to_string(),
        None => text.to_string(),
    }
}

/// The text of an attribute's value (a word, a string or a type).
pub(crate) fn attr_text(a: &Attr) -> Option<String> {
    match a.value.as_ref()? {
        AttrValue::Word(w) => Some(w.clone()),
        AttrValue::Str(s) => Some(s.clone()),
        AttrValue::Type(t) => Some(crate::typemap::ctype::type_str(t)),
    }
}
