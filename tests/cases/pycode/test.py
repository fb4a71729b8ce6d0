import pycode
assert pycode.twice.__doc__ == "Doubles an integer."
assert pycode.quadruple(3) == 12
assert hasattr(pycode, "_math_at_begin")
assert pycode.conjugate(complex(1, 2)) == complex(1, -2)
assert pycode.conjugate(3) == 3
p = pycode.Point()
p.x, p.y = 1, 2
assert p.sum() == 3
assert p.scaled(2) == 6          # int overload
assert p.scaled(0.5) == 15       # double overload
assert pycode.Point.origin_count() == 1
try:
    p.z = 1
    raise AssertionError("nondynamic class took a new attribute")
except AttributeError:
    pass
try:
    p.scaled("x")
    raise AssertionError
except TypeError as e:
    assert "Wrong number or type of arguments for overloaded function 'Point_scaled'" in str(e), e
assert pycode.addone(2) == 1021, pycode.addone(2)
assert pycode.__doc__ == "A module for tests.\nSecond line.", repr(pycode.__doc__)
print("pycode ok")
