import base
import import_types as m

assert not hasattr(m, "Point") and not hasattr(m, "make_point"), "imported, not wrapped again"
p = base.make_point(2, 3)
assert m.sum_point(p) == 5
q = m.same(p)
assert isinstance(q, base.Point) and q.x == 2, repr(q)
r = m.new_point(4, 5)
assert isinstance(r, base.Point), repr(r)
assert base.Point.__name__ == "Point" and r.y == 5
try:
    m.sum_point(1)
    raise AssertionError("wrong type")
except TypeError:
    pass
print("ok")
