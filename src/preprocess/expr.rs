//! Stage 1, preprocess: `#if` expressions. Replaces `defined`, expands
//! macros, then evaluates the integer constant expression with explicit
//! stacks (no recursion), C's intmax/uintmax rules, and SWIG's string
//! equality extension.

use super::engine::Pp;
use super::lexer::{Kind, Tok};
use crate::source::Span;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
enum V {
    I(i64),
    U(u64),
    S(String),
}

type Val = Result<V, (Span, String)>;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    LParen,
    Unary(u8),
    Bin(&'static str),
    Question,
    Colon,
}

fn bin_prec(op: &str) -> Option<u8> {
    Some(match op {
        "*" | "/" | "%" => 13,
        "+" | "-" => 12,
        "<<" | ">>" => 11,
        "<" | ">" | "<=" | ">=" => 10,
        "==" | "!=" => 9,
        "&" => 8,
        "^" => 7,
        "|" => 6,
        "&&" => 5,
        "||" => 4,
        "," => 1,
        _ => return None,
    })
}

fn prec(op: Op) -> u8 {
    match op {
        Op::LParen => 0,
        Op::Unary(_) => 14,
        Op::Bin(b) => bin_prec(b).unwrap_or(0),
        Op::Question | Op::Colon => 3,
    }
}

fn truthy(v: &V) -> bool {
    match v {
        V::I(i) => *i != 0,
        V::U(u) => *u != 0,
        V::S(_) => true,
    }
}

fn bool_v(b: bool) -> V {
    V::I(b as i64)
}

/// Parses an integer literal of `#if`.
fn parse_number(text: &str) -> Result<V, String> {
    let t: String = text.chars().filter(|&c| c != '\'').collect();
    let lower = t.to_ascii_lowercase();
    let is_hex = lower.starts_with("0x");
    if lower.contains('.') || (!is_hex && lower.contains('e')) || (is_hex && lower.contains('p')) {
        return Err(format!(
            "floating constant '{text}' in preprocessor expression"
        ));
    }
    let digits_end = lower.trim_end_matches(['u', 'l']).len();
    let suffix = &lower[digits_end..];
    let digits = &lower[..digits_end];
    let (radix, body) = if is_hex {
        (16, &digits[2..])
    } else if let Some(bin) = digits.strip_prefix("0b") {
        (2, bin)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    };
    if body.is_empty() && radix != 8 {
        return Err(format!("invalid integer constant '{text}'"));
    }
    let v = u64::from_str_radix(if body.is_empty() { "0" } else { body }, radix)
        .map_err(|_| format!("invalid or too large integer constant '{text}'"))?;
    if suffix.contains('u') || v > i64::MAX as u64 {
        Ok(V::U(v))
    } else {
        Ok(V::I(v as i64))
    }
}

/// The value of a character literal (plain `char` is signed).
fn parse_char(text: &str) -> Result<V, String> {
    let (wide, rest) = match text.find('\'') {
        Some(q) => (q > 0, &text[q + 1..]),
        None => return Err("invalid character constant".into()),
    };
    let inner = rest
        .strip_suffix('\'')
        .ok_or("unterminated character constant")?;
    let mut vals: Vec<u32> = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            vals.push(c as u32);
            continue;
        }
        let Some(e) = chars.next() else {
            return Err("invalid escape in character constant".into());
        };
        let v = match e {
            'n' => 10,
            't' => 9,
            'r' => 13,
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'v' => 11,
            'e' => 27,
            'x' => {
                let mut v: u32 = 0;
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(16)) {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    chars.next();
                }
                v
            }
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                v
            }
            other => other as u32,
        };
        vals.push(v);
    }
    if vals.is_empty() {
        return Err("empty character constant".into());
    }
    if wide {
        return Ok(V::I(*vals.last().unwrap_or(&0) as i64));
    }
    if vals.len() == 1 {
        let v = vals[0];
        return Ok(V::I(if v < 256 {
            v as u8 as i8 as i64
        } else {
            v as i64
        }));
    }
    let mut acc: i32 = 0;
    for v in vals {
        acc = acc.wrapping_shl(8) | (v as i32 & 0xff);
    }
    Ok(V::I(acc as i64))
}

