import typemaps_inout as tm
assert tm.addout(3) == [3, 4], tm.addout(3)
assert tm.inc(5) == 6
assert tm.getres() == 42
assert tm.sq(2) == 4
try:
    tm.sq(-1)
    raise AssertionError
except ValueError as e:
    assert str(e) == "Expected a positive value.", e
try:
    tm.isnull(None)
    raise AssertionError
except TypeError as e:
    assert str(e) == "Received a NULL pointer.", e
print("ok")
