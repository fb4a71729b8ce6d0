//! Stage 2, parse: lowering of constant expressions (`grammar/cexpr.pest`)
//! with pest's Pratt parser, C precedence.

use super::grammar::Rule;
use super::lower::{child, Lower, P};
use crate::ast::{BinaryOp, Expr, ExprKind, Type, UnaryOp};
use pest::pratt_parser::{Assoc, Op, PrattParser};

/// The C operator table, lowest precedence first.
pub fn expr_pratt() -> PrattParser<Rule> {
    PrattParser::new()
        .op(Op::infix(Rule::ternary, Assoc::Right))
        .op(Op::infix(Rule::op_or, Assoc::Left))
        .op(Op::infix(Rule::op_and, Assoc::Left))
        .op(Op::infix(Rule::op_bitor, Assoc::Left))
        .op(Op::infix(Rule::op_bitxor, Assoc::Left))
        .op(Op::infix(Rule::op_bitand, Assoc::Left))
        .op(Op::infix(Rule::op_eq, Assoc::Left) | Op::infix(Rule::op_ne, Assoc::Left))
        .op(Op::infix(Rule::op_lt, Assoc::Left)
            | Op::infix(Rule::op_gt, Assoc::Left)
            | Op::infix(Rule::op_le, Assoc::Left)
            | Op::infix(Rule::op_ge, Assoc::Left))
        .op(Op::infix(Rule::op_shl, Assoc::Left) | Op::infix(Rule::op_shr, Assoc::Left))
        .op(Op::infix(Rule::op_add, Assoc::Left) | Op::infix(Rule::op_sub, Assoc::Left))
        .op(Op::infix(Rule::op_mul, Assoc::Left)
            | Op::infix(Rule::op_div, Assoc::Left)
            | Op::infix(Rule::op_rem, Assoc::Left))
        .op(Op::prefix(Rule::cast)
            | Op::prefix(Rule::op_sizeof)
            | Op::prefix(Rule::op_neg)
            | Op::prefix(Rule::op_plus)
            | Op::prefix(Rule::op_not)
            | Op::prefix(Rule::op_bitnot)
            | Op::prefix(Rule::op_deref)
            | Op::prefix(Rule::op_addr))
        .op(Op::postfix(Rule::call_args)
            | Op::postfix(Rule::index)
            | Op::postfix(Rule::member_dot)
            | Op::postfix(Rule::member_arrow))
}

/// An expression with its local byte range (for `text` and `span`).
type Node = (Expr, usize, usize);

