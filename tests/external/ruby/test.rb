# Pointers cross between the rswig module `Shapes` and `Helper`, a C
# extension built on swigrubyrun.h (rswig -ruby -external-runtime).
require 'helper'

# Before shapes is loaded no module has published struct Point.
raise "known too early" unless Helper.type_name("struct Point *").nil?

require 'shapes'

# SWIG_TypeQuery finds the module's types by C name (spaces and `struct`
# do not matter), mangled name and typedef name.
["struct Point *", "Point *", "struct   Point*", "_p_Point", "PointAlias *"].each do |name|
  got = Helper.type_name(name)
  raise "#{name}: #{got.inspect}" unless got == "Point *"
end
raise "Nowhere found" unless Helper.type_name("struct Nowhere *").nil?

# Helper -> Shapes: SWIG_NewPointerObj gives an instance of the class.
p1 = Helper.new_point(3, 4)
raise "class #{p1.class}" unless p1.is_a?(Shapes::Point)
raise "fields" unless p1.x == 3 && p1.y == 4
raise "point_sum" unless Shapes.point_sum(p1) == 7
raise "alias_sum" unless Shapes.alias_sum(p1) == 7
p1.x = 10
raise "point_sum after set" unless Shapes.point_sum(p1) == 14

# Shapes -> Helper: SWIG_ConvertPtr accepts the module's objects.
q = Shapes.make_point(5, 6)
raise "point_x" unless Helper.point_x(q) == 5
raise "point_x new" unless Helper.point_x(Shapes::Point.new) == 0

# A wrong type is refused, both ways.
def refused(exc, text)
  yield
rescue exc => e
  raise "message #{e.message}" unless e.message.include?(text)
else
  raise "no #{exc}"
end

other = Shapes.make_other(1.5)
refused(TypeError, "expected a struct Point") { Helper.point_x(other) }
refused(TypeError, "expected a struct Point") { Helper.point_x(42) }
refused(TypeError, "expected a struct Point") { Helper.point_x(nil) }
refused(TypeError, "Point") { Shapes.point_sum(other) }

# Owned objects made by Helper are freed by the class's destructor.
p1 = nil
GC.start
puts "ok"
