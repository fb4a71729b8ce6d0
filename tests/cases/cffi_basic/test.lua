-- void, char* and double functions; wrong argument types raise errors.
local m = require("cffi_basic")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

assert(m.mybasic() == nil)
assert(select("#", m.mybasic()) == 0)
assert(m.myadd(4, 9) == 13.0)
assert(math.type(m.myadd(4, 9)) == "float")
assert(m.myadd(1.5, 2.25) == 3.75)
assert(m.myprint("hello") == 6) -- printf's count, newline included

assert(fails(m.myadd, 4, {}) == "Error in myadd (arg 2), expected 'double' got 'table'")
assert(fails(m.myadd, 4) == "Error in myadd expected 2..2 args, got 1")
fails(m.myadd, 1, 2, 3)
assert(fails(m.myprint, {}) == "Error in myprint (arg 1), expected 'char *' got 'table'")
fails(m.mybasic, 1)
-- As in SWIG, a numeric string is a number and a number is a string.
assert(m.myadd("4", 9) == 13.0)
assert(m.myprint(42) == 3)
print("cffi_basic ok")
