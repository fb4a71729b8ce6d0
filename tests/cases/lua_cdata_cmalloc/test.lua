-- cdata.i: C memory as Lua strings (cdata, cdata_int, memmove);
-- cmalloc.i: malloc_/calloc_/realloc_/free_/sizeof_ functions for a type.
local m = require("lua_cdata_cmalloc")

local function fails(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), err)
end

-- malloc_int takes a size in bytes, sizeof(int) by default.
local ints = m.malloc_int(4 * 4)
assert(swig_type(ints) == "int *")
for i = 0, 3 do m.intArray_setitem(ints, i, 0x41424344) end
-- cdata_int(ptr, n) copies n ints into a string: 16 bytes.
local bytes = m.cdata_int(ints, 4)
assert(type(bytes) == "string" and #bytes == 16)
assert(#m.cdata_int(ints) == 4, "one element by default")
-- memmove(ptr, string) copies a string's bytes into C memory.
m.memmove(ints, string.rep("\0", 16))
assert(m.intArray_getitem(ints, 3) == 0)
m.memmove(ints, bytes)
assert(m.intArray_getitem(ints, 2) == 0x41424344)
-- cdata(void *, n) takes any pointer.
assert(m.cdata(ints, 3) == bytes:sub(1, 3))
fails("expected 'int *' got 'double *'", m.cdata_int, m.calloc_double())
m.free_int(ints)

-- calloc_double(nobj, size): zeroed; realloc keeps the contents.
local ds = m.calloc_double(2, m.sizeof_double)
assert(m.sizeof_double == 8)
assert(m.doubleArray_getitem(ds, 1) == 0)
m.doubleArray_setitem(ds, 1, 2.5)
ds = m.realloc_double(ds, 10)
assert(m.doubleArray_getitem(ds, 1) == 2.5)
m.free_double(ds)

-- %allocators(short, sh): all five, named after "sh".
local s = m.calloc_sh()
assert(swig_type(s) == "short *")
assert(m.sizeof_sh == 2)
s = m.realloc_sh(s, 4)
m.free_sh(s)

-- Allocators for a struct give struct pointers, usable as proxies.
local pair = m.malloc_Pair()
pair.a = 1
pair.b = 2
assert(pair.a + pair.b == 3)
fails("expected 'Pair *' got 'double *'", m.free_Pair, m.calloc_double())
m.free_Pair(pair)
print("lua_cdata_cmalloc ok")
