local c = require("contracts")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return tostring(err)
end

assert(c.isqrt(17) == 4)
local e = fails(c.isqrt, -1)
assert(e:find("Contract violation: require: (arg1>=0)", 1, true), e)
assert(c.divide(7, 2) == 3)
e = fails(c.divide, 1, 0)
assert(e:find("require: (arg2!=0)", 1, true), e)
assert(c.broken(11) == 1)
e = fails(c.broken, 3)
assert(e:find("Contract violation: ensure: (result>0)", 1, true), e)
local s = c.Stack()
for i = 0, 3 do c.Stack_push(s, i) end
assert(s.n == 4)
e = fails(c.Stack_push, s, 9)
assert(e:find("(arg1->n<4)", 1, true), e)
print("ok")
