-- SWIG's operator names serve as Lua metamethods; static methods are
-- reachable as Class.method and as the module function Class_method.
local m = require("lua_operators")

local a = m.Complex(1, 2)
local b = m.Complex(3, 4)
local s = a + b
assert(s.re == 4 and s.im == 6)
local d = b - a
assert(d.re == 2 and d.im == 2)
local k = a * 3
assert(k.re == 3 and k.im == 6)
local n = -a
assert(n.re == -1 and n.im == -2)
assert(a == m.Complex(1, 2))
assert(a ~= b, "an int 0 from __eq__ is false")
assert(#a == 2)
assert(a < b and a <= b and not (b < a))
assert(a(0) == 1 and a(1) == 2)
assert(tostring(a) == "Complex(1, 2)")
-- [] reaches __getitem__/__setitem__ for keys that are no member.
assert(a[0] == 1 and a[1] == 2)
a[1] = 5
assert(a.im == 5 and a[1] == 5)
-- The methods keep their own names too.
assert(a:__getitem__(0) == 1)
-- Members still win over __getitem__.
assert(a.re == 1)
-- Static methods, both spellings.
assert(m.Complex.unit().re == 1)
assert(m.Complex_unit().re == 1)
local ok, err = pcall(function() return a + 1 end)
assert(not ok and err:find("expected 'Complex *' got 'number'", 1, true), err)
print("lua_operators ok")
