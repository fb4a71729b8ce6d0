import structs as v
a = v.Vector(3.0)
print(a, a.x, a.y)
a.y = 4
assert a.norm() == 7.0
a.arr = a.arr
print(a.arr)
a.name = "hello"
print(repr(a.name))
print(a._in, a._in.a)
a._in.a = 5
assert a._in.a == 5
p = v.Point(); p.px = 3; assert p.px == 3
q = v.Anon(); q.q = 2
w = v.vnew(); print(w); w.x = 1.5; assert v.vnew().x == 1.5
r = v.vret(); print(r, r.x, r.thisown); assert v.vlen(r) == 1.0
try:
    v.vlen(p)
except TypeError as e: print(e)
del a
print("ok")
n = v.Named()
n.label = "first"
n.label = "second"
n.tag = "t" * 3
import gc; gc.collect()
assert n.label == "second" and n.tag == "ttt", (n.label, n.tag)
n.label = None
assert n.label is None
