import py_typemap_methods as m

def raises(exc, f, *a):
    try:
        f(*a)
    except exc as e:
        return str(e)
    raise AssertionError(f"{f.__name__}{a} should raise {exc.__name__}")

# in + freearg (multi-argument)
assert m.sum([1, 2, 3]) == 6 and m.sum([]) == 0
assert m.freed_count() == 2
raises(TypeError, m.sum, "no")
assert m.freed_count() == 3, "freearg also runs when the in typemap fails"
# check
assert m.twice(4) == 8
msg = raises(ValueError, m.twice, 0)
assert msg == "twice: argument 1 must be positive", msg
# default: the argument may be left out
assert m.scaled() == 30 and m.scaled(5) == 50
# arginit
assert m.get_level() == 100
# out, ret
assert m.half(10) == 10
assert m.count_me() == 1 and m.count_me() == 1 and m.ret_count() == 2
# argout + numinputs=0
assert m.divmod_(17, 5) == [3, 2]
# newfree
assert m.make_greeting("bob") == "hello bob" and m.newfree_count() == 1
# typecheck-driven dispatch
assert m.describe(3) == "int" and m.describe("s") == "s"
raises(TypeError, m.describe, 1.5)
# varin / varout
assert m.cvar.milli == 2000
m.cvar.milli = 7000
assert m.milli_raw() == 7 and m.cvar.milli == 7000
# memberin
b = m.Box()
b.size = 4
b.plain = 1
assert b.size == 4 and m.memberin_count() == 1
# %exception around the action
assert m.risky(1) == 1
assert raises(OSError, m.risky, -1) == "risky failed"
print("ok")
