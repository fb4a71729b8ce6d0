-- typemaps.i: OUTPUT and INOUT values are extra return values, after the
-- function's own; constraints.i checks raise SWIG_exception messages.
local tm = require("typemaps_inout")

local r, out = tm.addout(3)
assert(r == 3 and out == 4, tostring(r) .. " " .. tostring(out))
assert(not math.type or math.type(out) == "integer") -- Lua 5.3+
assert(select("#", tm.addout(3)) == 2)
assert(tm.inc(5) == 6)
assert(select("#", tm.inc(5)) == 1)
assert(tm.getres() == 42)
assert(tm.sq(2) == 4)

local ok, err = pcall(tm.sq, -1)
assert(not ok and err == "SWIG_ValueError:Expected a positive value.", err)
ok, err = pcall(tm.isnull, nil)
assert(not ok and err == "SWIG_NullReferenceError:Received a NULL pointer.", err)
ok, err = pcall(tm.inc, "x")
assert(not ok and err == "Error in inc (arg 1), expected 'int *' got 'string'", err)
ok, err = pcall(tm.inc, 2^31)
assert(not ok and err:find("out of range", 1, true), err)
print("typemaps_inout ok")
