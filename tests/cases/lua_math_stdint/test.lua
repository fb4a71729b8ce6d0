-- math.i: the C library's functions and M_* constants;
-- stdint.i: the <stdint.h> types, range-checked as the C types they name.
local m = require("lua_math_stdint")

local function fails(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), err)
end

-- math.i
assert(math.abs(m.M_PI - math.pi) < 1e-15)
assert(math.abs(m.sin(m.M_PI_2) - 1) < 1e-15)
assert(m.cos(0) == 1)
assert(m.pow(2, 10) == 1024)
assert(m.sqrt(16) == 4)
assert(m.fabs(-2.5) == 2.5)
assert(m.floor(2.7) == 2 and m.ceil(2.2) == 3)
assert(m.atan2(1, 1) == m.M_PI_4)
assert(math.abs(m.exp(1) - m.M_E) < 1e-15)
assert(m.fmod(7, 3) == 1)
fails("Error in sqrt (arg 1), expected 'double' got 'string'", m.sqrt, "x")

-- stdint.i: each type's range, both ends.
assert(m.neg8(-127) == 127)
assert(m.neg8(127) == -127)
fails("Error in neg8 (arg 1), value out of range for 'int8_t'", m.neg8, 128)
fails("value out of range for 'int8_t'", m.neg8, -129)
assert(m.add8(200, 55) == 255)
fails("value out of range for 'uint8_t'", m.add8, 256, 0)
fails("value out of range for 'uint8_t'", m.add8, -1, 0)
assert(m.id16(-32768) == -32768)
fails("value out of range for 'int16_t'", m.id16, 32768)
assert(m.id_u16(65535) == 65535)
fails("value out of range for 'uint16_t'", m.id_u16, 65536)
assert(m.id32(-2147483648) == -2147483648)
fails("value out of range for 'int32_t'", m.id32, 2147483648)
assert(m.id_u32(4294967295) == 4294967295)
fails("value out of range for 'uint32_t'", m.id_u32, 4294967296)
fails("value out of range for 'uint32_t'", m.id_u32, -1)
assert(m.id64(2^53) == 2^53)
assert(m.id64(-2^53) == -2^53)
assert(m.id_u64(2^53) == 2^53)
fails("value out of range for 'uint64_t'", m.id_u64, -1)
assert(m.id_ptr(-5) == -5)
-- Fractions are truncated toward zero, as C converts them.
assert(m.id32(1.5) == 1 and m.id32(-1.5) == -1)
fails("Error in id32 (arg 1), expected 'int32_t' got 'table'", m.id32, {})
if math.type then
  -- Lua 5.3+: 64-bit integers are exact, and come back as integers.
  assert(m.id64(math.maxinteger) == math.maxinteger)
  assert(m.id64(math.mininteger) == math.mininteger)
  assert(math.type(m.id32(3)) == "integer")
  assert(math.type(m.id_u16(3)) == "integer")
end

-- A stdint variable: read and written through the module table.
assert(m.global32 == 5)
m.global32 = -7
assert(m.global32 == -7)
fails("value out of range for 'int32_t'", function() m.global32 = 2^31 end)
print("lua_math_stdint ok")
