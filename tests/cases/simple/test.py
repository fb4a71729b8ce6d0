# The classic example: functions, a returned string, and a global via cvar.
import simple

assert simple.fact(5) == 120
assert simple.fact(0) == 1
assert simple.my_mod(7, 3) == 1
t = simple.get_time()
assert isinstance(t, str) and len(t) > 0, repr(t)

assert simple.cvar.My_variable == 3.0
simple.cvar.My_variable = 4.5
assert simple.cvar.My_variable == 4.5
simple.cvar.My_variable = 7  # an int is accepted for a double
assert simple.cvar.My_variable == 7.0
assert isinstance(simple.cvar.My_variable, float)

try:
    simple.fact("5")
except TypeError:
    pass
else:
    raise AssertionError("fact('5') should raise TypeError")

try:
    simple.fact()
except TypeError:
    pass
else:
    raise AssertionError("fact() should raise TypeError")

try:
    simple.cvar.My_variable = "x"
except TypeError:
    pass
else:
    raise AssertionError("setting a double to a str should raise TypeError")
print("simple ok")