impl Lower<'_> {
    /// Lowers an `expr`, `comma_expr`, `initializer` or `default_value` pair.
    pub fn lower_expr(&self, p: P) -> Expr {
        self.lower_expr_node(p).0
    }

    fn lower_expr_node(&self, p: P) -> Node {
        super::with_stack(|| self.lower_expr_node_inner(p))
    }

    fn lower_expr_node_inner(&self, p: P) -> Node {
        let input = p.get_input();
        match p.as_rule() {
            Rule::expr if too_complex(&p) => {
                let (s, e) = (p.as_span().start(), p.as_span().end());
                self.error(
                    self.range(s, e),
                    format!(
                        "expression too complex (more than {} nested prefix or `?:` operators, or more than {MAX_OPERATORS} operators)",
                        super::MAX_NESTING
                    ),
                );
                self.node(input, s, e, ExprKind::Ident(p.as_str().to_string()))
            }
            Rule::expr => self
                .pratt
                .map_primary(|q| self.lower_primary(q))
                .map_prefix(|op, rhs| self.lower_prefix(input, op, rhs))
                .map_postfix(|lhs, op| self.lower_postfix(input, lhs, op))
                .map_infix(|lhs, op, rhs| self.lower_infix(input, lhs, op, rhs))
                .parse(p.into_inner()),
            Rule::comma_expr => {
                let mut parts = p.into_inner().map(|q| self.lower_expr_node(q));
                let Some(mut acc) = parts.next() else {
                    return self.empty_expr(input, 0);
                };
                for rhs in parts {
                    acc = self.node(
                        input,
                        acc.1,
                        rhs.2,
                        ExprKind::Binary(BinaryOp::Comma, Box::new(acc.0), Box::new(rhs.0)),
                    );
                }
                acc
            }
            Rule::initializer | Rule::default_value | Rule::define_value => {
                match p.into_inner().find(|q| matches!(q.as_rule(), Rule::expr)) {
                    Some(q) => self.lower_expr_node(q),
                    None => self.empty_expr(input, 0),
                }
            }
            _ => {
                let (s, e) = (p.as_span().start(), p.as_span().end());
                self.node(input, s, e, ExprKind::Ident(p.as_str().to_string()))
            }
        }
    }

    fn empty_expr(&self, input: &str, at: usize) -> Node {
        self.node(input, at, at, ExprKind::Ident(String::new()))
    }

    fn node(&self, input: &str, start: usize, end: usize, kind: ExprKind) -> Node {
        let text = input.get(start..end).unwrap_or("").to_string();
        let expr = Expr {
            kind,
            text,
            span: self.range(start, end),
        };
        (expr, start, end)
    }

    fn lower_primary(&self, p: P) -> Node {
        let input = p.get_input();
        let (s, e) = (p.as_span().start(), p.as_span().end());
        let kind = match p.as_rule() {
            Rule::int_lit => ExprKind::Int(p.as_str().to_string()),
            Rule::float_lit => ExprKind::Float(p.as_str().to_string()),
            Rule::char_lit => {
                let wide = child(&p, Rule::lit_prefix).is_some_and(|x| x.as_str() != "u8");
                let value = child(&p, Rule::char_text)
                    .map(|x| x.as_str().to_string())
                    .unwrap_or_default();
                ExprKind::Char { value, wide }
            }
            Rule::strings => {
                let (value, wide) = string_parts(&p);
                ExprKind::Str { value, wide }
            }
            Rule::ident => ExprKind::Ident(p.as_str().to_string()),
            Rule::sizeof_type => {
                let ty = child(&p, Rule::type_name)
                    .map(|t| self.lower_type_name(t))
                    .unwrap_or_else(|| Type::prim(crate::ast::Prim::Int));
                ExprKind::SizeofType(ty)
            }
            Rule::paren_expr => {
                let inner = match p.into_inner().next() {
                    Some(q) => self.lower_expr_node(q),
                    None => return self.empty_expr(input, s),
                };
                let mut expr = inner.0;
                expr.text = input.get(s..e).unwrap_or("").to_string();
                expr.span = self.range(s, e);
                return (expr, s, e);
            }
            Rule::init_list => {
                let items = p
                    .into_inner()
                    .filter(|q| q.as_rule() == Rule::expr)
                    .map(|q| self.lower_expr(q))
                    .collect();
                ExprKind::InitList(items)
            }
            _ => ExprKind::Ident(p.as_str().to_string()),
        };
        self.node(input, s, e, kind)
    }

    fn lower_prefix(&self, input: &str, op: P, rhs: Node) -> Node {
        let start = op.as_span().start();
        let end = rhs.2;
        let operand = Box::new(rhs.0);
        let kind = match op.as_rule() {
            Rule::cast => ExprKind::Cast(self.lower_cast_type(op), operand),
            Rule::op_sizeof => ExprKind::SizeofExpr(operand),
            Rule::op_neg => ExprKind::Unary(UnaryOp::Neg, operand),
            Rule::op_plus => ExprKind::Unary(UnaryOp::Plus, operand),
            Rule::op_not => ExprKind::Unary(UnaryOp::Not, operand),
            Rule::op_bitnot => ExprKind::Unary(UnaryOp::BitNot, operand),
            Rule::op_deref => ExprKind::Unary(UnaryOp::Deref, operand),
            _ => ExprKind::Unary(UnaryOp::AddrOf, operand),
        };
        self.node(input, start, end, kind)
    }

    fn lower_postfix(&self, input: &str, lhs: Node, op: P) -> Node {
        let start = lhs.1;
        let end = op.as_span().end();
        let base = Box::new(lhs.0);
        let kind = match op.as_rule() {
            Rule::call_args => {
                let args = op.into_inner().map(|q| self.lower_expr(q)).collect();
                ExprKind::Call(base, args)
            }
            Rule::index => {
                let idx = match op.into_inner().next() {
                    Some(q) => self.lower_expr(q),
                    None => self.empty_expr(input, end).0,
                };
                ExprKind::Index(base, Box::new(idx))
            }
            rule => {
                let member = child(&op, Rule::ident)
                    .map(|q| q.as_str().to_string())
                    .unwrap_or_default();
                ExprKind::Member {
                    base,
                    member,
                    arrow: rule == Rule::member_arrow,
                }
            }
        };
        self.node(input, start, end, kind)
    }

    fn lower_infix(&self, input: &str, lhs: Node, op: P, rhs: Node) -> Node {
        let (start, end) = (lhs.1, rhs.2);
        let (l, r) = (Box::new(lhs.0), Box::new(rhs.0));
        let bin = match op.as_rule() {
            Rule::ternary => {
                let mid = match op.into_inner().next() {
                    Some(q) => self.lower_expr(q),
                    None => self.empty_expr(input, start).0,
                };
                let kind = ExprKind::Ternary(l, Box::new(mid), r);
                return self.node(input, start, end, kind);
            }
            Rule::op_or => BinaryOp::Or,
            Rule::op_and => BinaryOp::And,
            Rule::op_bitor => BinaryOp::BitOr,
            Rule::op_bitxor => BinaryOp::BitXor,
            Rule::op_bitand => BinaryOp::BitAnd,
            Rule::op_eq => BinaryOp::Eq,
            Rule::op_ne => BinaryOp::Ne,
            Rule::op_lt => BinaryOp::Lt,
            Rule::op_gt => BinaryOp::Gt,
            Rule::op_le => BinaryOp::Le,
            Rule::op_ge => BinaryOp::Ge,
            Rule::op_shl => BinaryOp::Shl,
            Rule::op_shr => BinaryOp::Shr,
            Rule::op_add => BinaryOp::Add,
            Rule::op_sub => BinaryOp::Sub,
            Rule::op_mul => BinaryOp::Mul,
            Rule::op_div => BinaryOp::Div,
            _ => BinaryOp::Rem,
        };
        self.node(input, start, end, ExprKind::Binary(bin, l, r))
    }

    /// The type of a `cast` pair.
    fn lower_cast_type(&self, op: P) -> Type {
        if let Some(t) = child(&op, Rule::type_name) {
            return self.lower_type_name(t);
        }
        let mut inner = op.into_inner();
        let Some(specs) = inner.next() else {
            return Type::prim(crate::ast::Prim::Int);
        };
        let base = self.lower_specs(specs).base;
        match inner.next() {
            Some(d) => self.lower_declarator(d, base).1,
            None => base,
        }
    }
}

