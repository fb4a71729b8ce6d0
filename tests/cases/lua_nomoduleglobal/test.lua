-- -nomoduleglobal: require returns the module, no global is set.
local m = require("lua_nomoduleglobal")
assert(m.answer() == 42)
assert(_G.lua_nomoduleglobal == nil)
print("lua_nomoduleglobal ok")
