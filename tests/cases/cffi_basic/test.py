# void, char* and double functions; wrong argument types raise TypeError.
import cffi_basic as m


def raises(exc, f, *args):
    try:
        f(*args)
    except exc:
        return
    raise AssertionError("%s%r should raise %s" % (f.__name__, args, exc.__name__))


assert m.mybasic() is None
assert m.myadd(4, 9) == 13.0
assert isinstance(m.myadd(4, 9), float)
assert m.myadd(1.5, 2.25) == 3.75
assert m.myprint("hello") == 6  # printf's count, newline included

raises(TypeError, m.myadd, 4, 13j)
raises(TypeError, m.myadd, "4", 9)
raises(TypeError, m.myadd, 4)
raises(TypeError, m.myadd, 1, 2, 3)
raises(TypeError, m.myprint, 4)
raises(TypeError, m.myprint, b"bytes")
raises(TypeError, m.mybasic, 1)
print("cffi_basic ok")
