//! Stage 4, sema: target-language names. `%rename(new) old;` and
//! `%ignore old;` for exact names (latest rule wins; a rule naming the
//! declaration beats a global one), and SWIG's name transforms for global
//! renames: `%rename("%(lowercase)s") "";`, `"%(strip:[pre_])s"`,
//! `"%(title)s"`, `"%(camelcase)s"`, `"%(lowercamelcase)s"`,
//! `"%(undercase)s"`, `"%(uppercase)s"`, `"%(regex:/pat/subst/)s"`,
//! `"prefix_%s"`, limited by `match=`, `notmatch=`, `match$attr=`,
//! `regexmatch$attr=`, `notregexmatch$attr=` and `regextarget=1`.

use fancy_regex::Regex;

/// One `%rename`/`%ignore` rule.
#[derive(Clone, Debug)]
struct Rule {
    /// `None` for a global rule (`""` target or none).
    target: Option<String>,
    /// The new name or format; `$ignore` for `%ignore`.
    new: String,
    /// Kind restrictions from `%$isfunction`-like flags (`function`,
    /// `variable`, `constant`, `enumitem`, `class`, ...); empty = all.
    kinds: Vec<String>,
    not_kinds: Vec<String>,
    /// `match=`/`notmatch=`/`match$attr=`/`regexmatch$attr=` conditions;
    /// `regextarget=1` makes the target one on the name.
    conds: Vec<Cond>,
}

/// A condition on a declaration's attributes (SWIG's `match` family).
#[derive(Clone, Debug)]
struct Cond {
    /// The attribute: `nodeType` for plain `match=`, else `name`, `kind`,
    /// `ismember`, ...
    attr: String,
    test: CondTest,
    negate: bool,
}

#[derive(Clone, Debug)]
enum CondTest {
    Equals(String),
    Regex(Regex),
}

/// What kind of declaration a name belongs to (for `%$isfunction` flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Function,
    Variable,
    Constant,
    EnumItem,
    Class,
    Member,
}

