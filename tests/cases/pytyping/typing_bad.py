# Misuses of the pytyping module that mypy --strict rejects through its stub.
import pytyping as p

p.divide(7, "2")  # E: Argument 2 to "divide" has incompatible type "str"; expected "int"
s: str = p.twice(3)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")
p.area(5)  # E: No overload variant of "area" matches argument type "int"
p.find_circle(1).r  # E: Item "None" of "Circle | None" has no attribute "r"
p.read_counter(p.Circle(1.0))  # E: Argument 1 to "read_counter" has incompatible type "Circle"; expected "_SWIGTYPE_p_int | None"
p.warmer("hot")  # E: Argument 1 to "warmer" has incompatible type "str"; expected "float"
p.cvar.answer = 1  # E: Property "answer" defined in "_SwigVarlink" is read-only
p.Rect().outer = 3  # E: Incompatible types in assignment (expression has type "int", variable has type "Circle")
p.Circle("big")  # E: Argument 1 to "Circle" has incompatible type "str"; expected "float"
x: int = p.divide(1, 2)  # E: Incompatible types in assignment (expression has type "list[int]", variable has type "int")
p.half("x")  # E: Argument 1 to "half" has incompatible type "str"; expected "float"
r: int = p.replace_result(4)  # E: Incompatible types in assignment (expression has type "str", variable has type "int")
