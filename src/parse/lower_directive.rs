//! Stage 2, parse: lowering of SWIG directives (`grammar/swig.pest`):
//! `%module`, code sections, `%typemap`/`%apply`/`%clear`, `%extend`,
//! `%fragment`, `%constant` and the generic `%name(args) target body;`.

use super::grammar::Rule;
use super::lower::{child, Lower, P};
use super::lower_expr::string_parts;
use super::spans::OffsetSpans;
use super::text::unescape;
use crate::ast::{
    Attr, AttrValue, Code, CodeDelim, Directive, Ident, Item, ItemKind, Prim, Target, Type,
    TypeKind, Typemap, TypemapBody, TypemapParam, TypemapPattern,
};

/// Code sections that `%name %{ ... %}` inserts into (besides the
/// `...code` and `...begin` language sections).
const CODE_SECTIONS: &[&str] = &["begin", "runtime", "header", "wrapper", "init", "shadow"];

/// The section a code directive writes to: `%pythoncode` is "python",
/// `%header` is "header", `%luacode` is "luacode".
pub fn section_name(directive: &str) -> Option<String> {
    if CODE_SECTIONS.contains(&directive) {
        return Some(directive.to_string());
    }
    if directive == "pythoncode" {
        return Some("python".to_string());
    }
    let is_lang_section = directive.len() > 4
        && (directive.ends_with("code") || directive.ends_with("begin"))
        && directive != "begin";
    is_lang_section.then(|| directive.to_string())
}

