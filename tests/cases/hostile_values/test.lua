-- Hostile values: the wrapper raises a Lua error, never crashes.
local m = require("hostile_values")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return tostring(err)
end

-- Wrong types.
fails(m.take_int, "x")
fails(m.take_int, nil)
fails(m.take_int, {})
fails(m.take_double, "x")
assert(m.length(42) == 2) -- a number is a string in Lua, as SWIG takes it
fails(m.length, {})
fails(m.box_value, "box")
fails(m.box_value, m.other_new())
fails(m.take_int)
fails(m.take_int, 1, 2)

-- Out-of-range numbers: Lua numbers are converted as SWIG does (a cast);
-- what matters is that nothing crashes.
for _, v in ipairs({2^31, -2^31 - 1, 2^200, -2^200, 0/0, 1/0}) do
  pcall(m.take_int, v)
  pcall(m.take_short, v)
  pcall(m.take_uint, v)
end
assert(m.take_int(2^31 - 1) == 2^31 - 1)

-- NULL both ways.
assert(m.is_null(nil) == 1)
assert(m.box_value(nil) == -1)
assert(m.box_null() == nil)

-- Very long strings.
local big = string.rep("x", 10 * 1024 * 1024)
assert(m.length(big) == #big)
local b = m.Box()
b.name = "short"
assert(b.name == "short")

-- Objects collected by the GC, and ones freed through C.
for _ = 1, 1000 do
  local x = m.Box()
  x.value = 3
end
collectgarbage("collect")
local owned = m.box_new(7)
assert(m.box_value(owned) == 7)
m.box_free(owned)
owned = nil
collectgarbage("collect")
print("hostile values ok")
