# File : runme.py -- uses the example module built by `make python`.
import example

print("fact(5) =", example.fact(5))
print("my_mod(7, 3) =", example.my_mod(7, 3))
print("get_time() =", example.get_time().strip())
print("My_variable =", example.cvar.My_variable)

assert example.fact(5) == 120
assert example.my_mod(7, 3) == 1
assert isinstance(example.get_time(), str)
assert example.cvar.My_variable == 3.0

example.cvar.My_variable = 42.5
print("My_variable =", example.cvar.My_variable, "after setting it from Python")
assert example.cvar.My_variable == 42.5
print("simple example: python ok")
