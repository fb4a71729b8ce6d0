//! Stage 2, parse: a compact, readable dump of the AST (for snapshot tests
//! and debugging). Spans print as `line:col` of their start.

use crate::ast::*;
use crate::source::{SourceMap, Span};
use std::fmt::Write as _;

/// Dumps an interface, one item per line (nested items indented).
pub fn dump_interface(iface: &Interface, sources: &SourceMap) -> String {
    let mut d = Dumper {
        out: String::new(),
        sources,
    };
    for item in &iface.items {
        d.item(item, 0);
    }
    d.out
}

struct Dumper<'a> {
    out: String,
    sources: &'a SourceMap,
}

impl Dumper<'_> {
    fn at(&self, span: Span) -> String {
        let f = self.sources.get(span.file);
        let (l, c) = f.line_col(span.start);
        format!("{l}:{c}")
    }

    fn line(&mut self, depth: usize, span: Span, text: String) {
        let at = self.at(span);
        let _ = writeln!(self.out, "{}{at} {text}", "  ".repeat(depth));
    }

    fn item(&mut self, item: &Item, depth: usize) {
        let s = item.span;
        match &item.kind {
            ItemKind::Module { name, options } => {
                self.line(depth, s, format!("module {}{}", name.name, attrs(options)))
            }
            ItemKind::Code { section, code } => {
                self.line(depth, s, format!("code {section} {}", code_text(code)))
            }
            ItemKind::Inline { code, items } => {
                self.line(depth, s, format!("inline {}", code_text(code)));
                for i in items {
                    self.item(i, depth + 1);
                }
            }
            ItemKind::Decl(d) => self.decl(d, depth),
            ItemKind::Define { name, value, text } => {
                let v = value.as_ref().map(expr).unwrap_or_else(|| "-".into());
                self.line(depth, s, format!("define {} = {v} {text:?}", name.name))
            }
            ItemKind::Constant { name, ty, value } => {
                let t = ty.as_ref().map(type_str).unwrap_or_else(|| "?".into());
                self.line(
                    depth,
                    s,
                    format!("constant {}: {t} = {}", name.name, expr(value)),
                )
            }
            ItemKind::Typemap(tm) => {
                let pats: Vec<String> = tm.patterns.iter().map(pattern).collect();
                let body = match &tm.body {
                    TypemapBody::Code(c) => code_text(c),
                    TypemapBody::Copy(p) => format!("= {}", pattern(p)),
                    TypemapBody::Delete => "delete".into(),
                };
                self.line(
                    depth,
                    s,
                    format!(
                        "typemap({}){} {} {body}",
                        tm.method.name,
                        attrs(&tm.attrs),
                        pats.join(", ")
                    ),
                )
            }
            ItemKind::Apply { source, targets } => {
                let t: Vec<String> = targets.iter().map(pattern).collect();
                self.line(
                    depth,
                    s,
                    format!("apply {} {{ {} }}", pattern(source), t.join(", ")),
                )
            }
            ItemKind::Clear { patterns } => {
                let t: Vec<String> = patterns.iter().map(pattern).collect();
                self.line(depth, s, format!("clear {}", t.join(", ")))
            }
            ItemKind::Extend { name, items } => {
                let n = name.as_ref().map(|n| n.name.as_str()).unwrap_or("-");
                self.line(depth, s, format!("extend {n}"));
                for i in items {
                    self.item(i, depth + 1);
                }
            }
            ItemKind::Fragment { name, args, code } => {
                let c = code.as_ref().map(code_text).unwrap_or_else(|| "-".into());
                self.line(depth, s, format!("fragment {name:?}{} {c}", attrs(args)))
            }
            ItemKind::Directive(d) => {
                let target = d.target.as_ref().map(target).unwrap_or_else(|| "-".into());
                let body = d.body.as_ref().map(code_text).unwrap_or_else(|| "-".into());
                self.line(
                    depth,
                    s,
                    format!("%{}{} {target} {body}", d.name.name, attrs(&d.args)),
                )
            }
        }
    }

    fn decl(&mut self, d: &Declaration, depth: usize) {
        let mut head = String::from("decl");
        if d.storage != Storage::None {
            let _ = write!(head, " {:?}", d.storage);
        }
        if d.is_inline {
            head.push_str(" inline");
        }
        let _ = write!(head, " base={}", type_str(&d.base));
        self.line(depth, d.span, head);
        if let Some(def) = &d.definition {
            self.tagdef(def, depth + 1);
        }
        for decl in &d.declarators {
            let name = decl
                .name
                .as_ref()
                .map(|n| n.name.as_str())
                .unwrap_or("<anon>");
            let mut t = format!("{name}: {}", type_str(&decl.ty));
            if let Some(b) = &decl.bitfield {
                let _ = write!(t, " : {}", expr(b));
            }
            if let Some(i) = &decl.init {
                let _ = write!(t, " = {}", expr(i));
            }
            self.line(depth + 1, decl.span, t);
        }
    }

    fn tagdef(&mut self, def: &TagDef, depth: usize) {
        match def {
            TagDef::Struct(s) => {
                let n = s.name.as_ref().map(|n| n.name.as_str()).unwrap_or("<anon>");
                self.line(depth, s.span, format!("{} {n} {{", s.kind.keyword()));
                for m in &s.members {
                    self.item(m, depth + 1);
                }
            }
            TagDef::Enum(e) => {
                let n = e.name.as_ref().map(|n| n.name.as_str()).unwrap_or("<anon>");
                self.line(depth, e.span, format!("enum {n} {{"));
                for en in &e.enumerators {
                    let v = en.value.as_ref().map(|v| format!(" = {}", expr(v)));
                    self.line(
                        depth + 1,
                        en.span,
                        format!("{}{}", en.name.name, v.unwrap_or_default()),
                    );
                }
            }
        }
    }
}

