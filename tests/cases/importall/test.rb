require 'base'
require 'importall'
raise if Importall.respond_to?(:point_sum) || Importall.const_defined?(:Point, false)
raise unless Importall.sum_point(Base.make_point(1, 2)) == 3
puts "ok"
