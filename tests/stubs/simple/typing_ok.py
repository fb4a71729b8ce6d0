# The classic example, used as its stub says (mypy --strict accepts it).
import example

n: int = example.fact(5)
m: int = example.my_mod(7, 3)
t = example.get_time()
if t is not None:
    print(t.upper())
x: float = example.cvar.My_variable
example.cvar.My_variable = 3.5
example.cvar.My_variable = 2
print(n, m, x)
