import os
import py_typemap_matching as m

# matching order
assert m.plain(1) == 2
assert m.named(1) == 1001
assert m.via_typedef(1) == 21
assert m.via_const(1) == 2
assert m.sum3([1, 2, 3]) == 6  # the int [ANY] typemap, not int's (+1 each)
try:
    m.sum3([1, 2])
    raise AssertionError("short list")
except ValueError as e:
    assert str(e) == "expected 3 items", str(e)
assert m.thing() == "struct Thing * via SWIGTYPE *", m.thing()
# special variables
parts = m.probe_fn(0, 2.5)
assert parts.split("|") == ["double", "double", "probe", "double", "probe_fn", "2", "double *"], parts
parts = m.probe_ptr()
assert parts.split("|") == ["int const *", "int const", "int", "SWIGTYPE_p_int", "SWIGTYPE_int"], parts
assert m.described() == "SWIGTYPE_p_Thing", m.described()
# $owner and $null
assert m.ownflag() == 0 and m.ownflag_new() == 1
assert m.checked(2) == 3  # (our int typemap adds 1)
try:
    m.checked(-5)
    raise AssertionError("$null return")
except ValueError as e:
    assert str(e) == "negative"
# %apply / %clear / copy / delete
assert m.applied(1) == 1001
assert m.cleared(1) == 2
assert m.copy_user(1) == 1001
# `%typemap(in) int;` deleted the int typemap: the generic by-value
# SWIGTYPE one applies, which wants a wrapped `int *`, as in SWIG.
try:
    m.deleted(1)
    raise AssertionError("deleted typemap")
except TypeError as e:
    assert "argument 1 of type 'int'" in str(e), str(e)
# $typemap
assert m.twice(1.25) == 2.5
try:
    m.twice("x")
    raise AssertionError("the copied double typemap checks types")
except TypeError:
    pass
assert m.counted_out() == "from an attribute"
# %fragment: one copy of the helper in the wrapper
assert m.clamp_a(50) == 10 and m.clamp_b(50) == 10
assert m.clamp_b(3) == 4  # our `int` in typemap (+1), then the check
wrap_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "py_typemap_matching_wrap.c")
with open(wrap_path) as f:
    assert f.read().count("static int clamp_helper(int v)") == 1
print("ok")
