# Misuses of the classic example that mypy --strict rejects through the stub.
import example

example.fact("five")  # E: Argument 1 to "fact" has incompatible type "str"; expected "int"
example.my_mod(1)  # E: Missing positional argument "y" in call to "my_mod"
s: str = example.fact(3)  # E: Incompatible types in assignment (expression has type "int", variable has type "str")
example.get_time().upper()  # E: Item "None" of "str | None" has no attribute "upper"
example.cvar.My_variable = "hot"  # E: Incompatible types in assignment (expression has type "str", variable has type "float")
example.no_such_function()  # E: Module has no attribute "no_such_function"
