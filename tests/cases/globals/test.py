# Global variables through cvar: get and set both ways, type and range
# checks on set, and %immutable variables that refuse to be set.
import globals as m

cvar = m.cvar


def raises(exc, fn):
    try:
        fn()
    except exc as e:
        return e
    raise AssertionError("should raise %s" % exc.__name__)


assert cvar.counter == 0
m.bump()
assert cvar.counter == 1
cvar.counter = 41
assert m.get_counter() == 41
m.bump()
assert cvar.counter == 42

assert cvar.ratio == 0.5
cvar.ratio = 2.5
assert m.get_ratio() == 2.5
cvar.ratio = 3
assert cvar.ratio == 3.0 and type(cvar.ratio) is float

# char*: NULL reads as None; setting copies the string into C memory.
assert cvar.name is None
assert m.get_name() == "(null)"
cvar.name = "first"
assert cvar.name == "first"
assert m.get_name() == "first"
cvar.name = "second, longer than the first"
assert m.get_name() == "second, longer than the first"

# Type and range checks on set, and the value is left unchanged.
e = raises(TypeError, lambda: setattr(cvar, "counter", "x"))
assert str(e) == "in variable 'counter' of type 'int'", str(e)
raises(TypeError, lambda: setattr(cvar, "counter", 1.5))
raises(OverflowError, lambda: setattr(cvar, "counter", 2**31))
assert cvar.counter == 42
raises(OverflowError, lambda: setattr(cvar, "small", 256))
raises(OverflowError, lambda: setattr(cvar, "small", -1))
assert cvar.small == 7
raises(TypeError, lambda: setattr(cvar, "ratio", "x"))
raises(TypeError, lambda: setattr(cvar, "name", 5))
assert cvar.name == "second, longer than the first"

# %immutable: readable, setting raises AttributeError, value unchanged.
assert cvar.version == 3
e = raises(AttributeError, lambda: setattr(cvar, "version", 4))
assert str(e) == "Variable version is read-only.", str(e)
assert cvar.version == 3

# Unknown names.
e = raises(AttributeError, lambda: cvar.no_such_variable)
assert str(e) == "Unknown C global variable 'no_such_variable'", str(e)
raises(AttributeError, lambda: setattr(cvar, "no_such_variable", 1))

# Variables are not module attributes, only cvar's.
assert not hasattr(m, "counter")
print("globals ok")
