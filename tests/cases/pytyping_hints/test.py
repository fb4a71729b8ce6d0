# -typehints annotates the proxy classes (attributes and constructors).
import typing
import pytyping_hints as m

assert m.Point.__annotations__ == {
    "x": "int",
    "y": "float",
    "next": "typing.Optional[Point]",
    "name": "str",
}, m.Point.__annotations__
assert typing.get_type_hints(m.Point) == {
    "x": int,
    "y": float,
    "next": typing.Optional[m.Point],
    "name": str,
}
assert typing.get_type_hints(m.Box.__init__) == {"x": int, "y": float, "return": type(None)}
assert typing.get_type_hints(m.Box)["corner"] is m.Point
b = m.Box(1, 2.5)
assert (b.corner.x, b.corner.y) == (1, 2.5)
p = m.Point()
p.name = "origin"
assert p.name == "origin" and p.next is None