fn arith(op: &str, a: V, b: V, at: Span) -> Val {
    if let (V::S(x), V::S(y)) = (&a, &b) {
        return match op {
            "==" => Ok(bool_v(x == y)),
            "!=" => Ok(bool_v(x != y)),
            _ => Err((
                at,
                format!("invalid operator '{op}' for strings in preprocessor expression"),
            )),
        };
    }
    if matches!(a, V::S(_)) || matches!(b, V::S(_)) {
        return Err((
            at,
            "string used as a number in preprocessor expression".into(),
        ));
    }
    let unsigned = matches!(a, V::U(_)) || matches!(b, V::U(_));
    let as_u = |v: &V| match v {
        V::I(i) => *i as u64,
        V::U(u) => *u,
        V::S(_) => 0,
    };
    let as_i = |v: &V| match v {
        V::I(i) => *i,
        V::U(u) => *u as i64,
        V::S(_) => 0,
    };
    if matches!(op, "/" | "%") && as_u(&b) == 0 {
        return Err((at, "division by zero in preprocessor expression".into()));
    }
    if unsigned && !matches!(op, "<<" | ">>") {
        let (x, y) = (as_u(&a), as_u(&b));
        return Ok(match op {
            "*" => V::U(x.wrapping_mul(y)),
            "/" => V::U(x / y),
            "%" => V::U(x % y),
            "+" => V::U(x.wrapping_add(y)),
            "-" => V::U(x.wrapping_sub(y)),
            "<" => bool_v(x < y),
            ">" => bool_v(x > y),
            "<=" => bool_v(x <= y),
            ">=" => bool_v(x >= y),
            "==" => bool_v(x == y),
            "!=" => bool_v(x != y),
            "&" => V::U(x & y),
            "^" => V::U(x ^ y),
            "|" => V::U(x | y),
            _ => V::U(y),
        });
    }
    let (x, y) = (as_i(&a), as_i(&b));
    Ok(match op {
        "*" => V::I(x.wrapping_mul(y)),
        "/" => V::I(x.wrapping_div(y)),
        "%" => V::I(x.wrapping_rem(y)),
        "+" => V::I(x.wrapping_add(y)),
        "-" => V::I(x.wrapping_sub(y)),
        "<<" | ">>" => {
            let left = (op == "<<") == (y >= 0);
            let n = y.unsigned_abs();
            match a {
                V::U(u) => V::U(if n >= 64 {
                    0
                } else if left {
                    u << n
                } else {
                    u >> n
                }),
                _ => V::I(if left {
                    if n >= 64 {
                        0
                    } else {
                        x.wrapping_shl(n as u32)
                    }
                } else if n >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> n
                }),
            }
        }
        "<" => bool_v(x < y),
        ">" => bool_v(x > y),
        "<=" => bool_v(x <= y),
        ">=" => bool_v(x >= y),
        "==" => bool_v(x == y),
        "!=" => bool_v(x != y),
        "&" => V::I(x & y),
        "^" => V::I(x ^ y),
        "|" => V::I(x | y),
        _ => V::I(y),
    })
}

struct Machine {
    ops: Vec<(Op, Span)>,
    vals: Vec<Val>,
}

