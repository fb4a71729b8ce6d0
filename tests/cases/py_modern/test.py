import importlib
import inspect
import os
import sys

import py_modern
import _py_modern

# Functions are the C functions themselves, with signatures from C.
assert type(py_modern.add).__name__ == "builtin_function_or_method", type(py_modern.add)
assert py_modern.add is _py_modern.add
assert str(inspect.signature(py_modern.add)) == "(a, b)", inspect.signature(py_modern.add)
assert str(inspect.signature(py_modern.bump)) == "()"
assert py_modern.scale.__doc__ == "Multiplies x by k.", repr(py_modern.scale.__doc__)
assert str(inspect.signature(py_modern.scale)) == "(x, k)"
assert py_modern.add.__doc__ is None
assert py_modern.add(2, 3) == 5
assert py_modern.add(a=2, b=3) == 5
assert py_modern.add(2, b=3) == 5
assert py_modern.scale(1.5, 2) == 3.0
assert py_modern.greet("you") == "hello you"

def raises(exc, fn, *args, **kw):
    try:
        fn(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError("%s%r did not raise %s" % (fn.__name__, args, exc.__name__))

assert raises(TypeError, py_modern.add, "2", 3) == "in method 'add', argument 1 of type 'int'"
assert raises(OverflowError, py_modern.add, 1, 2**40) == "in method 'add', argument 2 of type 'int'"
assert "missing 1 required positional argument: 'b'" in raises(TypeError, py_modern.add, 1)
assert "takes 2 positional arguments but 3 were given" in raises(TypeError, py_modern.add, 1, 2, 3)
assert "unexpected keyword argument 'c'" in raises(TypeError, py_modern.add, 1, c=2)
assert "takes 0 positional arguments" in raises(TypeError, py_modern.bump, 1)

# Structs: members through descriptors, SWIG's proxy API.
p = py_modern.Point()
p.x = 4
p.y = 2.5
p.tag = "abc"
assert (p.x, p.y, p.tag) == (4, 2.5, "abc")
assert py_modern.point_sum(p) == 6
assert p.thisown
assert repr(p).startswith("<py_modern.Point; proxy of <Swig Object of type 'Point *' at 0x"), repr(p)
assert raises(TypeError, setattr, p, "x", "no") == "in method 'Point_x_set', argument 2 of type 'int'"
assert raises(TypeError, py_modern.point_sum, 5).startswith("in method 'point_sum', argument 1 of type 'Point const *'")

# Multi-phase init: a reload runs the module's exec slot again; the
# module keeps working, and cvar is a fresh link to the same C variable.
assert py_modern.bump() == 1
importlib.reload(_py_modern)
assert _py_modern.add(1, 1) == 2
assert _py_modern.cvar.counter == 1
importlib.reload(py_modern)
q = py_modern.Point()
q.x = 7
assert q.x == 7 and py_modern.point_sum(q) == 7
assert isinstance(py_modern.Point(), py_modern.Point)

# A fresh import creates a new module object from the same definition.
old = sys.modules.pop("_py_modern")
fresh = importlib.import_module("_py_modern")
assert fresh is not old
assert fresh.add(20, 22) == 42
assert fresh.cvar.counter == 1
sys.modules["_py_modern"] = old

# Import in a subinterpreter.
try:
    import _xxsubinterpreters as interpreters
except ImportError:
    interpreters = None
if interpreters is not None:
    here = os.path.dirname(os.path.abspath(__file__))
    iid = interpreters.create()
    interpreters.run_string(iid, "import sys\nsys.path.insert(0, %r)\n"
                            "import py_modern\n"
                            "assert py_modern.add(3, 4) == 7\n"
                            "p = py_modern.Point(); p.x = 3\n"
                            "assert py_modern.point_sum(p) == 3\n"
                            "assert py_modern.cvar.counter == 1\n" % here)
    interpreters.destroy(iid)
print("ok")
