# Constants: #define (ints, floats, strings, chars, expressions), %constant
# and enums, all module attributes with Python types.
import constants as m


def check(name, value, typ):
    got = getattr(m, name)
    assert got == value and type(got) is typ, (name, got, value)


check("ICONST", 42, int)
check("NEG_ICONST", -7, int)
check("HEXCONST", 31, int)
check("BIGCONST", 4000000000, int)
check("FCONST", 2.5, float)
check("EXPCONST", 1500.0, float)
check("SCONST", "hello world", str)
check("CCONST", "x", str)
check("EXPR_CONST", 85, int)

check("ANSWER", 42, int)
check("HALF", 0.5, float)
check("GREETING", "hi there", str)
check("DERIVED", 50, int)

check("RED", 0, int)
check("GREEN", 5, int)
check("BLUE", 6, int)
check("ANON_A", 10, int)
check("ANON_B", 11, int)
assert m.color_value(m.BLUE) == 600
assert m.color_value(1) == 100

# Function-like and empty macros are not constants.
assert not hasattr(m, "SQUARE")
assert not hasattr(m, "EMPTY_MACRO")
# Constants are not variables: they are not in cvar.
assert not hasattr(m, "cvar") or not hasattr(m.cvar, "ICONST")
print("constants ok")