impl Machine {
    /// Applies the operator on top of the stack.
    fn reduce(&mut self) -> Result<(), (Span, String)> {
        let Some((op, at)) = self.ops.pop() else {
            return Ok(());
        };
        let missing = || (at, "missing operand in preprocessor expression".to_string());
        match op {
            Op::Unary(c) => {
                let a = self.vals.pop().ok_or_else(missing)?;
                self.vals.push(a.and_then(|a| match (c, a) {
                    (_, V::S(_)) => Err((
                        at,
                        "string used as a number in preprocessor expression".into(),
                    )),
                    (b'-', V::I(i)) => Ok(V::I(i.wrapping_neg())),
                    (b'-', V::U(u)) => Ok(V::U(u.wrapping_neg())),
                    (b'~', V::I(i)) => Ok(V::I(!i)),
                    (b'~', V::U(u)) => Ok(V::U(!u)),
                    (b'!', v) => Ok(bool_v(!truthy(&v))),
                    (_, v) => Ok(v),
                }));
            }
            Op::Bin(b) => {
                let rhs = self.vals.pop().ok_or_else(missing)?;
                let lhs = self.vals.pop().ok_or_else(missing)?;
                let r = match b {
                    "&&" => match lhs {
                        Ok(l) if !truthy(&l) => Ok(bool_v(false)),
                        Ok(_) => rhs.map(|r| bool_v(truthy(&r))),
                        Err(e) => Err(e),
                    },
                    "||" => match lhs {
                        Ok(l) if truthy(&l) => Ok(bool_v(true)),
                        Ok(_) => rhs.map(|r| bool_v(truthy(&r))),
                        Err(e) => Err(e),
                    },
                    "," => lhs.and(rhs),
                    _ => match (lhs, rhs) {
                        (Ok(l), Ok(r)) => arith(b, l, r, at),
                        (Err(e), _) | (_, Err(e)) => Err(e),
                    },
                };
                self.vals.push(r);
            }
            Op::Colon => {
                let c = self.vals.pop().ok_or_else(missing)?;
                let b = self.vals.pop().ok_or_else(missing)?;
                let a = self.vals.pop().ok_or_else(missing)?;
                self.vals.push(match a {
                    Ok(a) => {
                        if truthy(&a) {
                            b
                        } else {
                            c
                        }
                    }
                    Err(e) => Err(e),
                });
            }
            Op::Question => {
                return Err((
                    at,
                    "'?' without following ':' in preprocessor expression".into(),
                ))
            }
            Op::LParen => return Err((at, "missing ')' in preprocessor expression".into())),
        }
        Ok(())
    }
}

/// Evaluates expanded `#if` tokens.
fn evaluate(toks: &[Tok], end: Span) -> Result<bool, (Span, String)> {
    let mut m = Machine {
        ops: Vec::new(),
        vals: Vec::new(),
    };
    let mut expect_operand = true;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        i += 1;
        // A stray `\` before a continuation (seen in %define bodies).
        if t.is_blank() || t.kind == Kind::Newline || t.is(Kind::Other, "\\") {
            continue;
        }
        let at = t.span();
        let text: &str = &t.text;
        if expect_operand {
            let v = match t.kind {
                Kind::Number => Some(parse_number(text).map_err(|e| (at, e))?),
                Kind::Char => Some(parse_char(text).map_err(|e| (at, e))?),
                Kind::Str => {
                    let inner = text.find('"').map_or("", |q| &text[q + 1..]);
                    Some(V::S(inner.strip_suffix('"').unwrap_or(inner).to_string()))
                }
                Kind::Ident => Some(V::I(0)),
                _ => None,
            };
            if let Some(v) = v {
                m.vals.push(Ok(v));
                expect_operand = false;
                continue;
            }
            match text {
                "(" => m.ops.push((Op::LParen, at)),
                "+" | "-" | "~" | "!" => m.ops.push((Op::Unary(text.as_bytes()[0]), at)),
                _ => {
                    return Err((
                        at,
                        format!("expected value in preprocessor expression before '{text}'"),
                    ))
                }
            }
            continue;
        }
        match text {
            ")" => {
                loop {
                    match m.ops.last() {
                        Some((Op::LParen, _)) => break,
                        Some((Op::Question, qat)) => {
                            return Err((
                                *qat,
                                "'?' without following ':' in preprocessor expression".into(),
                            ))
                        }
                        Some(_) => m.reduce()?,
                        None => return Err((at, "missing '(' in preprocessor expression".into())),
                    }
                }
                m.ops.pop();
            }
            "?" => {
                while m
                    .ops
                    .last()
                    .is_some_and(|(o, _)| *o != Op::LParen && prec(*o) > 3)
                {
                    m.reduce()?;
                }
                m.ops.push((Op::Question, at));
                expect_operand = true;
            }
            ":" => {
                loop {
                    match m.ops.last() {
                        Some((Op::Question, _)) => break,
                        Some((Op::LParen, _)) | None => {
                            return Err((
                                at,
                                "':' without preceding '?' in preprocessor expression".into(),
                            ))
                        }
                        Some(_) => m.reduce()?,
                    }
                }
                m.ops.pop();
                m.ops.push((Op::Colon, at));
                expect_operand = true;
            }
            _ => {
                let Some(p) = bin_prec(text) else {
                    return Err((at, format!("missing binary operator before '{text}'")));
                };
                let op: &'static str = match text {
                    "*" => "*",
                    "/" => "/",
                    "%" => "%",
                    "+" => "+",
                    "-" => "-",
                    "<<" => "<<",
                    ">>" => ">>",
                    "<" => "<",
                    ">" => ">",
                    "<=" => "<=",
                    ">=" => ">=",
                    "==" => "==",
                    "!=" => "!=",
                    "&" => "&",
                    "^" => "^",
                    "|" => "|",
                    "&&" => "&&",
                    "||" => "||",
                    _ => ",",
                };
                while m
                    .ops
                    .last()
                    .is_some_and(|(o, _)| *o != Op::LParen && *o != Op::Question && prec(*o) >= p)
                {
                    m.reduce()?;
                }
                m.ops.push((Op::Bin(op), at));
                expect_operand = true;
            }
        }
    }
    if expect_operand {
        let msg = if m.vals.is_empty() && m.ops.is_empty() {
            "#if with no expression"
        } else {
            "expected value at end of preprocessor expression"
        };
        return Err((end, msg.into()));
    }
    while !m.ops.is_empty() {
        m.reduce()?;
    }
    match m.vals.pop() {
        Some(Ok(v)) => Ok(truthy(&v)),
        Some(Err(e)) => Err(e),
        None => Err((end, "#if with no expression".into())),
    }
}

