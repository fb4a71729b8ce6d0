-- exception.i: SWIG_exception raises "SWIG_<Kind>:message" errors.
local m = require("lua_exception")

local function fails(expected, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected the error " .. expected)
  assert(err == expected, err)
end

assert(m.work(21) == 42)
local kinds = {
  "SWIG_MemoryError", "SWIG_IOError", "SWIG_RuntimeError", "SWIG_IndexError",
  "SWIG_TypeError", "SWIG_DivisionByZero", "SWIG_OverflowError",
  "SWIG_SyntaxError", "SWIG_ValueError", "SWIG_SystemError", "SWIG_UnknownError",
}
for _, kind in ipairs(kinds) do
  local code = m.code_of(kind)
  assert(code ~= 0, kind .. " is defined")
  m.set_error(code, "it broke")
  fails(kind .. ":it broke", m.work, 1)
  -- The error was cleared: the next call works.
  assert(m.work(2) == 4)
end

-- From a check typemap.
assert(m.checked(3) == 3)
fails("SWIG_ValueError:must be positive", m.checked, 0)
-- %clear: later declarations are unchecked again.
assert(m.unchecked(0) == 0)
-- constraints.i
assert(m.inverse(4) == 0.25)
fails("SWIG_ValueError:Expected a nonzero value.", m.inverse, 0)
assert(m.neg_id(-1) == -1)
fails("SWIG_ValueError:Expected a negative value.", m.neg_id, 0)
assert(m.nonneg_id(0) == 0)
fails("SWIG_ValueError:Expected a non-negative value.", m.nonneg_id, -1)
print("lua_exception ok")
