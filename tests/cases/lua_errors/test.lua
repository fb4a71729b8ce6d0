-- Error cases: a struct by value from nil, callbacks of the wrong type,
-- enums and chars, immutable and struct members, and C taking ownership.
local m = require("lua_errors")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error")
  return tostring(err)
end

-- A struct by value needs an object: nil is refused, not dereferenced.
local v = m.Vec()
v.x, v.y = 1, 2
assert(m.vec_sum(v) == 3)
local err = fails(m.vec_sum, nil)
assert(err == "Error in vec_sum (arg 1), expected 'Vec' got 'nil'", err)
assert(fails(m.vec_sum, 5):find("got 'number'", 1, true))
-- A pointer may be NULL.
assert(m.is_null_vec(nil) == 1 and m.is_null_vec(v) == 0)

-- Callbacks: the constant of the right type passes, others are refused.
assert(m.call_intop(m.TWICE, 4) == 8)
assert(m.call_intop(nil, 4) == -1)
err = fails(m.call_intop, m.HALF, 4)
assert(err == "Error in call_intop (arg 1), expected 'intop|int (*)(int)' got 'dblop|double (*)(double)'", err)
assert(swig_type(m.TWICE) == "intop|int (*)(int)")
assert(fails(m.call_intop, print, 4):find("got 'function'", 1, true))

-- Enums are numbers; chars are one-character strings.
assert(m.color_value(m.BLUE) == 6)
assert(fails(m.color_value, "BLUE"):find("got 'string'", 1, true))
assert(m.char_code("A") == 65)
-- As SWIG, a number passes as its string form's first character.
assert(m.char_code(65) == string.byte("6"))
assert(fails(m.char_code, {}) == "Error in char_code (arg 1), expected 'char' got 'table'")

-- Struct members: a const member is read-only, a struct member takes a Vec.
local b = m.Box()
assert(b.id == 0)
assert(fails(function() b.id = 3 end):find("immutable", 1, true))
b.corner = v
assert(b.corner.y == 2)
assert(fails(function() b.corner = 1 end):find("expected 'Vec *' got 'number'", 1, true))
b.link = nil
assert(b.link == nil)
assert(fails(function() b.link = b end):find("expected 'Vec *' got 'Box *'", 1, true))

-- Ownership: an owned object handed to C with SWIG_POINTER_DISOWN is not
-- freed again by Lua's collector.
local w = m.Vec()
m.vec_give(w)
assert(m.freed_count() == 1)
w = nil
collectgarbage()
collectgarbage()
-- A borrowed pointer (returned by a plain function) is never freed by Lua.
local p = m.vec_new(1, 1)
p = nil
collectgarbage()
assert(m.freed_count() == 1)
print("lua_errors ok")