fn attrs(list: &[Attr]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = list
        .iter()
        .map(|a| {
            let v = match &a.value {
                None => String::new(),
                Some(AttrValue::Word(w)) => w.clone(),
                Some(AttrValue::Str(s)) => format!("{s:?}"),
                Some(AttrValue::Type(t)) => format!("<{}>", type_str(t)),
            };
            match (&a.name, a.value.is_some()) {
                (Some(n), true) => format!("{n}={v}"),
                (Some(n), false) => n.clone(),
                (None, _) => v,
            }
        })
        .collect();
    format!("({})", parts.join(", "))
}

fn code_text(c: &Code) -> String {
    let t: String = c.text.trim().chars().take(40).collect();
    let more = if c.text.trim().chars().count() > 40 {
        "..."
    } else {
        ""
    };
    let d = match c.delim {
        CodeDelim::Percent => "%{}",
        CodeDelim::Brace => "{}",
        CodeDelim::Quoted => "\"\"",
    };
    format!("{d}{:?}", format!("{t}{more}"))
}

fn target(t: &Target) -> String {
    let names: Vec<&str> = t.name.iter().map(|n| n.name.as_str()).collect();
    let mut s = if t.quoted {
        format!("{:?}", names.join("::"))
    } else {
        names.join("::")
    };
    if let Some(ps) = &t.params {
        s.push_str(&params(ps, false));
    }
    s
}

fn pattern(p: &TypemapPattern) -> String {
    let ps: Vec<String> = p
        .params
        .iter()
        .map(|tp| match &tp.name {
            Some(n) => format!("{} {}", type_str(&tp.ty), n.name),
            None => type_str(&tp.ty),
        })
        .collect();
    let mut s = if ps.len() == 1 {
        ps[0].clone()
    } else {
        format!("({})", ps.join(", "))
    };
    if !p.locals.is_empty() {
        s.push(' ');
        s.push_str(&params(&p.locals, false));
    }
    s
}

fn params(ps: &[Param], variadic: bool) -> String {
    let mut parts: Vec<String> = ps
        .iter()
        .map(|p| {
            let mut s = type_str(&p.ty);
            if let Some(n) = &p.name {
                s = format!("{}: {s}", n.name);
            }
            if let Some(d) = &p.default {
                let _ = write!(s, " = {}", expr(d));
            }
            s
        })
        .collect();
    if variadic {
        parts.push("...".into());
    }
    format!("({})", parts.join(", "))
}

