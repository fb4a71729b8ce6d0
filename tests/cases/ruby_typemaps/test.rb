# User typemaps with the Ruby C API.
require 'ruby_typemaps'
M = Ruby_typemaps

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
  e
else
  raise "should raise #{exc}"
end

raise 'sum' unless M.sum([1, 2, 3, 4]) == 10
raise 'sum empty' unless M.sum([]) == 0
raise 'freearg' unless M.freed_count == 2
raises(TypeError) { M.sum(5) }
raises(ArgumentError) { M.sum }

raise 'symlen' unless M.symlen(:hello) == 5
raises(TypeError, 'expected a Symbol for symbol') { M.symlen('hello') }
raise 'as_symbol' unless M.as_symbol(1) == :yes && M.as_symbol(0) == :no

raise 'divide' unless M.divide(17, 5) == [3, 2]
raises(ArgumentError) { M.divide(17) }

raise 'half' unless M.half(8) == 4
raises(ArgumentError, 'half: argument 1 must be even, got 7') { M.half(7) }

raise 'scaled default' unless M.scaled(3) == 30
raise 'scaled given' unless M.scaled(3, 2) == 6

raise 'varout' unless M.doubled == 4.0
M.doubled = 5.5
raise 'varin' unless M.get_doubled == 11

raise '%apply' unless M.symlen2(:abc) == 3
raise '%clear' unless M.plainlen('abcd') == 4
raises(TypeError) { M.plainlen(:abcd) }
puts 'ruby_typemaps ok'
