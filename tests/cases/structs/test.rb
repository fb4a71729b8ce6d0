# Structs as Ruby classes: constructors (%extend), attributes, nested
# structs, char arrays, %extend methods, struct values copied in and out,
# ownership and the garbage collector.
require 'structs'
M = Structs

def raises(exc)
  yield
rescue exc => e
  e
else
  raise "should raise #{exc}"
end

a = M::Vector.new(3.0)
raise 'x' unless a.x == 3.0 && a.y == 0.0
a.y = 4
raise 'y' unless a.y == 4.0
raise 'norm' unless a.norm == 7.0
raise 'class' unless a.is_a?(M::Vector)
a.name = 'hello'
raise "name #{a.name.inspect}" unless a.name == 'hello'
# `in` is a Ruby keyword: the member is C_in.
inner = a.C_in
raise "inner #{inner.class}" unless inner.is_a?(M::Inner)
inner.a = 5
raise 'nested' unless a.C_in.a == 5
raises(ArgumentError) { M::Vector.new }
raises(TypeError) { a.x = 'x' }

p = M::Point.new
p.px = 3
raise 'px' unless p.px == 3
q = M::Anon.new
q.q = 2
raise 'q' unless q.q == 2

# A pointer to a static struct: not owned, changes are seen by C.
w = M.vnew
w.x = 1.5
raise 'vnew' unless M.vnew.x == 1.5

# Struct values: returned as owned copies, passed by value.
r = M.vret
raise 'vret' unless r.x == 1.0 && r.y == 2.0
raise 'vlen' unless M.vlen(r) == 1.0
e = raises(TypeError) { M.vlen(p) }
raise e.message unless e.message.include?('Vector') && e.message.include?('vlen')
e = raises(ArgumentError) { M.vlen(nil) }
raise e.message unless e.message == "invalid null reference Expected argument 0 of type Vector, but got NilClass nil\n\tin SWIG method 'vlen'"

# Many owned objects, collected: their destructors run without trouble.
1000.times { M::Vector.new(1.0).norm; M.vret }
GC.start
puts 'structs ok'
