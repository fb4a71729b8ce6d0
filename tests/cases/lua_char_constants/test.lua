-- Character constants: strings of one byte (escapes decoded by C),
-- multicharacter constants as ints, Latin-1 bytes kept as they are.
local m = require("lua_char_constants")

assert(m.LETTER == "x")
assert(m.NEWLINE == "\n")
assert(m.OCTAL_B == "B")
assert(m.HEX_C == "C")
assert(m.NUL_CHAR == "\0" and #m.NUL_CHAR == 1)
assert(string.byte(m.A_ACUTE) == 225 and #m.A_ACUTE == 1)
assert(string.byte(m.AE_OCTAL) == 198)
assert(m.PAREN == ";")
assert(type(m.MULTI_AB) == "number")
assert(m.MULTI_AB == m.multi_ab)
-- A Latin-1 string in verbatim code keeps its byte too.
assert(m.latin1_text() == "caf\233")
print("lua_char_constants ok")
