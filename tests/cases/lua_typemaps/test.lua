-- User typemaps: a table in for (double *, int), freearg, an out typemap
-- by function name (%apply), numinputs=0 with argout, check and default.
local m = require("lua_typemaps")

local function fails(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), err)
end

-- in + freearg: one Lua argument fills two C parameters.
assert(m.sum({1, 2, 3.5}) == 6.5)
assert(m.sum({}) == 0)
assert(m.freed_count() == 2)
fails("expected a table of numbers", m.sum, 5)
-- As SWIG, freearg also runs on the error path (on the NULL the argument
-- was initialised to).
assert(m.freed_count() == 3)
fails("expected 1..1 args, got 2", m.sum, {1}, 2)

-- out by function name, through %apply.
assert(m.status_of(0) == true)
assert(m.status_of(3) == false)

-- numinputs=0 + argout: the Lua call takes one argument, returns two.
local len, count = m.words("the quick  brown fox")
assert(len == 20 and count == 4, tostring(len) .. " " .. tostring(count))
fails("expected 1..1 args, got 2", m.words, "a", 1)

-- check
assert(m.scale(50, 8) == 4)
fails("percent out of 0..100: 101", m.scale, 101, 8)
fails("percent out of 0..100: -1", m.scale, -1, 8)

-- default: the argument may be omitted.
assert(m.digits(999) == 3)
assert(m.digits(255, 16) == 2)
assert(m.digits(8, 2) == 4)
-- typemaps.i
assert(m.twice_in(2.25) == 4.5)
fails("Error in twice_in (arg 1), expected 'double *' got 'string'", m.twice_in, "x")
local q, r = m.divmod(17, 5)
assert(q == 3 and r == 2)
assert(select("#", m.divmod(17, 5)) == 2)
local a, b = m.swap_pair(1, 2)
assert(a == 2 and b == 1)
fails("Error in swap_pair expected 2..2 args, got 1", m.swap_pair, 1)
print("lua_typemaps ok")