impl NameKind {
    fn flag(self) -> &'static str {
        match self {
            NameKind::Function => "function",
            NameKind::Variable => "variable",
            NameKind::Constant => "constant",
            NameKind::EnumItem => "enumitem",
            NameKind::Class => "class",
            NameKind::Member => "member",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct NameRules {
    rules: Vec<Rule>,
}

impl NameRules {
    pub fn add(&mut self, target: Option<String>, new: String, flags: &[String]) {
        // Plain `%rename`s have no `key=value` conditions.
        let _ = self.add_matching(target, new, flags, &[]);
    }

    /// A rule with SWIG's `key=value` conditions (`match="enumitem"`,
    /// `match$name="x"`, `regexmatch$name="Old$"`, `notmatch=...`,
    /// `regextarget=1`, `fullname=1`). Err: an invalid regular expression.
    pub fn add_matching(
        &mut self,
        target: Option<String>,
        new: String,
        flags: &[String],
        attrs: &[(String, String)],
    ) -> Result<(), String> {
        let mut conds = Vec::new();
        let mut target = target;
        let on = |k: &str| attrs.iter().any(|(n, v)| n == k && v != "0");
        if on("regextarget") {
            if let Some(t) = target.take().filter(|t| !t.is_empty()) {
                let attr = if on("fullname") { "fullname" } else { "name" };
                conds.push(Cond {
                    attr: attr.into(),
                    test: CondTest::Regex(compile(&t)?),
                    negate: false,
                });
            }
        }
        for (key, value) in attrs {
            let (negate, regex, attr) = if let Some(a) = key.strip_prefix("notregexmatch") {
                (true, true, a)
            } else if let Some(a) = key.strip_prefix("regexmatch") {
                (false, true, a)
            } else if let Some(a) = key.strip_prefix("notmatch") {
                (true, false, a)
            } else if let Some(a) = key.strip_prefix("match") {
                (false, false, a)
            } else {
                continue;
            };
            let attr = match attr.strip_prefix('$') {
                Some(a) => a.to_string(),
                None if attr.is_empty() => "nodeType".to_string(),
                None => continue,
            };
            let test = if regex {
                CondTest::Regex(compile(value)?)
            } else {
                CondTest::Equals(value.clone())
            };
            conds.push(Cond { attr, test, negate });
        }
        self.add_rule(target, new, flags, conds);
        Ok(())
    }

    fn add_rule(
        &mut self,
        target: Option<String>,
        new: String,
        flags: &[String],
        conds: Vec<Cond>,
    ) {
        let mut kinds = Vec::new();
        let mut not_kinds = Vec::new();
        for f in flags {
            let mut words = f.split_whitespace().peekable();
            while let Some(w) = words.next() {
                if w == "%$not" {
                    if let Some(n) = words.next() {
                        not_kinds.push(flag_kind(n));
                    }
                } else if w.starts_with("%$") {
                    kinds.push(flag_kind(w));
                }
            }
        }
        let target = target.filter(|t| !t.is_empty());
        self.rules.push(Rule {
            target,
            new,
            kinds,
            not_kinds,
            conds,
        });
    }

    /// The target-language name of a declaration, or `None` if ignored.
    /// `names` are the lookup keys, most specific first (`Vector::x`, `x`).
    pub fn sym_name(&self, names: &[&str], kind: NameKind) -> Option<String> {
        let c_name = names.last().copied().unwrap_or("");
        let applies = |r: &Rule| {
            r.conds.iter().all(|c| c.holds(names, kind))
                && (r.kinds.is_empty()
                    || r.kinds
                        .iter()
                        .any(|k| k == kind.flag() || kind_alias(k, kind)))
                && !r
                    .not_kinds
                    .iter()
                    .any(|k| k == kind.flag() || kind_alias(k, kind))
        };
        for key in names {
            if let Some(r) = self
                .rules
                .iter()
                .rev()
                .find(|r| r.target.as_deref() == Some(*key) && applies(r))
            {
                return apply_format(&r.new, c_name);
            }
        }
        match self
            .rules
            .iter()
            .rev()
            .find(|r| r.target.is_none() && applies(r))
        {
            Some(r) => apply_format(&r.new, c_name),
            None => Some(c_name.to_string()),
        }
    }
}

impl Cond {
    fn holds(&self, names: &[&str], kind: NameKind) -> bool {
        let value = decl_attr(&self.attr, names, kind);
        let hit = match (&self.test, value) {
            (CondTest::Equals(v), Some(a)) => *v == a,
            (CondTest::Regex(r), Some(a)) => r.is_match(&a).unwrap_or(false),
            (_, None) => false,
        };
        hit != self.negate
    }
}

/// A declaration's attribute as SWIG's `match$attr` sees it.
fn decl_attr(attr: &str, names: &[&str], kind: NameKind) -> Option<String> {
    let name = names.last().copied().unwrap_or("");
    let member = names.first().is_some_and(|n| n.contains("::")) || kind == NameKind::Member;
    Some(match attr {
        "name" | "sym:name" => name.to_string(),
        "fullname" => names.first().copied().unwrap_or(name).to_string(),
        "nodeType" => match kind {
            NameKind::Function | NameKind::Variable | NameKind::Member => "cdecl",
            NameKind::Constant => "constant",
            NameKind::EnumItem => "enumitem",
            NameKind::Class => "class",
        }
        .to_string(),
        "kind" => match kind {
            NameKind::Function => "function",
            NameKind::Variable | NameKind::Member => "variable",
            _ => return None,
        }
        .to_string(),
        "ismember" => return member.then(|| "1".to_string()),
        _ => return None,
    })
}

fn compile(pattern: &str) -> Result<Regex, String> {
    Regex::new(pattern).map_err(|e| format!("invalid regular expression '{pattern}': {e}"))
}

fn flag_kind(w: &str) -> String {
    w.trim_start_matches("%$")
        .trim_start_matches("is")
        .to_string()
}

fn kind_alias(flag: &str, kind: NameKind) -> bool {
    matches!(
        (flag, kind),
        ("constant", NameKind::EnumItem) | ("variable", NameKind::Member)
    )
}

/// Applies a rename's new name or format to `name`; `None` for `$ignore`.
pub fn apply_format(new: &str, name: &str) -> Option<String> {
    if new == "$ignore" {
        return None;
    }
    if !new.contains('%') {
        return Some(new.to_string());
    }
    let mut out = String::new();
    let mut rest = new;
    while let Some(pos) = rest.find('%') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        if let Some(a) = after.strip_prefix('s') {
            out.push_str(name);
            rest = a;
        } else if let Some(a) = after.strip_prefix('(') {
            let Some(close) = find_close(a) else {
                out.push('%');
                rest = after;
                continue;
            };
            let func = &a[..close];
            out.push_str(&transform(func, name));
            rest = a[close + 1..].strip_prefix('s').unwrap_or(&a[close + 1..]);
        } else {
            out.push('%');
            rest = after;
        }
    }
    out.push_str(rest);
    Some(out)
}

fn find_close(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ']' => depth -= 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// SWIG's name-transform functions.
pub fn transform(func: &str, name: &str) -> String {
    let (f, arg) = match func.split_once(':') {
        Some((f, a)) => (f, a),
        None => (func, ""),
    };
    match f {
        "lower" | "lowercase" => name.to_lowercase(),
        "upper" | "uppercase" => name.to_uppercase(),
        "title" => {
            let mut c = name.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        }
        "firstuppercase" => {
            let mut c = name.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        }
        "firstlowercase" => {
            let mut c = name.chars();
            match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => String::new(),
            }
        }
        "camelcase" | "ctitle" => camel(name, true),
        "lowercamelcase" | "lctitle" => camel(name, false),
        "undercase" | "utitle" | "snakecase" => undercase(name),
        "strip" => {
            let prefix = arg.trim_start_matches('[').trim_end_matches(']');
            name.strip_prefix(prefix).unwrap_or(name).to_string()
        }
        "rstrip" => {
            let suffix = arg.trim_start_matches('[').trim_end_matches(']');
            name.strip_suffix(suffix).unwrap_or(name).to_string()
        }
        "mangle" => crate::typemap::ctype::ident_chars(name),
        "schemify" => name.replace('_', "-"),
        "regex" => regex_subst(arg, name).unwrap_or_else(|| name.to_string()),
        _ => name.to_string(),
    }
}

/// `regex:/pattern/subst/`: Perl-like substitution of the first match,
/// with `\\N` back-references and the `\\l \\u \\L \\U \\E` case escapes.
/// A name the pattern does not match is left as it is.
fn regex_subst(arg: &str, name: &str) -> Option<String> {
    let body = arg.strip_prefix('/')?;
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cur.push('\\');
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '/' => parts.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    let (pat, subst) = (parts.first()?, parts.get(1)?);
    let re = Regex::new(pat).ok()?;
    let caps = re.captures(name).ok()??;
    let whole = caps.get(0)?;
    let mut out = String::new();
    out.push_str(&name[..whole.start()]);
    #[derive(PartialEq)]
    enum Case {
        Keep,
        Lower,
        Upper,
    }
    let mut all = Case::Keep;
    let mut next = Case::Keep;
    let push = |out: &mut String, text: &str, all: &Case, next: &mut Case| {
        for ch in text.chars() {
            let case = if *next != Case::Keep { &*next } else { all };
            match case {
                Case::Lower => out.extend(ch.to_lowercase()),
                Case::Upper => out.extend(ch.to_uppercase()),
                Case::Keep => out.push(ch),
            }
            *next = Case::Keep;
        }
    };
    let mut sc = subst.chars().peekable();
    while let Some(c) = sc.next() {
        if c != '\\' {
            push(&mut out, &c.to_string(), &all, &mut next);
            continue;
        }
        match sc.next() {
            Some(d) if d.is_ascii_digit() => {
                let g = d.to_digit(10).unwrap_or(0) as usize;
                let text = caps.get(g).map(|m| m.as_str()).unwrap_or("");
                push(&mut out, text, &all, &mut next);
            }
            Some('l') => next = Case::Lower,
            Some('u') => next = Case::Upper,
            Some('L') => all = Case::Lower,
            Some('U') => all = Case::Upper,
            Some('E') => all = Case::Keep,
            Some(o) => push(&mut out, &o.to_string(), &all, &mut next),
            None => {}
        }
    }
    out.push_str(&name[whole.end()..]);
    Some(out)
}

fn camel(name: &str, upper_first: bool) -> String {
    let mut out = String::new();
    let mut up = upper_first;
    let mut first = true;
    for c in name.chars() {
        if c == '_' {
            up = !first || up;
            continue;
        }
        if up {
            out.extend(c.to_uppercase());
            up = false;
        } else if first && !upper_first {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        first = false;
    }
    out
}

fn undercase(name: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if i > 0 && (prev_lower || (next_lower && chars[i - 1].is_uppercase())) {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_rules_beat_global_ones() {
        let mut r = NameRules::default();
        r.add(None, "%(lowercase)s".into(), &[]);
        r.add(Some("Foo".into()), "Bar".into(), &[]);
        r.add(Some("gone".into()), "$ignore".into(), &[]);
        assert_eq!(
            r.sym_name(&["Foo"], NameKind::Function).as_deref(),
            Some("Bar")
        );
        assert_eq!(
            r.sym_name(&["HELLO"], NameKind::Function).as_deref(),
            Some("hello")
        );
        assert_eq!(r.sym_name(&["gone"], NameKind::Function), None);
    }

    #[test]
    fn name_transforms() {
        assert_eq!(
            apply_format("%(strip:[wx])s", "wxFoo").as_deref(),
            Some("Foo")
        );
        assert_eq!(apply_format("new_%s", "x").as_deref(), Some("new_x"));
        assert_eq!(transform("camelcase", "hello_world"), "HelloWorld");
        assert_eq!(transform("lowercamelcase", "hello_world"), "helloWorld");
        assert_eq!(transform("undercase", "HelloWorld"), "hello_world");
        assert_eq!(transform("title", "hELLO"), "Hello");
        assert_eq!(transform("schemify", "print_it"), "print-it");
    }

    #[test]
    fn regex_transform_with_case_escapes() {
        let r = |f: &str, n: &str| apply_format(f, n).unwrap_or_default();
        assert_eq!(
            r("%(regex:/wx(?!EVT)(.*)/\\1/)s", "wxSomeWidget"),
            "SomeWidget"
        );
        assert_eq!(
            r("%(regex:/wx(?!EVT)(.*)/\\1/)s", "wxEVT_PAINT"),
            "wxEVT_PAINT"
        );
        assert_eq!(r("%(regex:/^(Set|Get)(.*)/\\2/)s", "SetValue"), "Value");
        assert_eq!(r("%(regex:/(\\w+)_(.*)/\\u\\2/)s", "prefix_print"), "Print");
        assert_eq!(r("%(regex:/(.*)/\\U\\1\\E_x/)s", "abc"), "ABC_x");
        assert_eq!(r("%(regex:/^z(.*)/\\1/)s", "abc"), "abc");
    }

    #[test]
    fn match_conditions_limit_global_rules() {
        let mut r = NameRules::default();
        let a = |k: &str, v: &str| (k.to_string(), v.to_string());
        r.add_matching(None, "%(title)s".into(), &[], &[a("match", "enumitem")])
            .unwrap();
        r.add_matching(
            None,
            "%(upper)s".into(),
            &[],
            &[a("match$kind", "variable")],
        )
        .unwrap();
        r.add_matching(
            None,
            "%(lower)s".into(),
            &[],
            &[
                a("notregexmatch$name", "^[A-Z_]+$"),
                a("match$kind", "function"),
            ],
        )
        .unwrap();
        r.add_matching(
            Some("Old$".into()),
            "$ignore".into(),
            &[],
            &[a("regextarget", "1")],
        )
        .unwrap();
        assert_eq!(
            r.sym_name(&["RED"], NameKind::EnumItem).as_deref(),
            Some("Red")
        );
        assert_eq!(r.sym_name(&["getOld"], NameKind::Function), None);
        assert_eq!(
            r.sym_name(&["count"], NameKind::Variable).as_deref(),
            Some("COUNT")
        );
        assert_eq!(
            r.sym_name(&["DoIt"], NameKind::Function).as_deref(),
            Some("doit")
        );
        assert_eq!(
            r.sym_name(&["DO_IT"], NameKind::Function).as_deref(),
            Some("DO_IT")
        );
        assert!(r
            .add_matching(None, "x".into(), &[], &[a("regexmatch$name", "(")])
            .is_err());
    }
}
