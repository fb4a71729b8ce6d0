# -autorename applies Ruby's naming conventions.
require 'ruby_autorename'
M = Ruby_autorename

raise 'class' unless M.const_defined?(:MyPoint) && !M.const_defined?(:My_point)
p = M::MyPoint.new
p.xValue = 4
raise 'member' unless p.xValue == 4
raise 'method' unless p.sum_all == 4
raise 'constant' unless M::MAX_SIZE == 10
raise 'enum' unless M::Red == 0 && M::DarkGreen == 1
raise 'function' unless M.get_value == 3 && !M.respond_to?(:getValue)
raise 'explicit' unless M.Explicit == 1
puts 'ruby_autorename ok'
