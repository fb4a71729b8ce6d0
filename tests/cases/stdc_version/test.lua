local m = require("stdc_version")
assert(m.STD_SEEN == 2023, tostring(m.STD_SEEN))
