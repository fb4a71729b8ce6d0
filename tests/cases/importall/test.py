import base
import importall as m
assert not hasattr(m, "Point") and not hasattr(m, "point_sum")
assert m.sum_point(base.make_point(1, 2)) == 3
print("ok")
