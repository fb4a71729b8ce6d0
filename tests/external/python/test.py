# Pointers cross between the rswig module `shapes` and `helper`, a C
# module built on swigpyrun.h (rswig -python -external-runtime).
import helper

# Before shapes is imported no module has published struct Point.
assert helper.type_name("struct Point *") is None

import shapes

# SWIG_TypeQuery finds the module's types by C name (spaces and `struct`
# do not matter), mangled name and typedef name.
for name in ["struct Point *", "Point *", "struct   Point*", "_p_Point", "PointAlias *"]:
    assert helper.type_name(name) == "Point *", (name, helper.type_name(name))
assert helper.type_name("struct Nowhere *") is None

# helper -> shapes: SWIG_NewPointerObj gives an instance of the proxy class.
p = helper.new_point(3, 4)
assert isinstance(p, shapes.Point), type(p)
assert (p.x, p.y) == (3, 4)
assert p.thisown
assert shapes.point_sum(p) == 7
assert shapes.alias_sum(p) == 7
p.x = 10
assert shapes.point_sum(p) == 14

# shapes -> helper: SWIG_ConvertPtr accepts proxies and pointer objects.
q = shapes.make_point(5, 6)
assert helper.point_x(q) == 5
assert helper.point_x(shapes.Point()) == 0
assert helper.point_x(q.this) == 5
assert helper.must_x(q) == 5

# A wrong type is refused, both ways.
def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s%r did not raise %s" % (fn.__name__, args, exc.__name__))

other = shapes.make_other(1.5)
assert "expected a struct Point" in raises(TypeError, helper.point_x, other)
assert "expected a struct Point" in raises(TypeError, helper.point_x, 42)
assert "expected a struct Point" in raises(TypeError, helper.point_x, None)
assert "argument 1" in raises(TypeError, helper.must_x, other)
raw = helper.raw_other(2.5)
assert not isinstance(raw, shapes.Other)
assert "Other *" in repr(raw)
raises(TypeError, shapes.point_sum, raw)

# Owned objects made by helper are freed by shapes' destructor.
del p
print("ok")
