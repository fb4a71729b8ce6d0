//! Stage 2, parse: readable syntax errors. pest reports the rules and
//! literal tokens it tried at the furthest position; this file turns them
//! into words ("expected ';' or '=' after declarator") and locates them at
//! the offending token.

use super::grammar::Rule;
use super::{recover, MAX_NESTING};
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::SpanMap;
use pest::error::{Error, ErrorVariant, InputLocation};

/// Reports pest's error for the item at `pos` of `text`; returns the
/// offset of the error in `text`. An error at the end of the input caused
/// by a block that is never closed is reported at the block's opening.
pub fn report_syntax_error(
    e: Error<Rule>,
    text: &str,
    pos: usize,
    spans: &dyn SpanMap,
    diags: &mut Diagnostics,
) -> usize {
    let input = &text[pos..];
    let e = detailed(input).unwrap_or(e);
    let (at, message) = describe(&e, input);
    let at = pos + at;
    let rest = text.get(at..).unwrap_or("");
    let unclosed = if rest.is_empty() {
        recover::unclosed(text, pos)
    } else if rest.starts_with("%{") && !rest.contains("%}") {
        Some((at, "%{"))
    } else {
        None
    };
    match unclosed {
        Some((open, kind)) => {
            let close = match kind {
                "%{" => "%}",
                "{" => "}",
                "(" => ")",
                "[" => "]",
                _ => "*/",
            };
            let message_head =
                format!("unterminated `{kind}`: no matching `{close}` before the end of the input");
            let span = spans.span(open, open + kind.len().min(2));
            diags.push(Diagnostic::error(span, message_head).with_note(message));
        }
        None => diags.error(spans.span(at, at + token_len(rest)), message),
    }
    at
}

/// Reports brackets nested deeper than [`MAX_NESTING`] at `at`.
pub fn report_too_deep(at: usize, spans: &dyn SpanMap, diags: &mut Diagnostics) {
    diags.error(
        spans.span(at, at + 1),
        format!("nesting too deep (more than {MAX_NESTING} levels of brackets)"),
    );
}

/// Parses the failing item again with pest's error details on (the
/// literal tokens tried), which is too slow to keep on for every item.
pub fn detailed(input: &str) -> Option<Error<Rule>> {
    use pest::Parser as _;
    pest::set_error_detail(true);
    let result = super::grammar::CParser::parse(Rule::item, input);
    pest::set_error_detail(false);
    result.err()
}

/// The offset (in `input`) and message of a pest error.
pub fn describe(e: &Error<Rule>, input: &str) -> (usize, String) {
    let at = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let at = at.min(input.len());
    let found = found_text(&input[at..]);
    let message = match &e.variant {
        ErrorVariant::CustomError { message } => {
            if message.contains("limit") {
                "declaration too complex to parse (nesting or backtracking limit reached)"
                    .to_string()
            } else {
                message.clone()
            }
        }
        ErrorVariant::ParsingError { positives, .. } => {
            let mut expected: Vec<String> = Vec::new();
            let mut push = |s: String| {
                if !expected.contains(&s) {
                    expected.push(s);
                }
            };
            if let Some(attempts) = e.parse_attempts() {
                let tokens: Vec<String> = attempts
                    .expected_tokens()
                    .iter()
                    .map(|t| t.to_string())
                    .collect();
                for t in PUNCTUATION {
                    if tokens.iter().any(|x| x == t) {
                        push(format!("'{t}'"));
                    }
                }
            }
            for r in positives {
                if let Some(w) = rule_label(*r) {
                    push(w.to_string());
                }
            }
            expected_message(&expected, positives, &found)
        }
    };
    (at, message)
}

