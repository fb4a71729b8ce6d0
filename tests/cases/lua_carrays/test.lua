-- carrays.i: %array_functions gives new_/delete_/_getitem/_setitem
-- functions; %array_class a class with [] indexing, cast() and frompointer.
-- Portable to Lua 5.1, 5.3, 5.4 and LuaJIT (run by tests/lua_portability.rs).
local m = require("lua_carrays")

local ia = m.new_intArray(3)
for i = 0, 2 do m.intArray_setitem(ia, i, (i + 1) * 10) end
assert(m.intArray_getitem(ia, 2) == 30)
assert(m.sum_ints(ia, 3) == 60)
assert(swig_type(ia) == "int *")
m.delete_intArray(ia)

local d = m.doubleArray(4)
for i = 0, 3 do d[i] = i + 0.5 end
assert(d[3] == 3.5)
assert(d[0] + d[1] == 2)
-- The array passes where a double * is expected, through cast() or as is.
assert(m.sum_doubles(d:cast(), 4) == 8)
assert(m.sum_doubles(d, 4) == 8)
-- frompointer: the same memory seen as an array again (both spellings).
local d2 = m.doubleArray.frompointer(d:cast())
assert(d2[3] == 3.5)
d2[3] = 7
assert(d[3] == 7)
assert(m.doubleArray_frompointer(d:cast())[3] == 7)

-- Errors: a wrong element type, and a wrong pointer type.
local ok, err = pcall(function() d[0] = "x" end)
assert(not ok and err:find("expected 'double' got 'string'", 1, true), err)
ok, err = pcall(m.intArray_setitem, d:cast(), 0, 1)
assert(not ok and err:find("expected 'int *' got 'double *'", 1, true), err)
print("lua_carrays ok")
