# Unions, arrays and ownership.
require 'ruby_unions_arrays'
M = Ruby_unions_arrays

def raises(exc)
  yield
rescue exc => e
  e
else
  raise "should raise #{exc}"
end

# A union is a class; its members share storage.
n = M::Number.new
n.i = 0x01020304
raise 'union int' unless M.number_int(n) == 0x01020304
n.f = 1.0
raise 'union float' unless n.i == 0x3f800000
raise 'union by value' unless M.number_of(5).i == 5
raises(TypeError) { n.i = 'x' }
raises(RangeError) { n.i = 2**40 }

# Global arrays are pointers to their first element: they can be passed
# to C that takes one, and a char array is a String.
raise 'table sum' unless M.table_sum == 10
raise 'sum3' unless M.sum3(M.table) == 6
raise 'table class' unless M.table.class.name == 'SWIG::TYPE_p_int'
raise 'label' unless M.label == 'start'
M.label = 'end'
raise 'label set' unless M.label == 'end'
e = raises(TypeError) { M.label = 'far too long' }
raise e.message unless e.message == "in variable 'label' of type 'char [8]'"
raise 'label kept' unless M.label == 'end'
raise 'grid' unless M.grid_at(1, 2) == 6
raise 'fixed is read-only' if M.respond_to?(:fixed=)

# Ownership: %newobject results are owned, freed when collected.
before = M.freed_boxes
200.times { M.box_new(1) }
GC.start
raise 'owned boxes freed' unless M.freed_boxes > before
b = M.box_new(3)
raise 'box v' unless b.v == 3
raise 'link nil' unless b.link.nil?
b.link = M.box_shared
raise 'next' unless b.link.v == 99
b.link = nil
raise 'link reset' unless b.link.nil?
# %delobject: C frees it; the Ruby object no longer owns it.
count = M.freed_boxes
M.box_free(b)
raise 'delobject freed once' unless M.freed_boxes == count + 1
b = nil
GC.start
raise 'no double free' unless M.freed_boxes >= count + 1
# Borrowed pointers are never freed by Ruby.
100.times { M.box_shared }
GC.start
raise 'shared intact' unless M.box_shared.v == 99
# A constructed object is owned too.
c = M::Box.new
c.v = 4
raise 'ctor' unless c.v == 4
puts 'ruby_unions_arrays ok'
