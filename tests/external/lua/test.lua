-- Pointers cross between the rswig module `shapes` and `helper`, a C
-- module built on swigluarun.h (rswig -lua -external-runtime).
local helper = require("helper")

-- Before shapes is loaded no module has published struct Point.
assert(helper.type_name("struct Point *") == nil)

local shapes = require("shapes")

-- SWIG_TypeQuery finds the module's types by C name (spaces and `struct`
-- do not matter), mangled name and typedef name.
for _, name in ipairs({"struct Point *", "Point *", "struct   Point*", "_p_Point", "PointAlias *"}) do
  assert(helper.type_name(name) == "Point *", name .. ": " .. tostring(helper.type_name(name)))
end
assert(helper.type_name("struct Nowhere *") == nil)

-- helper -> shapes: SWIG_NewPointerObj gives an object of the class.
local p = helper.new_point(3, 4)
assert(swig_type(p) == "Point *", swig_type(p))
assert(p.x == 3 and p.y == 4)
assert(shapes.point_sum(p) == 7)
assert(shapes.alias_sum(p) == 7)
p.x = 10
assert(shapes.point_sum(p) == 14)

-- shapes -> helper: SWIG_ConvertPtr accepts the module's objects.
local q = shapes.make_point(5, 6)
assert(helper.point_x(q) == 5)
assert(helper.point_x(shapes.Point()) == 0)
assert(helper.must_x(q) == 5)

-- A wrong type is refused, both ways.
local function fails(pattern, fn, ...)
  local ok, err = pcall(fn, ...)
  assert(not ok, "no error")
  assert(tostring(err):find(pattern, 1, true), tostring(err))
end
local other = shapes.make_other(1.5)
fails("expected a struct Point", helper.point_x, other)
fails("expected a struct Point", helper.point_x, 42)
fails("expected a struct Point", helper.point_x, nil)
fails("Error in must_x (arg 1), expected 'Point *' got 'Other *'", helper.must_x, other)
fails("point_sum", shapes.point_sum, other)

-- Owned objects made by helper are freed by the class's destructor.
p = nil
collectgarbage()
print("ok")
