-- File : runme.lua -- uses the example module built by luarocks.
local example = require("example")

print("fact(5) =", example.fact(5))
print("my_mod(7, 3) =", example.my_mod(7, 3))
print("get_time() =", (example.get_time():gsub("%s+$", "")))
print("My_variable =", example.My_variable)

assert(example.fact(5) == 120)
assert(example.my_mod(7, 3) == 1)
assert(type(example.get_time()) == "string")
assert(example.My_variable == 3.0)

example.My_variable = 42.5
print("My_variable =", example.My_variable, "after setting it from Lua")
assert(example.My_variable == 42.5)
print("simple example: lua ok")
