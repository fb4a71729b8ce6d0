//! Stage 4, sema: target-language names. `%rename(new) old;` and
//! `%ignore old;` for exact names (latest rule wins; a rule naming the
//! declaration beats a global one), and SWIG's name transforms for global
//! renames: `%rename("%(lowercase)s") "";`, `"%(strip:[pre_])s"`,
//! `"%(title)s"`, `"%(camelcase)s"`, `"%(lowercamelcase)s"`,
//! `"%(undercase)s"`, `"%(uppercase)s"`, `"prefix_%s"`.

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
        });
    }

    /// The target-language name of a declaration, or `None` if ignored.
    /// `names` are the lookup keys, most specific first (`Vector::x`, `x`).
    pub fn sym_name(&self, names: &[&str], kind: NameKind) -> Option<String> {
        let c_name = names.last().copied().unwrap_or("");
        let applies = |r: &Rule| {
            (r.kinds.is_empty()
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
        _ => name.to_string(),
    }
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
    }
}
