# carrays.i, cpointer.i, cdata.i and cmalloc.i: C memory made, read,
# written and freed from Ruby, with SWIG's names and errors.
require 'ruby_clib'
M = Ruby_clib

def raises(exc)
  yield
rescue exc => e
  e
else
  raise "should raise #{exc}"
end

# %array_functions
a = M.new_intArray(5)
5.times { |i| M.intArray_setitem(a, i, i * 10) }
raise 'getitem' unless M.intArray_getitem(a, 3) == 30
raise 'sum_ints' unless M.sum_ints(a, 5) == 100
raises(TypeError) { M.intArray_setitem(a, 0, 'x') }
raises(RangeError) { M.intArray_setitem(a, 0, 2**40) }
raises(TypeError) { M.intArray_getitem(a, 'x') }
raises(TypeError) { M.intArray_getitem(M::Doublep.new.cast, 0) }
M.delete_intArray(a)

# %array_class: [] and []=, cast, frompointer
d = M::DoubleArray.new(4)
4.times { |i| d[i] = i + 0.5 }
raise 'd[2]' unless d[2] == 2.5
raise 'sum_doubles' unless M.sum_doubles(d.cast, 4) == 8.0
raise 'sum_doubles self' unless M.sum_doubles(d, 4) == 8.0
e = M::DoubleArray.frompointer(d.cast)
raise 'frompointer' unless e[3] == 3.5
raises(TypeError) { d[0] = 'x' }

# %pointer_functions
p = M.new_intp
M.intp_assign(p, 5)
M.add_to(p, 3)
raise 'intp_value' unless M.intp_value(p) == 8
q = M.copy_intp(12)
raise 'copy_intp' unless M.intp_value(q) == 12
raises(TypeError) { M.intp_assign(p, nil) }
M.delete_intp(p)
M.delete_intp(q)

# %pointer_class
dp = M::Doublep.new
dp.assign(9.0)
M.halve(dp.cast)
raise 'Doublep value' unless dp.value == 4.5
M.halve(dp)
raise 'Doublep self' unless dp.value == 2.25
dq = M::Doublep.frompointer(dp.cast)
raise 'Doublep frompointer' unless dq.value == 2.25

# cdata.i: bytes of C memory as a String, and memmove into it
raise 'cdata' unless M.cdata(M.raw, 5) == "a\0b\0c"
buf = M.new_intArray(2)
M.memmove(buf, [7, 9].pack('i*'))
raise 'memmove' unless M.intArray_getitem(buf, 1) == 9
raise 'cdata ints' unless M.cdata(buf, 8).unpack('i*') == [7, 9]

# cmalloc.i
m = M.malloc_int
M.intp_assign(m, 4)
raise 'malloc_int' unless M.intp_value(m) == 4
m = M.realloc_int(m, 3)
raise 'realloc_int keeps' unless M.intp_value(m) == 4
M.free_int(m)
c = M.calloc_int(3)
raise 'calloc_int zero' unless M.intp_value(c) == 0
M.free_int(c)
raise 'sizeof_int' unless M::Sizeof_int == 4
raise 'sizeof dbl' unless M::Sizeof_dbl == 8
puts 'ruby_clib ok'
