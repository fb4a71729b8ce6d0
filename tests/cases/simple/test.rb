# The classic example: functions, a returned string, and a global variable
# as module methods with a setter.
require 'simple'

raise 'fact' unless Simple.fact(5) == 120
raise 'fact(0)' unless Simple.fact(0) == 1
raise 'my_mod' unless Simple.my_mod(7, 3) == 1
t = Simple.get_time
raise "get_time: #{t.inspect}" unless t.is_a?(String) && !t.empty?

raise 'My_variable' unless Simple.My_variable == 3.0
Simple.My_variable = 4.5
raise 'My_variable set' unless Simple.My_variable == 4.5
Simple.My_variable = 7 # an Integer is accepted for a double
raise 'My_variable int' unless Simple.My_variable == 7.0 && Simple.My_variable.is_a?(Float)

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
else
  raise "should raise #{exc}"
end

raises(TypeError, "Expected argument 0 of type int, but got String \"5\"\n\tin SWIG method 'fact'") { Simple.fact('5') }
raises(ArgumentError, 'wrong # of arguments(0 for 1)') { Simple.fact }
raises(ArgumentError, 'wrong # of arguments(3 for 2)') { Simple.my_mod(1, 2, 3) }
raises(TypeError, "in variable 'My_variable' of type 'double'") { Simple.My_variable = 'x' }
puts 'simple ok'
