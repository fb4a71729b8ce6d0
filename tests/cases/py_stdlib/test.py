import os
import tempfile
import py_stdlib as m

def raises(exc, f, *a):
    try:
        f(*a)
    except exc as e:
        return str(e)
    raise AssertionError(f"{f.__name__}{a} should raise {exc.__name__}")

# exception.i: SWIG's codes map to Python's exceptions as SWIG maps them
expected = {1: MemoryError, 2: OSError, 3: RuntimeError, 4: IndexError, 5: TypeError,
            6: ZeroDivisionError, 7: OverflowError, 8: SyntaxError, 9: ValueError,
            10: SystemError, 11: AttributeError, 12: RuntimeError}
for code, exc in expected.items():
    try:
        m.fail_with(code)
        raise AssertionError(f"code {code} did not raise")
    except exc:
        pass
assert m.fail_with(0) == 0

# constraints.i
assert m.repeat(3) == 3
raises(ValueError, m.repeat, 0)
assert m.pay(0.0) == 0.0
raises(ValueError, m.pay, -0.5)
assert m.ratio(6, 3) == 2
raises(ValueError, m.ratio, 1, 0)
assert m.is_set(m.some_handle()) == 1
assert raises(TypeError, m.is_set, None) == "Received a NULL pointer."  # as SWIG: NullReferenceError is TypeError

# wchar_t * and cwstring.i
assert m.wide_len("h\u00e9llo") == 5
assert m.wide_hello() == "h\u00e9llo"
assert m.wide_fill() == "fill\u00e9d"
raises(TypeError, m.wide_len, 5)

# cstring.i: mutable and output buffers; None and wrong types are TypeError
assert m.upcase("hello") == "HELLO"
raises(TypeError, m.upcase, None)
raises(TypeError, m.upcase, 5)
assert m.fill_to(3) == "xxx" and m.fill_to(10) == "xxxxx"
raises(TypeError, m.fill_to, "3")
raises(ValueError, m.fill_to, -1)

# file.i: a Python file object becomes a FILE *
with tempfile.TemporaryFile("w+") as f:
    assert m.file_put(f, "written from C") == 1
    f.seek(0)
    assert f.read() == "written from C"
raises(TypeError, m.file_put, "not a file", "x")

# complex.i
assert m.cmul(1 + 2j, 3 - 1j) == (1 + 2j) * (3 - 1j)
assert m.cmul(2, 3) == 6

# primitive ranges: overflow is OverflowError, a wrong type TypeError
assert m.ll_echo(-(2**63)) == -(2**63) and m.ll_echo(2**63 - 1) == 2**63 - 1
raises(OverflowError, m.ll_echo, 2**63)
assert m.ull_echo(2**64 - 1) == 2**64 - 1
raises(OverflowError, m.ull_echo, -1)
assert m.flip(True) is False and m.flip(False) is True
raises(TypeError, m.flip, "yes")
assert m.size_echo(2**40) == 2**40
raises(OverflowError, m.size_echo, -1)
assert m.sc_echo(-128) == -128
raises(OverflowError, m.sc_echo, 128)
assert m.us_echo(65535) == 65535
raises(OverflowError, m.us_echo, 65536)
raises(TypeError, m.us_echo, 1.5)
print("ok")
