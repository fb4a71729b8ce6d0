import clibs

# carrays.i
a = clibs.new_intArray(3)
clibs.intArray_setitem(a, 0, 5)
clibs.intArray_setitem(a, 2, 7)
assert clibs.intArray_getitem(a, 0) + clibs.intArray_getitem(a, 2) == 12
clibs.delete_intArray(a)
d = clibs.doubleArray(4)
for i in range(4):
    d[i] = i * 1.5
assert d[3] == 4.5
assert clibs.sum(d, 4) == 9.0          # a doubleArray is a double *
assert clibs.sum(d.cast(), 4) == 9.0
e = clibs.doubleArray.frompointer(d.cast())
assert e[1] == 1.5

# cpointer.i
p = clibs.new_intp()
clibs.intp_assign(p, 40)
clibs.add_to(p, 2)
assert clibs.intp_value(p) == 42
clibs.delete_intp(p)
q = clibs.doublep()
q.assign(2.5)
assert q.value() == 2.5

# cmalloc.i
m = clibs.malloc_int()
clibs.free_int(m)
try:
    clibs.calloc_int(-1)
    raise AssertionError("calloc_int(-1) should fail")
except MemoryError:
    pass
assert clibs.sizeof_int == 4

# cdata.i
buf = clibs.malloc_int(16)
clibs.memmove(buf, b"AB\x00CD")
assert clibs.cdata(buf, 5) == b"AB\x00CD"
clibs.free_int(buf)

# cstring.i
assert clibs.greet() == "hi there"
assert clibs.make() == "built"

# stdint.i, math.i
assert clibs.low_byte(0x1234) == 0x34
assert clibs.big() == 1 << 40
assert abs(clibs.cos(0.0) - 1.0) < 1e-12
assert abs(clibs.M_PI - 3.141592653589793) < 1e-12
print("clibs ok")