fn expected_message(expected: &[String], positives: &[Rule], found: &str) -> String {
    let has = |r: Rule| positives.contains(&r);
    let mut list: Vec<&str> = expected.iter().map(String::as_str).collect();
    // Drop words that another, better word already covers.
    if list.contains(&"a declarator") {
        list.retain(|w| *w != "an identifier");
    }
    if list.len() > 1 {
        list.retain(|w| *w != "a qualifier" && *w != "a function body");
    }
    if list.contains(&"an expression") {
        list.retain(|w| !matches!(*w, "'('" | "'{'" | "'*'"));
    }
    list.sort_by_key(|w| rank(w));
    list.truncate(5);
    let head = if list.is_empty() {
        "syntax error".to_string()
    } else if has(Rule::item) && list.len() <= 2 {
        "expected a declaration or a SWIG directive".to_string()
    } else {
        let joined = match list.len() {
            1 => list[0].to_string(),
            n => format!("{} or {}", list[..n - 1].join(", "), list[n - 1]),
        };
        let after_declarator = list.contains(&"';'") && list.contains(&"'='") && !has(Rule::item);
        let context = if after_declarator {
            " after declarator"
        } else {
            ""
        };
        format!("expected {joined}{context}")
    };
    format!("{head}, found {found}")
}

/// Order of words in an "expected ..." list: what most likely ends the
/// construct first, then what may continue it.
fn rank(word: &str) -> u8 {
    match word {
        "';'" => 0,
        "')'" | "']'" | "'}'" | "'%}'" => 1,
        "'='" | "','" => 2,
        "'('" | "'['" | "'{'" | "'*'" | "':'" => 4,
        _ => 3,
    }
}

/// A readable name for a rule in an "expected ..." list; `None` for rules
/// that are noise in messages.
fn rule_label(r: Rule) -> Option<&'static str> {
    Some(match r {
        Rule::item => "a declaration or a SWIG directive",
        Rule::ident | Rule::decl_name | Rule::named_type => "an identifier",
        Rule::decl_specs | Rule::prim_word | Rule::type_name => "a type",
        Rule::declarator | Rule::init_declarator | Rule::lead_declarator => "a declarator",
        Rule::expr | Rule::comma_expr | Rule::initializer | Rule::default_value => "an expression",
        Rule::int_lit | Rule::float_lit => "a number",
        Rule::strings | Rule::string_lit => "a string",
        Rule::char_lit => "a character",
        Rule::param_list | Rule::param_decl => "a parameter",
        Rule::tm_pattern | Rule::tm_param => "a typemap pattern",
        Rule::tm_method => "a typemap method",
        Rule::code_body => "a code block",
        Rule::function_body | Rule::brace_block => "a function body",
        Rule::attr | Rule::dir_args => "a directive argument",
        Rule::dir_target => "a declaration name",
        Rule::module_name => "a module name",
        Rule::enumerator => "an enumerator",
        Rule::struct_body => "'{'",
        Rule::semi | Rule::stray_semi => "';'",
        Rule::bitfield => "':'",
        Rule::qualifier => "a qualifier",
        _ => return None,
    })
}

/// Literal tokens worth naming in an "expected ..." list, most telling first.
const PUNCTUATION: &[&str] = &[";", "=", ",", ")", "]", "}", "%}", "(", "[", "{", ":", "*"];

/// How the token at the error position is shown: `` `int` ``, `end of input`.
fn found_text(rest: &str) -> String {
    let n = token_len(rest);
    if n == 0 {
        return "end of input".to_string();
    }
    format!("`{}`", &rest[..n])
}

/// The length of the token at the start of `rest` (0 at end of input).
pub fn token_len(rest: &str) -> usize {
    let mut chars = rest.char_indices();
    let Some((_, c)) = chars.next() else {
        return 0;
    };
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    if word(c) {
        return rest
            .char_indices()
            .find(|&(_, c)| !word(c))
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
    }
    for op in [
        "...", "<<=", ">>=", "->", "::", "%{", "%}", "&&", "||", "<<", ">>", "==", "!=", "<=", ">=",
    ] {
        if rest.starts_with(op) {
            return op.len();
        }
    }
    if c == '%' {
        let n = rest[1..]
            .char_indices()
            .find(|&(_, c)| !word(c))
            .map(|(i, _)| i)
            .unwrap_or(rest.len() - 1);
        return 1 + n;
    }
    c.len_utf8()
}
