//! Stage 4, sema: `%contract` (SWIG's Contract.html). A contract's
//! `require:` and `ensure:` sections become checks in the wrapper: the
//! contract's own parameter names are rewritten to the wrapper's `argN`
//! locals and the function's name to `result`, and each condition becomes
//! `SWIG_contract_assert(cond, "Contract violation: require: (cond)")`,
//! which every backend's runtime defines (the language's runtime error).

use crate::ast::Target;

/// A contract lowered to C statements for the wrapper.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ContractCode {
    /// Checks run after argument conversion, before the call.
    pub require: String,
    /// Checks run after the call, before the result is converted.
    pub ensure: String,
}

/// Lowers `%contract target(params) { require: ...; ensure: ...; }`.
/// `body` is the text between (or with) the braces.
pub(crate) fn lower_contract(target: &Target, body: &str) -> ContractCode {
    let params: Vec<Option<String>> = target
        .params
        .as_ref()
        .map(|ps| {
            ps.iter()
                .map(|p| p.name.as_ref().map(|n| n.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let func = target.name.last().map(|i| i.name.as_str()).unwrap_or("");
    let rename = |tok: &str| -> Option<String> {
        if let Some(i) = params.iter().position(|p| p.as_deref() == Some(tok)) {
            return Some(super::functions::arg_name(i));
        }
        (tok == func).then(|| "result".to_string())
    };
    let mut code = ContractCode::default();
    for (section, conds) in contract_sections(super::strip_outer_braces(body).as_str()) {
        let out = match section.as_str() {
            "require" => &mut code.require,
            "ensure" => &mut code.ensure,
            _ => continue,
        };
        for cond in conds {
            let expr = rewrite_names(&cond, &rename);
            if expr.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&format!(
                "SWIG_contract_assert(({expr}), \"Contract violation: {section}: ({})\");",
                crate::backends::common::code::c_escape(&expr)
            ));
        }
    }
    code
}

/// Splits a contract body into its labelled sections, each a list of
/// conditions (the `;`-separated statements after `label:`).
fn contract_sections(body: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for stmt in split_statements(body) {
        let mut rest = stmt.trim();
        // A label may start the statement: `require: x > 0`.
        loop {
            let word_end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let after = rest[word_end..].trim_start();
            if word_end > 0 && after.starts_with(':') && !after.starts_with("::") {
                out.push((rest[..word_end].to_string(), Vec::new()));
                rest = after[1..].trim_start();
            } else {
                break;
            }
        }
        if rest.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some((_, conds)) => conds.push(rest.to_string()),
            None => out.push(("require".into(), vec![rest.to_string()])),
        }
    }
    out
}

/// Splits at top-level `;`, keeping string and character literals whole.
fn split_statements(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                cur.push(c);
                while let Some(d) = chars.next() {
                    cur.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            cur.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                cur.push(c);
            }
            ')' | ']' | '}' => {
                depth -= 1;
                cur.push(c);
            }
            ';' if depth <= 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// C tokens of an expression, rejoined without needless spaces, with
/// identifiers renamed by `rename` (not after `.` or `->`).
fn rewrite_names(expr: &str, rename: &dyn Fn(&str) -> Option<String>) -> String {
    let mut toks: Vec<String> = Vec::new();
    let cs: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let s = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '.') {
                // A `.` continues only a number (`1.5`).
                if cs[i] == '.' && !cs[s].is_ascii_digit() {
                    break;
                }
                i += 1;
            }
            let word: String = cs[s..i].iter().collect();
            let member = matches!(toks.last().map(String::as_str), Some(".") | Some("->"));
            let is_ident = !cs[s].is_ascii_digit();
            match (is_ident && !member).then(|| rename(&word)).flatten() {
                Some(n) => toks.push(n),
                None => toks.push(word),
            }
        } else if c == '"' || c == '\'' {
            let s = i;
            i += 1;
            while i < cs.len() && cs[i] != c {
                if cs[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(cs.len());
            toks.push(cs[s..i].iter().collect());
        } else {
            let two: String = cs[i..(i + 2).min(cs.len())].iter().collect();
            const OPS: [&str; 10] = ["->", "==", "!=", ">=", "<=", "&&", "||", "<<", ">>", "::"];
            if OPS.contains(&two.as_str()) {
                toks.push(two);
                i += 2;
            } else {
                toks.push(c.to_string());
                i += 1;
            }
        }
    }
    let mut out = String::new();
    for t in &toks {
        let wordy = |s: &str| {
            s.chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        };
        if out
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
            && wordy(t)
        {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Ident, Param};
    use crate::source::Span;

    fn target(name: &str, params: &[Option<&str>]) -> Target {
        let span = Span::default();
        Target {
            name: vec![Ident {
                name: name.into(),
                span,
            }],
            params: Some(
                params
                    .iter()
                    .map(|p| Param {
                        name: p.map(|n| Ident {
                            name: n.into(),
                            span,
                        }),
                        ty: crate::typemap::typestr::parse_type("int").expect("int"),
                        default: None,
                        span,
                    })
                    .collect(),
            ),
            quoted: false,
            span,
        }
    }

    #[test]
    fn require_and_ensure_are_rewritten() {
        let t = target("sqrt", &[Some("x")]);
        let c = lower_contract(&t, "{\nrequire:\n  x >= 0;\nensure:\n  sqrt >= 0;\n}");
        assert_eq!(
            c.require,
            "SWIG_contract_assert((arg1>=0), \"Contract violation: require: (arg1>=0)\");"
        );
        assert_eq!(
            c.ensure,
            "SWIG_contract_assert((result>=0), \"Contract violation: ensure: (result>=0)\");"
        );
    }

    #[test]
    fn unnamed_params_keep_positions_and_members_are_not_renamed() {
        let t = target("move", &[None, Some("d")]);
        let c = lower_contract(&t, "{ require: d > 0 && p.d != 1; check(d, \"d;\"); }");
        assert!(c.require.contains("((arg2>0&&p.d!=1),"), "{}", c.require);
        assert!(
            c.require.contains("check(arg2,\\\"d;\\\")"),
            "{}",
            c.require
        );
        assert!(c.ensure.is_empty());
    }
}
