local m = require("self_reference")
assert(m.z == 8, tostring(m.z))