impl Lower<'_> {
    /// Lowers a directive pair; `None` for directives that give no item.
    pub fn lower_directive(&self, p: P) -> Option<ItemKind> {
        Some(match p.as_rule() {
            Rule::header_code => ItemKind::Code {
                section: "header".to_string(),
                code: match p.into_inner().next() {
                    Some(c) => self.lower_code(c),
                    None => self.empty_code(),
                },
            },
            Rule::module_dir => self.lower_module(p),
            Rule::insert_dir => self.lower_insert(p),
            Rule::code_dir => self.lower_code_dir(p),
            Rule::generic_dir => {
                let d = self.lower_generic(p);
                // `%pythoncode "file"`: a code section given by file name.
                match section_name(&d.name.name) {
                    Some(section) if d.args.is_empty() => {
                        let from_target = d.target.as_ref().filter(|t| t.quoted).map(|t| Code {
                            text: t.name.first().map(|n| n.name.clone()).unwrap_or_default(),
                            span: t.span,
                            delim: CodeDelim::Quoted,
                        });
                        match (d.body.clone(), from_target) {
                            (Some(code), None) | (None, Some(code)) => {
                                ItemKind::Code { section, code }
                            }
                            _ => ItemKind::Directive(d),
                        }
                    }
                    _ => ItemKind::Directive(d),
                }
            }
            Rule::typemap_dir => ItemKind::Typemap(self.lower_typemap(p)),
            Rule::apply_dir => self.lower_apply(p),
            Rule::clear_dir => ItemKind::Clear {
                patterns: p
                    .into_inner()
                    .filter(|c| c.as_rule() == Rule::tm_pattern)
                    .map(|c| self.lower_pattern(c))
                    .collect(),
            },
            Rule::extend_dir => self.lower_extend(p),
            Rule::fragment_dir => self.lower_fragment(p),
            Rule::constant_dir => self.lower_constant(p)?,
            _ => return None,
        })
    }

    fn lower_module(&self, p: P) -> ItemKind {
        let mut options = Vec::new();
        let mut name = Ident {
            name: String::new(),
            span: self.span(&p),
        };
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::dir_args => options = self.lower_args(c),
                Rule::module_name => {
                    let span = self.span(&c);
                    let text = match child(&c, Rule::strings) {
                        Some(s) => unescape(&string_parts(&s).0),
                        None => c.as_str().to_string(),
                    };
                    name = Ident { name: text, span };
                }
                _ => {}
            }
        }
        ItemKind::Module { name, options }
    }

    fn lower_insert(&self, p: P) -> ItemKind {
        let mut section = String::new();
        let mut code = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::insert_section => {
                    section = match child(&c, Rule::strings) {
                        Some(s) => unescape(&string_parts(&s).0),
                        None => c.as_str().to_string(),
                    }
                }
                Rule::code_body => code = Some(self.lower_code(c)),
                _ => {}
            }
        }
        let code = code.unwrap_or_else(|| self.empty_code());
        ItemKind::Code { section, code }
    }

    fn empty_code(&self) -> Code {
        Code {
            text: String::new(),
            span: self.range(0, 0),
            delim: CodeDelim::Percent,
        }
    }

    /// `%name %{ ... %}`: a code section, or a directive with a body.
    fn lower_code_dir(&self, p: P) -> ItemKind {
        let mut name = None;
        let mut code = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::dir_name => name = Some(self.dir_ident(&c)),
                Rule::percent_code | Rule::brace_block => code = Some(self.lower_code(c)),
                _ => {}
            }
        }
        let name = name.unwrap_or_else(|| Ident {
            name: String::new(),
            span: self.range(0, 0),
        });
        let code = code.unwrap_or_else(|| self.empty_code());
        match section_name(&name.name) {
            Some(section) => ItemKind::Code { section, code },
            None => ItemKind::Directive(Directive {
                name,
                args: Vec::new(),
                target: None,
                body: Some(code),
            }),
        }
    }

    fn dir_ident(&self, p: &P) -> Ident {
        let mut id = self.ident(p);
        id.name = id.name.trim_start_matches('%').to_string();
        id
    }

    /// Lowers a `code_body`, `percent_code`, `brace_block` or `strings`.
    pub fn lower_code(&self, p: P) -> Code {
        match p.as_rule() {
            Rule::code_body => match p.clone().into_inner().next() {
                Some(c) => self.lower_code(c),
                None => Code {
                    text: p.as_str().to_string(),
                    span: self.span(&p),
                    delim: CodeDelim::Brace,
                },
            },
            Rule::percent_code => match child(&p, Rule::percent_text) {
                Some(t) => Code {
                    text: t.as_str().to_string(),
                    span: self.span(&t),
                    delim: CodeDelim::Percent,
                },
                None => self.empty_code(),
            },
            Rule::strings => Code {
                text: unescape(&string_parts(&p).0),
                span: self.span(&p),
                delim: CodeDelim::Quoted,
            },
            _ => Code {
                text: p.as_str().to_string(),
                span: self.span(&p),
                delim: CodeDelim::Brace,
            },
        }
    }

    /// `%inline %{ ... %}`: the code, and its content parsed as items.
    pub fn lower_inline(&self, p: P) -> Item {
        let span = self.span(&p);
        let mut code = self.empty_code();
        let mut content: Option<(&str, usize)> = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::percent_code => {
                    if let Some(t) = child(&c, Rule::percent_text) {
                        content = Some((t.as_str(), t.as_span().start()));
                    }
                    code = self.lower_code(c);
                }
                Rule::brace_block => {
                    let s = c.as_str();
                    let inner = s.get(1..s.len().saturating_sub(1)).unwrap_or("");
                    content = Some((inner, c.as_span().start() + 1));
                    code = Code {
                        text: inner.to_string(),
                        span: self.span(&c),
                        delim: CodeDelim::Brace,
                    };
                }
                _ => {}
            }
        }
        let items = match content {
            Some((text, start)) => {
                let raw_start = self.base.get() + start;
                let mut diags = self.diags.borrow_mut();
                match self.inline.and_then(|s| s.preprocessed_inline(raw_start)) {
                    Some((pp_text, pp_spans)) => {
                        super::parse_items(pp_text, pp_spans, None, &mut diags)
                    }
                    None => {
                        let spans = OffsetSpans {
                            inner: self.spans,
                            offset: raw_start,
                        };
                        super::parse_items(text, &spans, None, &mut diags)
                    }
                }
            }
            None => Vec::new(),
        };
        Item {
            kind: ItemKind::Inline { code, items },
            span,
        }
    }

    /// Lowers `dir_args`.
    pub fn lower_args(&self, p: P) -> Vec<Attr> {
        p.into_inner()
            .filter(|c| c.as_rule() == Rule::attr)
            .map(|c| self.lower_attr(c))
            .collect()
    }

    fn lower_attr(&self, p: P) -> Attr {
        let span = self.span(&p);
        let word = |s: &str| Some(AttrValue::Word(s.trim().to_string()));
        let Some(c) = p.clone().into_inner().next() else {
            return Attr {
                name: None,
                value: word(p.as_str()),
                span,
            };
        };
        let (name, value) = match c.as_rule() {
            Rule::flag_attr => {
                let flags: Vec<&str> = c.clone().into_inner().map(|f| f.as_str()).collect();
                (Some(flags.join(" ")), None)
            }
            Rule::named_attr => {
                let mut name = None;
                let mut value = None;
                for x in c.into_inner() {
                    match x.as_rule() {
                        Rule::attr_name => name = Some(x.as_str().to_string()),
                        Rule::attr_value => {
                            value = match child(&x, Rule::strings) {
                                Some(s) => Some(AttrValue::Str(unescape(&string_parts(&s).0))),
                                None => word(x.as_str()),
                            }
                        }
                        _ => {}
                    }
                }
                (name, value)
            }
            Rule::string_attr => match child(&c, Rule::strings) {
                Some(s) => (None, Some(AttrValue::Str(unescape(&string_parts(&s).0)))),
                None => (None, word(c.as_str())),
            },
            Rule::type_attr => self.lower_type_attr(c),
            _ => (None, word(c.as_str())),
        };
        Attr { name, value, span }
    }

    /// A type argument: a plain word (`foo`, `SWIGWARN_X`) stays a word;
    /// `int *` is a type; `char *name = NULL` is the type named `name`
    /// (the default value is not kept).
    fn lower_type_attr(&self, p: P) -> (Option<String>, Option<AttrValue>) {
        let mut base = Type::prim(Prim::Int);
        let mut ty = None;
        let mut name = None;
        for c in p.clone().into_inner() {
            match c.as_rule() {
                Rule::decl_specs => base = self.lower_specs(c).base,
                Rule::declarator => {
                    let (n, t) = self.lower_declarator(c, base.clone());
                    name = n;
                    ty = Some(t);
                }
                _ => {}
            }
        }
        let ty = ty.unwrap_or(base);
        if name.is_none() && ty.quals == Default::default() {
            if let TypeKind::Named(n) = &ty.kind {
                return (None, Some(AttrValue::Word(n.clone())));
            }
        }
        (name.map(|n| n.name), Some(AttrValue::Type(ty)))
    }

    /// `%name(args) target body;`
    fn lower_generic(&self, p: P) -> Directive {
        let mut d = Directive {
            name: Ident {
                name: String::new(),
                span: self.span(&p),
            },
            args: Vec::new(),
            target: None,
            body: None,
        };
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::dir_name => d.name = self.dir_ident(&c),
                Rule::dir_args => d.args = self.lower_args(c),
                Rule::dir_target => d.target = self.lower_target(c),
                Rule::code_body => d.body = Some(self.lower_code(c)),
                Rule::pragma_assign => {
                    let span = self.span(&c);
                    let mut parts = c.into_inner();
                    if let Some(n) = parts.next() {
                        d.target = Some(Target {
                            name: vec![self.ident(&n)],
                            params: None,
                            quoted: false,
                            span,
                        });
                    }
                    if let Some(v) = parts.next() {
                        d.body = Some(match v.as_rule() {
                            Rule::strings | Rule::percent_code => self.lower_code(v),
                            _ => Code {
                                text: v.as_str().trim().to_string(),
                                span: self.span(&v),
                                delim: CodeDelim::Quoted,
                            },
                        });
                    }
                }
                _ => {}
            }
        }
        // `%echo "text"`: a lone string is the directive's text, not a target.
        if matches!(d.name.name.as_str(), "echo" | "error" | "warn") && d.body.is_none() {
            if let Some(t) = d.target.take_if(|t| t.quoted) {
                d.body = Some(Code {
                    text: t.name.first().map(|n| n.name.clone()).unwrap_or_default(),
                    span: t.span,
                    delim: CodeDelim::Quoted,
                });
            }
        }
        d
    }

    fn lower_target(&self, p: P) -> Option<Target> {
        let span = self.span(&p);
        let c = p.into_inner().next()?;
        Some(match c.as_rule() {
            Rule::quoted_target => {
                let s = child(&c, Rule::strings)?;
                Target {
                    name: vec![Ident {
                        name: unescape(&string_parts(&s).0),
                        span: self.span(&s),
                    }],
                    params: None,
                    quoted: true,
                    span,
                }
            }
            Rule::decl_target => {
                let mut name = Vec::new();
                let mut params = None;
                for x in c.into_inner() {
                    match x.as_rule() {
                        Rule::target_name => {
                            name = x
                                .into_inner()
                                .map(|seg| self.ident(&seg))
                                .collect::<Vec<_>>()
                        }
                        Rule::param_suffix => params = Some(self.lower_params(x).0),
                        _ => {}
                    }
                }
                Target {
                    name,
                    params,
                    quoted: false,
                    span,
                }
            }
            _ => {
                let mut base = Type::prim(Prim::Int);
                let mut name = Vec::new();
                let mut params = None;
                for x in c.into_inner() {
                    match x.as_rule() {
                        Rule::decl_specs => base = self.lower_specs(x).base,
                        Rule::declarator => {
                            let (n, t) = self.lower_declarator(x, base.clone());
                            name.extend(n);
                            if let TypeKind::Function(f) = t.kind {
                                params = Some(f.params);
                            }
                        }
                        _ => {}
                    }
                }
                Target {
                    name,
                    params,
                    quoted: false,
                    span,
                }
            }
        })
    }

    fn lower_typemap(&self, p: P) -> Typemap {
        let mut tm = Typemap {
            method: Ident {
                name: String::new(),
                span: self.span(&p),
            },
            attrs: Vec::new(),
            patterns: Vec::new(),
            body: TypemapBody::Delete,
        };
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::tm_method => tm.method = self.ident(&c),
                Rule::attr => tm.attrs.push(self.lower_attr(c)),
                Rule::tm_pattern => tm.patterns.push(self.lower_pattern(c)),
                Rule::tm_copy => {
                    if let Some(q) = child(&c, Rule::tm_pattern) {
                        tm.body = TypemapBody::Copy(self.lower_pattern(q));
                    }
                }
                Rule::code_body => tm.body = TypemapBody::Code(self.lower_code(c)),
                _ => {}
            }
        }
        tm
    }

    /// Lowers a `tm_pattern`.
    pub fn lower_pattern(&self, p: P) -> TypemapPattern {
        let span = self.span(&p);
        let mut params = Vec::new();
        let mut locals = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::tm_param => params.push(self.lower_tm_param(c)),
                Rule::tm_locals => locals = self.lower_params(c).0,
                _ => {}
            }
        }
        TypemapPattern {
            params,
            locals,
            span,
        }
    }

    fn lower_tm_param(&self, p: P) -> TypemapParam {
        let span = self.span(&p);
        let mut ty = Type::prim(Prim::Int);
        let mut name = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::varargs => ty = Type::new(TypeKind::Varargs),
                Rule::decl_specs => ty = self.lower_specs(c).base,
                Rule::tm_declarator => (name, ty) = self.lower_declarator(c, ty.clone()),
                _ => {}
            }
        }
        TypemapParam { ty, name, span }
    }

    fn lower_apply(&self, p: P) -> ItemKind {
        let mut patterns = p
            .into_inner()
            .filter(|c| c.as_rule() == Rule::tm_pattern)
            .map(|c| self.lower_pattern(c));
        let source = patterns.next().unwrap_or(TypemapPattern {
            params: Vec::new(),
            locals: Vec::new(),
            span: self.range(0, 0),
        });
        ItemKind::Apply {
            source,
            targets: patterns.collect(),
        }
    }

    fn lower_extend(&self, p: P) -> ItemKind {
        let mut name = None;
        let mut items = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::kw_extend | Rule::struct_kw | Rule::enum_kw => {}
                Rule::extend_name => name = Some(self.ident(&c)),
                _ => self.lower_member(c, &mut items),
            }
        }
        ItemKind::Extend { name, items }
    }

    fn lower_fragment(&self, p: P) -> ItemKind {
        let mut args = Vec::new();
        let mut code = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::dir_args => args = self.lower_args(c),
                Rule::code_body => code = Some(self.lower_code(c)),
                _ => {}
            }
        }
        let name = if args.is_empty() {
            String::new()
        } else {
            match args.remove(0).value {
                Some(AttrValue::Str(s)) | Some(AttrValue::Word(s)) => s,
                _ => String::new(),
            }
        };
        ItemKind::Fragment { name, args, code }
    }

    fn lower_constant(&self, p: P) -> Option<ItemKind> {
        let span = self.span(&p);
        let mut name = None;
        let mut ty = None;
        let mut value = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::constant_untyped => name = child(&c, Rule::ident).map(|i| self.ident(&i)),
                Rule::constant_typed => {
                    let mut inner = c.into_inner();
                    let base = inner.next().map(|s| self.lower_specs(s).base);
                    let base = base.unwrap_or_else(|| Type::prim(Prim::Int));
                    match inner.next() {
                        Some(d) => {
                            let (n, t) = self.lower_declarator(d, base);
                            name = n;
                            ty = Some(t);
                        }
                        None => ty = Some(base),
                    }
                }
                Rule::expr => value = Some(self.lower_expr(c)),
                _ => {}
            }
        }
        let Some(name) = name else {
            self.error(span, "expected a name in %constant");
            return None;
        };
        Some(ItemKind::Constant {
            name,
            ty,
            value: value?,
        })
    }
}
