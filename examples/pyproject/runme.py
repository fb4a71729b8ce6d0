# The classic example's checks, run against the module setuptools built.
import example

print(example.fact(5), example.my_mod(7, 3), example.cvar.My_variable)
assert example.fact(5) == 120
assert example.my_mod(7, 3) == 1
assert example.cvar.My_variable == 3.0
example.cvar.My_variable = 42.5
assert example.cvar.My_variable == 42.5
assert isinstance(example.get_time(), str)
print("ok")