/// Most operators in one expression (the tree is as deep as its
/// operator chain; deeper trees cost too much stack to drop and print).
const MAX_OPERATORS: usize = 1024;

/// Whether an `expr` nests too deeply for the Pratt parser (prefix
/// operators and conditionals recurse) or has too many operators.
fn too_complex(p: &P) -> bool {
    let parts = p.clone().into_inner().count();
    parts > 2 * MAX_OPERATORS + 1 || nested_operators(p) > super::MAX_NESTING
}

/// How deeply the Pratt parser would recurse on this `expr`.
fn nested_operators(p: &P) -> usize {
    p.clone()
        .into_inner()
        .filter(|q| {
            matches!(
                q.as_rule(),
                Rule::cast
                    | Rule::op_sizeof
                    | Rule::op_neg
                    | Rule::op_plus
                    | Rule::op_not
                    | Rule::op_bitnot
                    | Rule::op_deref
                    | Rule::op_addr
                    | Rule::ternary
            )
        })
        .count()
}

/// The joined raw content of adjacent string literals, and whether any of
/// them is wide (`L"..."`).
pub fn string_parts(p: &P) -> (String, bool) {
    let mut value = String::new();
    let mut wide = false;
    for lit in p.clone().into_inner() {
        for part in lit.into_inner() {
            match part.as_rule() {
                Rule::lit_prefix => wide |= part.as_str() != "u8",
                Rule::string_text => value.push_str(part.as_str()),
                _ => {}
            }
        }
    }
    (value, wide)
}
