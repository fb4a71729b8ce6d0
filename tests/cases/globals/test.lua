-- Global variables are fields of the module table, read and written
-- through its metatable, with type and range checks on set.
local m = require("globals")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

assert(m.counter == 0)
m.bump()
assert(m.counter == 1)
m.counter = 41
assert(m.get_counter() == 41)
m.bump()
assert(m.counter == 42)
assert(math.type(m.counter) == "integer")

assert(m.ratio == 0.5)
m.ratio = 2.5
assert(m.get_ratio() == 2.5)
m.ratio = 3
assert(m.ratio == 3.0 and math.type(m.ratio) == "float")

-- char*: NULL reads as nil; setting copies the string into C memory.
assert(m.name == nil)
assert(m.get_name() == "(null)")
m.name = "first"
assert(m.name == "first")
assert(m.get_name() == "first")
m.name = "second, longer than the first"
assert(m.get_name() == "second, longer than the first")

-- Type and range checks on set, and the value is left unchanged.
assert(fails(function() m.counter = "x" end) == "Error in counter (arg 1), expected 'int' got 'string'")
assert(fails(function() m.counter = 2^31 end):find("out of range", 1, true))
assert(m.counter == 42)
fails(function() m.small = 256 end)
fails(function() m.small = -1 end)
assert(m.small == 7)
fails(function() m.ratio = "x" end)
fails(function() m.name = {} end)
assert(m.name == "second, longer than the first")

-- %immutable: readable, setting fails, value unchanged.
assert(m.version == 3)
assert(fails(function() m.version = 4 end) == "This variable is immutable")
assert(m.version == 3)

-- Unknown names are plain fields of the module table.
assert(m.no_such_variable == nil)
m.no_such_variable = 1
assert(m.no_such_variable == 1)
assert(rawget(m, "counter") == nil)
print("globals ok")
