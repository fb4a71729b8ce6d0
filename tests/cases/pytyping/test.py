# The runtime behaves as pytyping.pyi says (types of results, None for NULL).
import pytyping as p

q, r = p.divide(7, 2)
assert (q, r) == (3, 1) and isinstance(p.divide(7, 2), list)
rect = p.Rect()
rect.w, rect.h = 2.0, 3.0
assert p.size_of(rect) == [2.0, 3.0]
assert p.twice(4) == 8
assert p.negate(0) == 1 and p.negate("x") == 0
assert p.warmer(3) == 4.0
c = p.Circle(1.0)
assert c.grow(0.5) == 1.5
assert c.grow("double") is None and c.r == 3.0
assert p.area(c) == 27.0 and p.area(rect) == 6.0
assert isinstance(p.Circle.unit_circle(), p.Circle)
assert p.find_circle(1) is None and isinstance(p.find_circle(0), p.Circle)
assert p.count_chars(None) == -1 and p.count_chars("abc") == 3
assert p.scaled(2) == 20 and p.scaled(2, 3) == 6
assert isinstance(p.cvar.unit, p.Circle) and p.answer == 42
assert p.read_counter(p.new_counter()) == 7
assert p.next_color(p.BLUE) == p.RED
assert p.replace_result(4) == "replaced5"
assert p.checked(1.5) == 3.0
try:
    p.checked(-1.0)
except RuntimeError as e:
    assert str(e) == "error code 1"
else:
    raise AssertionError("checked(-1.0) raises")
assert p.half(3.0) == 1.5 and p.TWICE_LIMIT == 200
assert (p.VERSION, p.LIMIT, p.RATIO) == ("1.2", 100, 0.5)
assert isinstance(rect.outer, p.Circle) and rect.inner is None
rect.label = "box"
assert rect.label == "box"
try:
    p.read_counter(rect)
except TypeError:
    pass
else:
    raise AssertionError("a Rect is not an int *")
