-- Struct proxies: userdata with a metatable per class; members, nested
-- structs, arrays, %extend methods, constructors, destructors and __gc.
local v = require("structs")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

local a = v.Vector(3.0)
assert(tostring(a):find("Vector *", 1, true), tostring(a))
assert(a.x == 3.0 and a.y == 0.0)
a.y = 4
assert(a.y == 4.0 and (not math.type or math.type(a.y) == "float"))
assert(a:norm() == 7.0)
assert(a.norm(a) == 7.0)
assert(fails(function() a.y = "x" end):find("expected 'double' got 'string'", 1, true))

-- Array members come back as pointers; setting copies the whole array.
local arr = a.arr
assert(type(arr) == "userdata")
a.arr = arr
a.name = "hello"
assert(a.name == "hello", a.name)

-- `in` is a Lua keyword: the member is renamed `c_in`, as SWIG does.
local inner = a.c_in
assert(inner.a == 0)
inner.a = 5
assert(a.c_in.a == 5)
assert(a["in"] == nil)

local p = v.Point()
p.px = 3
assert(p.px == 3 and (not math.type or math.type(p.px) == "integer"))
local q = v.Anon()
q.q = 2
assert(q.q == 2)

-- A borrowed pointer to static memory.
local w = v.vnew()
w.x = 1.5
assert(v.vnew().x == 1.5)
assert(v.vnew() == w)

-- Structs by value: a new owned copy.
local r = v.vret()
assert(r.x == 1.0 and r.y == 2.0)
assert(v.vlen(r) == 1.0)
assert(fails(v.vlen, p) == "Error in vlen (arg 1), expected 'Vector *' got 'Point *'"
  or fails(v.vlen, p):find("expected 'Vector *' got", 1, true))
assert(a.nosuch == nil)
assert(fails(function() a.nosuch = 1 end):find("Assignment not possible", 1, true))
assert(fails(function() p:norm() end))

-- Collected objects are freed through their destructor.
a, r, p, q = nil, nil, nil, nil
collectgarbage()
collectgarbage()
print("structs ok")
