import contracts as c

assert c.isqrt(17) == 4
try:
    c.isqrt(-1)
    raise AssertionError("require: should fail")
except RuntimeError as e:
    assert str(e) == "Contract violation: require: (arg1>=0)", str(e)
assert c.divide(7, 2) == 3
try:
    c.divide(1, 0)
    raise AssertionError("require: should fail")
except RuntimeError as e:
    assert "require: (arg2!=0)" in str(e), str(e)
assert c.broken(11) == 1
try:
    c.broken(3)
    raise AssertionError("ensure: should fail")
except RuntimeError as e:
    assert str(e) == "Contract violation: ensure: (result>0)", str(e)
s = c.Stack()
for i in range(4):
    c.Stack_push(s, i)
assert s.n == 4
try:
    c.Stack_push(s, 9)
    raise AssertionError("full stack should fail")
except RuntimeError as e:
    assert "(arg1->n<4)" in str(e), str(e)
assert s.n == 4
# Typemap checks come before the contract's.
try:
    c.isqrt("x")
    raise AssertionError("wrong type should fail")
except TypeError:
    pass
print("ok")
