-- char* in and out: strings, nil for NULL, bytes kept as they are.
local m = require("strings")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

assert(m.greeting() == "hello")
assert(type(m.greeting()) == "string")
assert(m.str_len("abc") == 3)
assert(m.str_len("") == 0)
assert(m.echo_str("round trip") == "round trip")
assert(m.concat("foo", "bar") == "foobar")
assert(m.str_len("h\195\169llo") == 6)
assert(m.echo_str("h\195\169llo \226\152\131") == "h\195\169llo \226\152\131")

assert(m.is_null(nil) == 1)
assert(m.is_null("") == 0)
assert(m.str_len(nil) == -1)
assert(m.echo_str(nil) == nil)
assert(m.maybe_null(0) == nil)
assert(m.maybe_null(1) == "not null")
assert(m.concat(nil, "x") == "(null)x")

-- Lua strings are immutable: C gets its own copy... or at least ours stays.
local s = "abc"
assert(m.upcase_first(s) == nil)

assert(m.str_len(5) == 1) -- numbers convert to strings, as in SWIG
assert(fails(m.str_len, {}) == "Error in str_len (arg 1), expected 'char const *' got 'table'"
  or fails(m.str_len, {}) == "Error in str_len (arg 1), expected 'const char *' got 'table'")
fails(m.str_len, true)
assert(fails(m.concat, "a") == "Error in concat expected 2..2 args, got 1")
print("strings ok")
