require 'base'
require 'import_types'
M = Import_types
raise "imported, not wrapped again" if M.respond_to?(:make_point)
p1 = Base.make_point(2, 3)
raise unless M.sum_point(p1) == 5
q = M.same(p1)
raise q.inspect unless q.is_a?(Base::Point) && q.x == 2
r = M.new_point(4, 5)
raise r.inspect unless r.is_a?(Base::Point) && r.y == 5
begin
  M.sum_point(1)
  raise "wrong type accepted"
rescue TypeError
end
puts "ok"
