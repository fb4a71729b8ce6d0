# Every primitive C type round-tripped, with SWIG's range and type checks:
# out of range is OverflowError, a wrong Python type is TypeError.
import primitives as m


def raises(exc, f, *args):
    try:
        f(*args)
    except exc:
        return
    except Exception as e:
        raise AssertionError("%s%r raised %r, expected %s" % (f.__name__, args, e, exc.__name__))
    raise AssertionError("%s%r should raise %s" % (f.__name__, args, exc.__name__))


def check_int(f, lo, hi):
    for v in (lo, lo + 1, 0, 1, 42, hi - 1, hi):
        if lo <= v <= hi:
            r = f(v)
            assert r == v and type(r) is int, (f.__name__, v, r)
    raises(OverflowError, f, hi + 1)
    raises(OverflowError, f, lo - 1)
    raises(TypeError, f, 1.0)
    raises(TypeError, f, 1.5)
    raises(TypeError, f, "1")
    raises(TypeError, f, None)


check_int(m.echo_schar, -2**7, 2**7 - 1)
check_int(m.echo_uchar, 0, 2**8 - 1)
check_int(m.echo_short, -2**15, 2**15 - 1)
check_int(m.echo_ushort, 0, 2**16 - 1)
check_int(m.echo_int, -2**31, 2**31 - 1)
check_int(m.echo_uint, 0, 2**32 - 1)
check_int(m.echo_long, -2**63, 2**63 - 1)
check_int(m.echo_ulong, 0, 2**64 - 1)
check_int(m.echo_llong, -2**63, 2**63 - 1)
check_int(m.echo_ullong, 0, 2**64 - 1)
check_int(m.echo_size, 0, 2**64 - 1)

# The examples the spec names.
raises(OverflowError, m.echo_uchar, 256)
raises(OverflowError, m.echo_int, 2**31)
raises(OverflowError, m.echo_uint, -1)
raises(TypeError, m.echo_int, 3.0)

# char is a one-character str.
assert m.echo_char("a") == "a"
assert m.echo_char("Z") == "Z"
raises(TypeError, m.echo_char, "ab")
# As in SWIG, a small int is taken as a character code.
assert m.echo_char(65) == "A"
raises(OverflowError, m.echo_char, 200)
raises(OverflowError, m.echo_char, -129)

# Floating point: ints are accepted, the result is a float.
assert m.echo_double(1.5) == 1.5
assert m.echo_double(-2.25e300) == -2.25e300
r = m.echo_double(3)
assert r == 3.0 and type(r) is float
assert m.echo_float(0.5) == 0.5
assert m.echo_float(2) == 2.0
assert abs(m.echo_float(0.1) - 0.1) < 1e-7
raises(OverflowError, m.echo_float, 1e300)
raises(TypeError, m.echo_double, "1.0")
raises(TypeError, m.echo_double, None)
raises(TypeError, m.echo_float, 1j)

# bool takes only True/False.
assert m.echo_bool(True) is True
assert m.echo_bool(False) is False
raises(TypeError, m.echo_bool, 1)
raises(TypeError, m.echo_bool, None)

# SWIG's message names the function, the argument and its C type.
try:
    m.echo_int(2**31)
except OverflowError as e:
    assert str(e) == "in method 'echo_int', argument 1 of type 'int'", str(e)
try:
    m.echo_uchar("x")
except TypeError as e:
    assert str(e) == "in method 'echo_uchar', argument 1 of type 'unsigned char'", str(e)

# Several parameters; argument count is checked.
assert m.add_ints(1, 2, 3) == 6
raises(TypeError, m.add_ints, 1, 2)
raises(OverflowError, m.add_ints, 1, 2**15, 3)
print("primitives ok")
