//! Lua backend, naming: SWIG's language-neutral operator method names
//! (`__add__`, `__getitem__`, `__str__`, as Python spells them) and the Lua
//! metamethods they serve (`__add`, `__getitem`, `__tostring`).

/// The Lua metamethod a method named `name` also serves, if `name` is one of
/// SWIG's operator names. Lua-spelled names (`__add`) need no alias.
pub(super) fn lua_metamethod(name: &str) -> Option<&'static str> {
    Some(match name {
        "__add__" => "__add",
        "__sub__" => "__sub",
        "__mul__" => "__mul",
        "__div__" => "__div",
        "__mod__" => "__mod",
        "__pow__" => "__pow",
        "__unm__" => "__unm",
        "__call__" => "__call",
        "__concat__" => "__concat",
        "__eq__" => "__eq",
        "__lt__" => "__lt",
        "__le__" => "__le",
        "__len__" => "__len",
        "__getitem__" => "__getitem",
        "__setitem__" => "__setitem",
        "__str__" => "__tostring",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::lua_metamethod;

    #[test]
    fn operator_names_map_to_metamethods() {
        assert_eq!(lua_metamethod("__getitem__"), Some("__getitem"));
        assert_eq!(lua_metamethod("__str__"), Some("__tostring"));
        assert_eq!(lua_metamethod("__add"), None);
        assert_eq!(lua_metamethod("norm"), None);
    }
}
