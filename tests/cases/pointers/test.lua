-- Typed pointers: userdata that know their C type; nil is NULL.
local m = require("pointers")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

local c = m.counter_new(10)
assert(type(c) == "userdata")
assert(tostring(c):find("Counter *", 1, true), tostring(c))
assert(swig_type(c) == "Counter *", swig_type(c))
m.counter_add(c, 5)
assert(m.counter_get(c) == 15)
assert(m.counter_same(c, c) == 1)

local d = m.counter_new(1)
assert(m.counter_same(c, d) == 0)
assert(c ~= d)

assert(m.counter_null() == nil)
assert(m.counter_is_null(nil) == 1)
assert(m.counter_is_null(c) == 0)
assert(m.counter_get(nil) == -1)

local o = m.other_new()
assert(tostring(o):find("Other *", 1, true), tostring(o))
assert(fails(m.counter_get, o):find("Error in counter_get (arg 1), expected '", 1, true))
assert(fails(m.counter_add, o, 1) == "Error in counter_add (arg 1), expected 'Counter *' got 'Other *'")
assert(fails(m.counter_get, 5):find("got 'number'", 1, true))
fails(m.counter_get, "c")
fails(m.other_free, c)

local v = m.as_void(c)
assert(m.void_is_null(v) == 0)
assert(m.void_is_null(c) == 0)
assert(m.void_is_null(o) == 0)
assert(m.void_is_null(nil) == 1)
assert(fails(m.counter_get, v):find("got 'void *'", 1, true))
-- Two objects for the same C pointer compare equal.
assert(m.as_void(c) == m.as_void(c))

m.counter_free(c)
m.counter_free(d)
m.other_free(o)
print("pointers ok")
