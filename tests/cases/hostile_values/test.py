# Hostile values: the wrapper raises Python's exception, never crashes.
import hostile_values as m


def raises(exc, f, *args):
    try:
        f(*args)
    except exc:
        return
    raise AssertionError(f"{f.__name__}{args!r} should raise {exc.__name__}")


# Wrong types.
raises(TypeError, m.take_int, "3")
raises(TypeError, m.take_int, None)
raises(TypeError, m.take_double, "x")
raises(TypeError, m.length, 42)
raises(TypeError, m.box_value, "box")
raises(TypeError, m.box_value, m.other_new())
raises(TypeError, m.take_int)
raises(TypeError, m.take_int, 1, 2)

# Out-of-range integers.
raises(OverflowError, m.take_int, 2**31)
raises(OverflowError, m.take_int, -(2**31) - 1)
raises(OverflowError, m.take_int, 2**200)
raises(OverflowError, m.take_short, 40000)
raises(OverflowError, m.take_uchar, 256)
raises(OverflowError, m.take_uint, -1)
assert m.take_int(2**31 - 1) == 2**31 - 1
assert m.take_uint(2**32 - 1) == 2**32 - 1

# NULL both ways.
assert m.is_null(None) == 1
assert m.box_value(None) == -1
assert m.box_null() is None

# Very long strings.
big = "x" * (10 * 1024 * 1024)
assert m.length(big) == len(big)
b = m.Box()
raises((TypeError, ValueError, OverflowError), setattr, b, "name", "much too long for eight bytes")
b.name = "short"
assert b.name == "short"

# A disowned object is still usable; freeing it through C is then the
# caller's business and the proxy does not free it again.
owned = m.box_new(7)
assert owned.thisown
owned.thisown = False
assert m.box_value(owned) == 7
m.box_free(owned)
del owned

# %delobject: freeing through C disowns the proxy, so the collector does
# not free it a second time (the sanitizer job would see a double free).
import gc
for _ in range(100):
    o = m.box_new(1)
    m.box_free(o)
    assert not o.thisown
    del o
gc.collect()
print("hostile values ok")
