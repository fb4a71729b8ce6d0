import extend_attrs as m

v = m.Vec(3.0, 4.0)
assert v.length == 5.0
v.length = 10.0
assert (v.x, v.y) == (6.0, 8.0)
assert v.quadrant == 1
try:
    v.quadrant = 2
    raise AssertionError("%immutable attribute accepted a value")
except AttributeError:
    pass
v.scale(0.5)
assert v.length == 5.0
u = m.Vec.unit_x()
assert u.x == 1.0 and u.length == 1.0
assert not u.thisown  # a returned pointer is not owned without %newobject, as in SWIG
try:
    v.length = "long"
    raise AssertionError("wrong type")
except TypeError:
    pass
print("ok")
