-- Constants and enums are fields of the module table; integers are Lua
-- integers.
local m = require("constants")

local function check(name, value, typ)
  local got = m[name]
  assert(got == value, name .. " = " .. tostring(got))
  local t = type(got) == "number" and math.type(got) or type(got)
  assert(t == typ, name .. " is " .. t)
end

check("ICONST", 42, "integer")
check("NEG_ICONST", -7, "integer")
check("HEXCONST", 31, "integer")
check("BIGCONST", 4000000000, "integer")
check("FCONST", 2.5, "float")
check("EXPCONST", 1500.0, "float")
check("SCONST", "hello world", "string")
check("CCONST", "x", "string")
check("EXPR_CONST", 85, "integer")
check("ANSWER", 42, "integer")
check("HALF", 0.5, "float")
check("GREETING", "hi there", "string")
check("DERIVED", 50, "integer")
check("RED", 0, "integer")
check("GREEN", 5, "integer")
check("BLUE", 6, "integer")
check("ANON_A", 10, "integer")
check("ANON_B", 11, "integer")
assert(m.color_value(m.BLUE) == 600)
assert(m.color_value(1) == 100)

assert(m.SQUARE == nil)
assert(m.EMPTY_MACRO == nil)
print("constants ok")
