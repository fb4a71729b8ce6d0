# Uses of the pytyping module that mypy --strict accepts through its stub.
import pytyping as p

q, r = p.divide(7, 2)
total: int = q + r
w, h = p.size_of(p.Rect())
area: float = w * h
doubled: int = p.twice(4)
c = p.Circle(1.0)
bigger: float = c.grow(0.5)
c.grow("double")
a: float = p.area(c) + p.area(p.Rect())
found = p.find_circle(0)
if found is not None:
    radius: float = found.r
n: int = p.count_chars(None) + p.count_chars("abc")
counter = p.new_counter()
value: int = p.read_counter(counter)
color: int = p.next_color(p.BLUE)
version: str = p.VERSION
limit: int = p.LIMIT + p.scaled(2) + p.scaled(2, factor=3)
warm: float = p.warmer(3.0)
flag: int = p.negate("anything")
p.cvar.temperature = 25.0
unit: p.Circle = p.cvar.unit
rect = p.Rect()
rect.outer = c
rect.inner = None
rect.label = "box"
outer: p.Circle = rect.outer
answer: int = p.answer + p.cvar.answer
u = p.Circle.unit_circle()
half: float = p.half(3.0)
replaced: str = p.replace_result(4)
twice_x: float = p.checked(1.5)
print(total, area, doubled, bigger, a, n, value, color, version, limit, warm, flag, unit, outer, answer, u)
