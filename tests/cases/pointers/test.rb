# Typed opaque pointers: made and used by C, checked by type when passed
# back, nil for NULL, and void* accepting any pointer.
require 'pointers'
M = Pointers

def raises(exc)
  yield
rescue exc => e
  e
else
  raise "should raise #{exc}"
end

c = M.counter_new(10)
raise 'counter_new' if c.nil?
raise "class #{c.class}" unless c.class.name == 'SWIG::TYPE_p_Counter'
M.counter_add(c, 5)
raise 'counter_get' unless M.counter_get(c) == 15
raise 'counter_same' unless M.counter_same(c, c) == 1

d = M.counter_new(1)
raise 'counter_same 2' unless M.counter_same(c, d) == 0

# NULL comes back as nil, and nil passes NULL.
raise 'counter_null' unless M.counter_null.nil?
raise 'counter_is_null nil' unless M.counter_is_null(nil) == 1
raise 'counter_is_null c' unless M.counter_is_null(c) == 0
raise 'counter_get nil' unless M.counter_get(nil) == -1

# A pointer of another type is a TypeError, as are non-pointers.
o = M.other_new
raise "class #{o.class}" unless o.class.name == 'SWIG::TYPE_p_Other'
e = raises(TypeError) { M.counter_get(o) }
raise e.message unless e.message.start_with?('Expected argument 0 of type Counter const *, but got SWIG::TYPE_p_Other') &&
                       e.message.end_with?("in SWIG method 'counter_get'")
raises(TypeError) { M.counter_add(o, 1) }
raises(TypeError) { M.counter_get(5) }
raises(TypeError) { M.counter_get('c') }
raises(TypeError) { M.other_free(c) }

# void* takes any pointer; a void* result is not a Counter*.
v = M.as_void(c)
raise 'void class' unless v.class.name == 'SWIG::TYPE_p_void'
raise 'void_is_null v' unless M.void_is_null(v) == 0
raise 'void_is_null c' unless M.void_is_null(c) == 0
raise 'void_is_null o' unless M.void_is_null(o) == 0
raise 'void_is_null nil' unless M.void_is_null(nil) == 1
raises(TypeError) { M.counter_get(v) }

M.counter_free(c)
M.counter_free(d)
M.other_free(o)
GC.start
puts 'pointers ok'
