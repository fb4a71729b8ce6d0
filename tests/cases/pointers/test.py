# Typed opaque pointers: made and used by C, checked by type when passed
# back, None for NULL, and void* accepting any pointer.
import pointers as m


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError("%s%r should raise %s" % (f.__name__, args, exc.__name__))


c = m.counter_new(10)
assert c is not None
assert "Counter *" in repr(c), repr(c)
m.counter_add(c, 5)
assert m.counter_get(c) == 15
assert m.counter_same(c, c) == 1

d = m.counter_new(1)
assert m.counter_same(c, d) == 0

# NULL comes back as None, and None passes NULL.
assert m.counter_null() is None
assert m.counter_is_null(None) == 1
assert m.counter_is_null(c) == 0
assert m.counter_get(None) == -1

# A pointer of another type is a TypeError, as are non-pointers.
o = m.other_new()
assert "Other *" in repr(o), repr(o)
e = raises(TypeError, m.counter_get, o)
assert "counter_get" in str(e) and "Counter" in str(e), str(e)
raises(TypeError, m.counter_add, o, 1)
raises(TypeError, m.counter_get, 5)
raises(TypeError, m.counter_get, "c")
raises(TypeError, m.other_free, c)

# void* takes any pointer; a void* result is not a Counter*.
v = m.as_void(c)
assert m.void_is_null(v) == 0
assert m.void_is_null(c) == 0
assert m.void_is_null(o) == 0
assert m.void_is_null(None) == 1
raises(TypeError, m.counter_get, v)

m.counter_free(c)
m.counter_free(d)
m.other_free(o)
print("pointers ok")