/// A type, written postfix: `const char*`, `int[10]`, `(fn(int) -> int)*`.
pub fn type_str(t: &Type) -> String {
    let mut s = match &t.kind {
        TypeKind::Prim(p) => p.c_name().to_string(),
        TypeKind::Named(n) => n.clone(),
        TypeKind::Tagged { kind, name } => {
            format!("{} {}", kind.keyword(), name.as_deref().unwrap_or("<anon>"))
        }
        TypeKind::Pointer(inner) => format!("{}*", wrap_fn(inner)),
        TypeKind::Reference(inner) => format!("{}&", wrap_fn(inner)),
        TypeKind::Array(..) => {
            let mut dims = String::new();
            let mut cur = t;
            while let TypeKind::Array(inner, n) = &cur.kind {
                let size = n.as_ref().map(|e| e.text.clone()).unwrap_or_default();
                let _ = write!(dims, "[{size}]");
                cur = inner;
            }
            format!("{}{dims}", wrap_fn(cur))
        }
        TypeKind::Function(f) => format!(
            "fn{} -> {}",
            params(&f.params, f.variadic),
            type_str(&f.ret)
        ),
        TypeKind::Varargs => "...".into(),
    };
    let q = t.quals;
    let mut quals = Vec::new();
    if q.is_const {
        quals.push("const");
    }
    if q.is_volatile {
        quals.push("volatile");
    }
    if q.is_restrict {
        quals.push("restrict");
    }
    if !quals.is_empty() {
        let is_base = matches!(
            t.kind,
            TypeKind::Prim(_) | TypeKind::Named(_) | TypeKind::Tagged { .. }
        );
        if is_base {
            s = format!("{} {s}", quals.join(" "));
        } else {
            s = format!("{s} {}", quals.join(" "));
        }
    }
    s
}

fn wrap_fn(t: &Type) -> String {
    match t.kind {
        TypeKind::Function(_) => format!("({})", type_str(t)),
        _ => type_str(t),
    }
}

/// An expression as an s-expression showing the tree: `(+ 1 (* 2 3))`.
pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(s) | ExprKind::Float(s) | ExprKind::Ident(s) => s.clone(),
        ExprKind::Char { value, wide } => format!("{}'{value}'", if *wide { "L" } else { "" }),
        ExprKind::Str { value, wide } => format!("{}\"{value}\"", if *wide { "L" } else { "" }),
        ExprKind::Unary(op, a) => {
            let o = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Plus => "+",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "~",
                UnaryOp::Deref => "*",
                UnaryOp::AddrOf => "&",
            };
            format!("({o} {})", expr(a))
        }
        ExprKind::Binary(op, a, b) => format!("({} {} {})", binop(*op), expr(a), expr(b)),
        ExprKind::Ternary(c, a, b) => format!("(? {} {} {})", expr(c), expr(a), expr(b)),
        ExprKind::Cast(t, a) => format!("(cast <{}> {})", type_str(t), expr(a)),
        ExprKind::SizeofType(t) => format!("(sizeof <{}>)", type_str(t)),
        ExprKind::SizeofExpr(a) => format!("(sizeof {})", expr(a)),
        ExprKind::Call(f, args) => {
            let a: Vec<String> = args.iter().map(expr).collect();
            format!("(call {} {})", expr(f), a.join(" "))
        }
        ExprKind::Member {
            base,
            member,
            arrow,
        } => {
            format!(
                "({} {} {member})",
                if *arrow { "->" } else { "." },
                expr(base)
            )
        }
        ExprKind::Index(a, i) => format!("([] {} {})", expr(a), expr(i)),
        ExprKind::InitList(items) => {
            let a: Vec<String> = items.iter().map(expr).collect();
            format!("{{{}}}", a.join(" "))
        }
    }
}

fn binop(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Mul => "*",
        BinaryOp::Div => "/",
        BinaryOp::Rem => "%",
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Shl => "<<",
        BinaryOp::Shr => ">>",
        BinaryOp::Lt => "<",
        BinaryOp::Gt => ">",
        BinaryOp::Le => "<=",
        BinaryOp::Ge => ">=",
        BinaryOp::Eq => "==",
        BinaryOp::Ne => "!=",
        BinaryOp::BitAnd => "&",
        BinaryOp::BitXor => "^",
        BinaryOp::BitOr => "|",
        BinaryOp::And => "&&",
        BinaryOp::Or => "||",
        BinaryOp::Comma => ",",
    }
}