impl Pp<'_> {
    /// Replaces `defined X` / `defined(X)` with `1` or `0`.
    fn replace_defined(&mut self, toks: &[Tok]) -> Result<Vec<Tok>, (Span, String)> {
        let mut out = Vec::with_capacity(toks.len());
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            if t.kind == Kind::Ident && &*t.text == "defined" {
                let mut j = i + 1;
                while j < toks.len() && toks[j].is_blank() {
                    j += 1;
                }
                let paren = toks.get(j).is_some_and(|t| t.is_punct("("));
                if paren {
                    j += 1;
                    while j < toks.len() && toks[j].is_blank() {
                        j += 1;
                    }
                }
                let percent = super::directives::percent_macro_name(toks, j);
                if percent.is_some() {
                    j += 1;
                }
                let Some(name) = percent
                    .as_ref()
                    .or_else(|| toks.get(j).filter(|n| !n.is_punct(")")))
                else {
                    return Err((t.span(), "operator 'defined' requires an identifier".into()));
                };
                // SWIG accepts `defined(0)` and friends: never defined.
                if paren {
                    j += 1;
                    while j < toks.len() && toks[j].is_blank() {
                        j += 1;
                    }
                    if !toks.get(j).is_some_and(|t| t.is_punct(")")) {
                        return Err((t.span(), "missing ')' after 'defined'".into()));
                    }
                }
                let mut n = t.clone();
                n.kind = Kind::Number;
                n.text = Rc::from(if self.macros.contains_key(&name.text) {
                    "1"
                } else {
                    "0"
                });
                out.push(n);
                i = j + 1;
                continue;
            }
            out.push(t.clone());
            i += 1;
        }
        Ok(out)
    }

    /// Evaluates the expression of `#if`/`#elif`; errors are reported and
    /// count as false.
    pub fn eval_condition(&mut self, name_tok: &Tok, rest: &[Tok]) -> bool {
        let end = rest.last().map_or(name_tok.span(), |t| {
            let s = t.span();
            Span {
                file: s.file,
                start: s.end,
                end: s.end,
            }
        });
        let result = self.replace_defined(rest).and_then(|toks| {
            let expanded = self.expand_all(toks, 1);
            self.aborted = false;
            let expanded = self.replace_defined(&expanded)?;
            evaluate(&expanded, end)
        });
        match result {
            Ok(b) => b,
            Err((at, msg)) => {
                self.diags.error(at, msg);
                false
            }
        }
    }
}
