//! Shared: SWIG's warning names (`SWIGWARN_*`), as `#pragma SWIG nowarn=`,
//! `-w` and `%warnfilter` accept them, with the numbers SWIG's
//! documentation (Warnings.html) gives each warning.

/// `(name, number)` for the warnings rswig reports or users filter.
const NAMES: &[(&str, u32)] = &[
    ("SWIGWARN_PP_CPP_WARNING", 204),
    ("SWIGWARN_PP_CPP_ERROR", 205),
    ("SWIGWARN_PARSE_REDEFINED", 302),
    ("SWIGWARN_PARSE_UNNAMED_NESTED_CLASS", 312),
    ("SWIGWARN_PARSE_KEYWORD", 314),
    ("SWIGWARN_PARSE_NAMED_NESTED_CLASS", 325),
    ("SWIGWARN_TYPE_UNDEFINED_CLASS", 401),
    ("SWIGWARN_TYPEMAP_CHARLEAK", 451),
    ("SWIGWARN_TYPEMAP_SWIGTYPELEAK", 454),
    ("SWIGWARN_TYPEMAP_VARIN_UNDEF", 466),
    ("SWIGWARN_TYPEMAP_THREAD_UNSAFE", 470),
    ("SWIGWARN_LANG_IDENTIFIER", 503),
    ("SWIGWARN_LANG_OVERLOAD_SHADOW", 509),
    ("SWIGWARN_LANG_OVERLOAD_IGNORED", 516),
    ("SWIGWARN_RUBY_WRONG_NAME", 801),
];

/// The number of a warning given by name (`SWIGWARN_PARSE_KEYWORD`) or by
/// number (`314`, `+314`).
pub fn warning_number(name: &str) -> Option<u32> {
    let name = name.trim();
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, code)| *code)
        .or_else(|| name.trim_start_matches('+').parse().ok())
}

#[cfg(test)]
mod tests {
    use super::warning_number;

    #[test]
    fn names_and_numbers() {
        assert_eq!(warning_number("SWIGWARN_PARSE_KEYWORD"), Some(314));
        assert_eq!(warning_number(" 451 "), Some(451));
        assert_eq!(warning_number("+302"), Some(302));
        assert_eq!(warning_number("SWIGWARN_NO_SUCH"), None);
    }
}
