-- %exception, default arguments, function pointers, %callback, %rename,
-- %ignore, %newobject, unions, %extend (operators too), ownership and
-- __gc, %luacode.
local m = require("lua_features")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

assert(m.fails(3) == 3)
assert(fails(m.fails, -1) == "C failed")
assert(m.defs(1) == 6)
assert(m.defs(1, 3) == 7)
assert(m.defs(1, 0, 1.0) == 2)
assert(fails(m.defs) == "Error in defs expected 1..3 args, got 0")

assert(m.apply(m.ADD, 2, 3) == 5)
assert(m.apply(m.MUL, 2, 3) == 6)
assert(m.apply2(m.ADD, 2, 3) == 5)
assert(m.apply(m.add_cb, 4, 3) == 7)
assert(m.add(4, 3) == 7)
assert(m.renamed() == 7 and m.orig == nil)
assert(m.hidden == nil)
assert(m.mkstr() == "abc")

local n = m.Number()
n.i = 12
assert(m.union_int(n) == 12)
n.d = 0.5
assert(n.d == 0.5)

-- Ownership: constructed objects are freed by their destructor when
-- collected; borrowed ones are not.
local t = m.Thing(21)
assert(t.id == 21 and t:twice() == 42)
assert(t + m.Thing(1) == 22)
assert(tostring(t) == "a Thing")
local b = m.thing_borrowed()
assert(b.id == 99)
t, b = nil, nil
collectgarbage()
collectgarbage()
assert(m.destroyed == 2, m.destroyed)
assert(m.thing_borrowed().id == 99)

assert(m.from_luacode == 106)
assert(m.luacode_arg == true)
-- __getitem/__setitem serve keys that are no member or method.
local l = m.IntList()
l[0] = 7
l[3] = l[0] + 1
assert(l[0] == 7 and l[3] == 8 and l[1] == 0)
assert(#l == 4)
-- Overloads (renamed to one name) dispatch on the arguments.
assert(m.pick(1) == 1)
assert(m.pick(1.5) == 2)
assert(m.pick("s") == 3)
assert(m.pick(nil) == 4)
local ok, err = pcall(m.pick, {})
assert(not ok and err:find("Wrong arguments for overloaded function .pick.") , err)
-- Static methods are in the class table.
assert(m.Statics.smeth(1) == 2)
print("lua_features ok")
