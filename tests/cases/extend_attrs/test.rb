require 'extend_attrs'
M = Extend_attrs
v = M::Vec.new(3.0, 4.0)
raise unless v.length == 5.0
v.length = 10.0
raise unless v.x == 6.0 && v.y == 8.0
raise unless v.quadrant == 1
raise "immutable" if v.respond_to?(:quadrant=)
v.scale(0.5)
raise unless v.length == 5.0
u = M::Vec.unit_x
raise unless u.x == 1.0 && u.length == 1.0
begin
  v.length = "long"
  raise "wrong type accepted"
rescue TypeError
end
puts "ok"
