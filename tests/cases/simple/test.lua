-- The classic example: functions, a returned string, and a global as a
-- field of the module table.
local simple = require("simple")

assert(simple.fact(5) == 120)
if math.type then assert(math.type(simple.fact(5)) == "integer") end -- Lua 5.3+
assert(simple.fact(0) == 1)
assert(simple.my_mod(7, 3) == 1)
local t = simple.get_time()
assert(type(t) == "string" and #t > 0, t)

assert(simple.My_variable == 3.0)
simple.My_variable = 4.5
assert(simple.My_variable == 4.5)
simple.My_variable = 7 -- an integer is accepted for a double
assert(simple.My_variable == 7.0)
if math.type then assert(math.type(simple.My_variable) == "float") end

local ok, err = pcall(simple.fact, "x")
assert(not ok and err == "Error in fact (arg 1), expected 'int' got 'string'", err)
ok, err = pcall(simple.fact)
assert(not ok and err == "Error in fact expected 1..1 args, got 0", err)
ok, err = pcall(simple.fact, 1, 2)
assert(not ok and err == "Error in fact expected 1..1 args, got 2", err)
ok, err = pcall(function() simple.My_variable = "x" end)
assert(not ok and err == "Error in My_variable (arg 1), expected 'double' got 'string'", err)
assert(simple.My_variable == 7.0)

-- The module is also a global, as SWIG makes it.
assert(_G.simple == simple)
print("simple ok")
