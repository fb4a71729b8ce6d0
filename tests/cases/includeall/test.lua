local m = require("includeall")
assert(m.triple(2) == 6 and m.SCALE == 4)
print("ok")
