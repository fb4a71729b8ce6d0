# -noautorename keeps C's names (capitalising what Ruby requires).
require 'ruby_noautorename'
M = Ruby_noautorename

raise 'class' unless M.const_defined?(:My_point) && !M.const_defined?(:MyPoint)
raise 'member' unless M::My_point.new.respond_to?(:xValue)
raise 'constant' unless M::Max_size == 10 && !M.const_defined?(:MAX_SIZE)
raise 'enum' unless M::Red == 0 && M::DarkGreen == 1
raise 'function' unless M.getValue == 3 && !M.respond_to?(:get_value)
puts 'ruby_noautorename ok'
